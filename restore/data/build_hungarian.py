"""Regenerate ``names_hu.tsv``, the Hungarian names table behind names.hungarian_order.

    pip install names-dataset
    python restore/data/build_hungarian.py

Hungarian writes the family name first (Varga Mihály) and English the given name first
(Mihály Varga); machine translation keeps the source's order. Which of two words is the
family name is read from names-dataset's ranks in Hungary: each name of the country's
most frequent given and family names, with its rank in each list. Hungarian users of the
platform the dataset comes from write their names in either order, so each list holds the
other's most common names too (László is the 12th family name, Nagy the 49th given name);
the ranks compared, not membership, tell the two apart.

Source and licence: names-dataset (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP = 3000
COUNTRY = ("HU", "Hungary")


def hungarian_names() -> list[tuple[str, int | None, int | None]]:
    """Each name among Hungary's TOP given and family names, with its rank in each list."""
    from names_dataset import NameDataset

    nd = NameDataset()
    names: set[str] = set()
    for first in (True, False):
        top = nd.get_top_names(n=TOP, use_first_names=first, country_alpha2=COUNTRY[0])
        found = top[COUNTRY[0]]
        names.update(
            *(found.values() if isinstance(found, dict) else [found]),
        )
    rows = []
    for name in sorted(names):
        if not (name.isalpha() and name[0].isupper() and len(name) >= 3):
            continue
        found = nd.search(name)
        ranks = [
            ((found.get(part) or {}).get("rank") or {}).get(COUNTRY[1])
            for part in ("first_name", "last_name")
        ]
        rows.append((name, ranks[0], ranks[1]))
    return rows


def main() -> int:
    rows = hungarian_names()
    with (HERE / "names_hu.tsv").open("w", encoding="utf-8") as f:
        f.write(
            f"# source: names-dataset (Apache-2.0), country {COUNTRY[0]}, top {TOP} of each list;\n"
        )
        f.write(
            "# given, family: the name's rank among Hungary's given and family names"
            " (empty: unranked)\n"
        )
        f.write("name\tgiven\tfamily\n")
        for name, given, family in rows:
            f.write(f"{name}\t{given or ''}\t{family or ''}\n")
    print(f"{len(rows)} Hungarian names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
