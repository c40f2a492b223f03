"""Deterministic synthetic document pairs for benchmarks: a clean reference and a garbled
version with word noise, merged and split sentences, extra sentences and moved paragraphs."""

from __future__ import annotations

import random

_SYLLABLES = [
    "ka",
    "to",
    "mi",
    "ra",
    "ne",
    "so",
    "lu",
    "ve",
    "di",
    "po",
    "an",
    "er",
    "is",
    "on",
    "ur",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))


def make_pair(n: int, seed: int = 7) -> tuple[list[str], list[str], dict[int, list[int]]]:
    """``n`` reference sentences, the garbled hyp sentences, and the true hyp->ref links."""
    rng = random.Random(seed)
    vocab = [_word(rng) for _ in range(5000)]
    names = [_word(rng).capitalize() + _word(rng) for _ in range(800)]

    def sentence() -> str:
        words = [rng.choice(vocab) for _ in range(rng.randint(8, 24))]
        words.insert(rng.randrange(len(words)), rng.choice(names))
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), str(rng.randint(2, 99999)))
        return " ".join(words).capitalize() + "."

    ref = [sentence() for _ in range(n)]

    def garble(s: str) -> str:
        words = s.split()
        for k in range(len(words)):
            if rng.random() < 0.2:
                words[k] = rng.choice(vocab)
            elif rng.random() < 0.1:
                w = list(words[k])
                w[rng.randrange(len(w))] = rng.choice("aeiouszj")
                words[k] = "".join(w)
        return " ".join(words)

    order = list(range(n))
    for k in range(0, n - 6, 50):  # move a short paragraph locally every 50 sentences
        order[k : k + 6] = order[k + 3 : k + 6] + order[k : k + 3]
    hyp: list[str] = []
    truth: dict[int, list[int]] = {}
    k = 0
    while k < len(order):
        j = order[k]
        roll = rng.random()
        if roll < 0.05 and k + 1 < len(order) and order[k + 1] == j + 1:
            truth[len(hyp)] = [j, j + 1]
            hyp.append(garble(ref[j][:-1] + " and " + ref[j + 1][0].lower() + ref[j + 1][1:]))
            k += 2
            continue
        truth[len(hyp)] = [j]
        hyp.append(garble(ref[j]))
        if roll > 0.97:
            truth[len(hyp)] = []
            hyp.append(sentence())
        k += 1
    return ref, hyp, truth
