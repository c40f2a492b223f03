"""Shared by the name probes: real given names and surnames paired at random, put in a plain
sentence, and restored; the names changed are printed and counted."""

from __future__ import annotations

import random

from restore.pipeline import Pipeline

SENTENCE = "Officials said {} spoke in Washington on Friday."


def probe(
    label: str,
    given: list[str],
    family: list[str],
    pipeline: Pipeline,
    pairs: int = 3000,
    sentence: str = SENTENCE,
    family_first: bool = False,
) -> tuple[int, int]:
    """Restore ``pairs`` random given-name and surname pairs (fewer once deduplicated) in
    ``sentence``, the surname first where the names are so written; print each one changed
    and a tally, and return (names tried, names changed)."""
    rng = random.Random(7)
    names = sorted({(rng.choice(given), rng.choice(family)) for _ in range(pairs)})
    changed = suggested = 0
    for a, b in names:
        text = sentence.format(f"{b} {a}" if family_first else f"{a} {b}")
        result = pipeline.run(text)
        if result.text != text:
            changed += 1
            print(f"  {a} {b} -> {result.text}")
        elif result.suggestions:
            suggested += 1
    print(f"{label}: {len(names)} names, {changed} changed, {suggested} with a suggestion only")
    return len(names), changed
