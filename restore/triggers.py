"""Which rules' trigger literals a document holds, found in one scan.

A rule declares literals one of which every match of it contains; the pipeline runs it only
where one occurs. Looking each literal up on its own costs a scan of the text per literal,
most of them absent, so most of them a whole scan. One Aho-Corasick automaton finds all of
them in a single pass. The text changes from stage to stage only where edits were applied,
so after each stage only the windows around those edits are scanned again: a literal an
edit wrote is found there, and one it removed is kept (a rule run for nothing finds
nothing, as its trigger promises).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick_rs
import regex

from restore.edits import Edit

if TYPE_CHECKING:
    from restore.registry import Rule


class Match(NamedTuple):
    """A literal found as a whole word: where it starts and ends, and the literal."""

    start: int
    end: int
    literal: str


#: What a whole word may not touch: a word character or a hyphen.
_WORD_EDGE = regex.compile(r"[\w-]")


def _whole(text: str, start: int, end: int) -> bool:
    return not (
        (start > 0 and _WORD_EDGE.match(text, start - 1))
        or (end < len(text) and _WORD_EDGE.match(text, end))
    )


class TriggerScanner:
    """An automaton over a set of literals: which of them a text holds, and which edits
    to it wrote."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(t for t in literals if t)
        self.longest = max(map(len, self.literals), default=0)
        self._patterns = sorted(self.literals)
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._patterns, matchkind=ahocorasick_rs.MatchKind.Standard
        )

    def scan(self, text: str, start: int = 0, end: int | None = None) -> set[str]:
        """The literals that occur in ``text[start:end]``."""
        if not self.literals:
            return set()
        if start or end is not None:
            # A slice, not the automaton's bounds: it converts the whole text on every call,
            # which a long document with thousands of edits pays once per edit.
            text = text[start:end]
        patterns = self._patterns
        matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        return {patterns[i] for i, _, _ in matches}

    def whole_words(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """The literals in ``text[start:end]`` that stand as whole words (no letter, digit,
        underscore or hyphen either side), leftmost first and the longest at each place,
        none overlapping: what one pattern of them all, longest first, would match."""
        if not self.literals:
            return
        end = len(text) if end is None else end
        longest: dict[int, int] = {}
        for _, s, e in self._automaton.find_matches_as_indexes(text[start:end], overlapping=True):
            s, e = s + start, e + start
            if e > longest.get(s, s) and _whole(text, s, e):
                longest[s] = e
        after = start
        for s in sorted(longest):
            if s >= after:
                after = longest[s]
                yield Match(s, after, text[s:after])

    def rescan(self, found: set[str], text: str, applied: Sequence[Edit]) -> None:
        """Add to ``found`` the literals around ``applied`` (sorted edits of the text before
        them) in ``text``, the text after them: where a literal may now start or end."""
        if not self.literals or not applied:
            return
        reach = self.longest - 1
        delta = 0
        windows: list[list[int]] = []
        for e in applied:
            start = e.start + delta
            end = start + len(e.after)
            delta += len(e.after) - (e.end - e.start)
            low, high = max(0, start - reach), min(len(text), end + reach)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        for low, high in windows:
            found |= self.scan(text, low, high)


class TriggerGate:
    """Which of a stage's rules have a trigger in the text, in their order, found from the
    literals the text holds rather than by asking each rule: a document holds a few dozen
    literals and opens a few dozen of a stage's hundreds of rules."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._always = 0
        self._by_literal: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            bit = 1 << i
            if not rule.triggers:
                self._always |= bit
            for literal in rule.trigger_set:
                self._by_literal[literal] = self._by_literal.get(literal, 0) | bit
        self._literals = frozenset(self._by_literal)

    def open(self, present: Collection[str]) -> list[Rule]:
        """The rules without triggers and those with one in ``present``, in stage order."""
        mask = self._always
        by_literal = self._by_literal
        for literal in self._literals.intersection(present):
            mask |= by_literal[literal]
        rules = self.rules
        out = []
        while mask:
            low = mask & -mask
            out.append(rules[low.bit_length() - 1])
            mask ^= low
        return out
