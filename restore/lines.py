"""The lines of a text that hold given literals: where a pattern needs to look.

Substring search runs in C and is far cheaper than walking a pattern over a whole
document, so rules whose matches contain a known literal and stay on one line find those
lines first and run their pattern there only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

_BLANK_TO_END = regex.compile(r"\s*\Z")


def blank_from(text: str, pos: int) -> bool:
    """Whether ``text`` holds only whitespace from ``pos`` on: a scan that stops at the
    first letter, not a copy of the rest of a long text."""
    return _BLANK_TO_END.match(text, pos) is not None


def lines_with(text: str, literals: Iterable[str]) -> list[tuple[int, int]]:
    """Sorted, distinct ``(start, end)`` spans of the lines (without their line break) that
    hold any of ``literals``."""
    spans: set[tuple[int, int]] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at + len(literal))
            end = len(text) if end < 0 else end
            spans.add((start, end))
            at = text.find(literal, end)
    return sorted(spans)


def each_line(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (without its line break) with the offset it starts at."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
