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

#: One field of a scraper header: `` date 2023-12-23`` and kin.
HEADER_FIELD = r"""
    [ \t]*
    (?P<key>date|published|updated|source|url)
    [ \t]*:?[ \t]+
    (?P<value>
        \d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?
      | \d{4}/\d{2}/\d{2}                 # 2024/05/07
      | \d{1,2}[./]\d{1,2}[./]\d{4}       # 07.05.2024, as European sites write it
      | https?://\S+
    )
    (?:[ \t]+|(?=\n)|\Z)
"""
#: A scraper header at the very start of a document: one or more fields.
HEADER_RE = regex.compile(rf"\A(?:{HEADER_FIELD})+", regex.VERBOSE)


def parse_header(text: str) -> dict[str, str]:
    """Metadata from a scraper header, or an empty dict.

    >>> parse_header(" date 2023-12-23 TOKYO, Dec 23 (AFP) - Japan ...")
    {'date': '2023-12-23'}
    """
    m = HEADER_RE.match(text)
    if not m:
        return {}
    return dict(zip(m.captures("key"), m.captures("value"), strict=True))


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
