"""Name accuracy and false-positive rate: scoring only, given what came out and what should have.

>>> name_accuracy([("Fumio Kishida", "Fumio Kishida"), ("Kisida", "Fumio Kishida")])
0.5
>>> false_positive_rate([("Thomas", "Thomas"), ("Thom", "Thomas")])
0.5
"""

from __future__ import annotations

from collections.abc import Sequence


def name_accuracy(results: Sequence[tuple[str, str]]) -> float:
    """Share of (produced, expected) pairs where the produced text is exactly the expected."""
    if not results:
        return 0.0
    return sum(1 for produced, expected in results if produced == expected) / len(results)


def false_positive_rate(results: Sequence[tuple[str, str]]) -> float:
    """Share of (produced, original) pairs of genuine names that were changed at all."""
    if not results:
        return 0.0
    return sum(1 for produced, original in results if produced != original) / len(results)
