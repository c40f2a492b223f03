"""Reading documents: files, folders, stdin; text and JSONL; every failure named, none fatal.

Decoding policy: UTF-8 (a BOM is dropped). A file that is not valid UTF-8 is recovered
only where that is unambiguous: a legacy single-byte file in which no byte sequence is
valid multi-byte UTF-8 is read as Windows-1252 (with a warning). Anything else is reported
with the byte offset of the first invalid sequence. NUL bytes mean a binary file.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import regex

from restore.errors import InputError
from restore.id_index import IdIndex

#: Documents larger than this are reported, not cleaned (memory must stay flat).
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
STDIN = "-"
_UTF8_MULTIBYTE = regex.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass(slots=True)
class Task:
    """One document to clean, or the reason it cannot be."""

    doc_id: str
    text: str | None
    source: str
    line: int | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    relpath: str = ""

    @property
    def where(self) -> str:
        """The document, named for a human: ``file.jsonl:12 (id 7)`` or ``seeds/004.txt``."""
        place = f"{self.source}:{self.line}" if self.line is not None else self.source
        if self.line is not None and self.doc_id and self.doc_id != place:
            place += f" (id {self.doc_id})"
        return place


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode one document's bytes by the policy above; raises InputError."""
    if not data.strip():
        raise InputError("empty document" if not data else "document holds only whitespace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (byte-order mark)"]
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:65536]:
        raise InputError("binary data (NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if not _UTF8_MULTIBYTE.search(data):
            try:
                return data.decode("cp1252"), [
                    f"not UTF-8 (first bad byte at offset {exc.start}); read as Windows-1252"
                ]
            except UnicodeDecodeError:
                pass
        raise InputError(f"invalid UTF-8 at byte offset {exc.start}") from exc


def expand(paths: Iterable[str], suffix: str) -> Iterator[tuple[str, str, str | None]]:
    """(path, relative name, problem) for every input: files as given, folders recursively.
    A folder with no file of ``suffix`` is one input with its problem, not a silent no-op."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN, "stdin", None
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for child in sorted(path.rglob(f"*{suffix}")):
                if child.is_file():
                    found = True
                    yield str(child), child.relative_to(path).as_posix(), None
            if not found:
                yield raw, "", _empty_folder(path, suffix)
        else:
            yield raw, path.name, None


def _empty_folder(path: Path, suffix: str) -> str:
    """Why a folder gave no documents, and what would read the ones it has."""
    other, option = (".txt", "text") if suffix == ".jsonl" else (".jsonl", "jsonl")
    count = sum(1 for child in path.rglob(f"*{other}") if child.is_file())
    if count:
        files = "file" if count == 1 else "files"
        return (
            f"folder with no *{suffix} files; --format {option} reads its {count} *{other} {files}"
        )
    return f"folder with no *{suffix} files"


def read_text_doc(path: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Task:
    """A whole file (or stdin) as one document."""
    source = "<stdin>" if path == STDIN else path
    task = Task(doc_id=name, text=None, source=source, relpath=name)
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            p = Path(path)
            if not p.exists():
                raise InputError("no such file")
            if p.stat().st_size > max_bytes:
                raise InputError(
                    f"{p.stat().st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit"
                )
            data = p.read_bytes()
        if len(data) > max_bytes:
            raise InputError(f"over the {max_bytes / 1e6:.0f} MB limit")
        task.text, task.warnings = decode(data)
    except InputError as exc:
        task.error = str(exc)
    except OSError as exc:
        task.error = f"cannot read: {exc.strerror or exc}"
    return task


def _read_line(handle: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """One line, or (prefix, True) when it is longer than max_bytes (the rest is skipped)."""
    line = handle.readline(max_bytes + 1)
    if len(line) <= max_bytes or line.endswith(b"\n"):
        return line, False
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return line[:64], True


def read_jsonl(path: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Task]:
    """Stream the records of a JSONL file; each bad line becomes a failed Task."""
    source = "<stdin>" if path == STDIN else path
    try:
        handle: BinaryIO = sys.stdin.buffer if path == STDIN else Path(path).open("rb")  # noqa: SIM115
    except OSError as exc:
        yield Task(name, None, source, error=f"cannot read: {exc.strerror or exc}", relpath=name)
        return
    seen = IdIndex()
    try:
        number = 0
        while True:
            raw, too_long = _read_line(handle, max_bytes)
            if not raw:
                break
            number += 1
            task = Task(f"{name}:{number}", None, source, line=number, relpath=name)
            if too_long:
                task.error = f"line is over the {max_bytes / 1e6:.0f} MB limit"
                yield task
                continue
            if not raw.strip():
                continue
            yield _parse_record(raw, task, seen)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _parse_record(raw: bytes, task: Task, seen: IdIndex) -> Task:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        task.error = f"invalid UTF-8 at byte offset {exc.start} of the line"
        return task
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        task.error = f"malformed JSON ({exc.msg} at column {exc.colno})"
        return task
    if not isinstance(record, dict):
        task.error = "a JSONL line must be an object with a 'text' field"
        return task
    task.record = record
    if "id" in record:
        task.doc_id = str(record["id"])
    if "text" not in record:
        task.error = "no 'text' field"
    elif not isinstance(record["text"], str):
        task.error = f"'text' is {type(record['text']).__name__}, not a string"
    else:
        task.text = record["text"]
    first = seen.add(task.doc_id, task.line or 0)
    if first is not None:
        task.warnings.append(f"duplicate id {task.doc_id!r} (first at line {first})")
    return task


def iter_tasks(
    paths: Iterable[str], fmt: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Task]:
    """Every input document, in input order, streamed."""
    suffix = ".jsonl" if fmt == "jsonl" else ".txt"
    for path, name, problem in expand(paths, suffix):
        if problem is not None:
            yield Task(doc_id=path, text=None, source=path, error=problem)
        elif fmt == "jsonl":
            yield from read_jsonl(path, name, max_bytes)
        else:
            yield read_text_doc(path, name, max_bytes)


def read_reference(path: str) -> str:
    """A whole text named on the command line (a reference, a file to view or score);
    raises InputError naming the file."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        text, _warnings = decode(p.read_bytes())
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from exc
    return text
