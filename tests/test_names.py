"""The names stage: the seeds' names, the name test set, the user's gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from restore import restore_text
from restore.names_eval import evaluate_names
from restore.pipeline import Pipeline, RestoreConfig
from restore.transliterate import is_hepburn, readings
from tests.conftest import seed


def test_seed_004_hayashi_without_reference() -> None:
    r = restore_text(seed("004"))
    assert "Chief Cabinet Secretary Yoshimasa Hayashi said" in r.text
    (edit,) = [e for e in r.applied if e.stage == "names"]
    assert edit.before == "Yoshimasza Hajasi" and edit.rule == "names.japanese"
    assert "hu" in edit.note


def test_seed_004_hayashi_with_002_as_reference() -> None:
    r = restore_text(seed("004"), reference=seed("002"))
    assert "Chief Cabinet Secretary Yoshimasa Hayashi said" in r.text


def test_seed_000_emanuel_without_reference() -> None:
    r = restore_text(seed("000"))
    assert (
        "US Ambassador to Japan Rahm Emanuel will praise" in r.text
        or "Rahm Emanuel praised" in r.text
    )
    assert "Emanuelis" not in r.text


@pytest.mark.parametrize(
    ("form", "reading"),
    [
        ("Hajasi", "hayashi"),
        ("Kišida", "kishida"),
        ("Khayasi", "hayashi"),
        ("Dzsunicsiró", "junichiro"),
    ],
)
def test_scheme_readings(form: str, reading: str) -> None:
    assert reading in readings(form)


def test_hepburn_syllable_structure() -> None:
    assert is_hepburn("kishida") and is_hepburn("matsumoto") and is_hepburn("nippon")
    assert not is_hepburn("kisida") and not is_hepburn("orban") and not is_hepburn("fiala")


def test_name_test_set_accuracy_and_false_positives() -> None:
    report = evaluate_names()
    assert report["forms"] >= 150 and report["genuine"] >= 600  # hand-picked and sampled
    assert report["accuracy_without_reference"] >= 0.85, report["misses"]
    assert report["accuracy_with_reference"] >= report["accuracy_without_reference"]
    assert report["false_positive_rate"] < 0.01, report["changed_genuine"]


def test_user_gazetteer_adds_bases(tmp_path: Path) -> None:
    gazetteer = tmp_path / "names.tsv"
    gazetteer.write_text("name\nTaavi Vooglaid\n", encoding="utf-8")
    text = "Estonian envoy Taavi Vooglaidas spoke."
    assert Pipeline(RestoreConfig(only=("names",))).run(text).text == text
    restored = Pipeline(RestoreConfig(only=("names",), names=str(gazetteer))).run(text).text
    assert restored == "Estonian envoy Taavi Vooglaid spoke."


@pytest.mark.parametrize(
    ("text", "applied", "suggested"),
    [
        # English copy: an English first name beside a surname is no evidence at all.
        ("Officials said Raymond Penners spoke.", [], []),
        # A public figure in a Lithuanian case form shows where the text came from, so
        # the same pair becomes a suggestion ...
        ("Joe Bidenas met Raymond Penners.", ["Biden"], ["Penner"]),
        # ... and Latvian letters (the ending is Latvian) make it automatic.
        ("Krišjānis Kariņš said Raymond Penners spoke.", ["Penner"], []),
    ],
)
def test_inflection_evidence_from_the_document(
    text: str, applied: list[str], suggested: list[str]
) -> None:
    r = restore_text(text, only=["names.inflection"])
    assert [e.after for e in r.applied] == applied
    assert [e.after for e in r.suggestions] == suggested


@pytest.mark.parametrize("word", ["Rīga", "Pärnu", "Tartu"])
def test_a_place_in_its_native_spelling_keeps_its_last_letters(word: str) -> None:
    text = f"Latvian President Edgars Rinkēvičs spoke in {word}, Emanuelis Makronas said."
    r = restore_text(text)
    # Not read as inflected (Rīg, Pärn); the English press's own form of it is another matter.
    cut = [e for e in r.edits if e.before == word and e.rule != "names.place"]
    assert not cut, [e.to_json() for e in cut]
    assert "Emmanuel Macron said" in r.text


def test_a_surname_read_back_says_so_in_its_note() -> None:
    # The editor sees why: the surname is no entry of the name table, but a reading.
    r = restore_text("German media said Dmitri Kaschewarow spoke.", only=["names.russian"])
    (surname,) = [e for e in r.edits if e.before == "Kaschewarow"]
    assert surname.after == "Kashevarov" and not surname.applied
    assert "read back from German transcription" in surname.note


def test_place_named_word_is_no_english_neighbour() -> None:
    """A town's name in the tables opening a body's name ("Homeland Union") does not vouch
    for the Lithuanian given name after it: Laurynas stays, at most a suggestion."""
    text = "Officials said the leader of the Homeland Union Laurynas Kasčiūnas spoke in Vilnius."
    r = restore_text(text)
    assert r.text == text
    assert all(e.rule != "names.inflection" for e in r.applied)
