"""Korean public figures' names in another language's transcription.

Hungarian writes Kim Jong Un as Kim Dzsongun and Yoon Suk Yeol as Jun Szogjol, Polish Kim
Dzong Un, Czech Kim Čong-un: each adapts McCune-Reischauer to its own letters, writes the
given name's two syllables as one word or hyphenated, and writes the sound changes inside
it. The English press spells the same names by habit (Lee, Yoon, Park). A surname and a
given name are compared with each Korean figure's by a key (``translit/korean_key.tsv``)
that merges what differs only so: the surname's key must be the figure's, the given name's
close to it. Korean names are made of few syllables, so a name in English romanization is
always some figure's near neighbour: only a name written with letters no English
romanization uses (``translit/korean_foreign_letters.txt``) is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex
from rapidfuzz import fuzz

from restore.figure_names import as_english, spelling_key
from restore.gazetteer import Figure, each_figure
from restore.tables import tsv, word_list

#: A given name's key must score this much against the figure's given name's.
GIVEN_CUTOFF = 80.0

_DOUBLE = regex.compile(r"(.)\1+")
#: An h after a consonant: Hungarian and English aspiration (Cshö, Thejol), and English ch
#: once the latin key has read it.
_ASPIRATION = regex.compile(r"(?<=[^aeiouy])h")


@cache
def _key_rows() -> tuple[tuple[str, str], ...]:
    return tuple((row["from"], row["to"]) for row in tsv("translit/korean_key.tsv", ("from", "to")))


@lru_cache(maxsize=65536)
def korean_key(name: str, english: bool = False) -> str:
    """The Korean spelling key of a name or name part, its syllables joined: Dzsongun and
    Jong Un -> ionkun. ``english``: the English press's spelling, whose ch is ч (Choe)."""
    letters = name.replace("-", "").replace(" ", "")
    # Czech č is Polish cz (Kim Čong-un, Dzong), which the key would fold to a hard c, and
    # Czech ä the ae of Jae-in (Čä), which it would fold to a.
    letters = letters.replace("č", "cz").replace("Č", "Cz").replace("ä", "e")
    key = _ASPIRATION.sub("", spelling_key(as_english(letters, english)))
    for old, new in _key_rows():
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


@dataclass(frozen=True, slots=True)
class KoreanFigure:
    """A Korean figure, its surname and given name as the English press writes them."""

    figure: Figure
    surname: str
    given: str


@cache
def _surname_spellings() -> dict[str, tuple[str, ...]]:
    """English-press surname -> its spellings in the other systems (Lee: I, Yi)."""
    rows = tsv("translit/korean_surnames.tsv", ("english", "spellings"))
    return {row["english"]: tuple(row["spellings"].split()) for row in rows}


@cache
def one_letter_surnames() -> frozenset[str]:
    """The surnames of one letter (Czech I for Lee), which no capitalised-word scan finds."""
    return frozenset(s for both in _surname_spellings().values() for s in both if len(s) == 1)


@cache
def korean_figures() -> dict[str, tuple[KoreanFigure, ...]]:
    """The Korean public figures (a role naming Korea) by their surname's key, and by the
    keys of the surname's other spellings (Lee Jae-myung under li and i)."""
    out: dict[str, list[KoreanFigure]] = {}
    for fig in each_figure():
        if fig.korean:
            surname, given = fig.name.split(" ", 1)
            found = KoreanFigure(fig, surname, given)
            keys = {korean_key(surname, english=True)}
            keys.update(korean_key(s) for s in _surname_spellings().get(surname, ()))
            for key in keys:
                out.setdefault(key, []).append(found)
    return {key: tuple(found) for key, found in out.items()}


def _letters(name: str) -> str:
    return name.replace("-", "").replace(" ", "").lower()


@cache
def _foreign_letters() -> regex.Pattern[str]:
    letters = sorted(word_list("translit/korean_foreign_letters.txt"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(x) for x in letters))


def transcribed(name: str) -> bool:
    """Whether ``name`` has letters only another language's transcription writes."""
    return _foreign_letters().search(name.lower()) is not None


@lru_cache(maxsize=65536)
def match_korean(surname: str, given: str) -> tuple[KoreanFigure, float] | None:
    """The Korean figure "surname given" names, perhaps in a transcription, and how close
    the given name's key is to the figure's (0 to 100)."""
    candidates = korean_figures().get(korean_key(surname), ())
    best, best_score = None, GIVEN_CUTOFF
    key = korean_key(given)
    for found in candidates:
        score = fuzz.ratio(key, korean_key(found.given, english=True))
        if score >= best_score:
            best, best_score = found, score
    return None if best is None else (best, best_score)


def english_spelling(name: str, found: KoreanFigure) -> bool:
    """Whether ``name`` is the figure's name as English copy may write it, the syllables
    joined or apart (Kim Jong-un, Yoon Suk-yeol), which must not be rewritten."""
    return _letters(name) == _letters(found.figure.name)


def _place_key(name: str, english: bool = False) -> str:
    """The Korean key of a place's name: Hungarian's aspirated ph is a p (Phjongthek), and
    English's gy is g and y (Gyeonggi), not Hungarian's gy."""
    letters = name.replace("'", "").replace("’", "")
    if english:
        letters = letters.replace("gy", "giy")
    else:
        letters = letters.replace("ph", "p").replace("Ph", "P")
    return korean_key(letters, english)


@cache
def _place_keys() -> dict[str, str]:
    """Korean places and weapon names as English writes them, by key; a key two of them
    share names neither."""
    seen: dict[str, set[str]] = {}
    for name in word_list("korean_places.txt"):
        seen.setdefault(_place_key(name, english=True), set()).add(name)
    return {key: next(iter(names)) for key, names in seen.items() if len(names) == 1}


#: How only a transcription opens a word: Hungarian's aspirated p and its j after a
#: consonant (Phjongthek, Kjonggi). Inside a word English romanization has them too, between
#: syllables (Dongji, iphak).
_TRANSCRIBED_OPENINGS = ("Ph", "Pj", "Kj", "Gj", "Hj", "Bj", "Tj")


@lru_cache(maxsize=65536)
def korean_place(word: str) -> str | None:
    """The Korean place or weapon ``word`` transcribes (Hvaszong: Hwasong), when it has
    letters or an opening no English romanization writes."""
    if not transcribed(word) and not word.startswith(_TRANSCRIBED_OPENINGS):
        return None
    found = _place_keys().get(_place_key(word))
    return found if found != word else None
