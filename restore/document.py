"""The document model: text, metadata and sentence spans.

A document's text is kept exactly as it arrived; metadata parsed from it (the scraper's
`` date 2023-12-23`` header) is recorded, not cut out: cutting is the ``layout`` stage's
job, done as an edit that can be reverted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

from restore.sentences import sentence_spans
from restore.tables import alternation, word_list

#: The keys of a scraper header's fields.
_KEYS = "date|published|updated|posted|modified|source|url"
#: The same keys as sites in other languages print them (header_keys.txt), with a colon.
_FOREIGN_KEYS = alternation(word_list("header_keys.txt"))
#: The keys whose value may be an outlet's name ("Source: ELTA", "Forrás: MTI").
_SOURCE_KEYS = "source|šaltinis|avots|źródło|zdroj|forrás|quelle|sursa|sursă|izvor"
#: One field of a scraper header: `` date 2023-12-23``, ``Published: 12.03.2024 14:35``,
#: ``Source: LRT.lt``, ``Source: ELTA``. A capitalised key needs its colon: "Date
#: 2023-12-23 was set" is a sentence. Fields follow one another on a line (spaces, ``|``
#: or ``·`` between them) or on lines of their own.
HEADER_FIELD = rf"""
    [ \t]*
    (?:(?P<key>{_KEYS})[ \t]*:?|(?P<key>(?i:{_KEYS}|{_FOREIGN_KEYS}))[ \t]*:)
    [ \t]+
    (?P<value>
        \d{{4}}-\d{{2}}-\d{{2}}
        (?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?
      | (?:\d{{4}}/\d{{2}}/\d{{2}}       # 2024/05/07
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}  # 07.05.2024, as European sites write it
      | \d{{4}}\.[ ]?\d{{1,2}}\.[ ]?\d{{1,2}}\.?  # 2024.05.07, 2024. 05. 07.: Hungarian, Lithuanian
      | \d{{1,2}}\.[ ]\d{{1,2}}\.[ ]\d{{4}}  # 07. 05. 2024: Czech, Slovak
        )(?:,?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?
      | https?://\S+
      | (?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{{Ll}}{{2,6}}(?![\w.])  # a site: LRT.lt
      # an outlet's name as a source, up to the next field or the line's end: ELTA
      | (?<=(?i:{_SOURCE_KEYS}):[ \t]+)
        \p{{Lu}}[\p{{L}}\p{{N}}.&'’-]*(?:[ \t]\p{{Lu}}[\p{{L}}\p{{N}}.&'’-]*){{0,3}}
        (?=[ \t]*(?:[|·•\n]|\Z))
    )
    (?:[ \t]*[|·•][ \t]*|[ \t]*\n(?=[ \t]*(?i:{_KEYS}|{_FOREIGN_KEYS})\b)|[ \t]+|(?=\n)|\Z)
"""
#: One or more fields of a scraper header, matched where it is told to start.
HEADER_FIELDS = regex.compile(rf"(?:{HEADER_FIELD})+", regex.VERBOSE)
#: A scraper header at the very start of a document.
HEADER_RE = regex.compile(rf"\A(?:{HEADER_FIELD})+", regex.VERBOSE)


def parse_header(text: str) -> dict[str, str]:
    """Metadata from a scraper header, or an empty dict.

    >>> parse_header(" date 2023-12-23 TOKYO, Dec 23 (AFP) - Japan ...")
    {'date': '2023-12-23'}
    """
    m = HEADER_RE.match(text)
    if not m:
        return {}
    return dict(zip((k.lower() for k in m.captures("key")), m.captures("value"), strict=True))


@dataclass
class Document:
    """One report: its id, the text as it arrived, where it came from, and metadata."""

    id: str
    text: str
    source: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, id: str = "-", source: str = "", **metadata: Any) -> Document:
        meta = {**parse_header(text), **metadata}
        return cls(id=id, text=text, source=source, metadata=meta)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans over ``text``."""
        return sentence_spans(self.text)

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]
