"""Batch cleanup: order, parallel and Dask runs byte-identical, resume, hostile input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from restore import batch
from restore.cli import main
from tests.conftest import ROOT


def corpus(tmp_path: Path, seeds: dict[str, str], copies: int = 6) -> Path:
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for name, text in seeds.items():
                f.write(
                    json.dumps({"id": f"{name}-{n}", "text": text, "n": n}, ensure_ascii=False)
                    + "\n"
                )
    return path


def jsonl(src: Path, out: Path, *extra: str) -> list[str]:
    """Arguments of `clean` from one JSONL file to another, on one worker unless told."""
    workers = [] if "--workers" in extra else ["--workers", "1"]
    return ["clean", str(src), "--format", "jsonl", "-o", str(out), *workers, *extra]


def clean(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().err


def test_two_workers_give_the_same_bytes_as_one(
    tmp_path: Path, seeds: dict[str, str], capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    pools: list[int] = []

    class CountedPool(batch.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            pools.append(kwargs.get("max_workers", 0))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", CountedPool)
    # More than one round of chunks, so the worker pool runs (a smaller batch stays in-process).
    copies = 2 * batch.CHUNK_SIZE // len(seeds) + 1
    src = corpus(tmp_path, seeds, copies=copies)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert (
        clean(["clean", str(src), "--format", "jsonl", "-o", str(one), "--workers", "1"], capsys)[0]
        == 0
    )
    assert (
        clean(["clean", str(src), "--format", "jsonl", "-o", str(two), "--workers", "2"], capsys)[0]
        == 0
    )
    assert pools == [2]
    assert one.read_bytes() == two.read_bytes()
    ids = [json.loads(line)["id"] for line in one.read_text().splitlines()]
    assert ids == [json.loads(line)["id"] for line in src.read_text().splitlines()]
    # Edit logs and annotations need every edit back from the workers: the same bytes too.
    logs = []
    for workers in ("1", "2"):
        out, log = tmp_path / f"ann{workers}.jsonl", tmp_path / f"edits{workers}.jsonl"
        args = ["clean", str(src), "--format", "jsonl", "-o", str(out), "--annotate"]
        assert clean([*args, "--edits", str(log), "--workers", workers], capsys)[0] == 0
        logs.append((out.read_bytes(), log.read_bytes()))
    assert pools == [2, 2]
    assert logs[0] == logs[1] and logs[0][1].count(b"\n") > len(ids)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux")
def test_workers_are_forked_from_a_warmed_driver_only_when_it_has_one_thread() -> None:
    import threading

    class Counted:
        warmed = 0

        def warm(self) -> None:
            self.warmed += 1

    pipeline = Counted()
    assert batch._worker_context(pipeline).get_start_method() == "fork"  # type: ignore[arg-type]
    assert pipeline.warmed == 1
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        batch._worker_context(pipeline)  # type: ignore[arg-type]
    finally:
        stop.set()
        other.join()
    assert pipeline.warmed == 1  # forking a process with threads is unsafe: no warm-up


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_bytes(tmp_path: Path, seeds: dict[str, str]) -> None:
    pytest.importorskip("dask.distributed")
    src = corpus(tmp_path, seeds, copies=2)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    base = [sys.executable, "-m", "restore", "clean", str(src), "--format", "jsonl"]
    subprocess.run([*base, "-o", str(local), "--workers", "1"], check=True, cwd=ROOT)
    run = subprocess.run(
        [*base, "-o", str(dask), "--dask", "local"], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert local.read_bytes() == dask.read_bytes()


def test_resume_skips_what_is_done(tmp_path: Path, seeds: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    src = corpus(tmp_path, seeds, copies=2)
    out = tmp_path / "out.jsonl"
    full = tmp_path / "full.jsonl"
    clean(["clean", str(src), "--format", "jsonl", "-o", str(full), "--workers", "1"], capsys)
    lines = full.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:4]) + lines[4][:20])  # four done, one torn line
    code, err = clean(jsonl(src, out, "--resume", "--summary"), capsys)
    assert code == 0 and "4 skipped" in err
    assert out.read_bytes() == full.read_bytes()


def test_errors_file_and_every_hostile_case(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "docs.jsonl"
    src.write_bytes(
        b'{"id": "ok", "text": "Officials in Kiev said on Friday the talks would resume."}\n'
        b'{"id": "bad json"\n'
        b'{"id": "notext"}\n'
        b'{"id": "number", "text": 3}\n'
        b'{"id": "ok", "text": "A duplicate id, cleaned and kept."}\n'
        b'{"id": "utf8", "text": "caf\xff"}\n'
        + b'{"id": "huge", "text": "'
        + b"x" * 3_000_000
        + b'"}\n'
        + '{"id": "hu", "text": "A japán kormány pénteken bejelentette, hogy az Egyesült '.encode()
        + 'Államokba szállítja a rakétákat."}\n'.encode()
        + b'{"id": "last", "text": "Tokyo agreed.  "}\n'
    )
    before = src.read_bytes()
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, err = clean(jsonl(src, out, "--errors", str(errors), "--max-mb", "1"), capsys)
    assert code == 1 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 7, lines
    assert all(line.startswith("mt-restore: ") and "docs.jsonl:" in line for line in lines)
    assert any("duplicate id 'ok'" in line for line in lines)
    assert any("not English (hu)" in line for line in lines)
    assert any("over the 1 MB limit" in line for line in lines)
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in written] == ["ok", "ok", "hu", "last"]
    assert written[0]["text"] == "Officials in Kyiv said on Friday the talks would resume."
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [f["line"] for f in failed] == [2, 3, 4, 6, 7]
    assert src.read_bytes() == before


def test_binary_and_empty_files_in_a_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (src / "b.txt").write_bytes(b"")
    (src / "c.txt").write_text("Tokyo agreed.  \n")
    code, err = clean(["clean", str(src), "-o", str(tmp_path / "out"), "--workers", "2"], capsys)
    assert code == 1 and len(err.strip().splitlines()) == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["c.txt"]


def test_a_folder_without_documents_of_the_format_is_an_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    jsonl, empty = tmp_path / "jsonl", tmp_path / "empty"
    jsonl.mkdir()
    empty.mkdir()
    (jsonl / "a.jsonl").write_text('{"id": 1, "text": "Kijev agreed."}\n')
    code, err = clean(["clean", str(jsonl), str(empty), "-o", str(tmp_path / "out")], capsys)
    assert code == 1
    assert err.splitlines() == [
        f"mt-restore: {jsonl}: folder with no *.txt files; --format jsonl reads its 1 *.jsonl file",
        f"mt-restore: {empty}: folder with no *.txt files",
    ]
    code, err = clean(
        ["clean", str(jsonl), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl")], capsys
    )
    assert code == 0 and not err
    assert "Kyiv agreed." in (tmp_path / "o.jsonl").read_text()


def test_interrupt_leaves_only_complete_lines(
    tmp_path: Path, seeds: dict[str, str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from restore import batch

    src = corpus(tmp_path, seeds, copies=2)
    out = tmp_path / "out.jsonl"
    calls = {"n": 0}
    real = batch.restore_task

    def interrupting(task, pipeline, references, **options):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real(task, pipeline, references, **options)

    monkeypatch.setattr(batch, "restore_task", interrupting)
    assert main(["clean", str(src), "--format", "jsonl", "-o", str(out), "--workers", "1"]) == 130
    lines = out.read_text().splitlines(keepends=True)
    assert len(lines) == 3 and all(line.endswith("\n") and json.loads(line) for line in lines)
    assert not list(tmp_path.glob(".out.jsonl.*"))
