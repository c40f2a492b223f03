"""Sentence alignment: gold precision/recall, link types, reordering, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from restore import align
from restore.alignment_gold import evaluate_gold
from restore.cli import main
from restore.corpus import load_corpus
from restore.errors import AlignmentError
from restore.sentences import split_sentences
from tests.conftest import seed, seed_path

GOLD = Path(load_corpus().root, "gold_alignment.json")


def test_gold_still_matches_the_sentence_splitter() -> None:
    for pair in json.loads(GOLD.read_text(encoding="utf-8"))["pairs"]:
        sentences = split_sentences(seed(pair["hyp"]))
        assert [s[:24] for s in sentences] == pair["hyp_starts"]
        assert len(split_sentences(seed(pair["ref"]))) == pair["ref_sentences"]


def test_f1_on_000_against_001_meets_the_goal() -> None:
    scores = {(r["hyp"], r["ref"]): r for r in evaluate_gold(load_corpus())}
    assert scores[("000", "001")]["f1"] >= 0.95
    for row in scores.values():  # the comparable 004 pairs are harder; they must stay useful
        assert row["f1"] >= 0.5, row


def test_link_types_and_reordering_on_000() -> None:
    alignment = align(seed("000"), seed("001"))
    links = {link.hyp: link.ref for link in alignment.links}
    assert links[(0,)] == (2,)  # the White House sentence moved: local reordering
    assert links[(12, 13)] == (10,)  # 2-1
    assert links[(9,)] == ()  # the Emanuel sentence has no AFP counterpart: 1-0
    hyp_unlinked, _ = alignment.unlinked()
    assert hyp_unlinked == 3


def test_identical_documents_align_one_to_one() -> None:
    alignment = align(seed("001"), seed("001"))
    assert all(link.hyp == link.ref and link.score > 0.99 for link in alignment.links)


def test_empty_document_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(AlignmentError, match="hypothesis has no sentences"):
        align("   \n", seed("001"))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["align", str(empty), str(seed_path("001"))]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty" in err


def test_one_enormous_line_does_not_hang() -> None:
    line = "word " * 100_000
    alignment = align(line, seed("001"))
    assert len(alignment.hyp_segments) == 1


def test_reference_in_another_language_gives_few_links() -> None:
    hungarian = (
        "A japán kormány pénteken bejelentette, hogy az Egyesült Államokba szállítja a rakétákat. "
        "A döntés a fegyverexport szabályainak enyhítése után született."
    )
    alignment = align(seed("000"), hungarian)
    assert sum(1 for link in alignment.links if link.ref) <= 2


def test_cli_align_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", str(seed_path("000")), str(seed_path("001")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"hyp_segments", "ref_segments", "links"} <= data.keys()
    assert all({"hyp", "ref", "score"} <= link.keys() for link in data["links"])
