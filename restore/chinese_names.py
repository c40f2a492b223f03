"""Chinese names in Hungarian, Czech, Serbian, Latvian or Lithuanian transcription, read
back to pinyin: Hszi Csin-ping, Si Ťin-pching, Si Đinping, Sji Dzjiņpins and Si
Dzinpingas are Xi Jinping, Li Csiang, Li Čchiang, Li Cjans and Li Čiangas Li Qiang.

Each language writes each pinyin syllable by its own rules (``translit/pinyin_<lang>_
initials.tsv`` and ``_finals.tsv``): Hungarian writes j, q, zh and ch all as cs, x hsz,
w v, Czech j ť, q čch, x s; both hyphenate a two-syllable given name, which Serbian (j đ,
q ć), Latvian (j dzj, q cj, with a nominative -s after a consonant) and Lithuanian (j dz,
q č, with -as) write as one word. Lithuanian press also keeps pinyin and adds its ending
(Deng Xiaopingas), read as pinyin with the ending taken off. The tables are
inverted, so a transcribed syllable has every pinyin syllable the language would write so
(Csin: jin, qin). A name is read in a language only where it bears that language's mark
(``translit/pinyin_marks.tsv``). The surname must be one of China's (``names_zh.tsv``) and
each given-name syllable a pinyin syllable (``translit/pinyin_syllables.txt``). Of the
readings left, a public figure's wins, then one English text uses as a word (wordfreq:
"jinping"), then the one whose syllables China's given names hold most.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

import regex

from restore.gazetteer import english_zipf, figures, fold
from restore.tables import tsv, word_list


@dataclass(frozen=True, slots=True)
class Scheme:
    """A language's transcription of pinyin: its tables' suffix, its name, its mark."""

    lang: str
    language: str
    mark: regex.Pattern[str]
    joined: bool  # a two-syllable given name is one word (Serbian Đinping), not hyphenated
    ending: str  # case endings added after a consonant (Latvian Dzjiņpins), or ""
    tables: str  # whose tables it spells pinyin by: its own (lang), or "pinyin" itself


@cache
def schemes() -> tuple[Scheme, ...]:
    rows = tsv(
        "translit/pinyin_marks.tsv", ("lang", "language", "mark", "joined", "ending", "tables")
    )
    return tuple(
        Scheme(
            r["lang"],
            r["language"],
            regex.compile(r["mark"]),
            r.get("joined") == "yes",
            r.get("ending", ""),
            r.get("tables") or r["lang"],
        )
        for r in rows
    )


@cache
def _tables() -> dict[str, str]:
    return {scheme.lang: scheme.tables for scheme in schemes()}


@cache
def _joined() -> frozenset[str]:
    return frozenset(scheme.lang for scheme in schemes() if scheme.joined)


@cache
def _endings() -> dict[str, tuple[str, ...]]:
    """Each language's case endings, the longest first."""
    return {
        scheme.lang: tuple(sorted(scheme.ending.split(), key=len, reverse=True))
        for scheme in schemes()
        if scheme.ending
    }


#: At most this many readings of a given name are weighed.
MAX_READINGS = 64
#: A given-name syllable ranked r weighs log(GIVEN_RANKS / r); unranked ones nothing.
GIVEN_RANKS = 1000


@dataclass(frozen=True, slots=True)
class ChineseName:
    surname: str
    given: str
    language: str  # the transcription's

    def __str__(self) -> str:
        return f"{self.surname} {self.given}"


def _split(syllable: str, initials: list[str]) -> tuple[str, str]:
    """A pinyin syllable's initial (``-`` for none) and final."""
    for initial in initials:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial) :]
    return "-", syllable


#: Initials after which a final takes its after_palatal or after_sibilant spelling.
_PALATAL = frozenset(["j", "q", "x", "y"])
_SIBILANT = frozenset(["z", "c", "s", "zh", "ch", "sh", "r"])


def _final_spellings(row: dict[str, str], initial: str) -> list[str]:
    """How the language writes a final after ``initial``."""
    if initial in _PALATAL and row.get("after_palatal"):
        return row["after_palatal"].split()
    if initial in _SIBILANT and row.get("after_sibilant"):
        return row["after_sibilant"].split()
    return row["spelling"].split()


@cache
def _readings(lang: str) -> dict[str, tuple[str, ...]]:
    """A syllable as ``lang`` writes it -> the pinyin syllables it writes so."""
    tables = _tables().get(lang, lang)
    if tables == "pinyin":
        return _pinyin_readings()
    initials = {
        r["pinyin"]: r["spelling"]
        for r in tsv(f"translit/pinyin_{tables}_initials.tsv", ("pinyin", "spelling"))
    }
    finals = {
        r["final"]: r
        for r in tsv(
            f"translit/pinyin_{tables}_finals.tsv",
            ("final", "spelling", "after_palatal", "after_sibilant"),
        )
    }
    order = sorted(initials, key=len, reverse=True)
    out: dict[str, list[str]] = {}
    for syllable in sorted(word_list("translit/pinyin_syllables.txt")):
        initial, final = _split(syllable, order)
        if final not in finals:
            continue
        head = initials[initial].replace("-", "")
        for spelling in _final_spellings(finals[final], initial):
            out.setdefault(head + spelling, []).append(syllable.replace("v", "ü"))
    return {hu: tuple(dict.fromkeys(py)) for hu, py in out.items()}


