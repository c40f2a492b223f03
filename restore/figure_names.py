"""Public figures' names in another language's transcription, found by a spelling key.

Hungarian writes Vladimir Putin as Vlagyimir Putyin, Polish as Władimir Putin and Sergei
Lavrov as Siergiej Ławrow, German Volodymyr Zelensky as Wolodymyr Selenskyj. Each
language spells the same sounds its own way; the key (``translit/latin_key.tsv``) merges
those spellings, and a fuzzy comparison (rapidfuzz) of the keys of a two-word name with
every two adjacent parts of every public figure's name finds the figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import regex
from rapidfuzz import fuzz, process

from restore.cyrillic import english_readings
from restore.gazetteer import Figure, each_figure, fold
from restore.tables import tsv

#: A two-word name must score this much against a figure's two parts ...
PAIR_CUTOFF = 85.0
#: ... and each rewritten word this much against the part it becomes. A word rewritten
#: alone must have the part's very key: the other word then vouches for nothing ("Petr
#: Pavlu" is not Petr Pavel, "Mahmoud Akbas" not Mahmoud Abbas).
PART_CUTOFF = 70.0

_DOUBLE = regex.compile(r"(.)\1+")


@cache
def _key_patterns() -> tuple[tuple[regex.Pattern[str], dict[str, str]], ...]:
    """The key's rows spelt with diacritics, which folding would lose (Serbian dž is the
    English j, folded it is Polish dz), then the rest; each as one alternation."""
    rows = tsv("translit/latin_key.tsv", ("foreign", "key"))
    marked = {row["foreign"]: row["key"] for row in rows if not row["foreign"].isascii()}
    plain = {row["foreign"]: row["key"] for row in rows if row["foreign"].isascii()}
    return tuple(
        (regex.compile("|".join(regex.escape(k) for k in sorted(t, key=len, reverse=True))), t)
        for t in (marked, plain)
    )


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """``word`` spelt by the merged key: Ławrow, Lavrov -> lavrov; Sergej, Sergei -> sergei."""
    (marked, marked_rows), (plain, plain_rows) = _key_patterns()
    word = word.lower()
    if not word.isascii():
        word = marked.sub(lambda m: marked_rows[m.group()], word)
    return plain.sub(lambda m: plain_rows[m.group()], fold(word))


@lru_cache(maxsize=65536)
def latin_key(word: str) -> str:
    """The spelling key with doubled letters single, which transcriptions add and drop
    (Emmanuel, Emanuel; Szijjártó, Szijártó): Putyin, Putin -> putin."""
    return _DOUBLE.sub(r"\1", spelling_key(word))


def as_english(part: str, romanized: bool) -> str:
    """A figure's name part as the key reads it. In the English press's romanization of
    another script ch is the sound of ч (Vyacheslav, Chernomyrdin), as Hungarian cs and
    Polish cz are, while the key reads ch as Polish, German and Czech write х (kh): it is
    read as Polish cz."""
    return part.replace("ch", "cz").replace("Ch", "Cz") if romanized else part


def part_key(part: str, romanized: bool) -> str:
    """The latin key of a figure's name part (see ``as_english``)."""
    return latin_key(as_english(part, romanized))


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A figure whose two adjacent name parts a two-word name is a transcription of."""

    figure: Figure
    first: str
    second: str
    score: float


@cache
def _transcribed_figures() -> tuple[Figure, ...]:
    """The figures this key reads: not Korean ones, which names.korean reads by its own."""
    return tuple(fig for fig in each_figure() if not fig.korean)


@cache
def _pairs() -> dict[str, tuple[Figure, str, str]]:
    """Key of every two adjacent parts of every figure's name -> figure and the parts."""
    out: dict[str, tuple[Figure, str, str]] = {}
    for fig in _transcribed_figures():
        parts = fig.name.split()
        for a, b in pairwise(parts):
            key = f"{part_key(a, fig.romanized)} {part_key(b, fig.romanized)}"
            out.setdefault(key, (fig, a, b))
    return out


@cache
def _part_keys() -> tuple[str, ...]:
    return tuple({key for pair in _pairs() for key in pair.split(" ")})


@lru_cache(maxsize=65536)
def near_a_figure(word: str) -> bool:
    """Whether ``word`` could be part of a figure's name in some transcription: the cheap
    test that spares most capitalised words the pair comparison."""
    return (
        process.extractOne(
            latin_key(word), _part_keys(), scorer=fuzz.ratio, score_cutoff=PART_CUTOFF
        )
        is not None
    )


