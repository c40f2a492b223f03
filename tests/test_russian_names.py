"""The Russian-name table and the transcription scheme it is generated with."""

from __future__ import annotations

import pytest

from restore.cyrillic import transcribe
from restore.russian_names import _table, russian_name, transcribed

# Forms each language's press uses (checked against the press, not produced by the scheme).
PRESS = [
    ("Песков", {"en": "Peskov", "hu": "Peszkov", "pl": "Pieskow", "cs": "Peskov", "de": "Peskow"}),
    ("Медведев", {"en": "Medvedev", "hu": "Medvegyev", "pl": "Miedwiediew", "de": "Medwedew"}),
    ("Захарова", {"en": "Zakharova", "hu": "Zaharova", "pl": "Zacharowa", "de": "Sacharowa"}),
    ("Шойгу", {"en": "Shoigu", "hu": "Sojgu", "pl": "Szojgu", "cs": "Šojgu", "de": "Schoigu"}),
    ("Сергей", {"en": "Sergei", "hu": "Szergej", "pl": "Siergiej", "cs": "Sergej"}),
    ("Дмитрий", {"en": "Dmitry", "hu": "Dmitrij", "pl": "Dmitrij", "de": "Dmitri"}),
    ("Алексей", {"en": "Alexei", "hu": "Alekszej", "pl": "Aleksiej", "cs": "Alexej"}),
    ("Евгений", {"en": "Yevgeny", "hu": "Jevgenyij", "pl": "Jewgienij", "de": "Jewgeni"}),
    ("Пригожин", {"en": "Prigozhin", "hu": "Prigozsin", "pl": "Prigożyn", "cs": "Prigožin"}),
    ("Навальный", {"en": "Navalny", "hu": "Navalnij", "pl": "Nawalny", "cs": "Navalnyj"}),
    ("Владимир", {"en": "Vladimir", "hu": "Vlagyimir", "pl": "Władimir", "de": "Wladimir"}),
    ("Николай", {"en": "Nikolai", "hu": "Nyikolaj", "pl": "Nikołaj", "cs": "Nikolaj"}),
    ("Татьяна", {"en": "Tatyana", "pl": "Tatiana", "de": "Tatjana"}),
]


@pytest.mark.parametrize(("cyrillic", "forms"), PRESS, ids=[name for name, _ in PRESS])
def test_scheme_writes_the_press_forms(cyrillic: str, forms: dict[str, str]) -> None:
    assert {lang: transcribe(cyrillic, lang) for lang in forms} == forms


def test_transcriptions_lead_to_the_english_form() -> None:
    assert russian_name("Peszkov") == ("Peskov", "family")
    assert russian_name("Zacharovová") == ("Zakharova", "family")
    assert russian_name("Szergej").may_be("given")  # type: ignore[union-attr]
    assert transcribed("Medwedew") and not transcribed("Medvedev")


def test_ambiguous_and_native_forms_are_left_out() -> None:
    assert russian_name("Sacharowa") is None  # German for both Zakharova and Sakharova
    assert russian_name("Nowak") is None and russian_name("Kowalczuk") is None  # Polish names


def test_an_english_form_is_never_rewritten_again() -> None:
    table = _table()
    again = [
        (form, row.english)
        for form, row in table.items()
        if row.english.lower() in table and table[row.english.lower()].english != row.english
    ]
    assert not again[:10]
