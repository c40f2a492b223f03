"""Public figures' names in other languages' transcriptions: the spelling key and the match."""

from __future__ import annotations

import pytest

from restore.figure_names import (
    a_part_undoubled,
    latin_key,
    match_declined_pair,
    match_last_word_pair,
    match_pair,
    spelling_key,
)
from restore.gazetteer import figures


@pytest.mark.parametrize(
    ("foreign", "english"),
    [
        ("Putyin", "Putin"),  # Hungarian ty
        ("Ławrow", "Lavrov"),  # Polish ł, w
        ("Szergej", "Sergei"),  # Hungarian sz, j
        ("Selenskyj", "Selensky"),  # German y, j
        ("Šojgu", "Soigu"),  # Czech š (no h in the key)
    ],
)
def test_transcriptions_share_a_key(foreign: str, english: str) -> None:
    assert latin_key(foreign) == latin_key(english)


def test_doubled_letters_count_in_the_spelling_key_only() -> None:
    assert latin_key("Altmann") == latin_key("Altman")
    assert spelling_key("Altmann") != spelling_key("Altman")


@pytest.mark.parametrize(
    ("first", "second", "figure"),
    [
        ("Vlagyimir", "Putyin", "Vladimir Putin"),
        ("Siergiej", "Ławrow", "Sergei Lavrov"),
        ("Wolodymyr", "Selenskyj", "Volodymyr Zelensky"),
    ],
)
def test_a_transcribed_figure_is_found(first: str, second: str, figure: str) -> None:
    found = match_pair(first, second)
    assert found is not None and found.figure.name == figure


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Petr", "Pavlu"),  # the figure's first name beside a different surname
        ("Mahmoud", "Akbas"),
        ("Jonas", "Bähr"),
        ("John", "Smith"),
    ],
)
def test_a_near_miss_is_not_a_figure(first: str, second: str) -> None:
    assert match_pair(first, second) is None


@pytest.mark.parametrize(
    ("first", "second", "figure"),
    [
        ("Donalda", "Tuska", "Donald Tusk"),  # Polish genitive, both English words alone
        ("Petrem", "Fialou", "Petr Fiala"),  # Czech instrumental of a name in -a
        ("Roberta", "Fica", "Robert Fico"),  # Slovak genitive of a name in -o
        ("Donalda", "Tuskiem", None),  # genitive beside instrumental: not one name
        ("Petra", "Fiala", None),  # the surname as it stands: another person
        ("Donalda", "Fialy", None),  # parts of two figures
    ],
)
def test_a_pair_declined_alike_names_the_figure(
    first: str, second: str, figure: str | None
) -> None:
    found = match_declined_pair(first, second)
    assert (found.figure.name if found else None) == figure


def test_a_figure_of_another_script_is_romanized_by_its_role() -> None:
    by_name = {f.name: f for f in figures().values()}
    assert by_name["Dmytro Kuleba"].romanized and by_name["Xi Jinping"].romanized
    assert not by_name["Peter Szijjarto"].romanized
    # The country an envoy is sent to is not the envoy's own.
    assert not by_name["Rahm Emanuel"].romanized


@pytest.mark.parametrize(
    ("first", "second", "figure"),
    [
        ("Donald", "Trumpin", "Donald Trump"),
        ("Mark", "Rutten", "Mark Rutte"),
        ("Alexander", "Stubbi", "Alexander Stubb"),
        ("Emmanuel", "Macronille", "Emmanuel Macron"),
    ],
)
def test_a_finnic_ending_on_the_surname_names_the_figure(
    first: str, second: str, figure: str
) -> None:
    found = match_last_word_pair(first, second)
    assert found is not None and found.figure.name == figure


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Xi", "Jinpingin"),  # family name first: the ending is on the given name
        ("Wang", "Yin"),  # a surname too short to carry an ending
        ("Kristi", "Noémi"),  # not the surname as the press writes it
        ("Oleksandr", "Syrskyi"),  # the English romanization of Syrsky
        ("Joe", "Trumpin"),  # another figure's given name
    ],
)
def test_no_finnic_ending(first: str, second: str) -> None:
    assert match_last_word_pair(first, second) is None


def test_a_part_with_its_doubled_letters_single() -> None:
    assert a_part_undoubled("Rute") and a_part_undoubled("Kalas")
    assert not a_part_undoubled("Rutte") and not a_part_undoubled("Trump")