@cache
def _part_spellings() -> dict[str, frozenset[str]]:
    """Spelling key of every part of every figure's name -> the folded parts with it."""
    out: dict[str, set[str]] = {}
    for fig in _transcribed_figures():
        for part in fig.name.split():
            out.setdefault(spelling_key(as_english(part, fig.romanized)), set()).add(fold(part))
    return {key: frozenset(parts) for key, parts in out.items()}


@cache
def _english_rows() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple(
        (regex.compile(row["pattern"]), row["key"])
        for row in tsv("translit/english_variants.tsv", ("pattern", "key"))
    )


@lru_cache(maxsize=65536)
def english_key(word: str) -> str | None:
    """``word`` with the English press's own variant spellings merged (Zelenskyy,
    Zelenskiy -> zelensky; Aleksei, Alexei -> alexey); None for a word no English system
    writes (diacritics, other scripts)."""
    if not word.isascii():
        return None
    key = word.lower()
    for pattern, value in _english_rows():
        key = pattern.sub(value, key)
    return key


def english_variant(word: str, part: str) -> bool:
    """Whether ``word`` is the figure's ``part`` in another English romanization: English
    copy, which must not be rewritten (Sergey Lavrov, Dmitri Peskov)."""
    key = english_key(word)
    return key is not None and key == english_key(part)


def undoubled(word: str) -> str:
    """``word`` folded, its doubled letters single (Rutte: rute)."""
    return _DOUBLE.sub(r"\1", fold(word))


@cache
def _undoubled_parts() -> frozenset[str]:
    return frozenset(undoubled(p) for p in _folded_parts() if undoubled(p) != p)


def a_part_undoubled(word: str) -> bool:
    """Whether ``word`` is a figure's name part with its doubled letters single, as many
    transcriptions write it (Rute: Rutte)."""
    return fold(word) in _undoubled_parts()


def spelt_like_a_figure(word: str) -> bool:
    """Whether ``word`` is a part of a figure's name spelt another way (Sergej: Sergei),
    or respelled by sound (Tramp: Trump)."""
    parts = _part_spellings().get(spelling_key(word))
    if parts is not None and fold(word) not in parts:
        return True
    return latin_key(word) in _respelled_parts()


@cache
def _sound_rows() -> tuple[tuple[regex.Pattern[str], str], ...]:
    rows = tsv("translit/sound_respell.tsv", ("pattern", "respelled"))
    return tuple((regex.compile(row["pattern"]), row["respelled"]) for row in rows)


@lru_cache(maxsize=4096)
def respelled_keys(part: str) -> frozenset[str]:
    """The keys of a Latin-script figure's name part as languages that write names by
    sound respell it (translit/sound_respell.tsv: Trump, Tramp), the part's own key not
    among them."""
    low = fold(part)
    own = latin_key(low)
    keys = {latin_key(pattern.sub(repl, low)) for pattern, repl in _sound_rows()}
    return frozenset(keys - {own})


@cache
def _respelled_parts() -> frozenset[str]:
    return frozenset(
        key
        for fig in _transcribed_figures()
        if not fig.romanized
        for part in fig.name.split()
        for key in respelled_keys(part)
    )


def outer_parts(found: FigureMatch) -> tuple[list[str], list[str]]:
    """The figure's name parts before and after the matched pair, nearest first: a
    three-part name (Recep Tayyip Erdogan) is matched by two of its parts."""
    parts = found.figure.name.split()
    for i, (a, b) in enumerate(pairwise(parts)):
        if (a, b) == (found.first, found.second):
            return parts[:i][::-1], parts[i + 2 :]
    return [], []


def fits_part(word: str, part: str, romanized: bool = False) -> bool:
    """Whether ``word`` may be a transcription of the name part ``part``, beside a matched
    pair of the same figure's name."""
    return fuzz.ratio(latin_key(word), part_key(part, romanized)) >= PART_CUTOFF


