"""Throughput of `mt-restore clean` against ftfy alone, on the same generated corpus.

    python bench/clean_bench.py [--mb 50] [--workers N] [--rounds 3]

Builds (once) a deterministic corpus of garbled reports (bench/make_corpus.py), then prints,
in one run: ftfy's fix_text alone over every document (the baseline), the full pipeline
without a reference on one worker and on all cores, as MB/s and as ratios to the baseline,
with each run's peak memory (largest process). Shared virtual machines drift by tens of
percent from minute to minute, so the three runs are interleaved for ``--rounds`` rounds and
each keeps its best time: every ratio compares runs made under the same conditions.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def timed(cmd: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of a command and its descendants."""
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - started
    rss_kb, code = run.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(cmd)} exited {code}")
    return seconds, int(rss_kb) / 1024


def build_corpus(mb: float) -> Path:
    """The generated corpus of about ``mb`` MB, built on first use (the same bytes every time)."""
    OUT.mkdir(exist_ok=True)
    corpus = OUT / f"corpus-{mb:g}mb.jsonl"
    if not corpus.exists():
        subprocess.run(
            [sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--mb", str(mb)],
            check=True,
        )
    return corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; best kept")
    args = parser.parse_args()
    corpus = build_corpus(args.mb)
    mb = corpus.stat().st_size / 1e6
    docs = sum(1 for _ in corpus.open(encoding="utf-8"))

    baseline_code = (
        "import json, sys, ftfy\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    ftfy.fix_text(json.loads(line)['text'])\n"
    )
    clean = [sys.executable, "-m", "restore", "clean", str(corpus), "--format", "jsonl", "-o"]
    runs = [("ftfy.fix_text alone (baseline)", [sys.executable, "-c", baseline_code, str(corpus)])]
    for workers in sorted({1, args.workers}):
        out = OUT / f"restored-{workers}.jsonl"
        runs.append(
            (
                f"mt-restore clean, {workers} worker(s)",
                [*clean, str(out), "--workers", str(workers)],
            )
        )
    seconds: dict[str, list[float]] = {name: [] for name, _ in runs}
    peaks: dict[str, list[float]] = {name: [] for name, _ in runs}
    for round_ in range(1, args.rounds + 1):
        for name, cmd in runs:
            took, peak = timed(cmd)
            seconds[name].append(took)
            peaks[name].append(peak)
            print(f"round {round_}: {name}: {took:.1f} s", file=sys.stderr)
    rows = [(name, min(seconds[name]), max(peaks[name])) for name, _ in runs]
    same = len({(OUT / f"restored-{w}.jsonl").read_bytes() for w in sorted({1, args.workers})}) == 1

    base = rows[0][1]
    print(f"corpus: {docs} documents, {mb:.1f} MB ({corpus}); best of {args.rounds} rounds")
    print(f"{'run':38} {'seconds':>8} {'MB/s':>7} {'x ftfy':>7} {'peak MB':>8}")
    for name, seconds, peak in rows:
        print(f"{name:38} {seconds:8.1f} {mb / seconds:7.2f} {base / seconds:7.2f} {peak:8.0f}")
    if len(rows) > 2:
        print(f"speed-up of {args.workers} workers over 1: {rows[1][1] / rows[2][1]:.2f}x")
    print(f"outputs byte-identical across worker counts: {same}")
    print(json.dumps({"mb": round(mb, 1), "docs": docs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
