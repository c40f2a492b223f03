"""Edits with provenance, and the bookkeeping that keeps them in original coordinates.

A rule proposes edits against the text its stage sees. The pipeline folds each stage's
edits into an :class:`EditLog`, which keeps every applied edit in the coordinates of the
ORIGINAL input, so that ``original[e.start:e.end] == e.before`` always holds and
``apply_edits(original, log.applied) == log.text``. When a later stage touches text an
earlier edit produced, the two are merged into one edit whose ``rule`` is the later rule
and whose ``via`` keeps the earlier ones: attribution is never lost.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from restore.errors import EditConflictError


def narrowed(text: str, start: int, end: int, after: str) -> tuple[int, int, str]:
    """The replacement of ``text[start:end]`` by ``after`` cut to the words it changes: a
    pattern that matches its context ("said on the press conference, that" for a comma)
    then leaves that context free for other rules' edits, and the editor sees the change
    itself."""
    before = text[start:end]
    limit = min(len(before), len(after))
    head = 0
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    # A change that begins or ends inside a word takes the whole word.
    while head and before[head - 1].isalnum() and _alnum(before, after, head, tail, first=True):
        head -= 1
    while tail and before[-tail].isalnum() and _alnum(before, after, head, tail, first=False):
        tail -= 1
    return start + head, end - tail, after[head : len(after) - tail]


def _alnum(before: str, after: str, head: int, tail: int, *, first: bool) -> bool:
    """Whether the changed part, on either side, begins (or ends) with a letter or digit."""
    for side in (before[head : len(before) - tail], after[head : len(after) - tail]):
        if side and side[0 if first else -1].isalnum():
            return True
    return False


@dataclass(frozen=True, slots=True)
class Edit:
    """One change: replace ``before`` at ``[start, end)`` with ``after``.

    ``applied`` is False for a suggestion an editor must accept. ``via`` lists the rules
    of earlier edits merged into this one (oldest first).
    """

    rule: str
    start: int
    end: int
    before: str
    after: str
    note: str = ""
    applied: bool = True
    via: tuple[str, ...] = field(default=())

    @property
    def stage(self) -> str:
        """The stage is the id's prefix: ``layout.shortcode`` belongs to ``layout``."""
        return self.rule.split(".", 1)[0]

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule that contributed, in the order they ran."""
        return (*self.via, self.rule)

    def edit_id(self) -> str:
        """A stable id for this edit within its document (used by the viewer's decisions)."""
        kind = "a" if self.applied else "s"
        return f"{kind}{self.start}-{self.end}-{self.rule}"

    def to_json(self, doc: str | None = None) -> dict[str, Any]:
        """The edit-log record of DESIGN.md, plus note, via and id."""
        record: dict[str, Any] = {}
        if doc is not None:
            record["doc"] = doc
        record.update(
            rule=self.rule,
            start=self.start,
            end=self.end,
            before=self.before,
            after=self.after,
            applied=self.applied,
            note=self.note,
            via=list(self.via),
            id=self.edit_id(),
        )
        return record


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits given in ``text``'s coordinates.

    Raises EditConflictError if two edits overlap or an edit's ``before`` is not what
    ``text`` holds at its span.

    >>> apply_edits("Kiev is far", [Edit("style.x", 0, 4, "Kiev", "Kyiv")])
    'Kyiv is far'
    """
    parts: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos:
            raise EditConflictError(f"edit {edit.edit_id()} overlaps an earlier edit")
        if text[edit.start : edit.end] != edit.before:
            raise EditConflictError(f"edit {edit.edit_id()} does not match the text at its span")
        parts.append(text[pos : edit.start])
        parts.append(edit.after)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def _touches(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether two spans must be merged: they share characters, or one is a point strictly
    inside the other. Spans that merely meet at a boundary stay separate."""
    if a0 < b1 and b0 < a1:
        return True
    if a0 == a1 and b0 < a0 < b1:
        return True
    return b0 == b1 and a0 < b0 < a1


def _join_notes(notes: Iterable[str]) -> str:
    seen: list[str] = []
    for note in notes:
        if note and note not in seen:
            seen.append(note)
    return "; ".join(seen)


def _merged_via(parts: Sequence[Edit], rule: str) -> tuple[str, ...]:
    chain: list[str] = []
    for part in parts:
        for r in part.rules:
            if r not in chain:
                chain.append(r)
    return tuple(r for r in chain if r != rule)


class EditLog:
    """The applied edits of one document, in original coordinates, and its current text."""

    __slots__ = ("_index", "applied", "original", "suggestions", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self.applied: list[Edit] = []
        self.suggestions: list[Edit] = []
        # The applied edits' current spans, offset deltas and span starts, computed once
        # per commit: a document with thousands of suggestions maps each one by them.
        self._index: tuple[list[tuple[int, int]], list[int], list[int]] | None = None

    def _spans_index(self) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        if self._index is None:
            spans = self._current_spans()
            self._index = (spans, self._deltas(), [s for s, _ in spans])
        return self._index

    def _current_spans(self) -> list[tuple[int, int]]:
        spans = []
        delta = 0
        for e in self.applied:
            cs = e.start + delta
            spans.append((cs, cs + len(e.after)))
            delta += len(e.after) - len(e.before)
        return spans

    def _deltas(self) -> list[int]:
        """deltas[i]: current minus original offset just before applied edit i."""
        out = [0]
        for e in self.applied:
            out.append(out[-1] + len(e.after) - len(e.before))
        return out

    def commit(self, stage_edits: Sequence[Edit]) -> list[Edit]:
        """Apply one stage's edits (current coordinates, sorted, non-overlapping).

        Returns the new edits in original coordinates (merged ones included), so callers
        can count what this stage did.
        """
        if not stage_edits:
            return []
        old = self.applied
        spans = self._current_spans()
        deltas = self._deltas()
        cur = self.text
        result: list[Edit] = []
        made: list[Edit] = []
        i = 0
        k = 0
        n_old = len(old)
        while k < len(stage_edits):
            ne = stage_edits[k]
            while (
                i < n_old and spans[i][1] <= ne.start and not _touches(*spans[i], ne.start, ne.end)
            ):
                result.append(old[i])
                i += 1
            cluster = [ne]
            region_s, region_e = ne.start, ne.end
            j = i
            while True:
                grew = False
                while j < n_old and _touches(*spans[j], region_s, region_e):
                    region_s = min(region_s, spans[j][0])
                    region_e = max(region_e, spans[j][1])
                    j += 1
                    grew = True
                while k + 1 < len(stage_edits) and j > i:
                    nxt = stage_edits[k + 1]
                    if not _touches(nxt.start, nxt.end, region_s, region_e):
                        break
                    cluster.append(nxt)
                    region_s = min(region_s, nxt.start)
                    region_e = max(region_e, nxt.end)
                    k += 1
                    grew = True
                if not grew:
                    break
            group = old[i:j]
            if group:
                first_cs = spans[i][0]
                last_ce = spans[j - 1][1]
                os = group[0].start if region_s == first_cs else region_s - deltas[i]
                oe = group[-1].end if region_e == last_ce else region_e - deltas[j]
            else:
                os = region_s - deltas[i]
                oe = region_e - deltas[i]
            pieces: list[str] = []
            pos = region_s
            for part in cluster:
                if cur[part.start : part.end] != part.before:
                    raise EditConflictError(
                        f"rule {part.rule} proposed an edit that does not match"
                    )
                pieces.append(cur[pos : part.start])
                pieces.append(part.after)
                pos = part.end
            pieces.append(cur[pos:region_e])
            after = "".join(pieces)
            before = self.original[os:oe]
            rule = cluster[-1].rule
            if after != before:
                merged = Edit(
                    rule=rule,
                    start=os,
                    end=oe,
                    before=before,
                    after=after,
                    note=_join_notes(e.note for e in (*group, *cluster)),
                    applied=True,
                    via=_merged_via([*group, *cluster[:-1]], rule),
                )
                result.append(merged)
                made.append(merged)
            i = j
            k += 1
        result.extend(old[i:])
        self.text = apply_edits(cur, stage_edits)
        self.applied = result
        self._index = None
        return made

    def keep_only(self, kept: list[Edit]) -> None:
        """Keep only ``kept`` of the applied edits (original coordinates), the text redone
        from the original."""
        self.applied = kept
        self.text = apply_edits(self.original, kept)
        self._index = None

    def suggest(self, edit: Edit) -> Edit:
        """Record a suggestion given in current coordinates; returns it in original ones."""
        spans, deltas, starts = self._spans_index()
        i = max(bisect_left(starts, edit.start) - 1, 0)
        while (
            i < len(spans)
            and spans[i][1] <= edit.start
            and not _touches(*spans[i], edit.start, edit.end)
        ):
            i += 1
        j = i
        region_s, region_e = edit.start, edit.end
        while j < len(spans) and _touches(*spans[j], region_s, region_e):
            region_s = min(region_s, spans[j][0])
            region_e = max(region_e, spans[j][1])
            j += 1
        if j > i:
            os = self.applied[i].start if region_s == spans[i][0] else region_s - deltas[i]
            oe = self.applied[j - 1].end if region_e == spans[j - 1][1] else region_e - deltas[j]
        else:
            os, oe = region_s - deltas[i], region_e - deltas[i]
        after = self.text[region_s : edit.start] + edit.after + self.text[edit.end : region_e]
        mapped = replace(
            edit,
            start=os,
            end=oe,
            before=self.original[os:oe],
            after=after,
            applied=False,
            via=_merged_via(self.applied[i:j], edit.rule),
        )
        self.suggestions.append(mapped)
        return mapped

    def all_edits(self) -> list[Edit]:
        """Applied edits and suggestions together, in original order."""
        return sorted([*self.applied, *self.suggestions], key=lambda e: (e.start, e.end, e.applied))


def apply_within(original: str, edits: Iterable[Edit], start: int, end: int) -> str:
    """``original[start:end]`` with the applied edits that lie inside it applied."""
    inside = [
        replace(e, start=e.start - start, end=e.end - start)
        for e in edits
        if e.applied and start <= e.start and e.end <= end
    ]
    return apply_edits(original[start:end], inside)


def apply_decisions(original: str, edits: Iterable[Edit], accepted: set[str]) -> str:
    """The text an editor gets by keeping exactly the edits whose ids are in ``accepted``.

    A suggestion may cover an applied edit it was merged with; when both are kept, the
    wider one wins, since it already contains the narrower one's change.
    """
    chosen = sorted(
        (e for e in edits if e.edit_id() in accepted),
        key=lambda e: (e.start, -(e.end - e.start)),
    )
    kept: list[Edit] = []
    for e in chosen:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    return apply_edits(original, kept)