@lru_cache(maxsize=65536)
def match_pair(first: str, second: str) -> FigureMatch | None:
    """The figure "first second" transcribes, if one scores above the cut-offs."""
    pairs = _pairs()
    found = process.extractOne(
        f"{latin_key(first)} {latin_key(second)}",
        pairs.keys(),
        scorer=fuzz.ratio,
        score_cutoff=PAIR_CUTOFF,
    )
    if found is None:
        return None
    fig, a, b = pairs[found[0]]
    changed = [(w, p) for w, p in ((first, a), (second, b)) if fold(w) != fold(p)]
    if len(changed) == 1:
        word, part = changed[0]
        # The very key, or a given name with Latvian's nominative -s (Marks Rutte), or a
        # surname in -i with Lithuanian's (Narendra Modis); a surname with an s is
        # otherwise another family's (Stubbs, Michels).
        key = part_key(part, fig.romanized)
        same = latin_key(word) == key or (
            latin_key(word) == key + "s"
            and (_takes_s(part) if word == first else _lithuanian_i_stem(part, word))
        )
        if not same and not fig.romanized:
            same = latin_key(word) in respelled_keys(part)
        if not same and word == second:
            same = _nominative_near(latin_key(word), key)
        if not same and fig.romanized:
            same = part in _russian_readings(word)
        return FigureMatch(fig, a, b, found[1]) if same else None
    for word, part in changed:
        if not fits_part(word, part, fig.romanized):
            return None
    return FigureMatch(fig, a, b, found[1])


@lru_cache(maxsize=65536)
def _russian_readings(word: str) -> frozenset[str]:
    """The English-press forms of the Russian names German, Czech or Hungarian press
    would write as ``word``: where the key merges too little (German Sacharowa is
    Zakharova or Sakharova), the figure's own name beside it decides."""
    if not word.isalpha() or len(word) < 4:
        return frozenset()
    return english_readings(word.lower(), ("de", "cs", "hu"))


@dataclass(frozen=True, slots=True)
class _Declension:
    lang: str
    ending: str
    restore: str
    cases: frozenset[str]


@cache
def _declensions() -> tuple[_Declension, ...]:
    rows = tsv("inflection/declension.tsv", ("example", "lang", "ending", "restore", "cases"))
    return tuple(
        _Declension(r["lang"], r["ending"], r["restore"], frozenset(r["cases"].split()))
        for r in rows
    )


@cache
def _folded_pairs() -> dict[tuple[str, str], tuple[Figure, str, str]]:
    """Every two adjacent parts of every figure's name, folded -> figure and the parts."""
    out: dict[tuple[str, str], tuple[Figure, str, str]] = {}
    for fig in _transcribed_figures():
        for a, b in pairwise(fig.name.split()):
            out.setdefault((fold(a), fold(b)), (fig, a, b))
    return out


@cache
def _folded_parts() -> frozenset[str]:
    return frozenset(part for pair in _folded_pairs() for part in pair)


@lru_cache(maxsize=65536)
def declined_parts(word: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The figures' name parts ``word`` is a Polish, Czech or Slovak case form of, spelt as
    the English press spells the part (Tuska: tusk), with the language and cases. Not a
    part as it stands: Zelensky is the president, not the genitive of Zelenska."""
    if fold(word) in _folded_parts():
        return ()
    return _case_forms(word)


@lru_cache(maxsize=65536)
def _case_forms(word: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """``declined_parts`` without its exception: a word that is a figure's name part as it
    stands may still be another's case form (Roberta: Roberta Metsola, and Robert Fico's
    genitive), which only a pair declined alike settles."""
    low = fold(word)
    out = []
    for d in _declensions():
        if low.endswith(d.ending) and len(low) - len(d.ending) >= 3:
            base = low[: len(low) - len(d.ending)] + d.restore
            if base in _folded_parts():
                out.append((base, d.lang, d.cases))
    return tuple(out)


def latvian_nominative(word: str) -> bool:
    """Whether ``word`` is a figure's name part with Latvian's nominative -s (Marks,
    Donalds, and -rs for -er: Aleksandrs), which may make an English word of it."""
    if len(word) < 4 or not word.endswith("s"):
        return False
    base = fold(word[:-1])
    if _takes_s(base) and base in _folded_parts():
        return True
    return word.endswith("rs") and latin_key(word[:-2] + "er") in _part_key_set()


@cache
def _part_key_set() -> frozenset[str]:
    return frozenset(_part_keys())


#: A surname's stem under a Baltic nominative ending must score this much against the
#: figure's surname, which must be this long: transcribed from the Ukrainian, Lithuanian
#: spells it a letter apart (Synehubovas: Syniehubov).
NEAR_STEM_CUTOFF = 90.0
MIN_NEAR_STEM = 6


def _nominative_near(key: str, part_key: str) -> bool:
    """Whether a surname's key is the figure's surname's, a letter or so apart, with the
    nominative ending Lithuanian gives a foreign man's surname in a consonant (-as); not
    -ius, a Lithuanian's own (Rinkevičius is how Lithuanians write Rinkēvičs)."""
    if len(part_key) < MIN_NEAR_STEM or not key.endswith("as"):
        return False
    return fuzz.ratio(key[:-2], part_key) >= NEAR_STEM_CUTOFF


