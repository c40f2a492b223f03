"""The restore pipeline: stages in order, rules proposing edits, provenance kept.

Within a stage every rule sees the same input; where two rules' edits overlap, the rule
declared first wins. The next stage sees the new text. The ``encoding`` stage repeats
until stable (one layer of mojibake can hide another). Paragraphs that are not English are
never rewritten after the encoding stage: rules' edits there are dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from restore.context import Context, Reference
from restore.document import parse_header
from restore.edits import Edit, EditLog, _touches
from restore.langid import LanguageSpan, document_language, foreign_paragraphs
from restore.registry import STAGES, SUGGEST_ONLY_STAGES, Proposal, Rule, select
from restore.signature import ruleset_signature
from restore.triggers import TriggerGate, TriggerScanner


@dataclass(frozen=True)
class RestoreConfig:
    """What to run: rule selection (ids or stages), house style, user gazetteer."""

    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    style: str | None = None
    names: str | None = None
    max_rounds: int = 3
    do_no_harm: bool = True

    def __post_init__(self) -> None:
        for name in ("enable", "disable", "only"):
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"RestoreConfig.{name} must be a sequence of rule ids or stages")
            object.__setattr__(self, name, tuple(value))
        if self.max_rounds < 1:
            raise ValueError("RestoreConfig.max_rounds must be at least 1")

    def rules(self) -> tuple[Rule, ...]:
        return select(self.enable, self.disable, self.only)


@dataclass(frozen=True)
class Restoration:
    """The result of restoring one document: original, restored text, every edit."""

    original: str
    text: str
    edits: tuple[Edit, ...]
    signature: str
    doc_id: str = "-"
    language: str = "en"
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Rules whose automatic edits were demoted to suggestions because they lowered their
    #: sentence's chrF against the reference (one entry per demoted edit).
    demoted: tuple[str, ...] = ()

    @property
    def applied(self) -> tuple[Edit, ...]:
        return tuple(e for e in self.edits if e.applied)

    @property
    def suggestions(self) -> tuple[Edit, ...]:
        return tuple(e for e in self.edits if not e.applied)

    def damage(self) -> dict[str, Any]:
        """A reference-free work estimate: repairs and suggestions per 100 words, by stage.

        Layout and encoding repairs are cheap for an editor; the figure counts them anyway,
        since a report full of them came through a poor pipeline."""
        words = max(1, len(self.original.split()))
        by_stage: dict[str, float] = {}
        for e in self.edits:
            if e.rule == "layout.foreign_paragraph":
                continue
            by_stage[e.stage] = by_stage.get(e.stage, 0) + 1
        total = sum(by_stage.values())
        return {
            "per_100_words": round(100 * total / words, 2),
            "by_stage": {k: round(100 * v / words, 2) for k, v in sorted(by_stage.items())},
        }

    def counts(self, applied_only: bool = False) -> dict[str, int]:
        """Edits per rule (merged edits count for their final rule)."""
        out: dict[str, int] = {}
        for e in self.edits:
            if e.applied or not applied_only:
                out[e.rule] = out.get(e.rule, 0) + 1
        return out


def _current_spans(log: EditLog, spans: Sequence[LanguageSpan]) -> list[LanguageSpan]:
    """Map original-coordinate paragraph spans to the text the current stage sees."""
    if not spans or not log.applied:
        return list(spans)
    ends = [e.end for e in log.applied]
    deltas = [0]
    for e in log.applied:
        deltas.append(deltas[-1] + len(e.after) - len(e.before))

    def cur(pos: int) -> int:
        return pos + deltas[bisect_right(ends, pos)]

    return [LanguageSpan(cur(s.start), cur(s.end), s.lang, s.prob) for s in spans]


class _Accepted:
    """The non-overlapping applied proposals of one stage, kept sorted."""

    def __init__(self) -> None:
        self.starts: list[tuple[int, int]] = []

    def conflicts(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, (start, end))
        for j in (i - 1, i):
            if 0 <= j < len(self.starts):
                s, e = self.starts[j]
                if _touches(s, e, start, end) or (s == e == start == end):
                    return True
        return False

    def add(self, start: int, end: int) -> None:
        insort(self.starts, (start, end))


class Pipeline:
    """A configured pipeline; build once, run on many documents."""

    def __init__(self, config: RestoreConfig | None = None) -> None:
        self.config = config or RestoreConfig()
        self.rules = self.config.rules()
        self.stages: list[tuple[str, tuple[Rule, ...]]] = [
            (stage, tuple(r for r in self.rules if r.stage == stage)) for stage in STAGES
        ]
        self.options: dict[str, Any] = {"style": self.config.style, "names": self.config.names}
        self._encoding = dict(self.stages).get("encoding", ())
        self._after_encoding = [(s, r) for s, r in self.stages if s != "encoding"]
        self._triggers = TriggerScanner(t for r in self.rules for t in r.triggers)
        self._gates = {stage: TriggerGate(rules) for stage, rules in self.stages}

    def warm(self) -> None:
        """Load every table the rules use, by running each selected rule's examples once.

        Tables load on first use; a batch that forks its workers warms the driver first, so
        that each worker starts with them instead of loading its own copy."""
        for r in self.rules:
            for example in r.examples if r.warm else ():
                # A rule that fails here fails on the batch's documents too, and is reported
                # there, per document.
                with contextlib.suppress(Exception):
                    self.run(example.input)

    @cached_property
    def signature(self) -> str:
        extra = ""
        for path in (self.config.style, self.config.names):
            if path:
                extra += hashlib.sha256(Path(path).read_bytes()).hexdigest()
        style = Path(self.config.style).stem if self.config.style else "ap"
        return ruleset_signature(self.rules, style=style, extra=extra)

    def run(
        self,
        text: str,
        reference: Reference | str | Sequence[str] | None = None,
        doc_id: str = "-",
        metadata: dict[str, Any] | None = None,
    ) -> Restoration:
        """Restore one document."""
        ref = _as_reference(reference)
        meta = {**parse_header(text), **(metadata or {})}
        foreign = foreign_paragraphs(text)
        language = document_language(text, foreign)
        if language != "en":
            return Restoration(text, text, (), self.signature, doc_id, language, meta)
        log = EditLog(text)
        ctx = Context(doc_id=doc_id, reference=ref, options=self.options)
        present = self._triggers.scan(text)
        ctx.present = present
        stages = self.stages
        for _ in range(self.config.max_rounds):
            settled = self._run_stages(stages, log, ctx, foreign, present)
            # A later stage can reveal mojibake ftfy judged clean in its old context
            # (quotes around it, say); if the encoding stage finds more, go round again.
            # Nothing to look for when no later stage changed what it left stable.
            ctx.foreign = ()
            if not self._encoding or log.text is settled:
                break
            encoding = self._open("encoding", None, present)
            if not self._run_stage("encoding", encoding, log, ctx, present)[0]:
                break
            stages = self._after_encoding
        demoted: tuple[str, ...] = ()
        if ref is not None and self.config.do_no_harm:
            from restore.harm import demote_harmful

            demoted = demote_harmful(log, ref)
        edits = tuple(log.all_edits())
        return Restoration(text, log.text, edits, self.signature, doc_id, language, meta, demoted)

    def _run_stages(
        self,
        stages: Sequence[tuple[str, tuple[Rule, ...]]],
        log: EditLog,
        ctx: Context,
        foreign: Sequence[LanguageSpan],
        present: set[str],
    ) -> str | None:
        """Run the stages in order; returns the text the encoding stage left, when it ran
        until it had nothing more to repair."""
        settled = None
        for stage, rules in stages:
            if not rules:
                continue
            losers: tuple[Rule, ...] | None = None
            for _ in range(self.config.max_rounds):
                ctx.foreign = _current_spans(log, foreign) if stage != "encoding" else ()
                round_rules = self._open(stage, losers, present)
                applied, lost = self._run_stage(stage, round_rules, log, ctx, present)
                if stage == "encoding" and not applied:
                    settled = log.text
                if not applied or not (
                    stage == "encoding" or lost or (stage == "layout" and _blank_end(log.text))
                ):
                    break
                # Encoding repeats until stable; layout whole where one removal beside
                # another lost to it (a header and the comment after it), or where removals
                # side by side left blank lines at the text's end (share buttons, then the
                # related links under them), since removing lines cannot loop; another
                # stage runs its losers again on the winners' text ("the the Russia's": the
                # doubled word, then the article), where most find nothing left to do.
                if stage not in ("encoding", "layout"):
                    losers = lost
        return settled

    def _open(self, stage: str, rules: Sequence[Rule] | None, present: set[str]) -> list[Rule]:
        """Those of ``rules`` (None: the whole stage) with a trigger in ``present``, or
        without triggers, in stage order."""
        if rules is None:
            return self._gates[stage].open(present)
        return [r for r in rules if not r.triggers or not present.isdisjoint(r.trigger_set)]

    def _run_stage(
        self, stage: str, rules: Iterable[Rule], log: EditLog, ctx: Context, present: set[str]
    ) -> tuple[bool, tuple[Rule, ...]]:
        """Run one round of a stage's ``rules`` (those its triggers opened); returns whether
        it applied anything, and the rules that had an edit dropped for overlapping one
        applied. ``present``, the trigger literals the text may hold, gains those the
        stage's edits wrote."""
        cur = log.text
        accepted = _Accepted()
        applied: list[Edit] = []
        suggested: list[Edit] = []
        losers: dict[str, Rule] = {}
        protected = [(s.start, s.end) for s in ctx.foreign]
        for r in rules:
            if r.needs_reference and ctx.reference is None:
                continue
            guard = protected and r.id != "layout.foreign_paragraph"
            for p in r.fn(cur, ctx):
                edit = _to_edit(r, p, cur, stage)
                if edit is None:
                    continue
                if guard and any(_touches(a, b, edit.start, edit.end) for a, b in protected):
                    continue
                if not edit.applied:
                    suggested.append(edit)
                elif not accepted.conflicts(edit.start, edit.end):
                    accepted.add(edit.start, edit.end)
                    applied.append(edit)
                else:
                    losers.setdefault(r.id, r)
        # A suggestion for words another rule of the stage has rewritten would only repeat
        # that edit to the editor, or contradict it (Karolis: Karol, not Carol).
        done = {(e.start, e.end) for e in applied}
        for edit in suggested:
            if (edit.start, edit.end) not in done:
                log.suggest(edit)
        applied.sort(key=lambda e: (e.start, e.end))
        log.commit(applied)
        self._triggers.rescan(present, log.text, applied)
        return bool(applied), tuple(losers.values())


