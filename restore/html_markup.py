"""HTML a scraper left in a report's text: paragraph and line-break tags, and the inline tags
of a page's formatting (``<p>``, ``<br>``, ``<strong>``, ``<a href=...>``).

Only a text whose every tag is one of these, with a paragraph's closing tag or a line break,
counts as scraped prose: a README's ``<p align="center"><img ...></p>``, an address in angle
brackets (``<jane@example.org>``) or a page of HTML holds others, and is left as it is. The
tags go and their content stays; a paragraph's end before the next one's start on the same
line, and a line-break tag, become a line break.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

#: Tags that hold a paragraph or break a line: one closed, or a break, shows scraped HTML.
_BLOCK = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
#: A page's inline formatting, whose content is the report's.
_INLINE = frozenset({"strong", "em", "b", "i", "u", "span", "a", "font", "small", "mark"})
_KNOWN = _BLOCK | _INLINE

_TAG = regex.compile(
    r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9]*)"
    r"(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?>"
)
#: Anything that opens a tag, a comment or a declaration: each must be a known tag.
_TAG_START = regex.compile(r"<[/!?]?[A-Za-z]")
#: Spaces, then the next paragraph's opening tag, on the same line.
_NEXT_BLOCK = regex.compile(r"[ \t]*(?=<(?:p|div|h[1-6]|blockquote)\b)", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TagRemoval:
    """A tag's span and what replaces it (nothing, or a line break)."""

    start: int
    end: int
    repair: str
    name: str


def markup_removals(text: str) -> list[TagRemoval]:
    """The tags to remove from ``text``, in order; none where the text holds a tag this
    module does not know (it is HTML or markup of its own, not scraped prose)."""
    tags = []
    for start in (m.start() for m in _TAG_START.finditer(text)):
        m = _TAG.match(text, start)
        if m is None or m["name"].lower() not in _KNOWN:
            return []
        tags.append(m)
    if not any(
        m["name"].lower() == "br" or (m["close"] and m["name"].lower() in _BLOCK) for m in tags
    ):
        return []  # a Perl file handle (<P>) is no paragraph: scraped HTML closes its own
    return list(_removals(text, tags))


#: Nothing but spaces before the line's end.
_LINE_END = regex.compile(r"[ \t]*(?:\n|\Z)")


def _removals(text: str, tags: list[regex.Match[str]]) -> Iterator[TagRemoval]:
    # Tags side by side ("</strong><br>") go as one span: (start, end, repairs, names).
    runs: list[tuple[int, int, list[str], list[str]]] = []
    for m in tags:
        name = m["name"].lower()
        end = m.end()
        if name == "br":
            repair = "" if text.startswith("\n", end) or end == len(text) else "\n"
        elif m["close"] and name in _BLOCK and (following := _NEXT_BLOCK.match(text, end)):
            # "</p><p>": the paragraphs' own line break, with the spaces between the tags.
            end, repair = following.end(), "\n"
        else:
            repair = ""
        if runs and runs[-1][1] == m.start():
            start, _, repairs, names = runs[-1]
            runs[-1] = (start, end, repairs, names)
            repairs.append(repair)
            names.append(name)
        else:
            runs.append((m.start(), end, [repair], [name]))
    floor = 0
    for start, end, repairs, names in runs:
        repair = "".join(repairs)
        if repair or _LINE_END.match(text, end):
            # The spaces before a line's end go with the tags ("killed. </p>"), also where
            # spaces follow them, which layout.trailing_whitespace removes ("Japan </p> ").
            while start > floor and text[start - 1] in " \t":
                start -= 1
        if end == len(text) or text[end] == "\n" or start == 0 or text[start - 1] == "\n":
            repair = ""  # tags on a line's edge: the text's own line break ends the paragraph
        floor = end
        yield TagRemoval(start, end, repair, ", ".join(dict.fromkeys(names)))
