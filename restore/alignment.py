"""Sentence alignment of a garbled text against its clean reference.

The similarity has to survive garbling, so it is not word overlap alone: each sentence is
a TF-IDF vector of character 4-grams (accents folded, case folded) plus its numbers and its
capitalised words as extra features, compared by cosine. Candidates come from an inverted
index, searched in a band that follows the last link, so the cost grows near-linearly.
Links are then chosen greedily by similarity, which lets a paragraph that moved still find
its counterpart (local reordering); a link grows to 1-2 or 2-1 when joining a neighbour
makes the pair clearly more similar. A hyp sentence left without a link is 1-0.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from restore.errors import AlignmentError
from restore.gazetteer import fold
from restore.sentences import split_sentences

#: Below this cosine two sentences are not linked.
LINK_THRESHOLD = 0.22
#: An unlinked neighbour joins a link (1-2, 2-1) when it is this similar to the other side
#: on its own and joining it does not lower the link's similarity.
JOIN_MIN = 0.15
#: Candidates per hyp sentence scored exactly.
TOP_K = 6
#: Half-width of the search band for long documents (sentences).
BAND = 60
#: Documents up to this many sentences are searched whole.
SMALL = 400
#: Character n-gram order.
N = 4
#: Weight of number and capitalised-word features relative to one n-gram.
ENTITY_WEIGHT = 3

_WORD = regex.compile(r"[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*")
_NUMBER = regex.compile(r"\p{N}+(?:[.,]\p{N}+)*")
_CAPITAL = regex.compile(r"(?<![.!?]\s)(?<!^)\b\p{Lu}[\p{L}\p{M}'’-]+")


@dataclass(frozen=True)
class Link:
    """Hyp sentences ``hyp`` correspond to ref sentences ``ref`` (empty for 1-0)."""

    hyp: tuple[int, ...]
    ref: tuple[int, ...]
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"hyp": list(self.hyp), "ref": list(self.ref), "score": round(self.score, 4)}


@dataclass(frozen=True)
class Alignment:
    hyp_segments: list[str]
    ref_segments: list[str]
    links: list[Link] = field(default_factory=list)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """The linked (hyp, ref) texts, joined with a space where a side has two sentences."""
        return [
            (
                " ".join(self.hyp_segments[i] for i in link.hyp),
                " ".join(self.ref_segments[j] for j in link.ref),
            )
            for link in self.links
            if link.ref
        ]

    def unlinked(self) -> tuple[int, int]:
        """How many hyp and ref sentences have no counterpart."""
        hyp_linked = {i for link in self.links if link.ref for i in link.hyp}
        ref_linked = {j for link in self.links for j in link.ref}
        return len(self.hyp_segments) - len(hyp_linked), len(self.ref_segments) - len(ref_linked)

    def ref_for(self, hyp_index: int) -> tuple[int, ...]:
        for link in self.links:
            if hyp_index in link.hyp:
                return link.ref
        return ()

    def to_json(self) -> dict[str, Any]:
        hyp_unlinked, ref_unlinked = self.unlinked()
        return {
            "hyp_segments": self.hyp_segments,
            "ref_segments": self.ref_segments,
            "links": [link.to_json() for link in self.links],
            "unlinked": {"hyp": hyp_unlinked, "ref": ref_unlinked},
        }


def features(sentence: str) -> Counter[str]:
    """Raw feature counts of one sentence."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(sentence):
        w = f" {fold(word)} "
        if len(w) <= N:
            counts[w] += 1
        else:
            for k in range(len(w) - N + 1):
                counts[w[k : k + N]] += 1
    for number in _NUMBER.findall(sentence):
        counts["#" + number.replace(",", "").replace(".", "")] += ENTITY_WEIGHT
    for name in _CAPITAL.findall(sentence):
        counts["@" + fold(name)[:6]] += ENTITY_WEIGHT
    return counts


