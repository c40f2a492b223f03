"""Loaders for the tables in ``restore/data``; no rule logic lives here.

Every loader is cached at module level, so a table is read and compiled once per process.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from restore.errors import TableFormatError


def data_path(name: str) -> Path:
    """The path of a bundled table."""
    return Path(str(resources.files("restore.data"))) / name


def read_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-item-per-line list; ``#`` starts a comment line."""
    return frozenset(
        line.strip()
        for line in read_text(name).splitlines()
        if line.strip() and not line.startswith("#")
    )


def parse_tsv(text: str, source: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a TSV with a header row; lines starting with ``#`` are comments. Fields are
    split on tabs and never quoted, so a plain split reads them (the csv module is far slower
    on the large gazetteers)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    fields = lines[0].split("\t") if lines else []
    missing = [c for c in required if c not in fields]
    if missing:
        raise TableFormatError(f"{source}: missing column(s) {', '.join(missing)}")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        values = line.split("\t")
        if len(values) != len(fields):
            raise TableFormatError(f"{source}: row {number} has the wrong number of fields")
        rows.append(dict(zip(fields, values, strict=True)))
    return rows


@cache
def tsv(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """A bundled TSV table as rows of dicts."""
    return tuple(parse_tsv(read_text(name), name, required))


def tsv_column(name: str, column: str) -> list[str]:
    """One column of a bundled TSV table."""
    return [row[column] for row in tsv(name, (column,))]


def alternation(forms: Iterable[str], *, any_space: bool = False) -> str:
    """A table's forms as one pattern alternation, each escaped and the longest first (so
    that "mln." wins over "mln"); with ``any_space``, a space in a form matches a run of
    spaces and tabs."""
    import regex

    escaped = (regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    if any_space:
        escaped = (e.replace(r"\ ", r"[ \t]+") for e in escaped)
    return "|".join(escaped)
