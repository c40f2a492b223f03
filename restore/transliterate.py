"""Japanese names in other languages' transcriptions, read back to Hepburn.

Each scheme is a table (``restore/data/translit/ja_<lang>.tsv``) of letter sequences and
their Hepburn reading; conversion is longest-match, left to right, so ``sz`` is read before
``s``. ``$`` marks a sequence that only matches at the end of the word (case endings).
A reading counts only if it has the syllable structure of Japanese (``is_hepburn``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from restore.tables import tsv


def _syllables() -> list[str]:
    """The syllables of modified Hepburn, without macrons (si, ti, tu, hu, zi, di are not)."""
    out = list("aiueo")
    for c in "kgnhbpmr":
        out += [c + v for v in "aiueo" if c + v != "hu"]
        out += [c + "y" + v for v in "auo"]
    out += ["sa", "su", "se", "so", "za", "zu", "ze", "zo", "ta", "te", "to", "da", "de", "do"]
    out += ["sh" + v for v in "aiuo"] + ["ch" + v for v in "aiuo"] + ["j" + v for v in "aiuo"]
    out += ["tsu", "fu", "ya", "yu", "yo", "wa", "wo"]
    return sorted(out, key=len, reverse=True)


#: Romanised Japanese: Hepburn syllables, syllabic n, geminate consonants (kk, ss, tch).
HEPBURN = regex.compile(
    r"^(?:" + "|".join(_syllables()) + r"|n(?![aiueoy])|[kstp](?=[kstp])|t(?=ch))+$"
)


@dataclass(frozen=True)
class Scheme:
    lang: str
    name_order: str
    markers: regex.Pattern[str]
    table: dict[str, str]
    longest: int
    never: regex.Pattern[str] | None = None

    def read(self, word: str) -> str:
        """The Hepburn reading of ``word`` (lower case) under this scheme."""
        low = word.lower()
        out: list[str] = []
        i = 0
        while i < len(low):
            for size in range(min(self.longest, len(low) - i), 0, -1):
                piece = low[i : i + size]
                at_end = i + size == len(low)
                if at_end and piece + "$" in self.table:
                    out.append(self.table[piece + "$"])
                    break
                if piece in self.table:
                    out.append(self.table[piece])
                    break
            else:
                out.append(low[i])
                size = 1
            i += size
        return "".join(out)


@cache
def schemes() -> tuple[Scheme, ...]:
    found = []
    for row in tsv("translit/schemes.tsv", ("lang", "name_order", "markers")):
        rows = tsv(f"translit/ja_{row['lang']}.tsv", ("foreign", "hepburn"))
        table = {r["foreign"]: r["hepburn"] for r in rows}
        longest = max(len(k.rstrip("$")) for k in table)
        never = regex.compile(row["never"]) if row.get("never") else None
        markers = regex.compile(row["markers"])
        found.append(Scheme(row["lang"], row["name_order"], markers, table, longest, never))
    return tuple(found)


def is_hepburn(word: str) -> bool:
    return bool(HEPBURN.match(word.lower()))


@lru_cache(maxsize=65536)
def readings(word: str) -> dict[str, list[str]]:
    """Hepburn reading -> schemes that give it, for readings that differ from ``word``."""
    out: dict[str, list[str]] = {}
    low = word.lower()
    for scheme in schemes():
        if scheme.never is not None and scheme.never.search(low):
            continue
        reading = scheme.read(low)
        if reading != low and is_hepburn(reading):
            out.setdefault(reading, []).append(scheme.lang)
    return out
