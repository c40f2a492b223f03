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
#: unless it ends a title (Prime Minister B. Netanyahu).
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


#: A capitalised given name (a capital and a lower-case letter, not an initial), or two
#: initials written as one (JD Vance).
_GIVEN = r"\p{Lu}\p{Ll}[\p{L}\p{M}-]*|\p{Lu}\p{Lu}(?![\p{L}\p{M}])"


def _given_names(text: str, surname: str, end: int) -> tuple[set[tuple[str, str]], int]:
    """The one or two given names written right before ``surname`` in ``text[:end]``, as
    (first, last) with an empty first where one (a title's last word is no given name),
    and where the first of those full mentions ends."""
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}.])(?:(?P<first>{_GIVEN}) )?(?P<last>{_GIVEN})"
        rf" {regex.escape(surname)}(?![\p{{L}}\p{{M}}])"
    )
    titles = _title_ends()
    found = set()
    first_end = end
    for m in pattern.finditer(text, 0, end):
        if m["last"] in titles:
            continue
        first = m["first"] or ""
        found.add(("" if first in titles else first, m["last"]))
        first_end = min(first_end, m.end())
    return found, first_end


#: Where a sentence ends: the initials must be in a later one than the full name, which
#: "Herbert George Wells, better known as H. G. Wells" is not.
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*\s|\n")


def _same_person(initials: str, given: tuple[str, str]) -> bool:
    """Whether ``initials`` are those of the given names: the last one's, the first one's,
    or both (Recep Tayyip: R., T. or R. T.)."""
    first, last = given
    if last.isupper():  # JD: J. D.
        return initials == last
    if len(initials) == 2:
        return bool(first) and initials == first[0] + last[0]
    return initials in (last[0], first[:1])


def initial_mentions(text: str) -> Iterator[InitialMention]:
    """Each mention by initials whose person the text named in full before, alone of that
    surname."""
    if ". " not in text and ".\u00a0" not in text:
        return
    for m in _MENTION.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before[1] not in _title_ends():
            continue
        surname = regex.sub(r"['’]s$", "", m["surname"])  # a possessive's
        given, named_at = _given_names(text, surname, m.start())
        if len({last for _, last in given}) != 1:
            continue  # nobody of that name before, or two people of that surname
        if not _SENTENCE_END.search(text, named_at, m.start()):
            continue
        initials = regex.sub(r"[^\p{Lu}]", "", m["initials"])
        if not any(_same_person(initials, g) for g in given):
            continue
        yield InitialMention(m.start(), m.start("surname"), surname)
