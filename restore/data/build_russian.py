"""Regenerate ``names_ru.tsv.gz``: Russian names as other languages' press transcribes them,
each with the form the English-language press writes.

    pip install names-dataset
    python restore/data/build_russian.py

Source: names-dataset's Russian names in Cyrillic (the given names ranked in Russia's top
MAX_GIVEN_RANK, every ranked surname), written by ``translit/cyrillic.tsv`` in English-press
form and in Hungarian, Polish, Czech and German transcription. A row per transcription that
differs from the English form, and the English forms themselves (so that "Maria" counts as
a Russian given name beside "Zacharowa"), grouped in one row per English form and kind:
grouped so, the table loads in a third of the time a row per form takes.

A transcription is left out when it is ambiguous (another name's English form, or two
names' transcriptions with different English forms: German Sacharow is both Sakharov and
Zakharov) or, for a surname, when it is a name in its own right elsewhere: names-dataset
ranks it among the top NATIVE_RANK names of a country outside the former Soviet Union
(Polish Iwanow and Kowalczuk are Polish names, and the English press keeps them). Given
names are kept: the rule rewrites one only beside a Russian surname.

Sources and licences: names-dataset (Apache-2.0); the transcription rules cited in
``translit/cyrillic.tsv``.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from restore.cyrillic import reading_by_letters, transcribe

HERE = Path(__file__).resolve().parent
LANGS = ("hu", "pl", "cs", "de")
MAX_GIVEN_RANK = 2000
MIN_LENGTH = 4
KIND_RATIO = 3
NATIVE_RANK = 20_000
#: Countries whose Latin-script entries are Russian names written by their own rules.
FORMER_USSR = {
    "Russian Federation",
    "Ukraine",
    "Belarus",
    "Kazakhstan",
    "Moldova, Republic of",
    "Azerbaijan",
    "Georgia",
    "Turkmenistan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Tajikistan",
    "Armenia",
    "Estonia",
    "Latvia",
    "Lithuania",
}
#: Czech adds its feminine ending to foreign surnames as well (Zacharova, Zacharovová).
CZECH_FEMININE = (("ova", "ovová"), ("eva", "evová"), ("ina", "inová"))


def variants(name: str, kind: str, lang: str) -> Iterator[str]:
    """The forms ``lang``'s press gives the name: its transcription, and for a Czech
    surname the feminine form Czech makes of it."""
    form = transcribe(name, lang)
    yield form
    if lang == "cs" and kind == "family":
        for ending, feminine in CZECH_FEMININE:
            if form.endswith(ending):
                yield form[: -len(ending)] + feminine


def russian_names(nd: Any) -> list[tuple[str, str]]:
    """(Cyrillic name, kind) for names-dataset's Russian given names and surnames, most
    frequent first. The kind follows the name's ranks in both lists, as for Japanese names
    (many people put their surname first): given, family, or either."""
    cyrillic = regex.compile(r"^\p{Cyrillic}+$")
    ranks: dict[str, dict[str, int]] = {}
    for table, kind in ((nd.first_names, "given"), (nd.last_names, "family")):
        for key, info in table.items():
            rank = (info.get("rank") or {}).get("RU")
            if rank and cyrillic.match(key) and len(key) >= MIN_LENGTH:
                ranks.setdefault(key, {})[kind] = rank
    out = []
    for key, by_kind in ranks.items():
        given, family = by_kind.get("given"), by_kind.get("family")
        if family and (not given or family * KIND_RATIO < given):
            kind = "family"
        elif given and (not family or given * KIND_RATIO < family):
            kind = "given"
        else:
            kind = "either"
        best = min(by_kind.values())
        if kind == "given" and best > MAX_GIVEN_RANK:
            continue
        out.append((best, key, kind))
    return [(key, kind) for _, key, kind in sorted(out)]


def native_elsewhere(form: str, nd: Any) -> bool:
    """Whether names-dataset ranks ``form`` among a non-Soviet country's top names."""
    found = nd.search(form)
    for part in ("first_name", "last_name"):
        ranks = (found.get(part) or {}).get("rank") or {}
        if any(r and r <= NATIVE_RANK and c not in FORMER_USSR for c, r in ranks.items()):
            return True
    return False


