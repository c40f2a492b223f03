"""metrics wraps sacrebleu: figures must be sacrebleu's own, signatures included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import metrics
from restore.cli import main


def test_identical_text_scores_perfectly() -> None:
    s = metrics.score(
        "Japan loosened export rules on Friday.", "Japan loosened export rules on Friday."
    )
    assert s.bleu.score == pytest.approx(100.0)
    assert s.chrf.score == pytest.approx(100.0)
    assert s.ter.score == pytest.approx(0.0)


def test_project_ter_is_case_sensitive_and_says_so() -> None:
    project = metrics.score("yoshimasa hayashi spoke", "Yoshimasa Hayashi spoke")
    plain = metrics.score("yoshimasa hayashi spoke", "Yoshimasa Hayashi spoke", profile="sacrebleu")
    assert project.ter.score > 0 and plain.ter.score == 0
    assert "case:mixed" in project.ter.signature and "case:lc" in plain.ter.signature


def test_hand_checked_ter() -> None:
    # one substitution in four words
    assert metrics.score("Kiev is a city", "Kyiv is a city").ter.score == pytest.approx(25.0)


def test_score_lines_matches_the_sacrebleu_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hyp = tmp_path / "hyp.txt"
    ref = tmp_path / "ref.txt"
    hyp.write_text(
        "The US will send Patriot systems.\nKiev asked for more.\nJapan agreed quickly.\n"
    )
    ref.write_text(
        "The United States will send Patriot systems.\nKyiv asked for more.\nJapan agreed.\n"
    )
    assert main(["score", str(hyp), "--ref", str(ref), "--lines", "--json"]) == 0
    import json

    ours = json.loads(capsys.readouterr().out)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sacrebleu",
            str(ref),
            "-i",
            str(hyp),
            "-m",
            "bleu",
            "chrf",
            "ter",
            "-b",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [round(ours[k], 1) for k in ("bleu", "chrf", "ter")] == json.loads(out)


def test_mismatched_reference_lengths_are_an_error() -> None:
    with pytest.raises(ValueError):
        metrics.corpus_scores(["a", "b"], [["a"]])
