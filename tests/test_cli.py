"""The CLI in-process: exit codes, outputs, and bad input reported without a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from restore.cli import main
from tests.conftest import seed_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_json_lists_every_stage_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rules", "--json"], capsys)
    rules = json.loads(out)
    assert code == 0
    assert {"encoding", "layout"} <= {r["stage"] for r in rules}
    for r in rules:
        assert {"id", "stage", "description", "examples"} <= r.keys()
        assert any(e["input"] != e["output"] for e in r["examples"])
        assert any(e["input"] == e["output"] for e in r["examples"])


def test_clean_seed_004_with_edit_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.jsonl"
    code, out, err = run(
        ["clean", str(seed_path("004")), "--edits", str(log), "--workers", "1"], capsys
    )
    assert code == 0, err
    assert out.startswith("Big change Japan starts sending missiles USA")
    original = seed_path("004").read_text(encoding="utf-8")
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert records
    for rec in records:
        assert {"doc", "rule", "start", "end", "before", "after", "applied"} <= rec.keys()
        assert original[rec["start"] : rec["end"]] == rec["before"]


def test_clean_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b" date 2023-12-23 Kyiv said.  \n"))
    )
    code, out, _ = run(["clean", "--workers", "1"], capsys)
    assert (code, out) == (0, "Kyiv said.\n")


def test_clean_folder_to_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(" date 2023-12-23 Kyiv said.\n")
    (src / "sub" / "b.txt").write_text("Tokyo agreed.   \n")
    code, _, err = run(["clean", str(src), "-o", str(tmp_path / "out"), "--workers", "1"], capsys)
    assert code == 0, err
    assert (tmp_path / "out" / "a.txt").read_text() == "Kyiv said.\n"
    assert (tmp_path / "out" / "sub" / "b.txt").read_text() == "Tokyo agreed.\n"


def test_a_jsonl_file_in_text_mode_is_noted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text('{"id": "a", "text": "Kyiv said."}\n', encoding="utf-8")
    code, out, err = run(["clean", str(src), "--workers", "1"], capsys)
    assert code == 0
    assert out == src.read_text(encoding="utf-8")
    assert (
        err.strip()
        == f"mt-restore: {src}: read as one text document; --format jsonl reads it by lines"
    )
    _, _, err = run(["clean", str(src), "--format", "jsonl", "--workers", "1"], capsys)
    assert "read as one text document" not in err


def test_jsonl_keeps_other_fields_and_reports_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_bytes(
        b'{"id": "a", "text": " date 2023-12-23 Kyiv said.", "lang": "en"}\n'
        b"{not json\n"
        b'{"id": "c", "text": 7}\n'
        b'{"id": "d"}\n'
        b'{"id": "e", "text": "Tokyo agreed.  "}\n'
    )
    out = tmp_path / "out.jsonl"
    code, _, err = run(
        ["clean", str(src), "--format", "jsonl", "-o", str(out), "--workers", "1"], capsys
    )
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all("docs.jsonl:" in line for line in lines)
    assert "Traceback" not in err
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records == [
        {"id": "a", "text": "Kyiv said.", "lang": "en"},
        {"id": "e", "text": "Tokyo agreed."},
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty document"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Kyiv – caf\u00e9 ".encode() + b"\xff\xfe bad", "invalid UTF-8 at byte offset"),
    ],
)
def test_bad_files_are_named_and_the_rest_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, problem: str
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.txt").write_bytes(content)
    (src / "good.txt").write_text("Tokyo agreed.  \n")
    before = (src / "bad.txt").read_bytes()
    code, _, err = run(["clean", str(src), "-o", str(tmp_path / "out"), "--workers", "1"], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "bad.txt" in err and problem in err
    assert (tmp_path / "out" / "good.txt").read_text() == "Tokyo agreed.\n"
    assert (src / "bad.txt").read_bytes() == before


def test_legacy_single_byte_file_is_recovered_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "old.txt"
    src.write_bytes("Le caf\u00e9 est ouvert, said the mayor.".encode("cp1252"))
    code, out, err = run(["clean", str(src), "--workers", "1"], capsys)
    assert code == 1 and "Windows-1252" in err
    assert out == "Le caf\u00e9 est ouvert, said the mayor."


def test_missing_reference_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        ["clean", str(seed_path("000")), "--reference", str(tmp_path / "nope.txt")], capsys
    )
    assert code == 1 and "nope.txt" in err and err.count("\n") == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--disable", "no.such_rule", str(seed_path("000"))]) == 2
    assert main(["no-such-command"]) == 2
    capsys.readouterr()


def test_eval_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["eval", "--json", "--no-ablation"], capsys)
    report = json.loads(out)
    assert code == 0 and report["signature"].startswith("mt-restore:")
    pair = report["pairs"][0]
    assert (pair["hyp"], pair["ref"]) == ("000", "001")
    for side in ("before", "after"):
        assert set(pair[side]) == {"bleu", "chrf", "ter"}
    assert isinstance(pair["edits"], dict)


def test_score_aligned_reports_pairs_and_unlinked(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["score", str(seed_path("000")), "--ref", str(seed_path("001")), "--json"], capsys
    )
    result = json.loads(out)
    assert code == 0
    assert {"bleu", "chrf", "ter", "signatures", "segments", "unlinked"} <= result.keys()
    assert result["segments"] >= 10 and result["unlinked"]["hyp"] >= 1


def test_eval_html_is_a_self_contained_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "eval.html"
    assert main(["eval", "--no-ablation", "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "000 -&gt; 001" in html
    capsys.readouterr()


def test_python_dash_m_restore_is_the_same_command() -> None:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "restore", "rules", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert {r["id"] for r in json.loads(run.stdout)} >= {"encoding.ftfy", "names.japanese"}
