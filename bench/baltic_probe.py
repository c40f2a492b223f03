"""How often the names stage changes a Lithuanian's or a Latvian's own name.

Lithuanians and Latvians write many names as a foreign stem with a case ending (Edgaras,
Arturs Jansons), which is what names.inflection undoes on English names. This puts real
Lithuanian names (names-dataset's top given names and surnames of Lithuania, ASCII only,
paired at random) and Latvian ones (names-dataset has no Latvia: a list of common names
below) in a plain sentence without Baltic letters, and counts the names changed and the
names that get only a suggestion.

    pip install names-dataset
    python bench/baltic_probe.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from restore.pipeline import Pipeline, RestoreConfig

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_pairs import probe

PAIRS = 3000
#: Common Latvian given names and surnames, ASCII-folded as English copy often prints them.
LATVIAN_GIVEN = (
    "Edgars Artis Andris Egils Valdis Aivars Raimonds Roberts Edmunds Arturs Ivars Uldis "
    "Gints Guntis Dainis Aigars Normunds Juris Kristaps Rihards Edvards Dmitrijs Aleksandrs "
    "Sergejs Vladimirs Ronalds Rolands Ernests Oskars Gustavs Viktors Markuss Daniels "
    "Maksims Janis Karlis Martins Aleksejs Deniss Ricards Toms Niks Kevins Davids Pauls "
    "Aldis Olafs Imants Armands"
)
LATVIAN_FAMILY = (
    "Ozols Jansons Balodis Zarins Vitols Klavins Karklins Karins Zalans Levits Aseradens "
    "Slesers Landsbergs Grants Millers Strauss Freimanis Holms Ramans Dombrovskis "
    "Rozenbergs Lapsa Smits Gailis Briedis Petersons Berzins Kalnins Liepins Krumins "
    "Eglitis Rinkevics Vilks Lacis Kaufmanis Simsons Grinbergs Klavs Jakobsons Hermanis "
    "Baumanis Tomsons Nelsons Frenkels Dancis Berkis Johansons Stradins"
)


def lithuanian() -> tuple[list[str], list[str]]:
    from names_dataset import NameDataset

    nd = NameDataset()
    out: list[list[str]] = []
    for first in (True, False):
        top = nd.get_top_names(n=400, use_first_names=first, country_alpha2="LT")["LT"]
        names = [*top.get("M", []), *top.get("F", [])] if isinstance(top, dict) else list(top)
        out.append([n for n in names if n.isascii() and n.isalpha()])
    return out[0], out[1]


def main() -> int:
    pipeline = Pipeline(RestoreConfig(only=("names",)))
    probe("Lithuanian", *lithuanian(), pipeline, PAIRS)
    probe("Latvian", LATVIAN_GIVEN.split(), LATVIAN_FAMILY.split(), pipeline, PAIRS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
