"""Hungarian family-first names: which of two words is the family name, by rank."""

from __future__ import annotations

import pytest

from restore.hungarian_names import FAMILY_FIRST, family_first_names, family_first_score


@pytest.mark.parametrize(
    ("first", "second"),
    [("Varga", "Mihály"), ("Nagy", "Márton"), ("Sulyok", "Tamás"), ("Magyar", "Péter")],
)
def test_family_name_first_reads_so_and_english_order_does_not(first: str, second: str) -> None:
    score = family_first_score(first, second)
    assert score is not None and score >= FAMILY_FIRST
    reverse = family_first_score(second, first)
    assert reverse is None or reverse < FAMILY_FIRST


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Farkas", "Agócs"),  # two family names
        ("Szabó", "Józsefné"),  # Mrs József Szabó
        ("Kovácsné", "Ágnes"),
        ("Minister", "Péter"),  # an English word before a given name
        ("Varga", "Washington"),  # not a Hungarian name
    ],
)
def test_no_family_first_reading(first: str, second: str) -> None:
    score = family_first_score(first, second)
    assert score is None or score < FAMILY_FIRST


def test_names_inside_longer_names_and_place_names_are_left() -> None:
    text = "Tóth Gábor Péter walked down Petőfi Sándor utca to the Liszt Ferenc Airport."
    assert list(family_first_names(text)) == []


def test_a_name_and_its_possessive() -> None:
    text = "Varga Mihály's forecast was cautious."
    (found,) = family_first_names(text)
    assert text[found.start : found.end] == "Varga Mihály"
    assert found.english == "Mihály Varga"
