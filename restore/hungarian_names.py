"""Hungarian names that machine translation left family name first (Varga Mihály).

Hungarian writes the family name before the given name; English writes Mihály Varga.
Which of two adjacent words is the family name is read from each word's ranks among
Hungary's given and family names (``names_hu.tsv``, built by
``restore/data/build_hungarian.py``). The ranks are compared, not looked up, since the
lists overlap: Hungarians write their names in either order on the platform the data
comes from. Only a pair with a Hungarian accent is read, so English copy that names a
Hungarian in English order, or none, is never touched.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from restore.gazetteer import english_name_kind, english_zipf
from restore.tables import tsv, word_list

#: How much more a pair reads family name first than given name first (the natural log
#: of the two words' rank ratios, summed): Varga Mihály 3.1, Sulyok Tamás 1.9.
FAMILY_FIRST = 1.2
#: The second word must be among Hungary's most common given names: the country's given
#: names are few, and a rarer one is as likely a second family name (Farkas Agócs).
GIVEN_RANK = 600
#: How far each word may lean the other way: the first word must lean to a family name,
#: the second may lean a little to one (Márton ranks 84th among family names and 100th
#: among given names).
FIRST_LEAN = 0.3
SECOND_LEAN = -0.25
#: For a family name the lists do not hold (Navracsics), the given name after it must be
#: this common, and lean this much to a given name.
GIVEN_RANK_ALONE = 200
SECOND_LEAN_ALONE = 0.5
#: A rank for a name missing from one of the lists: below every ranked name.
UNRANKED = 20_000
#: A word this frequent in English (Major, Kiss, Edit) is read as English, not as a name.
ENGLISH_ZIPF = 4.0
#: A family name the lists do not hold must look Hungarian, and be no English word.
ENGLISH_ZIPF_ALONE = 2.0

_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}'’.\-])(?P<a>\p{Lu}\p{Ll}+) (?P<b>\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\-])"
)
HUNGARIAN_ACCENTS = frozenset("áéíóöőúüűÁÉÍÓÖŐÚÜŰ")
#: The standard library's engine scans a character class three times as fast as regex.
_ACCENT = re.compile(f"[{''.join(sorted(HUNGARIAN_ACCENTS))}]")
_HUNGARIAN_SPELLING = regex.compile(r"[áéíóöőúüű]|cs|gy|ly|ny|sz|zs|ty", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"[ \u00a0](?P<word>\p{L}[\p{L}\p{M}]*)")


@dataclass(frozen=True, slots=True)
class FamilyFirst:
    """A name written family name first: its span and the name in English order."""

    start: int
    end: int
    english: str
    score: float


@cache
def hungarian_ranks() -> dict[str, tuple[int, int]]:
    """Each name's rank among Hungary's given names and among its family names."""
    return {
        row["name"]: (int(row["given"] or UNRANKED), int(row["family"] or UNRANKED))
        for row in tsv("names_hu.tsv", ("name", "given", "family"))
    }


def family_first_score(first: str, second: str) -> float | None:
    """How much more ``first second`` reads family name first than the other way round,
    or None where the two are not a Hungarian family name and given name."""
    ranks = hungarian_ranks()
    # A married name (Kovácsné Ágnes, Szabó Józsefné: Mrs József Szabó) keeps its order.
    if second not in ranks or first.endswith("né") or second.endswith("né"):
        return None
    given_b, family_b = ranks[second]
    lean_b = math.log(family_b / given_b)
    if first not in ranks:
        if (
            given_b > GIVEN_RANK_ALONE
            or lean_b < SECOND_LEAN_ALONE
            or english_zipf(first) >= ENGLISH_ZIPF_ALONE
            or english_name_kind(first) is not None
            or not _HUNGARIAN_SPELLING.search(first)
        ):
            return None
        return lean_b + FAMILY_FIRST
    given_a, family_a = ranks[first]
    lean_a = math.log(given_a / family_a)
    if given_b > GIVEN_RANK or lean_a < FIRST_LEAN or lean_b < SECOND_LEAN:
        return None
    return lean_a + lean_b


def family_first_names(text: str) -> Iterator[FamilyFirst]:
    """Every Hungarian name in ``text`` written family name first, alone (no name part or
    place noun beside it)."""
    ranks = hungarian_ranks()
    followers = word_list("hungarian_name_followers.txt")
    for start in _pair_starts(text):
        m = _PAIR.match(text, start)
        if m is None:
            continue
        a, b = m["a"], m["b"]
        if HUNGARIAN_ACCENTS.isdisjoint(a + b) or b not in ranks:
            continue
        if english_zipf(a) >= ENGLISH_ZIPF or english_zipf(b) >= ENGLISH_ZIPF:
            continue
        score = family_first_score(a, b)
        if score is None or score < FAMILY_FIRST:
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after and (after["word"][0].isupper() or after["word"] in followers):
            continue
        if _name_before(text, m.start(), ranks):
            continue
        yield FamilyFirst(m.start(), m.end(), f"{b} {a}", score)


def _pair_starts(text: str) -> list[int]:
    """Where a pair of capitalised words with a Hungarian accent may start: at each such
    accented word, and at the word before it. Pairs without one are never read, so only
    these are tried (most of a text's capitalised pairs are English: Prime Minister)."""
    starts: set[int] = set()
    for accent in _ACCENT.finditer(text):
        word = _word_start(text, accent.start())
        if word in starts or not text[word].isupper():
            continue
        starts.add(word)
        if word > 1 and text[word - 1] == " ":
            before = _word_start(text, word - 1)
            if before < word - 1:
                starts.add(before)
    return sorted(starts)


def _word_start(text: str, pos: int) -> int:
    """Where the run of letters that ``pos`` ends (or is inside) starts."""
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _name_before(text: str, start: int, ranks: dict[str, tuple[int, int]]) -> bool:
    """Whether a Hungarian name part stands just before ``start`` (a longer name)."""
    if start < 2 or text[start - 1] != " ":
        return False
    return text[_word_start(text, start - 1) : start - 1] in ranks