def _blank_end(text: str) -> bool:
    """Whether ``text`` ends in a blank line, which layout.blank_lines removes."""
    tail = text[-64:]
    return tail[len(tail.rstrip()) :].count("\n") >= 2


def _to_edit(r: Rule, p: Proposal, cur: str, stage: str) -> Edit | None:
    before = cur[p.start : p.end]
    if before == p.after or p.start > p.end:
        return None
    applied = not (p.suggest or stage in SUGGEST_ONLY_STAGES)
    return Edit(r.id, p.start, p.end, before, p.after, p.note, applied)


def _as_reference(reference: Reference | str | Sequence[str] | None) -> Reference | None:
    if reference is None or isinstance(reference, Reference):
        return reference
    if isinstance(reference, str):
        return Reference((reference,))
    texts = tuple(reference)
    return Reference(texts) if texts else None


_REFERENCE_CONFIG = RestoreConfig(only=("encoding", "layout"), do_no_harm=False)


def clean_reference(text: str) -> str:
    """A reference with only its encoding and layout repaired (scraper header, shortcodes):
    those are not part of the article and would distort scores, names and alignment."""
    return get_pipeline(_REFERENCE_CONFIG).run(text).text


_DEFAULT: dict[tuple[Any, ...], Pipeline] = {}


def get_pipeline(config: RestoreConfig) -> Pipeline:
    """A cached pipeline per configuration (rules are selected and compiled once)."""
    key = (
        config.enable,
        config.disable,
        config.only,
        config.style,
        config.names,
        config.do_no_harm,
    )
    if key not in _DEFAULT:
        _DEFAULT[key] = Pipeline(config)
    return _DEFAULT[key]


def restore_text(
    text: str,
    reference: str | Sequence[str] | None = None,
    enable: Sequence[str] | None = None,
    disable: Sequence[str] | None = None,
    *,
    only: Sequence[str] | None = None,
    style: str | None = None,
) -> Restoration:
    """Restore ``text``; the public one-call entry point.

    >>> restore_text("Kyiv said so.  \\n").text
    'Kyiv said so.\\n'
    """
    config = RestoreConfig(tuple(enable or ()), tuple(disable or ()), tuple(only or ()), style)
    return get_pipeline(config).run(text, reference)
