"""Later mentions written as initials and a surname: "B. Netanyahu", "R. T. Erdogan".

Lithuanian, Latvian, Russian and Ukrainian news name a person in full once, then by the
given names' initials and the surname; MT keeps the initials. English news writes the
surname alone. The initials go only where the text named that person in full earlier
with given names of those initials, and no one else of that surname: the initial was
never needed to tell two people apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from restore.gazetteer import english_name_kind, is_english_word
from restore.tables import word_list

#: Particles that open a surname (Ursula von der Leyen: U. von der Leyen).
_PARTICLES = r"(?:(?:von|van|der|den|de|da|di|du|del|la|le|bin|al|el)[ \-])*"
#: One or two initials and a surname, not inside a longer run of initials ("J. R. R.").
_MENTION = regex.compile(
    r"(?<![\p{L}\p{N}.\-'’]|\p{Lu}\.[ \u00a0])"
    r"(?P<initials>\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)?)[ \u00a0]"
    rf"(?P<surname>{_PARTICLES}\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\p{{L}})"
)
#: A capitalised word and a space right before the initials: a given name (George W. Bush)
#: unless it ends a title (Prime Minister B. Netanyahu) or is no name at all (October).
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}-]*)[ \u00a0]$")


@dataclass(frozen=True, slots=True)
class InitialMention:
    """The span of a mention's initials and the space after them."""

    start: int
    end: int
    surname: str


@cache
def _title_ends() -> frozenset[str]:
    """The last words of the titles written before a name (President, Minister)."""
    return frozenset(t.replace("-", " ").split()[-1] for t in word_list("titles_before_name.txt"))


def _no_given_name(word: str) -> bool:
    """Whether a capitalised word before initials is an English word and no given name:
    a month, or a sentence's first word ("in October D. Trump met", "Later D. Trump
    left"), not George of George W. Bush."""
    return is_english_word(word.lower()) and english_name_kind(word) not in ("given", "either")


#: A capitalised given name (a capital and a lower-case letter, not an initial), or two
#: initials written as one (JD Vance).
_GIVEN = r"\p{Lu}\p{Ll}[\p{L}\p{M}-]*|\p{Lu}\p{Lu}(?![\p{L}\p{M}])"


#: A full mention: one or two given names and a surname, found once for the whole text
#: (each position tried, so that "Prime Minister Benjamin Netanyahu" yields "Benjamin").
_FULL = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}.])(?:(?P<first>{_GIVEN}) )?(?P<last>{_GIVEN}) "
    rf"(?P<surname>{_PARTICLES}\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\p{{L}})"
)


def _surname(written: str) -> str:
    return _POSSESSIVE.sub("", written)


_POSSESSIVE = regex.compile(r"['’]s$")


def _full_mentions(text: str, surnames: set[str]) -> dict[str, list[tuple[int, str, str]]]:
    """Each surname's full mentions in order, as (where it ends, first given name or "",
    last given name); a title's last word is no given name."""
    titles = _title_ends()
    out: dict[str, list[tuple[int, str, str]]] = {}
    for m in _FULL.finditer(text, overlapped=True):
        surname = _surname(m["surname"])
        if surname not in surnames or m["last"] in titles:
            continue
        first = m["first"] or ""
        out.setdefault(surname, []).append((m.end(), "" if first in titles else first, m["last"]))
    return out


#: Where a sentence ends (an initial's full stop ends none): the initials must be in a
#: later one than the full name, which "Herbert George Wells, better known as H. G. Wells"
#: is not.
_SENTENCE_END = regex.compile(r"(?<!\b\p{Lu})[.!?…][\"”’)]*\s|\n")


def _sentence_after(text: str, pos: int, memo: dict[int, int]) -> int:
    """Where the first sentence end after ``pos`` is (the text's length if none), found
    once per position."""
    if pos not in memo:
        found = _SENTENCE_END.search(text, pos)
        memo[pos] = found.start() if found else len(text)
    return memo[pos]


def _same_person(initials: str, given: tuple[str, str], one_given: bool) -> bool:
    """Whether ``initials`` are those of the given names: the last one's, the first one's,
    or both (Recep Tayyip: R., T. or R. T.); where every full mention has one given name
    (``one_given``), also that one's and a patronymic's, as Russian news adds (S. V.
    Lavrov beside Sergey Lavrov)."""
    first, last = given
    if last.isupper():  # JD: J. D.
        return initials == last
    if len(initials) == 2:
        if first:
            return initials == first[0] + last[0]
        return one_given and initials[0] == last[0]
    return initials in (last[0], first[:1])


_NOT_CAPITAL = regex.compile(r"[^\p{Lu}]")


def initial_mentions(text: str) -> Iterator[InitialMention]:
    """Each mention by initials whose person the text named in full before, alone of that
    surname."""
    if ". " not in text and ".\u00a0" not in text:
        return
    mentions = []
    for m in _MENTION.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not before or before[1] in _title_ends() or _no_given_name(before[1]):
            mentions.append(m)
    if not mentions:
        return
    full = _full_mentions(text, {_surname(m["surname"]) for m in mentions})
    # The given names seen so far per surname, and how many of its full mentions that is:
    # the mentions come in order, so each full mention is taken in once.
    seen: dict[str, tuple[int, set[tuple[str, str]]]] = {}
    ends: dict[int, int] = {}
    for m in mentions:
        surname = _surname(m["surname"])
        earlier = full.get(surname, [])
        taken, given = seen.get(surname, (0, set()))
        while taken < len(earlier) and earlier[taken][0] <= m.start():
            given.add(earlier[taken][1:])
            taken += 1
        seen[surname] = (taken, given)
        if len({last for _, last in given}) != 1:
            continue  # nobody of that name before, or two people of that surname
        if m.start() <= _sentence_after(text, earlier[0][0], ends):
            continue  # in the sentence that names the person in full
        initials = _NOT_CAPITAL.sub("", m["initials"])
        one_given = not any(first for first, _ in given)
        if not any(_same_person(initials, g, one_given) for g in given):
            continue
        yield InitialMention(m.start(), m.start("surname"), surname)
