"""The Ukrainian transcription table that generates places_transcribed.tsv, on towns whose forms
each press is known to write."""

from __future__ import annotations

import pytest

from restore.data.build_places import transcribe
from restore.tables import tsv

CASES = [
    # Cyrillic, English (national romanization), Hungarian, Polish, Czech
    ("Чернігів", "Chernihiv", "Csernyihiv", "Czernihiw", "Černihiv"),
    ("Запоріжжя", "Zaporizhzhia", "Zaporizzsja", "Zaporiżżia", "Zaporižžja"),
    ("Миколаїв", "Mykolaiv", "Mikolajiv", "Mykołajiw", "Mykolajiv"),
    ("Суми", "Sumy", "Szumi", "Sumy", "Sumy"),
    ("Дніпро", "Dnipro", "Dnyipro", "Dnipro", "Dnipro"),
    ("Покровськ", "Pokrovsk", "Pokrovszk", "Pokrowsk", "Pokrovsk"),
    ("Знам'янка", "Znamianka", "Znamjanka", "Znamjanka", "Znamjanka"),
    ("Кривий Ріг", "Kryvyi Rih", "Krivij Rih", "Krywyj Rih", "Kryvyj Rih"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_transcriptions(case: tuple[str, ...]) -> None:
    cyrillic, *forms = case
    assert [transcribe(cyrillic, lang) for lang in ("en", "hu", "pl", "cs")] == forms


def test_generated_rows_restore_to_english_forms_the_table_writes() -> None:
    rows = tsv("places_transcribed.tsv", ("form", "house"))
    assert len(rows) > 300
    for row in rows:
        assert row["form"] != row["house"]
        assert row["house"].isascii(), row