def _takes_s(part: str) -> bool:
    """Whether Latvian gives a foreign name the nominative -s: after a consonant (Marks),
    not a vowel (Marco stays Marko, not Marcos, a Spaniard's name)."""
    return part[-1:].lower() not in "aeiouy"


def _lithuanian_i_stem(part: str, word: str) -> bool:
    """Whether ``word`` is the surname ``part`` with the -s Lithuanian adds to a man's
    surname in -i (Modis, Draghis, Raisis): the part's own letters, then the s."""
    return part.endswith("i") and word == part + "s"


def lithuanian_i_surname(word: str) -> bool:
    """Whether ``word`` is a figure's surname in -i with Lithuanian's nominative -s (Modis),
    which may make an English word of it (MODIS, a satellite's sensor)."""
    return len(word) > 4 and word.endswith("is") and fold(word[:-1]) in _surname_parts()


@cache
def _surname_parts() -> frozenset[str]:
    return frozenset(_surname_figures())


@cache
def _surname_figures() -> dict[str, Figure]:
    """A figure by its folded surname (the first one listed, where several share it)."""
    out: dict[str, Figure] = {}
    for fig, _, _ in _folded_pairs().values():
        out.setdefault(fold(fig.surname), fig)
    return out


#: The cases value of the endings only a woman's surname takes (declension.tsv).
FEMININE = "feminine"
#: The cases value of the endings Finnish and Estonian add to a name's last word alone.
LAST_WORD = "last-word"
#: A surname shorter than this is another word with a Finnic ending (Wang Yin, Le Penn).
MIN_LAST_WORD_STEM = 4


#: The feminine surname's endings as Czech and Slovak write them, in each case: -ová as
#: they write it, since -ova without the accent ends Russian and Central Asian women's own
#: surnames (Ahmedova).
_FEMININE_ENDINGS = ("ová", "ové", "ovou", "ovej", "ovú")


def match_feminine_pair(first: str, second: str) -> FigureMatch | None:
    """The woman "first second" names with the ending Czech and Slovak give a foreign
    woman's surname (Kaja Kallasová: Kaja Kallas), in any case, the given name as it stands
    or in the same case (Kajou Kallasovou)."""
    if not second.endswith(_FEMININE_ENDINGS):
        return None
    given = {fold(first)} | {part for part, _, cases in _case_forms(first) if FEMININE not in cases}
    for part, _, cases in _case_forms(second):
        if FEMININE in cases:
            for name in given:
                found = _folded_pairs().get((name, part))
                if found is not None:
                    fig, a, b = found
                    return FigureMatch(fig, a, b, 100.0)
    return None


def feminine_form(word: str, part: str) -> bool:
    """Whether ``word`` is the surname ``part`` with the ending Czech and Slovak give a
    foreign woman's surname, in any case (von der Leyenová, Leyenovou)."""
    return word.endswith(_FEMININE_ENDINGS) and any(
        base == fold(part) and FEMININE in cases for base, _, cases in _case_forms(word)
    )


def case_form(word: str, part: str) -> bool:
    """Whether ``word`` is the name part ``part`` in a Polish, Czech, Slovak or Lithuanian
    case (Ursulou, Ursuly: Ursula)."""
    return any(
        base == fold(part) and not cases & {FEMININE, LAST_WORD}
        for base, _, cases in _case_forms(word)
    )


def match_last_word_pair(first: str, second: str) -> FigureMatch | None:
    """The figure "first second" names with a Finnish or Estonian case ending on its
    surname, the given name as it stands (Donald Trumpin, Alexander Stubbi). Only a name
    written given name first whose surname is its last word: in Xi Jinpingin the ending is
    on the given name."""
    for part, _, cases in _case_forms(second):
        if LAST_WORD not in cases or len(part) < MIN_LAST_WORD_STEM:
            continue
        found = _folded_pairs().get((fold(first), part))
        if found is not None:
            fig, a, b = found
            # The ending follows the surname as the press writes it: Kristi Noémi is a
            # Hungarian given name, not Kristi Noem's genitive, and Oleksandr Syrskyi the
            # English romanization of Syrsky, not his Estonian genitive.
            literal = _written_before_ending(second, b) and not english_variant(second, b)
            if literal and b == fig.surname and not fig.family_first and fig.name.endswith(b):
                return FigureMatch(fig, a, b, 100.0)
    return None


#: A final vowel Hungarian lengthens before a suffix (Rubió, Ruttéval): the press's name
#: is still its stem.
_LENGTHENED = {"a": "á", "e": "é", "o": "ó"}


