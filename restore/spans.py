"""A set of non-overlapping spans of a text, kept sorted, so that asking whether a span
overlaps one of them costs a binary search: a report with thousands of names asks once per
name."""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable


class SpanSet:
    """Non-overlapping half-open spans ``[start, end)``."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a position with a span of the set."""
        i = bisect_right(self._spans, (start, end))
        # The span starting at or before ``start`` may reach past it; the next one may
        # start before ``end``.
        for j in (i - 1, i):
            if 0 <= j < len(self._spans):
                a, b = self._spans[j]
                if a < end and start < b:
                    return True
        return False

    def holds(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a span of the set."""
        return self.overlaps(pos, pos + 1)
