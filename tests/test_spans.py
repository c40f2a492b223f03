"""SpanSet: the overlap test the name rules ask once per name."""

from __future__ import annotations

import pytest

from restore.spans import SpanSet


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 5, False),  # before the first span
        (5, 10, True),  # the first span itself
        (9, 11, True),  # across its end
        (10, 20, False),  # between the spans, touching both
        (19, 21, True),  # across the second's start
        (25, 40, True),  # inside the second
        (30, 31, False),  # after the last
        (0, 100, True),  # around both
    ],
)
def test_overlaps(start: int, end: int, expected: bool) -> None:
    spans = SpanSet([(20, 30), (5, 10)])
    assert spans.overlaps(start, end) is expected


def test_added_spans_count_and_positions_inside() -> None:
    spans = SpanSet()
    assert not spans.holds(3)
    spans.add(3, 6)
    spans.add(0, 2)
    assert spans.holds(3) and spans.holds(5) and spans.holds(0)
    assert not spans.holds(6) and not spans.holds(2)
