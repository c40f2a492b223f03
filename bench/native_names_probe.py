"""How often the names stage changes the name of a person of another country, written as
that country writes it (a Slovak's "Pavol Hanus", a Pole's "Natalia Kozyra").

For each country below, names-dataset's top given names (400 a sex) and surnames (1,000)
are paired at random and put in a plain sentence; a pair is counted as changed when the
sentence comes back different, and as suggested when it only gets a suggestion. Every
change is a real person renamed; the lines printed show which.

    pip install names-dataset
    python bench/native_names_probe.py [COUNTRY ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from restore.pipeline import Pipeline, RestoreConfig

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_pairs import probe

PAIRS = 4000
COUNTRIES = "DE PL HU CZ AT BG RS HR SI FI SE NL IT FR ES GB US TR GR"


def names(nd: Any, country: str, given: bool) -> list[str]:
    """The country's top given names or surnames, without those the other list ranks
    higher: where people write their names in either order (Hungary's Nagy is the 49th
    given name and the first surname), a pair of the two lists is as often family first."""
    import pycountry

    top = nd.get_top_names(n=400 if given else 1000, use_first_names=given, country_alpha2=country)
    found = top.get(country, {})
    listed = [*found.get("M", []), *found.get("F", [])] if isinstance(found, dict) else found
    where = pycountry.countries.get(alpha_2=country).name
    this, other = ("first_name", "last_name") if given else ("last_name", "first_name")

    def rank(name: str, part: str) -> float:
        return ((nd.search(name).get(part) or {}).get("rank") or {}).get(where) or float("inf")

    return [n for n in listed if n.isalpha() and rank(n, this) <= rank(n, other)]


def main() -> int:
    from names_dataset import NameDataset

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries", nargs="*", default=COUNTRIES.split())
    args = parser.parse_args()
    nd = NameDataset()
    pipeline = Pipeline(RestoreConfig(only=("names",)))
    total = changed_total = 0
    for country in args.countries:
        given, family = names(nd, country, True), names(nd, country, False)
        if not given or not family:
            print(f"{country}: names-dataset has no names")
            continue
        tried, changed = probe(country, given, family, pipeline, PAIRS)
        total += tried
        changed_total += changed
    print(f"all: {total} names, {changed_total} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
