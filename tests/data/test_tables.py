"""Lint the data: every table has its header and shape, no duplicate keys, no self-maps."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from restore.gazetteer import english_words, figures, japanese_names
from restore.tables import data_path, tsv
from restore.transliterate import HEPBURN, schemes

DATA = data_path("")
IDENTITY_OK = {"sh", "ch", "ts", "y"}  # Hepburn digraphs a scheme must read as themselves


def tsv_files() -> list[Path]:
    return sorted(p for p in Path(DATA).rglob("*.tsv"))


@pytest.mark.parametrize("path", tsv_files(), ids=lambda p: p.relative_to(DATA).as_posix())
def test_tsv_rows_have_the_header_shape(path: Path) -> None:
    lines = [
        x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")
    ]
    width = len(lines[0].split("\t"))
    assert width >= 2
    bad = [n for n, line in enumerate(lines, 1) if len(line.split("\t")) != width]
    assert not bad, f"rows {bad} do not have {width} fields"
    keys = Counter(line.split("\t")[0] for line in lines[1:])
    if "respell" not in path.parts:  # respellings list several options per key on purpose
        assert not [k for k, n in keys.items() if n > 1]


def test_every_scheme_is_declared_and_never_maps_to_itself_needlessly() -> None:
    declared = {s.lang for s in schemes()}
    files = {p.stem.removeprefix("ja_") for p in Path(DATA, "translit").glob("ja_*.tsv")}
    assert declared == files
    for scheme in schemes():
        for foreign, hepburn in scheme.table.items():
            assert foreign != hepburn or foreign in IDENTITY_OK, (scheme.lang, foreign)


def test_japanese_gazetteer_is_hepburn() -> None:
    names = japanese_names()
    assert len(names) > 5000
    assert all(HEPBURN.match(n) for n in names)


def test_inflection_tables_have_known_languages() -> None:
    for lang in ("lt", "lv"):
        rows = tsv(f"inflection/{lang}.tsv", ("ending", "restore", "case"))
        assert rows and all(r["ending"] and r["ending"] != r["restore"] for r in rows)


def test_figures_and_words_load() -> None:
    assert "rahm emanuel" in figures()
    assert english_words()["thomas"] > 3


def test_every_phrase_row_compiles() -> None:
    """Rows compile on first use; a broken pattern must fail here, not in a user's batch."""
    from restore.rules.phrases import _row_pattern

    assert all(_row_pattern(row).pattern == row["pattern"] for row in tsv("phrases.tsv"))


@pytest.mark.parametrize("row", tsv("phrases.tsv"), ids=lambda r: r["id"])
def test_phrase_triggers_lie_inside_every_match(row: dict[str, str]) -> None:
    """A row's pattern runs only on lines that hold its trigger, so each positive example's
    match must contain the trigger and stay on one line."""
    import regex

    from restore.registry import examples_for

    if not row["trigger"]:
        pytest.skip("no trigger: the row is tried on the whole text")
    pattern = regex.compile(row["pattern"], regex.MULTILINE)
    firing = [e for e in examples_for(f"phrases.{row['id']}") if e.fires]
    assert firing
    for example in firing:
        matches = [m.group() for m in pattern.finditer(example.input)]
        assert matches, example.input
        triggers = row["trigger"].split("|")
        assert all(any(t in m for t in triggers) and "\n" not in m for m in matches), matches


def top_level_tables() -> list[Path]:
    return sorted(p for p in Path(DATA).iterdir() if p.suffix in (".tsv", ".txt"))


@pytest.mark.parametrize("path", top_level_tables(), ids=lambda p: p.name)
def test_every_table_is_described_in_the_data_readme(path: Path) -> None:
    readme = (Path(DATA) / "README.md").read_text(encoding="utf-8")
    assert f"`{path.name}`" in readme, f"{path.name} is not in README.md"
