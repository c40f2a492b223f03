"""The viewer's page (without a browser), the terminal diff, and `rules learn`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from restore.cli import main
from restore.pipeline import Pipeline
from restore.registry import _load_examples
from restore.viewer import page_data, render_page
from tests.conftest import seed, seed_path


def test_page_is_self_contained_with_a_strict_policy() -> None:
    page = render_page(Pipeline().run(seed("004")), [seed("002")])
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "http://" not in page and "https://" not in page and " src=" not in page
    assert page.count("<script") == 2


def test_document_text_cannot_close_the_data_block() -> None:
    text = "He wrote </script><script>alert(1)</script> in Kiev."
    page = render_page(Pipeline().run(text))
    assert "</script><script>alert(1)" not in page
    assert "\\u003c/script\\u003e" in page


def test_every_edit_has_its_rule_description_and_context() -> None:
    data = page_data(Pipeline().run(seed("000"), [seed("001")]), [seed("001")])
    assert data["edits"] and data["reference"]["links"]
    for e in data["edits"]:
        assert e["description"], e["rule"]
        offset = e["context_start"]
        assert e["context"][e["start"] - offset : e["end"] - offset] == e["before"]


def test_diff_plain_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(seed_path("004"))]) == 0
    out = capsys.readouterr().out
    assert "names.japanese" in out and "[-Yoshimasza Hajasi-]{+Yoshimasa Hayashi+}" in out
    assert "\x1b[" not in out


def test_rules_learn_writes_examples_that_run_as_tests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    r = Pipeline().run(seed("000"), [seed("001")])
    data = page_data(r, [seed("001")])
    rejected = next(e for e in data["edits"] if e["rule"] == "typography.ellipsis")
    accepted = next(e for e in data["edits"] if e["rule"] == "review.relative_time")
    decisions = {
        "doc": "000",
        "accepted": [accepted["id"]],
        "rejected": [rejected["id"]],
        "edits": [dict(rejected, decision="rejected"), dict(accepted, decision="accepted")],
    }
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(decisions))
    folder = tmp_path / "examples"
    folder.mkdir()
    assert main(["rules", "learn", str(path), "--examples-dir", str(folder)]) == 0
    assert "must-not-fire example added to typography.ellipsis" in capsys.readouterr().out
    learned = [json.loads(x) for x in (folder / "typography.jsonl").read_text().splitlines()]
    assert learned[0]["input"] == learned[0]["output"] and "(…)" in learned[0]["input"]
    review = [json.loads(x) for x in (folder / "review.jsonl").read_text().splitlines()]
    assert review[0]["suggested"] and "last month" in review[0]["output"]
    main(["rules", "learn", str(path), "--examples-dir", str(folder)])
    assert len((folder / "typography.jsonl").read_text().splitlines()) == 1  # no duplicates
    _load_examples.cache_clear()
