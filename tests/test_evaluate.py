"""`mt-restore eval`: what restoration is worth on the bundled corpus, per rule."""

from __future__ import annotations

import pytest

import metrics
from restore import restore_text
from restore.corpus import load_corpus
from restore.evaluate import evaluate
from restore.pipeline import RestoreConfig


@pytest.fixture(scope="module")
def report() -> dict:  # type: ignore[type-arg]
    return evaluate(load_corpus(), RestoreConfig())


def pair(report: dict, hyp: str, ref: str) -> dict:  # type: ignore[type-arg]
    return next(p for p in report["pairs"] if (p["hyp"], p["ref"]) == (hyp, ref))


def test_000_gets_closer_to_the_afp_report(report: dict) -> None:  # type: ignore[type-arg]
    p = pair(report, "000", "001")
    assert p["after"]["chrf"] > p["before"]["chrf"]
    assert p["after"]["ter"] < p["before"]["ter"]
    assert p["postedit_ter"]["after"] < p["postedit_ter"]["before"]
    assert p["significance"]["chrF"]["p_value"] < 0.05


def test_no_default_rule_lowers_the_scores(report: dict) -> None:  # type: ignore[type-arg]
    for p in report["pairs"]:
        for rule_id, worth in p["rules"].items():
            assert worth["chrf_delta"] >= 0, (p["hyp"], p["ref"], rule_id)
            assert worth["ter_delta"] <= 0, (p["hyp"], p["ref"], rule_id)


def test_report_carries_signatures_names_and_damage(report: dict) -> None:  # type: ignore[type-arg]
    assert report["signature"].startswith("mt-restore:")
    assert "case:mixed" in report["metric_signatures"]["TER"]
    assert report["names"]["accuracy_without_reference"] >= 0.85
    p = pair(report, "004", "002")
    assert p["damage"]["per_100_words"] > 0
    assert "names.reference" in p["edits"]  # the reference is the first authority on names


def test_an_edit_that_lowers_its_sentence_against_the_reference_is_demoted() -> None:
    text = "Officials in Kiev said the talks would resume in the spring."
    ref = "Officials in Kiev said the talks would resume in the spring."
    r = restore_text(text, reference=ref)
    assert r.text == text
    assert r.demoted == ("style.house_terms",)
    (suggestion,) = r.suggestions
    assert suggestion.after == "Kyiv" and "demoted" in suggestion.note
    assert restore_text(text).text == "Officials in Kyiv said the talks would resume in the spring."


def test_paired_bootstrap_reports_no_difference_for_identical_systems() -> None:
    segs = ["Japan loosened export rules.", "Kyiv asked for more.", "Tokyo agreed."] * 2
    result = metrics.paired_bootstrap(segs, segs, segs)
    assert result["chrF"]["p_value"] == 1.0
