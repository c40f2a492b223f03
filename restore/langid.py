"""Language identification with langdetect, seeded, and gated by a cheap English screen.

langdetect is slow (milliseconds per paragraph) and random unless seeded, so it runs only
on paragraphs that a stop-word screen does not already recognise as English, and always
with the same seed: the same text gets the same answer in every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from restore.tables import word_list

#: Paragraphs shorter than this (in letters) are too short to judge (titles, bylines).
MIN_LETTERS = 40
#: langdetect must be at least this sure before a paragraph counts as not English.
MIN_PROBABILITY = 0.90
#: Share of English function words above which a paragraph is English without langdetect.
ENGLISH_SHARE = 0.12
#: Unless this share of the lower-case words are another language's frequent words.
FOREIGN_SHARE = 0.10
#: Or: share of lower-case words that are common English (Zipf >= COMMON_ZIPF) words.
COMMON_SHARE = 0.75
COMMON_ZIPF = 3.0
#: Quick accept: one of these per FAST_RATIO characters is English prose. Only words no
#: other Latin-script language uses often: not "by" (Czech, Polish), "at" and "for"
#: (Danish, Norwegian), "in", "was", "will", "an" (German, Dutch), "on" (French).
_FAST_ENGLISH = (
    " the ",
    " of ",
    " and ",
    " to ",
    " that ",
    " with ",
    " said ",
    " from ",
    " has ",
    " his ",
    " its ",
    " which ",
    " have ",
    " were ",
    " would ",
)
FAST_RATIO = 60
#: The screen reads this many characters of a paragraph: enough to tell, and bounded.
SCREEN_CHARS = 600

_PARAGRAPH = regex.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_WORD = regex.compile(r"\p{L}+")
_NOT_LETTER = regex.compile(r"\P{L}")


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """A paragraph that is not English: span, language code, langdetect's probability."""

    start: int
    end: int
    lang: str
    prob: float


def _english_words() -> frozenset[str]:
    return word_list("english_function_words.txt")


def _foreign_words() -> frozenset[str]:
    return word_list("foreign_function_words.txt")


def looks_english(text: str) -> bool:
    """The cheap screen: enough distinctly English function words, or mostly common English
    words among the lower-case ones (names, which MT leaves foreign, do not count); never
    when another language's frequent words are many among those (German shares "in",
    "was", "will" and "die" with English, but not "und" or "nicht")."""
    sample = text[:SCREEN_CHARS]
    needed = len(sample) / FAST_RATIO
    hits = 0
    for word in _FAST_ENGLISH:  # most common first: English prose rarely needs them all
        hits += sample.count(word)
        if hits >= needed:
            return True  # plainly English, decided without tokenising
    words = _WORD.findall(sample)
    if not words:
        return True
    lower = [w for w in words if w.islower()]
    foreign = _foreign_words()
    if lower and sum(1 for w in lower if w in foreign) / len(lower) >= FOREIGN_SHARE:
        return False
    function_words = _english_words()
    if sum(1 for w in words if w.lower() in function_words) / len(words) >= ENGLISH_SHARE:
        return True
    if not lower:
        return True
    from restore.gazetteer import english_words

    common = english_words()
    hits = sum(1 for w in lower if common.get(w, 0.0) >= COMMON_ZIPF)
    return hits / len(lower) >= COMMON_SHARE


@lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str, float]:
    """langdetect's best guess and its probability, deterministic."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return ("und", 0.0)
    return (best.lang, float(best.prob))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def _letters(text: str) -> int:
    return len(text) - len(_NOT_LETTER.findall(text))


def foreign_paragraphs(text: str) -> list[LanguageSpan]:
    """Paragraphs that are confidently not English."""
    found = []
    for start, end in paragraph_spans(text):
        if end - start < MIN_LETTERS:
            continue
        paragraph = text[start:end]
        if looks_english(paragraph) or _letters(paragraph) < MIN_LETTERS:
            continue
        lang, prob = detect(paragraph)
        if lang not in ("en", "und") and prob >= MIN_PROBABILITY:
            found.append(LanguageSpan(start, end, lang, prob))
    return found


def document_language(text: str, foreign: list[LanguageSpan]) -> str:
    """English unless most of the document's letters are in non-English paragraphs;
    otherwise the language most of them are in."""
    if not foreign:
        return "en"
    total = _letters(text)
    by_lang: dict[str, int] = {}
    for span in foreign:
        n = _letters(text[span.start : span.end])
        by_lang[span.lang] = by_lang.get(span.lang, 0) + n
    if not by_lang or sum(by_lang.values()) * 2 <= total:
        return "en"
    return max(by_lang, key=lambda k: by_lang[k])
