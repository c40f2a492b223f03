"""Regenerate ``genuine_sampled.jsonl``: common first names and surnames of many countries,
paired at random (seeded), as genuine names that must come out unchanged.

    pip install names-dataset
    python corpora/names/sample_genuine.py

Hand-picked genuine names test what someone thought of; a sample tests what the names
stage does to names nobody picked: Czech and Hungarian surnames that end like a Baltic
case ending, Lithuanian names that read like a Japanese transcription. Each pair goes in
two templates, one about Japan (the Japanese-name rule is awake) and one not.

Source and licence: names-dataset (Apache-2.0).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
COUNTRIES = (
    "US",
    "GB",
    "IE",
    "FR",
    "DE",
    "AT",
    "NL",
    "SE",
    "FI",
    "EE",
    "IT",
    "ES",
    "PL",
    "CZ",
    "HU",
    "HR",
    "SI",
    "RS",
    "GR",
    "TR",
    "RU",
    "LT",
    "IN",
    "CN",
    "KR",
    "JP",
    "BR",
    "NG",
)
PER_COUNTRY = 30
TOP = 100
TEMPLATES = (
    "Japan's foreign minister met {} in Tokyo on Friday.",
    "Officials said {} spoke in Washington on Friday.",
)


def _latin(names: Iterable[str]) -> list[str]:
    """English copy writes names in the Latin alphabet; names-dataset also has Cyrillic,
    Greek and Hangul forms."""
    return sorted(n for n in names if regex.fullmatch(r"\p{Latin}+(?:[ '-]\p{Latin}+)*", n))


def main() -> int:
    from names_dataset import NameDataset

    nd = NameDataset()
    rng = random.Random(2026)
    rows = []
    for country in COUNTRIES:
        firsts = nd.get_top_names(n=TOP, use_first_names=True, country_alpha2=country)[country]
        first = _latin({*firsts.get("M", []), *firsts.get("F", [])})
        last = _latin(
            nd.get_top_names(n=TOP, use_first_names=False, country_alpha2=country)[country]
        )
        if len(first) < 5 or len(last) < 5:
            print(f"{country}: too few Latin-script names, skipped")
            continue
        names: set[str] = set()
        while len(names) < PER_COUNTRY:
            names.add(f"{rng.choice(first)} {rng.choice(last)}")
        for name in sorted(names):
            for template in TEMPLATES:
                rows.append({"name": name, "lang": country.lower(), "template": template})
    with (HERE / "genuine_sampled.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
