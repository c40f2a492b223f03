"""Precision and recall of an alignment against a gold alignment (see gold_alignment.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from restore.alignment import Alignment, align
from restore.corpus import Corpus


def link_pairs(links: list[dict[str, list[int]]], n_hyp: int) -> set[tuple[int, int | None]]:
    pairs: set[tuple[int, int | None]] = set()
    linked: set[int] = set()
    for link in links:
        if not link["ref"]:
            continue
        for i in link["hyp"]:
            linked.add(i)
            for j in link["ref"]:
                pairs.add((i, j))
    pairs.update((i, None) for i in range(n_hyp) if i not in linked)
    return pairs


@dataclass(frozen=True)
class GoldScore:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def score_alignment(system: Alignment, gold_links: list[dict[str, list[int]]]) -> GoldScore:
    n = len(system.hyp_segments)
    predicted = link_pairs([link.to_json() for link in system.links], n)
    gold = link_pairs(gold_links, n)
    hits = len(predicted & gold)
    return GoldScore(hits / len(predicted) if predicted else 0.0, hits / len(gold) if gold else 0.0)


def evaluate_gold(corpus: Corpus) -> list[dict[str, Any]]:
    """Precision/recall/F1 per gold pair of the corpus (empty when it has no gold)."""
    path = corpus.root / "gold_alignment.json"
    if not path.is_file():
        return []
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for pair in gold["pairs"]:
        system = align(corpus.documents[pair["hyp"]].text, corpus.documents[pair["ref"]].text)
        out.append(
            {
                "hyp": pair["hyp"],
                "ref": pair["ref"],
                **score_alignment(system, pair["links"]).to_json(),
            }
        )
    return out
