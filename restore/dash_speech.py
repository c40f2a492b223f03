"""Direct speech that a dash opens, as Nordic news writes it, in English quotation marks.

Swedish, Norwegian, Danish and Finnish news open a quote with a dash and no closing mark
("- We stand firmly behind Ukraine, says Kristersson."), Polish and Czech with a dash
closing it too ("- We will help - said Tusk."), and MT keeps the dashes. English
news quotes it: “We stand firmly behind Ukraine,” says Kristersson. A paragraph is read
as such a quote only where an attribution follows it (a verb of speech and who spoke) and
no line beside it opens with a dash too, which makes a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from restore.tables import word_list

#: A line after the first that opens with a dash and a space: the cheap scan before the
#: pattern (a literal newline first, which the standard engine skips to).
_DASH_LINE = re.compile(r"\n[-–—][ \t]")
#: A sentence's end, then a dash and a space inside a paragraph (Polish: "... NATO. - To
#: jest ..."), which English prose never writes after a full stop.
_DASH_AFTER_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’]?[ \t]+(?=[-–—][ \t])")


@dataclass(frozen=True, slots=True)
class DashQuote:
    """The dash to replace with an opening mark, and the punctuation ending the quote."""

    dash_start: int
    dash_end: int
    end_start: int
    end_end: int
    punctuation: str


#: Where an attribution ends, or goes on to when or where it was said.
_ENDS = r"(?=[.,;:!?]|$|[ \t]+(?:on|in|at|to|of|after|during|yesterday|today|earlier|later)\b)"


@cache
def _speech_verbs() -> str:
    """The verbs of speech in the past and the present, as one alternation."""
    verbs = word_list("speech_verbs.txt") | word_list("speech_verbs_present.txt")
    return "|".join(sorted(verbs, key=len, reverse=True))


@cache
def _dash_quote() -> regex.Pattern[str]:
    alternation = _speech_verbs()
    who = r"\p{Lu}[\p{L}’'.-]*(?:[ \t]\p{Lu}[\p{L}’'.-]*){0,5}"
    return regex.compile(
        r"[-–—][ \t]+(?P<quote>[^\n“”\"„]{2,600}?[\p{L}\p{N})%])"
        # Polish and Czech close the quote with a dash too ("- We will help - said Tusk.").
        r"(?P<close>(?P<end>[,.!?…])(?:[ \t]+[-–—])?|[ \t]+[-–—])[ \t]+"
        rf"(?=(?:{alternation})[ \t]+(?:{who}|he\b|she\b|they\b"
        # A speaker in common nouns is one or two words ("said the ministry", "asked a
        # reporter"); "added an open callback function" has an object, a changelog's item.
        rf"|(?:the|an?)[ \t]\p{{Ll}}+(?:[ \t]\p{{Ll}}+)?{_ENDS})"
        # Name first, the attribution ends there or goes on to when or where.
        rf"|(?:{who}|he|she|they)[ \t]+(?:{alternation}){_ENDS})",
        regex.MULTILINE,
    )


def _opens_with_dash(text: str, line_start: int) -> bool:
    return text[line_start : line_start + 1] in ("-", "–", "—")


def _last_character_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space ("" if none)."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether the line before ``start`` or after ``end`` (no blank line between) opens
    with a dash too, or the line before introduces a list (Key points:)."""
    if start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        if _opens_with_dash(text, before) or _last_character_before(text, start) == ":":
            return True
        if text[before : before + 1] in (" ", "\t"):  # an item's hanging indent
            return True
    after = text.find("\n", end)
    return after >= 0 and _opens_with_dash(text, after + 1)


@cache
def _verb() -> re.Pattern[str]:
    """Any verb of speech: the standard engine's scan of a line before the pattern."""
    return re.compile(rf"\b(?:{_speech_verbs()})\b")


def dash_quotes(text: str) -> Iterator[DashQuote]:
    """Every paragraph that a dash opens as direct speech, with its attribution after it,
    and every such quote after a sentence that ends inside a paragraph, closed by a dash
    ("... in NATO. - This is the best answer - he emphasized.")."""
    pattern, verb = _dash_quote(), _verb()
    starts = [m.start() + 1 for m in _DASH_LINE.finditer(text)]
    if text[:1] in ("-", "–", "—"):
        starts.insert(0, 0)
    inside = {m.end() for m in _DASH_AFTER_SENTENCE.finditer(text)}
    for start in sorted({*starts, *inside}):
        end = text.find("\n", start)
        if not verb.search(text, start, len(text) if end < 0 else end):
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        if start in inside:
            if m["end"] and not m["close"].rstrip().endswith(("-", "–", "—")):
                continue  # inside a paragraph, only a quote a dash closes too
        elif _in_a_list(text, start, m.end()):
            continue
        punctuation = m["end"] if m["end"] and m["end"] in "?!…" else ","
        yield DashQuote(m.start(), m.start("quote"), m.start("close"), m.end(), punctuation)