def main() -> int:
    from names_dataset import NameDataset

    nd = NameDataset()  # loads for some ten seconds: once
    names = [(name, kind, transcribe(name, "en")) for name, kind in russian_names(nd)]
    # An English-press form is never a transcription to undo, whatever else it spells.
    english: dict[str, str] = {}  # lower-case form -> English form
    kinds: dict[str, str] = {}
    for _, kind, en in names:
        if english.setdefault(en.lower(), en) == en:
            kinds.setdefault(en.lower(), kind)
    clash: set[str] = set()
    for name, kind, en in names:
        for lang in LANGS:
            for form in (f.lower() for f in variants(name, kind, lang)):
                if form in kinds and english[form].lower() == form:
                    continue
                if english.setdefault(form, en) != en:
                    clash.add(form)
                kinds.setdefault(form, kind)
    rows = []
    for form, en in english.items():
        if form in clash:
            continue
        kind = kinds[form]
        if kind != "given" and form != en.lower() and native_elsewhere(form.capitalize(), nd):
            continue
        rows.append((form, en, kind))
    groups: dict[tuple[str, str], list[str]] = {}
    for form, en, kind in sorted(rows):
        groups.setdefault((en, kind), []).append(form)
    # mtime=0: the same rows give the same bytes, so a rebuild shows no change.
    with (
        (HERE / "names_ru.tsv.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as f,
    ):
        f.write("# source: names-dataset (Apache-2.0), Russia's names in Cyrillic, written by\n")
        f.write("# translit/cyrillic.tsv; generated by build_russian.py\n")
        f.write(
            "# one row per English form and kind; forms: the lower-case forms, space-separated\n"
        )
        f.write("english\tkind\tforms\n")
        for (en, kind), forms in sorted(groups.items()):
            f.write(f"{en}\t{kind}\t{' '.join(forms)}\n")
    print(f"{len(names)} Russian names, {len(rows)} rows", file=sys.stderr)
    lookalikes = write_lookalikes(nd, clash)
    print(f"{lookalikes} names never read back as Russian surnames", file=sys.stderr)
    return 0


def write_lookalikes(nd: Any, ambiguous: set[str]) -> int:
    """Write ``russian_lookalikes.txt``, the names ``read_back_surname`` never reads:
    names-dataset's names of countries outside the former Soviet Union (ranked in the top
    NATIVE_RANK) that it would take for a Russian surname in another transcription (Ruszin,
    Szabina, Agyin), and the transcriptions of two Russian names (German Sacharowa)."""
    from restore.russian_names import _table

    _table.cache_clear()  # the reading's letter model comes from the table just written
    found = set()
    for table in (nd.first_names, nd.last_names):
        for key, info in table.items():
            ranks = info.get("rank") or {}
            if not any(r and r <= NATIVE_RANK and c not in FORMER_USSR for c, r in ranks.items()):
                continue
            name = key[:1].upper() + key[1:]
            if reading_by_letters(name) is not None:
                found.add(name.lower())
    found.update(form for form in ambiguous if reading_by_letters(form.capitalize()))
    with (HERE / "russian_lookalikes.txt").open("w", encoding="utf-8") as f:
        f.write("# Names names.russian never reads back as a Russian surname: other countries'\n")
        f.write("# names that read as one in Hungarian, German or Czech transcription\n")
        f.write("# (names-dataset, top NATIVE_RANK outside the former USSR), and the\n")
        f.write("# transcriptions of two Russian names. Generated by build_russian.py.\n")
        f.writelines(f"{name}\n" for name in sorted(found))
    return len(found)


if __name__ == "__main__":
    raise SystemExit(main())
