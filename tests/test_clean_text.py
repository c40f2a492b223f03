"""Clean, well-edited English passes through byte-identical: no automatic edit fires."""

from __future__ import annotations

from pathlib import Path

import pytest

from restore import restore_text
from restore.bundled import corpus_dir
from tests.conftest import seed

CLEAN = sorted(Path(corpus_dir("clean")).glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_wire_text_is_untouched(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    r = restore_text(text)
    assert r.applied == (), [e.to_json() for e in r.applied]
    assert r.text == text
    assert len(r.suggestions) <= 2  # an editor is not flooded on clean copy


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_text_against_itself_as_reference(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    r = restore_text(text, reference=text)
    assert r.text == text
    assert not [e for e in r.edits if e.stage == "review"]


def test_clean_seeds_without_their_scraper_lines() -> None:
    for name in ("002",):
        r = restore_text(seed(name))
        assert r.applied == () and r.text == seed(name)
