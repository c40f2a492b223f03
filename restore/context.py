"""What a rule may know besides the text: the document, the reference, the style profile.

A Context is built once per document by the pipeline. Rules read it and never write it;
anything expensive (reference names, foreign paragraphs) is computed lazily and once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from restore.langid import LanguageSpan


@dataclass
class Reference:
    """Clean text(s) of the same story: the first authority on names and wording."""

    texts: tuple[str, ...]

    @cached_property
    def text(self) -> str:
        return "\n\n".join(self.texts)

    @cached_property
    def sentences(self) -> list[str]:
        from restore.sentences import split_sentences

        return [s for t in self.texts for s in split_sentences(t)]


@dataclass
class Context:
    """Per-document knowledge shared by every rule of one run."""

    doc_id: str = "-"
    reference: Reference | None = None
    options: dict[str, Any] = field(default_factory=dict)
    #: Non-English paragraphs in the coordinates of the text the current stage sees.
    foreign: Sequence[LanguageSpan] = ()
    #: Per-document cache for rules (keyed by rule id); cleared with the context.
    memo: dict[str, Any] = field(default_factory=dict)
    #: The trigger literals the text may hold (the pipeline's one scan, kept up to date
    #: with each stage's edits): every literal the text holds is here, so a rule looking
    #: for several need look for these only. None: not known, look for all.
    present: frozenset[str] | set[str] | None = None

    def literals_held(self, literals: frozenset[str]) -> Collection[str]:
        """Those of ``literals`` the text may hold (all of them where the scan is not
        known), in no order: the set operation walks the smaller of the two sets."""
        return literals if self.present is None else self.present & literals
