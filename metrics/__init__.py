"""Scoring only: BLEU, chrF and TER by sacrebleu, plus name accuracy. Knows nothing of rules.

>>> round(score("Japan loosened rules.", "Japan loosened rules.").chrf.score, 1)
100.0
"""

from __future__ import annotations

from collections.abc import Sequence

from metrics.sacrebleu_backend import (
    Profile,
    Score,
    Scores,
    corpus_scores,
    paired_bootstrap,
    sentence_chrf,
)

__all__ = [
    "Score",
    "Scores",
    "corpus_scores",
    "paired_bootstrap",
    "score",
    "sentence_chrf",
]


def score(
    hyp: str | Sequence[str],
    ref: str | Sequence[str] | Sequence[Sequence[str]],
    profile: Profile = "project",
    ter: bool = True,
) -> Scores:
    """Score a hypothesis against a reference.

    Two strings are scored as whole documents (one segment each). A list of segments is
    scored against a list of the same length, or a list of such lists (several references).
    """
    if isinstance(hyp, str):
        refs = [ref] if isinstance(ref, str) else list(ref)
        return corpus_scores([hyp], [[r] for r in refs if isinstance(r, str)], profile, ter)
    if isinstance(ref, str):
        raise TypeError("score: a list of hypothesis segments needs a list of references")
    streams: list[list[str]]
    if all(isinstance(r, str) for r in ref):
        streams = [[str(r) for r in ref]]
    else:
        streams = [[str(x) for x in r] for r in ref]
    return corpus_scores(list(hyp), streams, profile, ter)
