"""Peak memory of `mt-restore clean` on a large JSONL corpus: it must not grow with the input.

    python bench/memory_bench.py [--mb 1000] [--workers N]

Builds (once) the deterministic corpus of bench/make_corpus.py at the size asked, cleans it
once with all workers, and prints the peak resident memory of the largest process (driver
or worker) and the throughput. Run it at two sizes to see that the peak stays put; the issue
asks for under 300 MB at 1 GB. The corpus and output go to bench/out/ (about twice --mb).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_bench import OUT, build_corpus, timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1000.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    corpus = build_corpus(args.mb)
    out = OUT / f"memory-{args.mb:g}mb.jsonl"
    cmd = [sys.executable, "-m", "restore", "clean", str(corpus), "--format", "jsonl", "-o"]
    seconds, peak = timed([*cmd, str(out), "--workers", str(args.workers)])
    mb = corpus.stat().st_size / 1e6
    print(f"corpus: {mb:.0f} MB; {args.workers} worker(s)")
    print(f"{seconds:.0f} s, {mb / seconds:.2f} MB/s, peak memory {peak:.0f} MB (largest process)")
    out.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
