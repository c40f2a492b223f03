"""Word lists and gazetteers the names stage consults: loaded once, looked up in O(1).

- English words (wordfreq, Zipf >= 1.0): a token the English press already uses is never
  rewritten.
- English-press names (names_en.tsv) and public figures (figures.tsv): the bases an
  inflected or respelled foreign form may be restored to.
- Japanese names in Hepburn (names_ja.tsv): where back-transliteration must land.
- A user's own gazetteer (``--names FILE``): TSV with a ``name`` column: more English-press
  names, which inflected forms may be restored to.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from restore.errors import TableFormatError
from restore.tables import data_path, parse_tsv, tsv, word_list


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without diacritics: the key names are compared by."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l")


@cache
def english_words() -> dict[str, float]:
    """Lower-case English word -> Zipf frequency (the table has one line per frequency)."""
    out: dict[str, float] = {}
    text = gzip.decompress(data_path("english_words.tsv.gz").read_bytes()).decode("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            z, _, words = line.partition("\t")
            out.update(dict.fromkeys(words.split(" "), float(z)))
    return out


def english_zipf(token: str) -> float:
    """How common ``token`` is in English (0 when wordfreq does not know it)."""
    return english_words().get(token.lower(), 0.0)


def is_english_word(token: str) -> bool:
    """Whether the English press uses this exact form (diacritics count: Kóno is not Kono)."""
    return token.lower() in english_words()


@cache
def _english_name_table() -> tuple[dict[str, float], dict[str, str]]:
    zipf: dict[str, float] = {}
    kinds: dict[str, str] = {}
    for row in tsv("names_en.tsv", ("name", "zipf", "kind")):
        zipf[row["name"]] = float(row["zipf"])
        kinds[row["name"]] = row["kind"]
    return zipf, kinds


def english_names() -> dict[str, float]:
    """Lower-case name-like English token -> its Zipf frequency."""
    return _english_name_table()[0]


def english_name_zipf(name: str) -> float:
    """How common ``name`` is by the name lists alone (0 when they lack it): unlike
    ``name_zipf``, a public figure's bearing it adds nothing."""
    return english_names().get(name.lower(), 0.0)


def english_name_kind(name: str) -> str | None:
    """How names-dataset's countries use ``name`` at best rank ("given", "family", "either"),
    "place" for a place only; None when it is not in the table."""
    return _english_name_table()[1].get(name.lower())


@cache
def japanese_names() -> frozenset[str]:
    return frozenset(japanese_name_kinds())


@cache
def japanese_name_kinds() -> dict[str, str]:
    """Lower-case Hepburn name -> "given", "family" or "either" (how Japan uses it), or
    "place" for a place that is no name (Sapporo)."""
    kinds = dict.fromkeys(word_list("japan_places.txt"), "place")
    kinds.update((row["name"], row["kind"]) for row in tsv("names_ja.tsv", ("name", "kind")))
    return kinds


@dataclass(frozen=True)
class Figure:
    name: str
    source: str
    #: The part a later mention uses: the last, unless the table says otherwise.
    surname: str = ""

    def __post_init__(self) -> None:
        if not self.surname:
            object.__setattr__(self, "surname", self.name.split()[-1])

    @property
    def role(self) -> str:
        """The office the figures table names (President of Finland), without the table."""
        return self.source.partition(": ")[2]

    @property
    def family_first(self) -> bool:
        """Whether the English press writes the family name first (Xi Jinping, Kim Jong
        Un): then the reversed order is another person's name in Western order, not a
        Hungarian word order to undo."""
        return " " in self.name and self.name.split()[0] == self.surname

    @property
    def korean(self) -> bool:
        """Whether the figure is Korean: names.korean reads those names, whose few syllables
        the general figure key would find in every other Korean's name (Kim Yong-il)."""
        return "Korea" in self.source and self.family_first

    @property
    def romanized(self) -> bool:
        """Whether the figure's own name is in another script (``romanized_countries.txt``
        names the country in the role): then no accent on it is the name's own."""
        return not word_list("romanized_countries.txt").isdisjoint(_HOME.findall(self.source))


#: A capitalised word of a role, not the country an envoy is sent to (Ambassador to Japan).
_HOME = re.compile(r"(?<!\bto )(?<!\bto the )\b[A-Z][a-z]+")


@cache
def figures() -> dict[str, Figure]:
    """Public figures by folded surname and by folded full name."""
    out: dict[str, Figure] = {}
    for row in tsv("figures.tsv", ("name", "role", "surname")):
        fig = Figure(row["name"], f"figures.tsv: {row['role']}", row["surname"])
        out[fold(row["name"])] = fig
        out.setdefault(fold(fig.surname), fig)
    return out


@cache
def each_figure() -> tuple[Figure, ...]:
    """Each public figure once (``figures`` keys them by full name and by surname)."""
    return tuple({f.name: f for f in figures().values()}.values())


@dataclass
class UserGazetteer:
    """Names a user supplies, by folded key."""

    names: dict[str, str] = field(default_factory=dict)


@cache
def user_gazetteer(path: str | None) -> UserGazetteer:
    if not path:
        return UserGazetteer()
    try:
        rows = parse_tsv(Path(path).read_text(encoding="utf-8"), path, ("name",))
    except (OSError, UnicodeDecodeError) as exc:
        raise TableFormatError(f"{path}: cannot read the gazetteer ({exc})") from exc
    gaz = UserGazetteer()
    for row in rows:
        name = row["name"].strip()
        for token in name.split():
            gaz.names[fold(token)] = token
    return gaz


def name_zipf(base: str, user: UserGazetteer | None = None) -> float:
    """How established ``base`` is as an English-press name (0 when unknown)."""
    key = fold(base)
    if user and key in user.names:
        return 9.0
    if key in figures():
        return 8.0
    return english_names().get(key, 0.0)
