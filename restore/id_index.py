"""The document ids a batch has seen, in about 12 bytes each, to name duplicates.

A JSONL archive can hold millions of documents; a dict of their ids would be the largest
thing in the driver (about 130 bytes an id). Each id is kept as a 64-bit hash (BLAKE2b)
with the line it was first seen at, in two sorted numpy arrays; the most recent ids wait in
a small dict until there are enough of them to merge. Two different ids share a hash with
a probability of about n² / 2⁶⁵ (one in a million for six million ids); the cost of that is
a wrong "duplicate id" warning, never a lost document.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: Recent ids wait in a dict until there are this many, or an eighth of those merged.
MIN_PENDING = 1 << 16


def _key(doc_id: str) -> int:
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


class IdIndex:
    """Ids and the line each was first seen at; memory grows by about 12 bytes an id."""

    def __init__(self) -> None:
        self._pending: dict[int, int] = {}
        # numpy (15 MB) is imported at the first merge: a small batch never needs it.
        self._keys: np.ndarray | None = None
        self._lines: np.ndarray | None = None
        self._view = memoryview(b"").cast("Q")

    def __len__(self) -> int:
        return len(self._view) + len(self._pending)

    def add(self, doc_id: str, line: int) -> int | None:
        """Record ``doc_id`` at ``line`` unless it was seen before; returns the earlier line."""
        key = _key(doc_id)
        earlier = self._lookup(key)
        if earlier is not None:
            return earlier
        self._pending[key] = line
        if len(self._pending) >= max(MIN_PENDING, len(self._view) // 8):
            self._merge()
        return None

    def _lookup(self, key: int) -> int | None:
        found = self._pending.get(key)
        if found is not None:
            return found
        # bisect on a memoryview: a numpy call per id would cost a hundred times more.
        i = bisect_left(self._view, key)
        if i < len(self._view) and self._view[i] == key and self._lines is not None:
            return int(self._lines[i])
        return None

    def _merge(self) -> None:
        import numpy as np

        if self._keys is None or self._lines is None:
            self._keys = np.empty(0, dtype=np.uint64)
            self._lines = np.empty(0, dtype=np.uint32)
        keys = np.fromiter(self._pending.keys(), dtype=np.uint64, count=len(self._pending))
        lines = np.fromiter(self._pending.values(), dtype=np.uint32, count=len(self._pending))
        order = np.argsort(keys)
        keys, lines = keys[order], lines[order]
        at = np.searchsorted(self._keys, keys)
        self._keys = np.insert(self._keys, at, keys)
        self._lines = np.insert(self._lines, at, lines)
        self._view = self._keys.data.cast("B").cast("Q")
        self._pending.clear()