def _pinyin_readings() -> dict[str, tuple[str, ...]]:
    """Pinyin as the press writes it: each syllable as it stands, ü as u (Lü: Lu)."""
    out: dict[str, list[str]] = {}
    for syllable in word_list("translit/pinyin_syllables.txt"):
        out.setdefault(syllable.replace("v", "u"), []).append(syllable.replace("v", "ü"))
    return {spelt: tuple(sorted(py)) for spelt, py in out.items()}


@cache
def _ranks() -> dict[str, dict[str, int]]:
    """kind (surname, given) -> pinyin -> rank (1 is the commonest)."""
    out: dict[str, dict[str, int]] = {"surname": {}, "given": {}}
    for row in tsv("names_zh.tsv", ("name", "surname", "given")):
        for kind in out:
            if row.get(kind):
                out[kind][row["name"]] = int(row[kind])
    return out


#: What a case ending never follows: nothing, a hyphen, or a vowel (the languages add it
#: after a consonant: Dzinpingas, but Lin Dias is no Lin Di).
_NOT_BEFORE_ENDING = frozenset(["", "-", *"aeiouü"])


def _syllables(word: str, lang: str, joined: bool = True) -> list[tuple[str, ...]] | None:
    """The pinyin readings of each hyphen-separated syllable of ``word``, or in a language
    that joins them, of its one or two syllables (Đinping: đin, ping; not ``joined``: a
    surname, one syllable); None when one is no spelling of a pinyin syllable in ``lang``.
    A case ending the language adds is taken off first (Dzinpingas, Dzinpingu), and the
    word is read as written where without it no reading is found (Vu, Bo)."""
    low = word.lower()
    for ending in _endings().get(lang, ()):
        if low.endswith(ending) and low[: -len(ending)][-1:] not in _NOT_BEFORE_ENDING:
            found = _read_syllables(low[: -len(ending)], lang, joined)
            if found is not None:
                return found
            break
    return _read_syllables(low, lang, joined)


def _read_syllables(low: str, lang: str, joined: bool) -> list[tuple[str, ...]] | None:
    readings = _readings(lang)
    if joined and lang in _joined() and "-" not in low and low not in readings:
        for cut in range(1, len(low)):
            first, second = readings.get(low[:cut]), readings.get(low[cut:])
            if first and second:
                return [first, second]
        return None
    out = []
    for part in low.split("-"):
        found = readings.get(part)
        if not found:
            return None
        out.append(found)
    return out


@lru_cache(maxsize=65536)
def may_be_surname(word: str) -> bool:
    """Whether ``word`` is a Chinese surname in a transcription (or in pinyin)."""
    return any(_surnames(word, scheme.lang) for scheme in schemes())


def _surnames(word: str, lang: str) -> list[str]:
    """The Chinese surnames ``word`` may transcribe (one syllable, or two hyphenated),
    the commonest first."""
    parts = _syllables(word, lang, joined=False)
    if parts is None:
        return []
    ranks = _ranks()["surname"]
    return sorted({"".join(p) for p in product(*parts)} & ranks.keys(), key=ranks.__getitem__)


@cache
def _taiwanese() -> dict[str, str]:
    """Folded pinyin -> a Taiwanese figure's name as the English press writes it."""
    rows = tsv("translit/taiwan_names.tsv", ("pinyin", "english"))
    return {fold(row["pinyin"]): row["english"] for row in rows}


def _figure(surnames: list[str], given: str, lang: str) -> str | None:
    """The public figure one reading of the name is (Csin Kang: Qin Gang, not Jin Gang),
    in the English press's spelling (Laj Csing-te: Lai Ching-te, not Lai Qingde)."""
    parts = _syllables(given, lang)
    for surname, reading in product(surnames, product(*parts) if parts else ()):
        key = fold(f"{surname} {''.join(reading)}")
        fig = figures().get(key)
        if fig is not None:
            return fig.name
        taiwanese = _taiwanese().get(key)
        if taiwanese is not None:
            return taiwanese
    return None


def _given(word: str, lang: str) -> str | None:
    """The given name ``word`` transcribes: a two-syllable reading English text uses as a
    word (Jinping), else the reading whose syllables China's given names hold most."""
    parts = _syllables(word, lang)
    if parts is None:
        return None
    readings: list[tuple[str, ...]] = list(product(*parts))[:MAX_READINGS]
    ranks = _ranks()["given"]

    def weight(reading: tuple[str, ...]) -> tuple[float, float]:
        joined = english_zipf("".join(reading)) if len(reading) > 1 else 0.0
        common = sum(math.log(GIVEN_RANKS / ranks[s]) for s in reading if s in ranks)
        return joined, common

    best: tuple[str, ...] = max(readings, key=weight)
    return "".join(best)


@lru_cache(maxsize=65536)
def read_back(first: str, second: str) -> ChineseName | None:
    """The pinyin name "first second" transcribes, in the first language whose mark either
    word bears and in which both read as one."""
    for scheme in schemes():
        if scheme.mark.search(first) or scheme.mark.search(second):
            found = _read_back(first, second, scheme)
            if found is not None:
                return found
    return None


def _read_back(first: str, second: str, scheme: Scheme) -> ChineseName | None:
    surnames = _surnames(first, scheme.lang)
    if not surnames:
        return None
    figure = _figure(surnames, second, scheme.lang)
    if figure is not None:
        surname, given = figure.split(" ", 1)
        name = ChineseName(surname, given, scheme.language)
    else:
        reading = _given(second, scheme.lang)
        if reading is None:
            return None
        name = ChineseName(surnames[0].capitalize(), reading.capitalize(), scheme.language)
    return None if str(name) == f"{first} {second}" else name
