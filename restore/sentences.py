"""A fast sentence splitter that returns character spans.

Full stops after abbreviations (``U.S.``, ``Dec.``, ``Mr.``) and initials do not end a
sentence; closing quotes and brackets stay with the sentence they close; a line break
always ends a sentence (news paragraphs never continue across one once layout is fixed).
"""

from __future__ import annotations

from functools import cache

import regex

from restore.tables import word_list

_BOUNDARY = regex.compile(
    r"""
    (?<=[.!?…])                 # a sentence-final mark ...
    [”"’'»)\]]*                 # ... possibly closed by quotes or brackets
    (?P<gap>[ \t]+)             # then horizontal space
    (?=[“"‘'«(\[]?[\p{Lu}\p{N}]) # and the next sentence starts with a capital or digit
    """,
    regex.VERBOSE,
)
_LINE = regex.compile(r"[^\n]+")


@cache
def _abbreviations() -> frozenset[str]:
    return word_list("abbreviations.txt") | word_list("title_abbreviations.txt")


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop just before ``stop`` belongs to an abbreviation or initial."""
    head = text[max(0, stop - 24) : stop].rstrip("”\"’'»)] \t")
    if not head.endswith("."):
        return False
    words = head[:-1].split()
    token = words[-1].lstrip("(“\"‘'«[") if words else ""
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. Smith"
    return token in _abbreviations()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, whitespace excluded, in order.

    >>> t = "The U.S. Army said so. Mr. Abe agreed."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['The U.S. Army said so.', 'Mr. Abe agreed.']
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        base = line.start()
        chunk = line.group()
        for m in _BOUNDARY.finditer(chunk):
            cut = m.start("gap")
            if _ends_with_abbreviation(chunk, cut):
                continue
            _add(text, spans, start, base + cut)
            start = base + m.end("gap")
        _add(text, spans, start, line.end())
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