def _written_before_ending(word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` as the press writes it, then a case ending; the
    final vowel may be lengthened (Rubióval)."""
    if word.startswith(surname):
        return True
    stem, last = surname[:-1], surname[-1:]
    lengthened = _LENGTHENED.get(last)
    return lengthened is not None and word.startswith(stem + lengthened)


def match_given_declined_pair(first: str, second: str) -> FigureMatch | None:
    """The figure "first second" names with the given name in a case and the surname as it
    stands, where the language leaves that surname undeclined: Polish a woman's surname
    not in -a (Kamali Harris, Giorgii Meloni), Lithuanian a surname ending in a vowel
    (Marku Rutte, Marko Rubio)."""
    folded = fold(second)
    for part, lang, cases in declined_parts(first):
        if cases & {FEMININE, LAST_WORD}:
            continue
        if lang == "pl":
            undeclined = part.endswith("a") and not folded.endswith("a")
        else:
            undeclined = lang == "lt" and folded[-1:] in _VOWELS
        found = _folded_pairs().get((part, folded)) if undeclined else None
        if found is not None and found[2] == second:
            fig, a, b = found
            return FigureMatch(fig, a, b, 100.0)
    return None


_VOWELS = frozenset("aeiouy")


#: Polish, Czech and Slovak endings (declension.tsv) that mark a case, never a surname.
_CASE_ONLY_ENDINGS = ("em", "om", "ovi", "owi")
#: Polish endings that take the place of a surname's final -a in a case (Kishida: Kishidy,
#: Kishidę): a surname the figure's is but for this letter is its case. Not Czech -e or
#: -u: Antonio Coste and a Dudu are other people.
_A_CASE_ENDINGS = ("y", "ę")


def match_surname_declined_pair(first: str, second: str) -> FigureMatch | None:
    """The figure "first second" names with the given name as it stands and the surname
    in a Polish, Czech or Slovak case, as they decline an English surname after a given
    name they leave (Pete Hegsethem, Joe Bidenem, Fumio Kishidy): the given name spelt as
    the figure's vouches for the pair. Only the endings no surname ends in of its own: the
    instrumental and dative, and those that replace a final -a; a genitive -a or -u added
    to a surname, or -ou, ends a real one as often (Dmitry Medvedeva, Katsunobu Katou,
    Gustavo Petrou are other people)."""
    low = fold(second)
    case_only = low.endswith(_CASE_ONLY_ENDINGS)
    if not case_only and not second.endswith(_A_CASE_ENDINGS):
        return None
    for part, _, cases in _case_forms(second):
        if cases & {FEMININE, LAST_WORD}:
            continue
        if not case_only and not (part.endswith("a") and part[:-1] == low[:-1]):
            continue
        found = _folded_pairs().get((fold(first), part))
        if found is not None and found[1] == first and found[2] == found[0].surname:
            fig, a, b = found
            return FigureMatch(fig, a, b, 100.0)
    return None


def match_declined_pair(first: str, second: str) -> FigureMatch | None:
    """The figure "first second" names in one Slavic case, both words declined alike
    (Donalda Tuska, Petrem Fialou)."""
    for part_a, lang_a, cases_a in _case_forms(first):
        for part_b, lang_b, cases_b in _case_forms(second):
            found = _folded_pairs().get((part_a, part_b))
            if found is not None and lang_a == lang_b and cases_a & cases_b - {FEMININE, LAST_WORD}:
                fig, a, b = found
                return FigureMatch(fig, a, b, 100.0)
    return None


@lru_cache(maxsize=4096)
def _as_a_word(surname: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(surname)}(?![\p{{L}}\p{{M}}])")


def case_only_ending(word: str) -> bool:
    """Whether ``word`` ends in a Polish, Czech or Slovak case ending no surname ends in
    of its own (Putinem, Bidenovi, Trumpowi)."""
    return fold(word).endswith(_CASE_ONLY_ENDINGS)


def case_of_named_surname(word: str, text: str) -> Figure | None:
    """The figure ``word`` names alone in a Polish, Czech or Slovak case that no surname
    ends in of its own (Putinem, Bidenovi, Trumpowi), where ``text`` also writes that
    surname as the English press does: the document names the figure, and the ending only
    a case adds makes the word its case form. Not a short surname (Han: Hanem is an
    Egyptian title)."""
    if not case_only_ending(word):
        return None
    for part, _, cases in declined_parts(word):
        fig = _surname_figures().get(part)
        if cases & {FEMININE, LAST_WORD} or fig is None or len(part) < MIN_LAST_WORD_STEM:
            continue
        if _as_a_word(fig.surname).search(text):
            return fig
    return None
