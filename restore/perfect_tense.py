"""The present perfect MT writes for a dated past event: French, Italian, German and
Romanian tell a finished event in their perfect (a annoncé jeudi, hat am Montag gesagt,
a declarat ieri), and MT keeps it ("has announced on Thursday"). English dates a past
event in the simple past only: "announced on Thursday", and so after a past time opening
the sentence ("Yesterday, the minister announced")."""

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
def _irregular_participles() -> str:
    """The irregular participles as one alternation, longest first."""
    return "|".join(sorted(_irregular(), key=len, reverse=True))


@cache
def _perfect_before_past_time() -> regex.Pattern[str]:
    """A "has" or "have", a past participle, then a time only the past has, right after
    it: a day (not a habit or a span), yesterday, last week, earlier today, ago."""
    irregular = _irregular_participles()
    # Not "Monday's vote", "on Mondays", "on Monday mornings" or "Monday to Friday".
    day = (
        rf"(?:{_DAYS})(?![\w'’-])"
        r"(?![ \t]*(?:[-–]|(?:to|through|and|or|mornings|evenings|afternoons|nights)\b))"
    )
    # "this Tuesday" too, as Spanish and French date a finished event (ha afirmado este
    # martes, a déclaré ce mardi): after a perfect it is past.
    when = (
        rf"(?:on |this )?{day}|yesterday\b|last (?:week|month|year|night|{_DAYS})\b"
        rf"|earlier (?:today|on {day})|\d+ (?:days|weeks|months|years) ago\b"
    )
    # Not a possessive: "has surpassed last year's profit" is no date. The time may stand
    # between commas, as Romanian and French set it off ("a adoptat, marți, proiectul").
    return regex.compile(
        rf"\b(?:has|have) (?P<verb>\p{{Ll}}{{2,}}ed|{irregular})(?: |, (?=(?:{when}),))"
        rf"(?=(?:{when})(?!['’]))"
    )


@cache
def _passive_before_past_time() -> regex.Pattern[str]:
    """A "has been" or "have been" and a past participle, then a time that can only be a
    past event's: yesterday, last week, ago. Not a day: "the office has been closed on
    Monday" may be a habit, and "has been" a state."""
    irregular = _irregular_participles()
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

#: A past time opening a sentence, as MT keeps it before the perfect ("Yesterday, the
#: minister has announced", "On Monday the ministers have met").
_PAST_OPENING = regex.compile(
    rf"(?:Yesterday|On (?:{_DAYS})|Last (?:week|month|year|night|{_DAYS})|Earlier today),?[ \t]"
)


#: How each past time _PAST_OPENING takes opens, found with str.find where the trigger scan
#: found them: a search of the whole text for the pattern costs more than the rest of the
#: rule.
OPENING_WORDS = frozenset({"Yesterday", "On ", "Last ", "Earlier today"})


#: How far after a past time opening its clause's perfect may stand.
CLAUSE_REACH = 70


@cache
def _perfect_in_clause() -> regex.Pattern[str]:
    """The perfect of the clause after a past time: its subject (no comma, no relative
    pronoun: "the man who has lived here" is another clause), "has" or "have", and a
    participle, or "been" and a participle (the passive)."""
    irregular = _irregular_participles()
    participle = rf"(?:\p{{Ll}}{{2,}}ed|{irregular})(?![\p{{L}}'’-])"
    return regex.compile(
        r"(?:(?!\b(?:who|which|that|whose|whom|since|until|has|have)\b)[^.!?\n,;:\"“”])"
        rf"{{1,{CLAUSE_REACH - 10}}}?\b(?P<aux>has|have) "
        rf"(?:(?P<been>been) (?={participle})|(?P<verb>{participle}))"
        r"(?![ \t]+(?:since|for|until)\b)"
    )


def perfects_with_past_time(
    text: str, present: Collection[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """Each "has announced" or "have been killed" dated in the past: the span of its
    auxiliary and verb to change, and the simple past ("announced", "were"). ``present``:
    the literals the text is known to hold, if known."""
    found = set()
    for m in _perfect_before_past_time().finditer(text):
        verb = m["verb"]
        found.add(m.start())
        yield m.start(), m.end("verb"), _irregular().get(verb, verb)
    words = OPENING_WORDS if present is None else OPENING_WORDS.intersection(present)
    for start, end, past in _perfects_after_past_opening(text, words):
        if start not in found:
            found.add(start)
            yield start, end, past
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
            if m is not None and at not in found:
                before = text[max(0, at - 2) : at]
                yield at, at + len(aux) - 1, "was" if before == "I " else _PAST_OF_BEEN[m["aux"]]
            at = text.find(aux, at + len(aux))


def _openings(text: str, words: Collection[str]) -> list[int]:
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + len(word))
    return sorted(found)


def _perfects_after_past_opening(
    text: str, words: Collection[str]
) -> Iterator[tuple[int, int, str]]:
    """Each perfect in a sentence a past time opens ("Yesterday, the minister has
    announced": announced; "On Monday three people have been killed": were), of those
    ``words`` opens."""
    for at in _openings(text, words):
        opening = _PAST_OPENING.match(text, at)
        if opening is None:
            continue
        if at and not (
            text[at - 1] == "\n" or (text[at - 1] in " \t" and at > 1 and text[at - 2] in ".!?")
        ):
            continue  # not a sentence's opening: "Since Yesterday," or "the On Monday show"
        reach = text[opening.end() : opening.end() + CLAUSE_REACH]
        if "has " not in reach and "have " not in reach:
            continue  # most sentences a time opens hold no perfect: a substring test first
        m = _perfect_in_clause().match(text, opening.end())
        if m is None:
            continue
        if m["been"]:
            before = text[max(0, m.start("aux") - 2) : m.start("aux")]
            yield (
                m.start("aux"),
                m.end("been"),
                "was" if before == "I " else _PAST_OF_BEEN[m["aux"]],
            )
        else:
            verb = m["verb"]
            yield m.start("aux"), m.end("verb"), _irregular().get(verb, verb)
