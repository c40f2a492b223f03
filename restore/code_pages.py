"""Text one single-byte code page wrote and another read: Central European letters shown
as Western characters ("Rados³aw", "£ódŸ", "Vaòková" for Radosław, Łódź, Vaňková).

ftfy undoes UTF-8 read in a single-byte code page; it cannot see a Windows-1250 or Latin-2
text read as Windows-1252 or Latin-1, where each letter is one byte shown as another
character. Some of those characters are never letters (³ ¹ £ ¿ ¾): one of them inside a
word is the evidence, and settles which of the two misreadings it was. The document's
other words with a character the two code pages read differently ("Èeská", "Vaòková") are
then read back too, where each becomes a word of letters: a text read in the wrong code
page was read so throughout.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import regex

from restore.gazetteer import is_english_word

#: (the code page that wrote the text, the one that read it), likelier first.
MISREADINGS = (("cp1250", "cp1252"), ("iso-8859-2", "latin-1"))


@dataclass(frozen=True)
class Reading:
    """A word read back: its span, the word as the right code page reads it, and which
    misreading it undid."""

    start: int
    end: int
    word: str
    written: str
    read: str


def _letter(char: str) -> bool:
    """A letter with a case: not a modifier such as the caron (ˇ) a code page also holds."""
    return unicodedata.category(char) in ("Lu", "Ll")


@cache
def _differing(written: str, read: str) -> dict[str, str]:
    """Each character ``read`` shows for a byte ``written`` meant as another letter."""
    out = {}
    for byte in range(0x80, 0x100):
        raw = bytes([byte])
        try:
            meant, shown = raw.decode(written), raw.decode(read)
        except UnicodeDecodeError:
            continue
        if meant != shown and _letter(meant) and shown.isprintable():
            out[shown] = meant
    return out


@cache
def _giveaways(written: str, read: str) -> str:
    """The characters of ``_differing`` that are no letter: signs no word holds."""
    return "".join(sorted(c for c in _differing(written, read) if not _letter(c)))


def evidence_signs() -> tuple[str, ...]:
    """The signs one of which the evidence of a misreading holds: the rule's triggers."""
    return tuple(sorted({c for pair in MISREADINGS for c in _giveaways(*pair)}))


#: Signs that open a word as punctuation in some language (¡Hola!, «Oui»).
_PUNCTUATION = "¡¿«»"


@cache
def _evidence() -> regex.Pattern[str]:
    """A sign no word holds, inside a word (between letters: "Rados³aw", "mo¿e"), or
    opening one before lower-case letters where the code page has a capital ("£ódŸ",
    "¯ywiec"). Not at a word's end, where ¹ and ³ are a footnote or a unit (m³)."""
    signs = "".join(evidence_signs())
    capitals = "".join(
        sorted(
            {
                c
                for pair in MISREADINGS
                for c, meant in _differing(*pair).items()
                if c in signs and meant.isupper() and c not in _PUNCTUATION
            }
        )
    )
    return regex.compile(
        rf"(?<=\p{{L}})[{regex.escape(signs)}](?=\p{{L}})"
        rf"|(?<![\p{{L}}\p{{N}}\p{{P}}\p{{S}}])[{regex.escape(capitals)}](?=\p{{Ll}}{{2}})"
    )


@cache
def _word_pattern(written: str, read: str) -> regex.Pattern[str]:
    """A word: letters, and the characters the misreading shows for letters."""
    chars = regex.escape("".join(sorted(_differing(written, read))))
    return regex.compile(rf"[\p{{L}}{chars}]+")


def _read_back(word: str, written: str, read: str) -> str | None:
    """``word`` as ``written`` meant it, where that is all letters and differs."""
    try:
        meant = word.encode(read).decode(written)
    except UnicodeError:
        return None
    return meant if meant != word and all(map(_letter, meant)) else None


#: Letters only Czech and Slovak write among the languages these code pages serve, and
#: letters only Polish writes: which of the two a text is decides a tie between the
#: misreadings, since each page writes the other language's letters where the first reads
#: "¹" (Polish ą in Windows-1250, Czech š in Latin-2).
_CZECH_SLOVAK = frozenset("čďěňřťůľĺŕ")
_POLISH = frozenset("ąćęłńśźż")


def _which(text: str, evidence: list[int]) -> tuple[str, str] | None:
    """The misreading that reads most of the words holding ``evidence`` (positions) back
    as letters. On a tie, Latin-2 for a text whose letters both read alike are Czech or
    Slovak, Windows-1250 otherwise."""
    counts = {}
    for pair in MISREADINGS:
        count = 0
        for m in _word_pattern(*pair).finditer(text):
            i = bisect_left(evidence, m.start())
            if i < len(evidence) and evidence[i] < m.end():
                count += _read_back(m.group(), *pair) is not None
        counts[pair] = count
    best = max(counts.values())
    if not best:
        return None
    tied = [pair for pair, count in counts.items() if count == best]
    if len(tied) == 1:
        return tied[0]
    both = set(_differing(*tied[0]).items()) & set(_differing(*tied[1]).items())
    alike = {meant.lower() for shown, meant in both if shown in text}
    czech = len(alike & _CZECH_SLOVAK) > len(alike & _POLISH)
    return MISREADINGS[1] if czech else MISREADINGS[0]


#: A unit of length to a power, which a misreading cannot tell from a word.
_UNIT = regex.compile(r"(?:[kcdmµ]?m|ft|in|yd|mi)[²³¹]")


def _utf8(text: str, pos: int) -> bool:
    """Whether the sign at ``pos`` is the second byte of a letter's UTF-8 read in a
    Western code page ("tÃ©st"): ftfy's mojibake, not this."""
    piece = text[max(0, pos - 1) : pos + 1]
    for _, read in MISREADINGS:
        try:
            piece.encode(read).decode("utf-8")
        except UnicodeError:
            continue
        return True
    return False


def misread_words(text: str) -> list[Reading]:
    """Each word of ``text`` a Central European code page wrote and a Western one read, in
    a text with evidence of it, read back."""
    evidence = [m.start() for m in _evidence().finditer(text) if not _utf8(text, m.start())]
    pair = _which(text, evidence) if evidence else None
    if pair is None:
        return []
    differing = _differing(*pair)
    signs = _giveaways(*pair)
    out = []
    for m in _word_pattern(*pair).finditer(text):
        word = m.group()
        if not any(c in differing for c in word) or not any(map(_letter, word)):
            continue  # nothing misread, or a sign alone (½ + ¼ = ¾)
        # An English loanword with its accents (naïve, déjà) was typed, not misread; so
        # was a unit's power (m³, km²).
        if not any(c in signs for c in word) and is_english_word(word):
            continue
        if _UNIT.fullmatch(word):
            continue
        meant = _read_back(word, *pair)
        if meant is not None:
            out.append(Reading(m.start(), m.end(), meant, *pair))
    return out
