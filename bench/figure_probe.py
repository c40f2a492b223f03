"""How often names.figure changes a real name that is only close to a public figure's.

Each figure's first name is put before real surnames (names-dataset's top 1,000 of 37
countries, Latin script) that fuzzy-match the figure's surname ("Petr Pavlu" beside Petr
Pavel, "Sam Altmann" beside Sam Altman), in a plain sentence. Every change counted is a
different person renamed; the lines printed show which. With ``--other-given`` a random
other given name (names-dataset's top 200 of 12 countries) stands before each surname
instead ("Oleg Fico"): nothing vouches for the figure there.

    pip install names-dataset
    python bench/figure_probe.py [--other-given]
"""

from __future__ import annotations

import argparse
import random

import regex
from rapidfuzz import fuzz, process

from restore.gazetteer import figures, fold
from restore.pipeline import Pipeline, RestoreConfig

COUNTRIES = (
    "US GB FR DE IT ES PL CZ HU LT TR BR NL RS HR SI EE FI RU UA IN CN JP KR IL IR SE NO DK "
    "AT CH BE PT GR RO BG SK"
)
PER_FIGURE = 15
MIN_SCORE = 70
GIVEN_COUNTRIES = "US GB DE PL CZ HU RU UA LT FR IT ES"


def surnames() -> list[str]:
    from names_dataset import NameDataset

    nd = NameDataset()
    found: set[str] = set()
    for country in COUNTRIES.split():
        top = nd.get_top_names(n=1000, use_first_names=False, country_alpha2=country)
        found.update(n for n in top.get(country, []) if regex.fullmatch(r"\p{Latin}+", n))
    return sorted(found)


def given_names() -> list[str]:
    from names_dataset import NameDataset

    nd = NameDataset()
    found: set[str] = set()
    for country in GIVEN_COUNTRIES.split():
        top = nd.get_top_names(n=200, use_first_names=True, country_alpha2=country)
        for listed in top.get(country, {}).values():
            found.update(n for n in listed if n.isalpha())
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other-given", action="store_true", help="another given name")
    args = parser.parse_args()
    others = given_names() if args.other_given else []
    rng = random.Random(3)
    names = surnames()
    folded = [fold(n) for n in names]
    pipeline = Pipeline(RestoreConfig(only=("names.figure",)))
    tested = changed = 0
    for fig in {f.name: f for f in figures().values()}.values():
        parts = fig.name.split()
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        near = process.extract(
            fold(last), folded, scorer=fuzz.ratio, limit=PER_FIGURE, score_cutoff=MIN_SCORE
        )
        for _, _, index in near:
            surname = names[index]
            given = rng.choice(others) if others else first
            if fold(surname) == fold(last) or (others and fold(given) == fold(first)):
                continue
            text = f"Officials said {given} {surname} spoke on Friday."
            tested += 1
            result = pipeline.run(text)
            if result.edits:
                changed += 1
                print(f"  {given} {surname} -> {result.text[15:-17]}")
    print(f"{len(names)} surnames; {tested} near-figure names tested, {changed} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
