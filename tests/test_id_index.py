"""The duplicate-id index: exact answers across merges of its pending ids."""

from __future__ import annotations

import pytest

from restore import id_index
from restore.id_index import IdIndex


@pytest.fixture(autouse=True)
def small_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(id_index, "MIN_PENDING", 7)


def test_new_ids_are_new_and_repeats_name_their_first_line() -> None:
    index = IdIndex()
    ids = [f"doc-{n}" for n in range(500)]
    for line, doc_id in enumerate(ids, 1):
        assert index.add(doc_id, line) is None
    assert len(index) == 500
    # Pending and merged ids alike, the first line wins.
    for line, doc_id in enumerate(reversed(ids), 1000):
        assert index.add(doc_id, line) == int(doc_id.split("-")[1]) + 1
    assert len(index) == 500


@pytest.mark.parametrize("doc_id", ["", "ünïcödé", "\ud800 lone surrogate", "x" * 10_000])
def test_any_string_is_an_id(doc_id: str) -> None:
    index = IdIndex()
    assert index.add(doc_id, 3) is None
    for n in range(20):
        index.add(f"filler {n}", 10 + n)
    assert index.add(doc_id, 99) == 3
