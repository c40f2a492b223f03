"""The present perfect MT writes for a dated past event: French, Italian, German and
Romanian tell a finished event in their perfect (a annoncé jeudi, hat am Montag gesagt,
a declarat ieri), and MT keeps it ("has announced on Thursday"). English dates a past
event in the simple past only: "announced on Thursday"."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cache

import regex

from restore.tables import tsv

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


@cache
def _irregular() -> dict[str, str]:
    """Irregular past participle -> simple past (participles.tsv)."""
    return {r["participle"]: r["past"] for r in tsv("participles.tsv", ("participle", "past"))}


@cache
def _perfect_before_past_time() -> regex.Pattern[str]:
    """A "has" or "have", a past participle, then a time only the past has, right after
    it: a day (not a habit or a span), yesterday, last week, earlier today, ago."""
    irregular = "|".join(sorted(_irregular(), key=len, reverse=True))
    # Not "Monday's vote", "on Mondays", "on Monday mornings" or "Monday to Friday".
    day = (
        rf"(?:{_DAYS})(?![\w'’-])"
        r"(?![ \t]*(?:[-–]|(?:to|through|and|or|mornings|evenings|afternoons|nights)\b))"
    )
    when = (
        rf"(?:on )?{day}|yesterday\b|last (?:week|month|year|night|{_DAYS})\b"
        rf"|earlier (?:today|on {day})|\d+ (?:days|weeks|months|years) ago\b"
    )
    # Not a possessive: "has surpassed last year's profit" is no date.
    return regex.compile(
        rf"\b(?:has|have) (?P<verb>\p{{Ll}}{{2,}}ed|{irregular}) (?=(?:{when})(?!['’]))"
    )


@cache
def _passive_before_past_time() -> regex.Pattern[str]:
    """A "has been" or "have been" and a past participle, then a time that can only be a
    past event's: yesterday, last week, ago. Not a day: "the office has been closed on
    Monday" may be a habit, and "has been" a state."""
    irregular = "|".join(sorted(_irregular(), key=len, reverse=True))
    when = (
        rf"yesterday\b|last (?:week|month|year|night|{_DAYS})\b"
        r"|earlier today\b|\d+ (?:days|weeks|months|years) ago\b"
    )
    return regex.compile(
        rf"\b(?P<aux>has|have) been (?:\p{{Ll}}{{2,}}ed|{irregular}) (?=(?:{when})(?!['’]))"
    )


#: How each time _passive_before_past_time takes opens.
_PAST_TIME_OPENINGS = ("yesterday", "last ", "earlier today", *"123456789")
#: The simple past of "has been" and "have been", but after "I".
_PAST_OF_BEEN = {"has": "was", "have": "were"}


#: What opens a passive perfect.
PASSIVE_AUXILIARIES = ("has been ", "have been ")


def perfects_with_past_time(
    text: str, present: Collection[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """Each "has announced" or "have been killed" dated in the past: the span of its
    auxiliary and verb to change, and the simple past ("announced", "were"). ``present``:
    the literals the text is known to hold, if known."""
    for m in _perfect_before_past_time().finditer(text):
        verb = m["verb"]
        yield m.start(), m.end("verb"), _irregular().get(verb, verb)
    # Each "has been" and "have been" found, then matched where it stands: a search of the
    # whole text for the pattern costs as much as the rest of the rule.
    for aux in PASSIVE_AUXILIARIES:
        at = text.find(aux) if present is None or aux in present else -1
        while at >= 0:
            after = text.find(" ", at + len(aux))  # the participle's end
            m = (
                _passive_before_past_time().match(text, at)
                if after > 0 and text.startswith(_PAST_TIME_OPENINGS, after + 1)
                else None
            )
            if m is not None:
                before = text[max(0, at - 2) : at]
                yield at, at + len(aux) - 1, "was" if before == "I " else _PAST_OF_BEEN[m["aux"]]
            at = text.find(aux, at + len(aux))
