"""Build a deterministic corpus of garbled reports from the seeds, with realistic damage.

    python bench/make_corpus.py OUT.jsonl [--mb 50]

Each document is a shuffled selection of seed paragraphs with damage drawn at random:
mojibake, Japanese names in Hungarian/Czech/Russian transcription, Lithuanian inflections,
calques, shortcodes, scraper headers and hashtag lines, paragraphs broken mid-sentence, a
paragraph in Hungarian, Kiev for Kyiv. The same seed and size always give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DAMAGE = [
    (
        "Yoshimasa Hayashi",
        ["Hajasi Josimasza", "Jošimasa Hajaši", "Yosimasa Khayasi", "Yoshimasza Hajasi"],
    ),
    ("Fumio Kishida", ["Kisida Fumio", "Fumio Kišida", "Fumio Kisida"]),
    ("Shinzo Abe", ["Abe Sinzó", "Šinzó Abe", "Sindzo Abe"]),
    ("Joe Biden", ["Joe Bidenas", "Joe Bideno"]),
    ("Jake Sullivan", ["Jake Sullivanas"]),
    ("told AFP", ["told the news agency AFP"]),
    ("Kyiv", ["Kiev"]),
    ("$56 billion", ["56 billion USD"]),
    ("The Washington Post reported", ["The Washington Post newspaper reported"]),
    ("in a statement", ["in a request on the social network X"]),
]
HUNGARIAN = (
    "A japán kormány pénteken bejelentette, hogy az Egyesült Államokba szállítja a hazai "
    "gyártású Patriot légvédelmi rakétákat, miután enyhítette a fegyverexport szabályait."
)


def paragraphs() -> list[str]:
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            para = para.strip()
            if len(para) > 60 and not para.startswith(("[", "#", "-")) and "date 20" not in para:
                out.append(para)
    return out


def document(rng: random.Random, pool: list[str], n: int) -> str:
    paras = rng.sample(pool, k=min(len(pool), rng.randint(6, 14)))
    text = "\n\n".join(paras)
    for clean, garbled in DAMAGE:
        if clean in text and rng.random() < 0.6:
            text = text.replace(clean, rng.choice(garbled))
    if "Kishida" not in text and rng.random() < 0.3:
        text = "Japan's Prime Minister Kisida Fumio said on Friday that Tokyo would act.\n\n" + text
    if rng.random() < 0.15:  # mojibake: UTF-8 read as Windows-1252
        k = text.find("’")
        if k > 0:
            text = text[:k] + "â€™" + text[k + 1 :]
    if rng.random() < 0.2:
        cut = text.find(", ", len(text) // 2)
        if cut > 0:
            text = text[: cut + 1] + "\n\n" + text[cut + 2 :]
    if rng.random() < 0.2:
        text += f'\n[embedpost slug="story-{n}/"]\n\n\n'
    if rng.random() < 0.3:
        text = f" date 2023-12-{rng.randint(10, 28)} #Big #change #Japan\n\n" + text
    if rng.random() < 0.05:
        text += "\n\n" + HUNGARIAN
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = paragraphs()
    target = int(args.mb * 1_000_000)
    written = 0
    n = 0
    with Path(args.out).open("w", encoding="utf-8") as f:
        while written < target:
            line = (
                json.dumps(
                    {"id": f"doc-{n:07d}", "text": document(rng, pool, n)}, ensure_ascii=False
                )
                + "\n"
            )
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{n} documents, {written / 1e6:.1f} MB -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
