"""``mt-restore eval``: what restoration is worth on an aligned corpus.

For each garbled->reference pair: the garbled text is aligned sentence by sentence with the
reference once, and the same linked segments are scored before and after restoration (the
restored segment is the original segment with the edits inside it applied: edits are kept
in original coordinates, so this needs no second alignment). Document-level scores, edits
per rule and, on request, each rule's ablation delta come beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import metrics
from restore.alignment import Alignment, align
from restore.corpus import Corpus
from restore.edits import Edit, apply_within
from restore.pipeline import Pipeline, Restoration, RestoreConfig, clean_reference
from restore.sentences import sentence_spans


@dataclass(frozen=True)
class Segments:
    """Linked segments of one pair: original, restored, reference."""

    before: list[str]
    after: list[str]
    ref: list[str]


def restored_segment(original: str, edits: Sequence[Edit], start: int, end: int) -> str:
    """The restored text of ``original[start:end]``: the applied edits inside it, applied."""
    return apply_within(original, edits, start, end).strip()


def linked_segments(
    restoration: Restoration, alignment: Alignment, hyp_spans: list[tuple[int, int]]
) -> Segments:
    before, after, ref = [], [], []
    for link in alignment.links:
        if not link.ref:
            continue
        s = hyp_spans[link.hyp[0]][0]
        e = hyp_spans[link.hyp[-1]][1]
        before.append(restoration.original[s:e])
        after.append(restored_segment(restoration.original, restoration.edits, s, e))
        ref.append(" ".join(alignment.ref_segments[j] for j in link.ref))
    return Segments(before, after, ref)


def _figures(scores: metrics.Scores) -> dict[str, float]:
    out = {"bleu": round(scores.bleu.score, 2), "chrf": round(scores.chrf.score, 2)}
    if scores.ter is not None:
        out["ter"] = round(scores.ter.score, 2)
    return out


def evaluate_pair(
    pipeline: Pipeline,
    hyp_text: str,
    ref_text: str,
    ablate: bool = False,
    postedit: str | None = None,
) -> dict[str, Any]:
    """Scores before and after restoration of one pair, with edits per rule; with a gold
    post-edit, TER against it too."""
    ref_text = clean_reference(ref_text)
    restoration = pipeline.run(hyp_text, [ref_text])
    alignment = align(hyp_text, ref_text)
    segs = linked_segments(restoration, alignment, sentence_spans(hyp_text))
    before = metrics.score(segs.before, segs.ref)
    after = metrics.score(segs.after, segs.ref)
    unlinked_hyp, unlinked_ref = alignment.unlinked()
    result: dict[str, Any] = {
        "before": _figures(before),
        "after": _figures(after),
        "segments": len(segs.ref),
        "unlinked": {"hyp": unlinked_hyp, "ref": unlinked_ref},
        "doc_before": _figures(metrics.score(hyp_text, ref_text, ter=False)),
        "doc_after": _figures(metrics.score(restoration.text, ref_text, ter=False)),
        "edits": restoration.counts(applied_only=True),
        "suggestions": dict(Counter(e.rule for e in restoration.suggestions)),
    }
    result["demoted"] = dict(Counter(restoration.demoted))
    result["damage"] = restoration.damage()
    if len(segs.ref) >= 5 and segs.before != segs.after:
        result["significance"] = metrics.paired_bootstrap(segs.before, segs.after, segs.ref)
    if postedit is not None:
        result["postedit_ter"] = postedit_ter(hyp_text, restoration.text, postedit)
    if ablate:
        result["rules"] = _ablation(pipeline, hyp_text, ref_text, alignment, after, restoration)
    return result


def postedit_ter(hyp_text: str, restored: str, postedit: str) -> dict[str, float]:
    """TER of the garbled and of the restored text against a gold minimal post-edit, on
    sentence-aligned segments (case-sensitive): how much editing is left."""
    out = {}
    for name, text in (("before", hyp_text), ("after", restored)):
        pairs = align(text, postedit).pairs
        scores = metrics.score([h for h, _ in pairs], [r for _, r in pairs])
        out[name] = round(_ter(scores), 2)
    return out


def _ter(scores: metrics.Scores) -> float:
    return scores.ter.score if scores.ter is not None else float("nan")


def _ablation(
    pipeline: Pipeline,
    hyp_text: str,
    ref_text: str,
    alignment: Alignment,
    full: metrics.Scores,
    restoration: Restoration,
) -> dict[str, dict[str, float]]:
    """Each rule that fired: chrF and TER with it disabled, as a delta of the full run."""
    spans = sentence_spans(hyp_text)
    out = {}
    for rule_id in sorted({e.rule for e in restoration.applied}):
        config = pipeline.config
        without = Pipeline(
            RestoreConfig(
                config.enable, (*config.disable, rule_id), config.only, config.style, config.names
            )
        )
        segs = linked_segments(without.run(hyp_text, [ref_text]), alignment, spans)
        scores = metrics.score(segs.after, segs.ref)
        out[rule_id] = {
            "chrf_delta": round(full.chrf.score - scores.chrf.score, 3),
            "ter_delta": round(_ter(full) - _ter(scores), 3),
        }
    return out


def evaluate(
    corpus: Corpus,
    config: RestoreConfig,
    ablate: bool = True,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """The whole eval report of ``mt-restore eval --json``."""
    pipeline = Pipeline(config)
    pairs = []
    for hyp_id, ref_id in corpus.pairs:
        if progress:
            progress(f"{hyp_id} -> {ref_id}")
        hyp = corpus.documents[hyp_id].text
        ref = corpus.documents[ref_id].text
        gold_path = corpus.gold.get("postedits", {}).get(hyp_id)
        gold = (corpus.root / gold_path).read_text(encoding="utf-8") if gold_path else None
        pairs.append(
            {"hyp": hyp_id, "ref": ref_id, **evaluate_pair(pipeline, hyp, ref, ablate, gold)}
        )
    names_dir = corpus.root / corpus.gold["names"] if "names" in corpus.gold else None
    names = None
    if names_dir is not None and names_dir.is_dir():
        from restore.names_eval import evaluate_names

        names = evaluate_names(names_dir)
    signatures = metrics.score("a", "a").to_json()["signatures"]
    note = "TER on aligned segments only: on whole documents its shift search is too slow"
    return {
        "corpus": corpus.name,
        "signature": pipeline.signature,
        "metric_signatures": signatures,
        "main_metric": "chrF",
        "note": note,
        "pairs": pairs,
        "names": names,
    }
