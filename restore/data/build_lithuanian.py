"""Regenerate ``inflection/lt_names.txt``, the names Lithuanians write as their own.

    pip install names-dataset
    python restore/data/build_lithuanian.py

Lithuanian gives a foreign name its own nominative ending (Michael Kofman: Michaelas
Kofmanas), so an English name with -as or -is may be a foreigner's in Lithuanian copy or
a Lithuanian's own (Rolandas Paksas, Robertas). A given name Lithuanians use is the second;
names.inflection reads a pair whose given name is not in this list on weaker evidence.
The list holds Lithuania's most frequent given names and surnames in names-dataset, folded
as restore.gazetteer.fold spells them (no diacritics, lower case).

Source and licence: names-dataset (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP = 2000
COUNTRY = "LT"


def lithuanian_names() -> list[str]:
    """Lithuania's TOP given names of each sex and TOP surnames, folded, sorted."""
    from names_dataset import NameDataset

    from restore.gazetteer import fold

    nd = NameDataset()
    names: set[str] = set()
    for first in (True, False):
        found = nd.get_top_names(n=TOP, use_first_names=first, country_alpha2=COUNTRY)[COUNTRY]
        for group in found.values() if isinstance(found, dict) else [found]:
            names.update(fold(name) for name in group if name.isalpha() and len(name) >= 3)
    return sorted(names)


def main() -> int:
    names = lithuanian_names()
    with (HERE / "inflection" / "lt_names.txt").open("w", encoding="utf-8") as f:
        f.write(
            f"# source: names-dataset (Apache-2.0), country {COUNTRY}, top {TOP} given names of"
            " each sex and surnames;\n# folded (no diacritics, lower case);"
            " written by restore/data/build_lithuanian.py\n"
        )
        f.writelines(f"{name}\n" for name in names)
    print(f"{len(names)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