def _vectors(raw: Sequence[Counter[str]], idf: dict[str, float]) -> list[dict[str, float]]:
    out = []
    for counts in raw:
        vec = {g: c * idf.get(g, 1.0) for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({g: v / norm for g, v in vec.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(g, 0.0) for g, v in a.items())


def _combined(
    raw: Sequence[Counter[str]], idx: Sequence[int], idf: dict[str, float]
) -> dict[str, float]:
    total: Counter[str] = Counter()
    for i in idx:
        total.update(raw[i])
    return _vectors([total], idf)[0]


class _Index:
    """Inverted index of ref features: feature -> sorted ref positions and weights."""

    def __init__(self, vectors: Sequence[dict[str, float]], max_df: int) -> None:
        postings: dict[str, list[int]] = {}
        for j, vec in enumerate(vectors):
            for g in vec:
                postings.setdefault(g, []).append(j)
        self.postings = {g: p for g, p in postings.items() if len(p) <= max_df}
        self.vectors = vectors

    def candidates(self, vec: dict[str, float], lo: int, hi: int) -> list[int]:
        scores: dict[int, float] = {}
        for g, v in vec.items():
            plist = self.postings.get(g)
            if plist is None:
                continue
            a = bisect_left(plist, lo)
            b = bisect_right(plist, hi)
            for j in plist[a:b]:
                scores[j] = scores.get(j, 0.0) + v * self.vectors[j][g]
        return sorted(scores, key=lambda j: -scores[j])[:TOP_K]


def align_segments(hyp: Sequence[str], ref: Sequence[str]) -> Alignment:
    """Align two lists of sentences."""
    hyp_raw = [features(s) for s in hyp]
    ref_raw = [features(s) for s in ref]
    n, m = len(hyp), len(ref)
    df: Counter[str] = Counter()
    for counts in (*hyp_raw, *ref_raw):
        df.update(counts.keys())
    total = n + m
    idf = {g: math.log((1 + total) / (1 + d)) + 1.0 for g, d in df.items()}
    hv = _vectors(hyp_raw, idf)
    rv = _vectors(ref_raw, idf)
    small = max(n, m) <= SMALL
    index = _Index(rv, max_df=m if small else max(20, int(math.sqrt(m)) * 4))

    scored: list[tuple[float, int, int]] = []
    expected = 0.0
    step = m / n if n else 0.0
    for i, vec in enumerate(hv):
        if small:
            lo, hi = 0, m - 1
        else:
            centre = int(expected)
            lo, hi = max(0, centre - BAND), min(m - 1, centre + BAND)
        best_j, best = -1, 0.0
        for j in index.candidates(vec, lo, hi):
            sim = _cosine(vec, rv[j])
            if sim >= LINK_THRESHOLD:
                scored.append((sim, i, j))
            if sim > best:
                best_j, best = j, sim
        expected = best_j + step if best >= LINK_THRESHOLD else expected + step

    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    hyp_to: dict[int, int] = {}
    ref_to: dict[int, int] = {}
    sims: dict[int, float] = {}
    for sim, i, j in scored:
        if i in hyp_to or j in ref_to:
            continue
        hyp_to[i], ref_to[j], sims[i] = j, i, sim

    groups = _grow(hyp_to, ref_to, sims, hyp_raw, ref_raw, idf, n, m)
    links = []
    seen: set[int] = set()
    for i in range(n):
        if i in seen:
            continue
        if i in groups:
            hyps, refs, sim = groups[i]
            seen.update(hyps)
            links.append(Link(hyps, refs, sim))
        else:
            links.append(Link((i,), (), 0.0))
    return Alignment(list(hyp), list(ref), links)


def _grow(
    hyp_to: dict[int, int],
    ref_to: dict[int, int],
    sims: dict[int, float],
    hyp_raw: Sequence[Counter[str]],
    ref_raw: Sequence[Counter[str]],
    idf: dict[str, float],
    n: int,
    m: int,
) -> dict[int, tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Turn 1-1 links into 1-2 or 2-1 where an unlinked neighbour belongs to them."""
    groups: dict[int, tuple[tuple[int, ...], tuple[int, ...], float]] = {}
    used_hyp: set[int] = set()
    for i in sorted(hyp_to):
        j = hyp_to[i]
        if i in used_hyp:
            continue
        best: tuple[tuple[int, ...], tuple[int, ...], float] = ((i,), (j,), sims[i])
        options: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
        for dj in (-1, 1):
            if 0 <= j + dj < m and j + dj not in ref_to:
                alone = _cosine(_combined(hyp_raw, (i,), idf), _combined(ref_raw, (j + dj,), idf))
                options.append(((i,), tuple(sorted((j, j + dj))), alone))
        for di in (-1, 1):
            if 0 <= i + di < n and i + di not in hyp_to and i + di not in used_hyp:
                alone = _cosine(_combined(hyp_raw, (i + di,), idf), _combined(ref_raw, (j,), idf))
                options.append((tuple(sorted((i, i + di))), (j,), alone))
        for hyps, refs, alone in sorted(options, key=lambda o: -o[2]):
            if alone < JOIN_MIN:
                continue
            sim = _cosine(_combined(hyp_raw, hyps, idf), _combined(ref_raw, refs, idf))
            if sim >= best[2]:
                best = (hyps, refs, sim)
                break
        hyps, refs, sim = best
        for k in refs:
            ref_to.setdefault(k, i)
        used_hyp.update(hyps)
        groups[hyps[0]] = best
    return groups


def align(hyp: str, ref: str) -> Alignment:
    """Split two texts into sentences and align them.

    Raises AlignmentError when either text has no sentence.
    """
    hyp_segments = split_sentences(hyp)
    ref_segments = split_sentences(ref)
    if not hyp_segments or not ref_segments:
        side = "hypothesis" if not hyp_segments else "reference"
        raise AlignmentError(f"the {side} has no sentences to align")
    return align_segments(hyp_segments, ref_segments)
