"""The only module that imports sacrebleu: BLEU, chrF and TER through its object API.

Two profiles. ``sacrebleu``: sacrebleu's own defaults, so ``mt-restore score --lines``
gives exactly the figures ``sacrebleu`` prints. ``project``: what mt-restore's evaluations
use: chrF is the main figure, and TER is case-sensitive (sacrebleu's TER ignores case by
default, which would hide name repairs such as "hayashi" -> "Hayashi"); the TER signature
then says ``case:mixed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.base import Metric

Profile = Literal["project", "sacrebleu"]


@dataclass(frozen=True, slots=True)
class Score:
    """One metric's figure and sacrebleu's signature of how it was computed."""

    name: str
    score: float
    signature: str


@dataclass(frozen=True, slots=True)
class Scores:
    """BLEU, chrF and TER over the same segments."""

    bleu: Score
    chrf: Score
    ter: Score | None
    segments: int

    def to_json(self) -> dict[str, Any]:
        scored = [s for s in (self.bleu, self.chrf, self.ter) if s is not None]
        return {
            "bleu": round(self.bleu.score, 4),
            "chrf": round(self.chrf.score, 4),
            "ter": round(self.ter.score, 4) if self.ter is not None else None,
            "signatures": {s.name: s.signature for s in scored},
            "segments": self.segments,
        }


def _metrics(profile: Profile) -> tuple[Metric, Metric, Metric]:
    if profile == "sacrebleu":
        return BLEU(), CHRF(), TER()
    return BLEU(), CHRF(), TER(case_sensitive=True)


def corpus_scores(
    hyps: Sequence[str],
    refs: Sequence[Sequence[str]],
    profile: Profile = "project",
    ter: bool = True,
) -> Scores:
    """Corpus-level scores of ``hyps`` against one or more reference streams.

    ``ter=False`` skips TER, whose shift search grows faster than quadratically with
    segment length: on whole documents it takes many seconds per pair.
    """
    if any(len(stream) != len(hyps) for stream in refs):
        raise ValueError("every reference stream must have as many segments as the hypothesis")
    scores: list[Score | None] = []
    for name, metric in zip(("BLEU", "chrF", "TER"), _metrics(profile), strict=True):
        if name == "TER" and not ter:
            scores.append(None)
            continue
        result = metric.corpus_score(list(hyps), [list(r) for r in refs])
        scores.append(Score(name, float(result.score), str(metric.get_signature())))
    bleu, chrf, ter_score = scores
    assert bleu is not None and chrf is not None
    return Scores(bleu, chrf, ter_score, segments=len(hyps))


def sentence_chrf(hyp: str, ref: str) -> float:
    """chrF of one sentence pair (used to judge whether an edit helps)."""
    return float(_sentence_chrf().sentence_score(hyp, [ref]).score)


_CHRF: list[CHRF] = []


def _sentence_chrf() -> CHRF:
    if not _CHRF:
        _CHRF.append(CHRF())
    return _CHRF[0]


def paired_bootstrap(
    baseline: Sequence[str], system: Sequence[str], refs: Sequence[str], seed: int = 12345
) -> dict[str, Any]:
    """sacrebleu's paired bootstrap resampling of ``system`` against ``baseline`` (chrF, TER).

    Returns each metric's p-value; sacrebleu's test needs at least a handful of segments.
    """
    import os

    from sacrebleu.significance import PairedTest, Result

    os.environ["SACREBLEU_SEED"] = str(seed)  # sacrebleu reads its bootstrap seed from here
    named: list[tuple[str, Sequence[str]]] = [("before", list(baseline)), ("after", list(system))]
    test = PairedTest(
        named,
        {"chrF": CHRF(), "TER": TER(case_sensitive=True)},
        references=[list(refs)],
        test_type="bs",
        n_samples=1000,
    )
    _signatures, results = test()
    out: dict[str, Any] = {}
    for key, values in results.items():
        if key == "System":
            continue
        before, after = values[0], values[1]
        name = "chrF" if key.startswith("chrF") else key  # sacrebleu names it chrF2
        if isinstance(after, Result) and isinstance(before, Result):
            # sacrebleu's bootstrap p-value is not meaningful for identical scores.
            same = abs(after.score - before.score) < 1e-9
            out[name] = {"p_value": 1.0 if same else after.p_value, "score": round(after.score, 4)}
    return out
