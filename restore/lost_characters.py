"""Characters a lossy conversion replaced: "?" where text was encoded to ASCII or Latin-1
with replacement, U+FFFD where bytes were decoded with it.

Every letter outside the target set, and every curly quotation mark and dash, became the
same sign: "Gitanas Naus?da", "Japan?s", "?We will respond,? he said", "the ministry ?
which declined ? agreed". The sign says nothing of what it stood for, so the word around
it does: an apostrophe before an English ending (Japan?s, don?t), and where the sign
stands between two letters, a public figure's, a place's or a known name's letters
(Naus?da: Nauseda, P?ter: Peter, in the English press's spelling without diacritics) or an
English word's. Quotation marks and dashes are read only in a text that shows such a
repair, since a lone "?" is a question's; a sign at a word's edge ("?od?") stays, as a
quotation's or a question's may stand there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from restore.gazetteer import each_figure, english_names, english_words, fold

#: The signs a lossy conversion writes for what it cannot keep.
LOST = "?\ufffd"

#: A word with a lost character in it or at its edge: letters and lost signs, two letters
#: at least, not inside a URL, a path, a query string or code (index.php?id=3, a?b:c).
_WORD = regex.compile(
    r"(?<![\p{L}\p{N}?\ufffd/=&%:._\\-])"
    r"(?=[\p{L}?\ufffd]*[?\ufffd])(?=[?\ufffd]*\p{L}[?\ufffd]*\p{L})[\p{L}?\ufffd]+"
    r"(?![\p{L}\p{N}/=&%_\\(\[{<]|[.:][\p{L}\p{N}])"
)
#: An English ending after a lost apostrophe, and the words it may follow: "Japan?s",
#: "don?t", "we?re".
_ENDINGS = {
    "s": None,  # any word: Japan?s, it?s, the government?s
    "t": frozenset(
        (
            *("don", "can", "won", "isn", "aren", "wasn", "weren", "didn", "doesn", "hasn"),
            *("haven", "hadn", "wouldn", "couldn", "shouldn", "mustn", "needn", "ain"),
        )
    ),
    "re": frozenset(("we", "you", "they", "who", "what", "there")),
    "ve": frozenset(("i", "we", "you", "they", "who", "would", "could", "should")),
    "ll": frozenset(("i", "we", "you", "they", "he", "she", "it", "who", "that", "there")),
    "m": frozenset(("i",)),
    "d": frozenset(("i", "we", "you", "they", "he", "she", "it", "who", "that", "there")),
}
_APOSTROPHE = regex.compile(r"(?<=\p{L})[?\ufffd](?P<ending>s|t|re|ve|ll|m|d)\Z", regex.IGNORECASE)
#: A spaced dash between words: "the ministry ? which declined ? agreed".
_DASH = regex.compile(r"(?<=[\p{L}\p{N},.”\"’)]) [?\ufffd] (?=[\p{L}\p{N}“\"(])")
#: An opening quotation mark before a word, and a closing one after a word or its
#: punctuation, before a space, punctuation or the line's end.
_OPENING = regex.compile(r"(?<![^\s(\[—–-])[?\ufffd](?=[\p{L}\p{N}])")
_CLOSING = regex.compile(r"(?<=[\p{L}\p{N}.,!])[?\ufffd](?=[\s.,;:!)\]—–-]|\Z)")
#: A run of lost signs, and one between two letters, where no question mark stands.
_SIGNS = regex.compile(r"[?\ufffd]+")
_SIGN = regex.compile(r"[?\ufffd]")
_IN_WORD = regex.compile(r"\p{L}[?\ufffd]+\p{L}")
_LINE = regex.compile(r"[^\n]+")
#: No word is longer; a longer run of letters and signs is no word's damage.
MAX_WORD = 40
#: Distinct words read against the word lists in one text, at most: a hostile text of
#: nothing but damaged words costs a bounded time (each reading searches the lists).
MAX_READINGS = 2000
#: A possessive's word this common shows a lost apostrophe on its own (Japan?s); a rarer
#: one may be a name with a lost letter (Ravn?s: Ravnås), read only beside other repairs.
COMMON_STEM = 3.0
#: A single word between quotation marks is a common English word ("?historic?").
QUOTED_WORD = 4.0
#: A name's score above every other reading's by this much (Zipf) makes it the reading.
MARGIN = 1.0
#: A public figure's name part outranks a name list's or a word list's reading.
FIGURE_BONUS = 3.0


@dataclass(frozen=True, slots=True)
class Restored:
    """A span of lost characters and what they were."""

    start: int
    end: int
    text: str
    certain: bool
    what: str


@cache
def _vocabulary() -> dict[int, tuple[str, dict[str, tuple[str, float]]]]:
    """Words by length: the folded words of that length on lines of one string (searched
    in one pass), and each folded word's spelling and score. Public figures' name parts in
    the English press's spelling, the name lists' names and places, and English words that
    have a letter outside ASCII. Built on first use: few texts need it."""
    best: dict[str, tuple[str, float]] = {}

    def add(folded: str, spelling: str, score: float) -> None:
        if folded.isalpha() and folded.isascii() and score > best.get(folded, ("", -1.0))[1]:
            best[folded] = (spelling, score)

    # Only an English word with a letter outside ASCII can have lost one (café: caf?), and
    # it is written without the accent, as the press writes names.
    for word, zipf in english_words().items():
        if not word.isascii():
            add(_plain(word), _plain(word), zipf)
    for name, zipf in english_names().items():
        add(_plain(name), _plain(name).capitalize(), zipf)
    for figure in each_figure():
        for part in figure.name.split():
            add(_plain(part), part, english_names().get(_plain(part), 0.0) + FIGURE_BONUS)
    by_length: dict[int, dict[str, tuple[str, float]]] = {}
    for folded, found in best.items():
        by_length.setdefault(len(folded), {})[folded] = found
    return {n: ("\n".join(words), words) for n, words in by_length.items()}


#: ``fold`` without its cache, which the vocabulary's one pass would only fill.
_plain = fold.__wrapped__


def _pattern(token: str) -> str:
    """A pattern for the folded words ``token`` may have been: each run of k lost signs is
    one letter to k (UTF-8 writes a letter in two bytes, each replaced)."""
    out = []
    at = 0
    folded = fold(token)
    for run in _SIGNS.finditer(folded):
        out.append(regex.escape(folded[at : run.start()]))
        out.append(f"[a-z]{{{(len(run[0]) + 1) // 2},{len(run[0])}}}")
        at = run.end()
    out.append(regex.escape(folded[at:]))
    return "".join(out)


def _lengths(token: str) -> range:
    """The lengths of the words ``token`` may have been (see ``_pattern``)."""
    dropped = sum(len(run[0]) // 2 for run in _SIGNS.finditer(token))
    return range(len(token) - dropped, len(token) + 1)


@lru_cache(maxsize=4096)
def _readings(token: str) -> list[tuple[str, float]]:
    """The words ``token`` may have been, best first."""
    pattern = regex.compile(rf"(?m)^{_pattern(token)}$")
    vocabulary = _vocabulary()
    found = []
    for n in _lengths(token):
        lines, words = vocabulary.get(n, ("", {}))
        found += [words[m.group()] for m in pattern.finditer(lines)]
    return sorted(found, key=lambda f: -f[1])


def _reading(token: str) -> tuple[str, bool] | None:
    """The word ``token`` was, in its case, and whether it is the only likely one."""
    readings = _readings(token)
    if not readings:
        return None
    spelling, score = readings[0]
    certain = len(readings) == 1 or score - readings[1][1] >= MARGIN
    if token[:1].isupper():
        spelling = spelling[:1].upper() + spelling[1:]
    return spelling, certain


def _score(word: str) -> float:
    """How common ``word`` is as a word or a name (a public figure's part scores more)."""
    folded = fold(word)
    return _vocabulary().get(len(folded), ("", {}))[1].get(folded, ("", 0.0))[1]


def _apostrophe(text: str) -> str:
    """The apostrophe the text writes elsewhere: a straight one, or the press's curly one."""
    return "'" if "'" in text and "’" not in text else "’"


def lost_characters(text: str) -> Iterator[Restored]:
    """Each lost character of ``text`` that the words around it explain, in order: an
    apostrophe, a word's letters where a sign stands between two of them (a sign at a
    word's edge may be a question's or a quotation's: "?war?" is "“war”"), and, once the
    text has shown either, dashes and paired quotation marks."""
    found: list[Restored] = []
    rare_possessives: list[Restored] = []
    apostrophe = _apostrophe(text)
    read: set[str] = set()
    for m in _WORD.finditer(text):
        token = m.group()
        ending = _APOSTROPHE.search(token)
        if ending is not None:
            stem = token[: ending.start()]
            allowed = _ENDINGS[ending["ending"].lower()]
            if not any(c in LOST for c in stem) and (allowed is None or stem.lower() in allowed):
                at = m.start() + ending.start()
                restored = Restored(at, at + 1, apostrophe, True, "apostrophe")
                if allowed is None and _score(stem) < COMMON_STEM:
                    rare_possessives.append(restored)  # Ravn?s: Ravnås as likely as Ravn's
                else:
                    found.append(restored)
                continue
        if len(token) > MAX_WORD or not _IN_WORD.search(token):
            continue
        if token not in read:
            if len(read) >= MAX_READINGS:
                continue
            read.add(token)
        reading = _reading(token)
        if reading is not None and reading[0] != token:
            found.append(Restored(m.start(), m.end(), reading[0], reading[1], "letters"))
    if found or "\ufffd" in text:
        found += rare_possessives
        found += _punctuation(text, found)
    yield from sorted(found, key=lambda r: r.start)


def _punctuation(text: str, done: list[Restored]) -> list[Restored]:
    """Spaced dashes and quotation marks paired on a line, where no other repair stands."""
    taken = {pos for r in done for pos in range(r.start, r.end)}
    out = [
        Restored(m.start() + 1, m.start() + 2, "–", True, "dash")
        for m in _DASH.finditer(text)
        if m.start() + 1 not in taken
    ]
    for line in _LINE.finditer(text):
        opened: int | None = None
        for sign in _SIGN.finditer(text, line.start(), line.end()):
            pos = sign.start()
            if pos in taken:
                continue
            if opened is None and _OPENING.match(text, pos):
                opened = pos
            elif opened is not None and _CLOSING.match(text, pos):
                inner = text[opened + 1 : pos]
                if " " not in inner and english_words().get(inner.lower(), 0.0) < QUOTED_WORD:
                    opened = None  # "?od?" (Łódź): no word a quotation would single out
                    continue
                out.append(Restored(opened, opened + 1, "“", True, "quotation mark"))
                out.append(Restored(pos, pos + 1, "”", True, "quotation mark"))
                opened = None
    return out
