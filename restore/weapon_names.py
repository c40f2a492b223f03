"""A weapon's name written after its kind, as Baltic and Slavic languages write it.

"tanks Leopard 2A8", "missiles „Patriot“" (tankai Leopard, rakiety Patriot): English news
names the system first, "Leopard 2A8 tanks", "Patriot missiles". The names are a table
(``weapon_names.txt``); the word before each name the text holds is looked up among the
kinds, so no pattern runs at every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from restore.tables import alternation, word_list

#: The words before a kind of weapon (``weapon_kinds.txt``) that belong to it (air defence
#: systems, fighter jets).
_KIND_PREFIX = regex.compile(
    r"(?:(?:air|anti-aircraft|missile|anti-missile) defen[cs]e|fighter|infantry fighting|"
    r"armou?red|ballistic|cruise|hypersonic|attack|combat) \Z"
)
#: "of type" or "of the type" between a kind and a name, as Russian writes it (типа).
_OF_TYPE = regex.compile(r" of (?:the )?type \Z")
_OPENING_QUOTES = '"“„«'
#: "and" or "or" and another name after this one: a list the kind belongs to as a whole.
_LIST = regex.compile(r" (?:and|or) [\"“„«]?")


@dataclass(frozen=True, slots=True)
class WeaponAfterKind:
    """A span "kind name" and the English order "name kind"."""

    start: int
    end: int
    repair: str


@cache
def _name_patterns() -> tuple[re.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The table's names alone, which the standard engine finds fastest; a name with its
    model number and a closing quotation mark, matched where one was found (atomic, so that
    a list after it, "Leopard 2A8 and Abrams", is not matched by a shorter name); and a name
    joined to its kind by a hyphen, as Hungarian and German compounds write it
    (Patriot-rakéták, Patriot-Raketen: "Patriot-missiles")."""
    names = alternation(word_list("weapon_names.txt"))
    kinds = alternation(word_list("weapon_kinds.txt"))
    full = regex.compile(
        rf"(?<![\w-])(?P<name>(?>(?:{names})(?:-[A-Z\d]{{1,3}}|(?: (?:[A-Z]{{1,3}})?\d[\w-]*))?))"
        r"(?P<close>[\"”“»]?)(?![\w-])"
    )
    hyphened = regex.compile(rf"(?<![\w-])(?:{names})(?P<hyphen>-)(?:{kinds})(?![\w-])")
    return re.compile(names), full, hyphened


def _kind_before(text: str, end: int) -> int | None:
    """Where the kind of weapon that ends at ``end`` starts, if a kind ends there."""
    start = text.rfind(" ", max(0, end - 20), end) + 1
    if text[start:end] not in word_list("weapon_kinds.txt"):
        return None
    prefix = _KIND_PREFIX.search(text, max(0, start - 30), start)
    return start if prefix is None else prefix.start()


def weapons_after_kinds(text: str) -> Iterator[WeaponAfterKind]:
    """Every "kind name" in ``text``, but not one of a list of names ("tanks Leopard and
    Abrams": the kind belongs to both); and every "name-kind" compound, its hyphen a space."""
    quick, pattern, hyphened = _name_patterns()
    for hit in quick.finditer(text):
        if text[hit.end() : hit.end() + 1] == "-":
            joined = hyphened.match(text, hit.start())
            if joined is not None:
                yield WeaponAfterKind(joined.start("hyphen"), joined.end("hyphen"), " ")
                continue
        m = pattern.match(text, hit.start())
        if m is None:
            continue
        start = m.start()
        opened = start > 0 and text[start - 1] in _OPENING_QUOTES
        if opened != bool(m["close"]):
            continue
        space = start - 1 - opened  # the space between the kind and the name
        if space <= 0 or text[space] != " ":
            continue
        # "drones of type Shahed" (дронов типа «Шахед»): the words go with the reorder.
        of_type = _OF_TYPE.search(text, max(0, space - 12), space + 1)
        if of_type is not None:
            space = of_type.start()
        kind_start = _kind_before(text, space)
        if kind_start is None:
            continue
        following = _LIST.match(text, m.end())
        if following and pattern.match(text, following.end()):
            continue
        yield WeaponAfterKind(kind_start, m.end(), f"{m['name']} {text[kind_start:space]}")
