"""Alignment speed on generated pairs of 200, 2,000 and 20,000 sentences (one core), and
precision/recall/F1 on the bundled gold alignment.

    python bench/align_bench.py [--sizes 200 2000 20000]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_pair

from restore.alignment import align_segments
from restore.alignment_gold import evaluate_gold
from restore.corpus import load_corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 20000])
    args = parser.parse_args()
    print("sentences  seconds  sent/s    s/(n log n) x1e6  link accuracy")
    for n in args.sizes:
        ref, hyp, truth = make_pair(n)
        started = time.perf_counter()
        alignment = align_segments(hyp, ref)
        seconds = time.perf_counter() - started
        found = {i: list(link.ref) for link in alignment.links for i in link.hyp}
        accuracy = sum(1 for i, refs in truth.items() if sorted(found.get(i, [])) == refs) / len(
            truth
        )
        per = seconds / (n * math.log(n)) * 1e6
        print(f"{n:9}  {seconds:7.3f}  {n / seconds:7.0f}  {per:16.2f}  {accuracy:.3f}")
    print()
    print("gold alignment (corpora/patriot-2023/gold_alignment.json):")
    for row in evaluate_gold(load_corpus()):
        p, r, f1 = row["precision"], row["recall"], row["f1"]
        print(f"  {row['hyp']} -> {row['ref']}: P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
