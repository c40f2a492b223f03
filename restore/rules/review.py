"""Stage ``review``: where the translation bent the facts, against a reference.

Each garbled sentence is aligned with the reference; numbers and relative-time words that
disagree with the linked reference sentence become suggestions carrying the reference's
wording. They are never applied automatically: the editor decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from restore.alignment import align_segments
from restore.context import Context
from restore.registry import Proposal, rule
from restore.sentences import sentence_spans
from restore.tables import tsv

_NUMBER = regex.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_QUANTITY_WORDS = regex.compile(
    r"\b(?:(?:hundreds|thousands|millions|billions|tens|dozens)"
    r"(?: of (?:thousands|millions|billions))?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|a) (?:hundred|thousand|million|billion)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred) percent)\b"
)


def _linked(text: str, ctx: Context) -> list[tuple[tuple[int, int], str]]:
    """(hyp sentence span, linked reference text) for every linked sentence, cached."""
    key = "review.linked"
    cached = ctx.memo.get(key)
    if cached is not None and cached[0] == text:
        return list(cached[1])
    assert ctx.reference is not None
    spans = sentence_spans(text)
    ref_sentences = ctx.reference.sentences
    out: list[tuple[tuple[int, int], str]] = []
    if spans and ref_sentences:
        alignment = align_segments([text[s:e] for s, e in spans], ref_sentences)
        for link in alignment.links:
            if link.ref:
                ref = " ".join(ref_sentences[j] for j in link.ref)
                out.extend((spans[i], ref) for i in link.hyp)
    ctx.memo[key] = (text, out)
    return out


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


@rule(
    "review.number_mismatch",
    "Flag a number that disagrees with the aligned reference sentence.",
    needs_reference=True,
)
def number_mismatch(text: str, ctx: Context) -> Iterator[Proposal]:
    for (start, end), ref in _linked(text, ctx):
        ref_numbers = _numbers(ref)
        ref_words = _QUANTITY_WORDS.findall(ref)
        if not ref_numbers and not ref_words:
            continue
        for m in _NUMBER.finditer(text, start, end):
            value = m.group().replace(",", "")
            if value in ref_numbers or (len(value) == 4 and value.startswith(("19", "20"))):
                continue
            hyp_extra = _numbers(text[start:end]) - ref_numbers
            ref_extra = sorted(ref_numbers - _numbers(text[start:end])) + ref_words
            if len(hyp_extra) == 1 and len(ref_extra) == 1:
                note = f"the reference says “{ref_extra[0]}”: “{ref}”"
                yield Proposal(m.start(), m.end(), ref_extra[0], note, suggest=True)


@cache
def _relative_time() -> tuple[dict[str, str], regex.Pattern[str]]:
    rows = tsv("relative_time.tsv", ("phrase", "class"))
    classes = {row["phrase"]: row["class"] for row in rows}
    phrases = "|".join(regex.escape(p) for p in sorted(classes, key=len, reverse=True))
    return classes, regex.compile(rf"\b(?:{phrases})\b")


@rule(
    "review.relative_time",
    "Flag a relative-time phrase ('next month') that disagrees with the reference ('last month').",
    needs_reference=True,
)
def relative_time(text: str, ctx: Context) -> Iterator[Proposal]:
    classes, pattern = _relative_time()
    for (start, end), ref in _linked(text, ctx):
        ref_phrases = pattern.findall(ref)
        for m in pattern.finditer(text, start, end):
            same_class = [p for p in ref_phrases if classes[p] == classes[m.group()]]
            if same_class and m.group() not in same_class and len(set(same_class)) == 1:
                note = f"the reference says “{same_class[0]}”: “{ref}”"
                yield Proposal(m.start(), m.end(), same_class[0], note, suggest=True)
