"""Stage ``names``: names left in a foreign transcription or inflection, restored to the form
the English-language press uses. Genuine names are never touched.

Five rules, in order of authority:

- ``names.reference``: with a reference, its names come first: a garbled form that matches
  one of them under a transcription reading, an inflection, or a close fuzzy match
  (rapidfuzz) is replaced by it.
- ``names.figure``: a public figure's name in another language's transcription
  (Hungarian ``Vlagyimir Putyin``, Polish ``Siergiej Ławrow``, German ``Wolodymyr
  Selenskyj``), found by a spelling key that merges those languages' spellings
  (``restore/figure_names.py``); a whole figure outranks one inflected part. A two-part
  figure's name family name first, as Hungarian writes every name (``Orbán Viktor``), is
  put in English order.
- ``names.russian``: Russian names in Hungarian, Polish, Czech or German transcription
  (``Dmitrij Medvegyev``, ``Walerij Gierasimow``, ``Marija Zacharovová``), looked up in a
  table generated from names-dataset's Russian names (``restore/russian_names.py``): a given
  name and a surname, both Russian, the given name transcribed too; a transcribed surname
  beside an English-form given name is only suggested, unless Hungarian letters mark it
  (``Anton Sziluanov``). A surname the table lacks is read back from its Hungarian
  transcription through the same scheme (``restore/cyrillic.py``); from German or Czech
  it is only suggested.
- ``names.japanese``: Japanese names in another language's transcription (Hungarian
  ``Hajasi Josimasza``, Czech ``Kišida``, Russian ``Khayasi``) read back to Hepburn by the
  scheme tables, accepted only when the reading is a Japanese name in the gazetteer and the
  text is about Japan; family-first names transcribed whole are put in English order.
- ``names.inflection``: Lithuanian and Latvian case endings (``Emanuelis``, ``Bidenas``,
  ``Baidens``) removed when the base is a known name, with evidence: a public figure, or a
  neighbouring name already in English form, or (with such evidence elsewhere in the
  text) a neighbour inflected too (``Hakeemas Jeffriesas``). Weaker evidence gives a
  suggestion. An ending Lithuanian sets off with an apostrophe (``Pete'as``) always goes.

Each rule keeps a restored name's English possessive (``Trumpas' aides``: ``Trump's``).

Whatever the rule, a token the English press already uses (wordfreq knows it: Thomas,
Texas, Landsbergis, Kishida) is never rewritten, except by names.figure into the very
name it spells another way (Sergej: Sergei), and by names.russian for a rare given name
beside a transcribed surname (Dmitri Peskow).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from itertools import product

import regex
from rapidfuzz import fuzz, process

from restore.chinese_names import may_be_surname, read_back
from restore.context import Context
from restore.cyrillic import hungarian_marked, read_back_beside_hungarian, read_back_surname
from restore.figure_names import (
    FigureMatch,
    a_part_undoubled,
    case_form,
    case_of_named_surname,
    case_only_ending,
    declined_parts,
    english_variant,
    feminine_form,
    fits_part,
    latin_key,
    latvian_nominative,
    lithuanian_i_surname,
    match_declined_pair,
    match_feminine_pair,
    match_given_declined_pair,
    match_last_word_pair,
    match_pair,
    match_surname_declined_pair,
    near_a_figure,
    outer_parts,
    part_key,
    respelled_keys,
    spelling_key,
    spelt_like_a_figure,
    undoubled,
)
from restore.gazetteer import (
    Figure,
    UserGazetteer,
    each_figure,
    english_name_kind,
    english_name_zipf,
    english_zipf,
    figures,
    fold,
    is_english_word,
    japanese_name_kinds,
    japanese_names,
    name_zipf,
    user_gazetteer,
)
from restore.hungarian_names import HUNGARIAN_ACCENTS, family_first_names, hungarian_ranks
from restore.korean_names import (
    english_spelling,
    korean_figures,
    korean_key,
    korean_place,
    match_korean,
    one_letter_surnames,
    transcribed,
)
from restore.lines import lines_with
from restore.registry import Proposal, RuleFn, rule
from restore.rules.style import Profile, profile_from_text, replacements
from restore.russian_names import RussianName, russian_name
from restore.russian_names import transcribed as russian_transcribed
from restore.spans import SpanSet
from restore.tables import read_text, tsv, word_list
from restore.transliterate import is_hepburn, readings, schemes

#: A capitalised word (a name part): no letters glued on either side. The capital comes
#: before the look back at the character ahead of it: the engine then rejects most
#: positions on one character test (twice as fast as looking back first).
_TOKEN = regex.compile(r"\p{Lu}(?<![\p{L}\p{M}\p{N}'’-].)[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}])")
#: Letters an English-order Hepburn name has and no family-first scheme writes.
_ENGLISH_ONLY = regex.compile(r"sh|ch|y|w", regex.IGNORECASE)
#: Characters that show a Baltic source text (not č, š, ž: Czech, Slovak and Croatian names
#: have them too).
_BALTIC = {"lt": "ąęėįųū", "lv": "āēģīķļņū"}
#: The nominative endings Lithuanian gives a foreign name (Garlandas, Schumeris), as opposed
#: to its own surnames' (Stankus, Rudys), and their dative (Borisui Johnsonui), which no
#: English name ends in. Not the genitive -o, which ends Romance names (Marco Polo), nor
#: Latvian -s: Latvians' own names are mostly foreign stems with it (Arturs Jansons).
_FOREIGN_NAME_ENDINGS = frozenset({"as", "is", "ui"})
#: Below this Zipf frequency a name base is too obscure to restore to without a reference.
MIN_BASE_ZIPF = 1.5
#: A base restored on a neighbour's evidence alone must be at least this common.
AUTO_BASE_ZIPF = 2.0
#: Two inflected words restored to an English given name and surname with no other evidence
#: must both be this common (Garland, Rudd; not Paks: Rolandas Paksas is a Lithuanian).
NAMED_PAIR_ZIPF = 3.0
#: A token next to a restored Japanese name is read too, unless it is this common in English.
PAIRED_MAX_ZIPF = 2.0
#: A sentence-initial word of the reference this common in English is not taken as a name.
SENTENCE_INITIAL_ZIPF = 3.0
FUZZY_CUTOFF = 88.0
#: A word without its case ending must score this much against a reference name's key,
#: and have the name's other part beside it as the reference has it.
PAIRED_STEM_CUTOFF = 80.0
#: An English-known given name is read as a Russian one only below this Zipf frequency.
RUSSIAN_GIVEN_ZIPF = 3.0


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    index: int


def tokens(text: str, ctx: Context | None = None) -> list[Token]:
    """Capitalised tokens of ``text``; computed once per stage text when a context is given."""
    if ctx is not None:
        memo = ctx.memo.get("names.tokens")
        if memo is not None and memo[0] is text:
            return list(memo[1])
    found = [Token(m.start(), m.end(), m.group(), k) for k, m in enumerate(_TOKEN.finditer(text))]
    if ctx is not None:
        ctx.memo["names.tokens"] = (text, found)
    return found


def token_texts(text: str, ctx: Context) -> frozenset[str]:
    """The distinct capitalised tokens of ``text``: rules look their candidates up once per
    distinct word, and walk the positioned tokens only when there is one."""
    memo = ctx.memo.get("names.token_texts")
    if memo is not None and memo[0] is text:
        return memo[1]
    found = frozenset(_TOKEN.findall(text))
    ctx.memo["names.token_texts"] = (text, found)
    return found


def tokens_near(text: str, words: Iterable[str]) -> list[Token]:
    """The capitalised tokens of the lines that hold any of ``words``, indexed in that order.

    A name's parts are tokens one space apart, so never on two lines: what a rule decides
    about a candidate depends on its line alone, and the other lines need no tokens.
    Tokens of different lines are never neighbours (a line break lies between them)."""
    found: list[Token] = []
    for start, end in lines_with(text, words):
        for m in _TOKEN.finditer(text, start, end):
            found.append(Token(m.start(), m.end(), m.group(), len(found)))
    return found


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _neighbours(toks: list[Token], k: int, text: str) -> list[Token]:
    """Capitalised tokens directly before or after token k, separated by one space (after
    a Lithuanian ending set off by an apostrophe: George'as Bushas)."""
    out = []
    if k > 0 and _next_to(text[toks[k - 1].end : toks[k].start]):
        out.append(toks[k - 1])
    if k + 1 < len(toks) and _next_to(text[toks[k].end : toks[k + 1].start]):
        out.append(toks[k + 1])
    return out


def _next_to(gap: str) -> bool:
    """Whether two name tokens this far apart are one name."""
    return gap == " " or (
        gap[:1] in ("'", "’") and gap[-1:] == " " and gap[1:-1] in _apostrophe_pattern()[2]
    )


#: A single quotation mark that opens a quotation (not an apostrophe inside a word).
_OPENING_SINGLE_QUOTE = regex.compile(r"(?<!\w)['‘](?=\w)")


def _possessive(text: str, p: Proposal) -> Proposal:
    """A name restored from a form ending in s keeps its English possessive: the
    translation wrote "Trumpas' running mate", English writes "Trump's running mate"."""
    end = p.end
    if (
        text[end : end + 1] not in ("'", "’")
        or text[end - 1 : end] not in ("s", "S")
        or text[end + 1 : end + 2].isalnum()
        or p.after[-1:] in ("", "s", "S")
        or _OPENING_SINGLE_QUOTE.search(text, _line_start(text, p.start), p.start)
    ):
        return p
    return p._replace(end=end + 1, after=f"{p.after}{text[end]}s", note=f"{p.note}; possessive")


#: How far back a quotation's opening mark is looked for.
QUOTE_REACH = 300


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, looking back no further than QUOTE_REACH."""
    low = max(0, pos - QUOTE_REACH)
    return max(text.rfind("\n", low, pos) + 1, low)


def _keeps_possessive(fn: RuleFn) -> RuleFn:
    """Wrap a name rule so that each name it restores keeps its possessive."""

    @wraps(fn)
    def wrapped(text: str, ctx: Context) -> Iterator[Proposal]:
        for p in fn(text, ctx):
            yield _possessive(text, p)

    return wrapped


# --- names.japanese ----------------------------------------------------------------------


def _name_readings(token: str) -> dict[str, list[str]]:
    """The Hepburn readings of ``token`` that are Japanese names, with their schemes."""
    return {r: langs for r, langs in readings(token).items() if r in japanese_names()}


@lru_cache(maxsize=65536)
def _known_readings(token: str) -> dict[str, list[str]]:
    """The Hepburn readings of ``token`` that are Japanese names (none for English words,
    nor for a place's exonym: Hungarian Tokió is Tokyo, not a Tokio)."""
    if is_english_word(token) or token in _places().house:
        return {}
    return _name_readings(token)


def _only_reading(known: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """The reading, capitalised, and its schemes, when there is exactly one."""
    if len(known) != 1:
        return None
    reading, langs = next(iter(known.items()))
    return _capital(reading), langs


@lru_cache(maxsize=65536)
def _japanese_reading(token: str) -> tuple[str, list[str]] | None:
    """The one Hepburn reading of ``token`` that is a known Japanese name, and its schemes."""
    return _only_reading(_known_readings(token))


def _swap(first: str, second: str, family_first: bool) -> bool:
    """Whether "first second" is a family-first name to put in English order.

    A public figure's known order decides; then how Japan uses the two names (a family
    name before a given name: "Matsuno Hirokazu"); otherwise the scheme's order does, when
    the whole name was transcribed."""
    if fold(f"{second} {first}") in figures():
        return True
    if fold(f"{first} {second}") in figures():
        return False
    kinds = japanese_name_kinds()
    a, b = kinds.get(first.lower()), kinds.get(second.lower())
    # One known part is enough when the other does not contradict it ("Miyazaki Hayao":
    # Hayao is not in the lists, Miyazaki is a family name).
    if (a == "family" and b in ("given", None)) or (b == "given" and a is None):
        return True
    if (a == "given" and b in ("family", None)) or (b == "family" and a is None):
        return False
    # A part Japan's lists lack may still be a given name the world's lists know (Naomi).
    if a is None and english_name_kind(first) == "given":
        return False
    if b is None and english_name_kind(second) == "given":
        return True
    return family_first


def _family_first(langs: list[str]) -> bool:
    order = {s.lang: s.name_order for s in schemes()}
    return any(order.get(lang) == "family-first" for lang in langs)


def _paired_reading(token: str, langs: list[str]) -> tuple[str, list[str]] | None:
    """A reading for a token standing next to a restored Japanese name: the neighbour is the
    evidence, so a Hepburn reading under one of the neighbour's schemes is enough."""
    if english_zipf(token) >= PAIRED_MAX_ZIPF:
        return None
    options = {r: ls for r, ls in readings(token).items() if set(ls) & set(langs)}
    if len(options) != 1:
        return None
    reading, found = next(iter(options.items()))
    return _capital(reading), [lang for lang in found if lang in langs]


@lru_cache(maxsize=65536)
def _rare_word_reading(token: str) -> tuple[str, list[str]] | None:
    """For an English word too rare to be read on its own ("Kisi"), its one reading that is
    a Japanese name, and the schemes that give it. Not a word Hepburn itself could write
    (Soichiro is a name as it stands)."""
    if not is_english_word(token) or english_zipf(token) >= PAIRED_MAX_ZIPF:
        return None
    if is_hepburn(token) or token.lower() in japanese_names():
        return None
    return _only_reading(_name_readings(token))


_OTHER_KIND = {"family": ("given", "either"), "given": ("family", "either")}


def _beside_a_japanese_name(toks: list[Token], k: int, text: str) -> tuple[str, list[str]] | None:
    """The reading of a rare English word at token k when a Japanese name in Hepburn stands
    beside it and the reading is the other half of such a name (Kisi Nobuo: Kishi is a
    family name, Nobuo a given one)."""
    found = _rare_word_reading(toks[k].text)
    if found is None:
        return None
    kinds = japanese_name_kinds()
    reading_kind = kinds.get(found[0].lower())
    for n in _neighbours(toks, k, text):
        kind = kinds.get(n.text.lower())
        if kind in _OTHER_KIND.get(reading_kind or "", ()) or (
            kind in ("family", "given") and reading_kind == "either"
        ):
            return found
    return None


@rule(
    "names.japanese",
    "Read Japanese names in another language's transcription back to Hepburn.",
    triggers=tuple(sorted(word_list("translit/japan_context.txt"))),
)
@_keeps_possessive
def japanese(text: str, ctx: Context) -> Iterator[Proposal]:
    present = token_texts(text, ctx)
    candidates = {t for t in present if _known_readings(t)}
    rare = {t for t in present if _rare_word_reading(t)}
    if not candidates and not rare:
        return
    toks = tokens_near(text, candidates | rare)
    restored: dict[int, tuple[str, list[str]]] = {}
    for k, tok in enumerate(toks):
        if tok.text in rare:
            found = _beside_a_japanese_name(toks, k, text)
            if found:
                restored[k] = found
            continue
        if tok.text not in candidates:
            continue
        found = _japanese_reading(tok.text)
        if found:
            restored[k] = found
        elif len(options := _known_readings(tok.text)) > 1:
            best = sorted(options)[0]
            note = f"Japanese name, several readings ({', '.join(sorted(options))}); uncertain"
            yield Proposal(tok.start, tok.end, _capital(best), note, suggest=True)
    for k in list(restored):
        for n in _neighbours(toks, k, text):
            j = n.index
            if j not in restored:
                paired = _paired_reading(n.text, restored[k][1])
                if paired:
                    restored[j] = paired
    shared = (
        set.intersection(*(set(langs) for _, langs in restored.values())) if restored else set()
    )
    family_first_doc = bool(shared) and all(_family_first([lang]) for lang in shared)
    done: set[int] = set()
    swapped = False
    for k in sorted(restored):
        if k in done:
            continue
        partner = _partner(toks, k, text, restored, done)
        if partner is None:
            done.add(k)
            reading, langs = restored[k]
            note = f"Japanese name in {'/'.join(langs)} transcription, read as Hepburn"
            # Beside a name part no Japanese reading explains ("Jouko Mäki"), the token is
            # more likely that person's own name than a transcribed Japanese one.
            neighbours = _neighbours(toks, k, text)
            foreign = any(_not_japanese(n) for n in neighbours)
            if foreign:
                note += f"; beside {', '.join(n.text for n in neighbours)}, uncertain"
            yield Proposal(toks[k].start, toks[k].end, reading, note, suggest=foreign)
            continue
        first, second = sorted((k, partner))
        done.update((first, second))
        a_text, b_text = toks[first].text, toks[second].text
        a, a_langs = restored.get(first, (a_text, []))
        b, b_langs = restored.get(second, (b_text, []))
        whole = not _ENGLISH_ONLY.search(a_text) and not _ENGLISH_ONLY.search(b_text)
        swap = _swap(a, b, whole and family_first_doc)
        langs = sorted(set(a_langs) | set(b_langs))
        note = f"Japanese name in {'/'.join(langs)} transcription, read as Hepburn"
        if swap:
            note += "; family-first order put in English order"
            swapped = True
        after = _as_figure(f"{b} {a}" if swap else f"{a} {b}")
        yield Proposal(toks[first].start, toks[second].end, after, note)
    if swapped:
        taken = SpanSet((toks[k].start, toks[k].end) for k in done)
        figures_first = list(_japanese_figures_family_first(text, taken))
        yield from figures_first
        for p in figures_first:
            taken.add(p.start, p.end)
        yield from _japanese_names_family_first(text, present, taken)


def _as_figure(name: str) -> str:
    """A Japanese name read back as a public figure spells it, where the two are one name
    by the transcription key: a part no reading changed because it is a word or name of its
    own elsewhere (Hungarian Joko, read with Kamikava: Yoko Kamikawa)."""
    first, second = name.split(" ")
    found = match_pair(first, second)
    if found is None or found.score < 100.0:
        return name
    return f"{found.first} {found.second}"


#: An office of Japan's, not one held there (US Ambassador to Japan).
_JAPANESE_OFFICE = regex.compile(r"(?<!\bto )\bJapan")


@cache
def _japanese_figures_reversed() -> dict[str, Figure]:
    """Japanese public figures' names family name first (Kihara Minoru) -> the figure: both
    parts Japanese names, or a Japanese office (Gen Nakatani, whose given name is too short
    for the name lists)."""
    names = japanese_names()
    out = {}
    for fig in each_figure():
        parts = fig.name.split()
        japanese = {fold(p) for p in parts} <= names or bool(_JAPANESE_OFFICE.search(fig.role))
        if len(parts) == 2 and japanese and not fig.family_first:
            out[f"{parts[1]} {parts[0]}"] = fig
    return out


def _japanese_figures_family_first(text: str, taken: SpanSet) -> Iterator[Proposal]:
    """A Japanese figure's name already in Hepburn but family name first, in a text where a
    transcribed Japanese name came family name first (Hungarian writes every name so): that
    order is the source's too, not the English press's choice (Kihara Minoru: Minoru
    Kihara)."""
    for reversed_name, fig in _japanese_figures_reversed().items():
        pos = text.find(reversed_name)
        while pos >= 0:
            end = pos + len(reversed_name)
            alone = (pos == 0 or not text[pos - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if alone and not taken.overlaps(pos, end):
                note = f"{fig.name} ({fig.source}), family name first as the source writes it"
                yield Proposal(pos, end, fig.name, note)
            pos = text.find(reversed_name, end)


#: A capitalised word after a family name, which may be the given name (Kuroda Haruhiko).
_GIVEN_AFTER = regex.compile(r"\p{Lu}\p{Ll}+(?![\p{L}\p{M}'’-])")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}'’-]")


def _japanese_names_family_first(
    text: str, present: frozenset[str], taken: SpanSet
) -> Iterator[Proposal]:
    """Any Japanese name already in Hepburn but family name first, in such a text: a family
    name and a given name by the Japanese name tables, each only that (Kuroda Haruhiko:
    Haruhiko Kuroda); not a word that may be either, whose order the tables cannot tell."""
    kinds = japanese_name_kinds()
    families = [w for w in present if kinds.get(fold(w)) == "family" and is_hepburn(w)]
    found: list[tuple[int, int, str]] = []
    for family in families:
        pos = text.find(family + " ")
        while pos >= 0:
            m = _GIVEN_AFTER.match(text, pos + len(family) + 1)
            start = pos
            pos = text.find(family + " ", pos + 1)
            if m is None or (start and _WORD_CHAR.match(text, start - 1)):
                continue
            given = m.group()
            if kinds.get(fold(given)) != "given" or not is_hepburn(given):
                continue
            if taken.overlaps(start, m.end()):
                continue
            taken.add(start, m.end())
            found.append((start, m.end(), f"{given} {family}"))
    note = "Japanese name family name first, as the source writes every name here"
    for start, end, name in sorted(found):
        yield Proposal(start, end, name, note)


def _not_japanese(tok: Token) -> bool:
    """A name part that is neither English nor Japanese in any reading ("Mäki", "Nausėda").
    An inflected English name counts as English ("Emanuelis"): names.inflection may restore
    it in this same stage, and the answer must not change when it has."""
    word = tok.text
    return not (
        is_english_word(word)
        or word.lower() in japanese_names()
        or is_hepburn(word)
        or _known_readings(word)
        or _inflected(word, UserGazetteer()) is not None
    )


def _partner(
    toks: list[Token], k: int, text: str, restored: dict[int, tuple[str, list[str]]], done: set[int]
) -> int | None:
    """The other half of a two-part Japanese name around token k, if there is one: not a
    place beside it (Japan, Tokyo), which Hepburn can spell but no name holds."""
    for n in _neighbours(toks, k, text):
        j = n.index
        if j in done or _a_place(n.text):
            continue
        if j in restored or n.text.lower() in japanese_names() or is_hepburn(n.text):
            return j
    return None


# --- names.inflection --------------------------------------------------------------------


@dataclass(frozen=True)
class Ending:
    lang: str
    ending: str
    restore: str
    case: str


@cache
def _endings() -> tuple[Ending, ...]:
    return tuple(e for e in _all_endings() if not e.ending.startswith("'"))


@cache
def _all_endings() -> tuple[Ending, ...]:
    """The case endings of the tables, with those only an apostrophe sets off ('u)."""
    out = []
    for lang in ("lt", "lv"):
        for row in tsv(f"inflection/{lang}.tsv", ("ending", "restore", "case")):
            out.append(Ending(lang, row["ending"], row["restore"], row["case"]))
    return tuple(sorted(out, key=lambda e: -len(e.ending.lstrip("'"))))


@cache
def _respellings(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (r["foreign"], r["english"]) for r in tsv(f"respell/{lang}.tsv", ("foreign", "english"))
    )


def _spellings(base: str, lang: str, limit: int = 64) -> list[str]:
    """``base`` and its respellings: each table row is an optional substitution."""
    sites: list[tuple[int, int, list[str]]] = []
    low = base.lower()
    for foreign, english in _respellings(lang):
        anchored = foreign.endswith("$")
        pattern = foreign.rstrip("$")
        start = low.rfind(pattern) if anchored else low.find(pattern)
        while start >= 0:
            if not anchored or start + len(pattern) == len(low):
                sites.append((start, start + len(pattern), [pattern, english]))
            if anchored:
                break
            start = low.find(pattern, start + 1)
    sites.sort(key=lambda site: (site[0], site[0] - site[1]))  # the longest at a place wins
    chosen: list[tuple[int, int, list[str]]] = []
    for site in sites:
        if chosen and site[0] < chosen[-1][1]:
            if chosen[-1][:2] == site[:2]:
                chosen[-1][2].append(site[2][1])
            continue
        chosen.append(site)
    out = []
    for combo in product(*(options for _, _, options in chosen[:6])):
        pieces, pos = [], 0
        for (s, e, _), piece in zip(chosen, combo, strict=False):
            pieces.append(low[pos:s] + piece)
            pos = e
        out.append("".join(pieces) + low[pos:])
        if len(out) >= limit:
            break
    return out


@cache
def _ending_suffixes() -> tuple[str, ...]:
    """Every case ending, for a quick test before the tables are consulted."""
    return tuple({e.ending for e in _endings()})


def _stems(low: str, min_stem: int) -> Iterator[tuple[str, Ending]]:
    """``low`` with each case ending it has replaced, leaving at least ``min_stem`` letters."""
    for ending in _endings():
        if low.endswith(ending.ending) and len(low) - len(ending.ending) >= min_stem:
            yield low[: len(low) - len(ending.ending)] + ending.restore, ending


def _all_bases(token: str) -> Iterator[tuple[str, Ending]]:
    """Every base a token may be an inflection of, known or not."""
    for stem, ending in _stems(token.lower(), 2):
        for spelling in _spellings(stem, ending.lang):
            yield spelling, ending


def _bases(token: str, user: UserGazetteer) -> list[tuple[str, Ending, float]]:
    if not user.names:
        return _known_bases(token)
    return _find_bases(token, user)


@lru_cache(maxsize=65536)
def _known_bases(token: str) -> list[tuple[str, Ending, float]]:
    return _find_bases(token, UserGazetteer())


def _find_bases(token: str, user: UserGazetteer) -> list[tuple[str, Ending, float]]:
    """(English-press base, the ending removed, how established the base is)."""
    found: dict[str, tuple[str, Ending, float]] = {}
    for stem, ending in _stems(token.lower(), 3):
        for spelling in _spellings(stem, ending.lang):
            z = name_zipf(spelling, user)
            if z >= MIN_BASE_ZIPF and fold(spelling) not in found:
                found[fold(spelling)] = (spelling, ending, z)
    # The longest ending that leaves a known name wins; among equals, the better-known base.
    return sorted(found.values(), key=lambda t: (-len(t[1].ending), -t[2]))


def _language_signs(text: str) -> set[str]:
    return {lang for lang, letters in _BALTIC.items() if any(c in text for c in letters)}


class _LineSigns:
    """The Baltic languages whose letters the line around a position has. A translated
    paragraph (one line, once the layout stage has joined it) keeps its source's letters; a
    list of contributors has a Latvian's name on one line and a Dutchman's on another.
    Each line is read once, however many names it holds."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self.seen: dict[int, set[str]] = {}

    def at(self, pos: int) -> set[str]:
        k = bisect_right(self.breaks, pos)
        if k not in self.seen:
            start = self.breaks[k - 1] + 1 if k else 0
            end = self.breaks[k] if k < len(self.breaks) else len(self.text)
            line = self.text[start:end]
            self.seen[k] = _language_signs(line)
            # A Lithuanian ending set off by an apostrophe is as sure a sign as its letters.
            quick, pattern, _ = _apostrophe_pattern()
            if quick.search(line) and pattern.search(line):
                self.seen[k].add("lt")
        return self.seen[k]


_NEWLINE = regex.compile(r"\n")


def _looks_inflected(token: str) -> bool:
    low = token.lower()
    return any(
        low.endswith(e.ending) and len(low) > len(e.ending) + 2
        for e in _endings()
        if len(e.ending) > 1
    )


#: A token's restoration: the English-press form, the ending removed, how established the
#: base is, and whether another base is about as likely.
Inflected = tuple[str, Ending, float, bool]


def _inflected(token: str, user: UserGazetteer) -> Inflected | None:
    """What ``token`` restores to as an inflected name, judged on the token alone."""
    if len(token) < 4 or not token.lower().endswith(_ending_suffixes()):
        return None
    if not user.names:
        return _known_inflected(token)
    return _judge_inflected(token, user)


@lru_cache(maxsize=65536)
def _known_inflected(token: str) -> Inflected | None:
    return _judge_inflected(token, UserGazetteer())


def _judge_inflected(token: str, user: UserGazetteer) -> Inflected | None:
    # An English word in its native spelling (Rīga, Tallinn's Pärnu) has no case ending to
    # lose: its last letters are the word's own.
    if not token.isascii() and is_english_word(fold(token)):
        return None
    bases = _bases(token, user)
    if not bases:
        return None
    spelling, ending, z = bases[0]
    # An English word stays, unless it is a rare form of a public figure's name ("Putins"
    # beside "Putin"); respelled as well ("Tramps": Trump), only with the figure's other
    # name beside it: a title-case "Tramps" is the English word.
    if is_english_word(token) and not (
        z >= 8.0 and english_zipf(spelling) >= english_zipf(token) + 2
    ):
        return None
    contested = (
        len(bases) > 1
        and len(bases[1][1].ending) == len(ending.ending)
        and bases[1][2] >= z - 0.5
        and z < 8.0
    )
    return _spelling_case(spelling, token), ending, z, contested


def _free_neighbour(
    text: str, toks: list[Token], found: dict[int, Inflected], k: int, j: int
) -> bool:
    """Whether token k exists, is not restored yet, and stands one space from token j."""
    if not 0 <= k < len(toks) or k in found:
        return False
    a, b = sorted((j, k))
    return text[toks[a].end : toks[b].start] == " "


def _as_read(word: str, japanese: bool = False) -> str:
    """``word`` as names.russian writes it, if it is a transcribed Russian name (Putyin:
    Putin), or with ``japanese`` as names.japanese does, if it has one Japanese reading
    (Hajasi: Hayashi): the evidence a neighbour gives must not change when that rule
    rewrites it, or a second run would decide otherwise than the first. The Japanese
    reading serves one question, whether the word is another given name than a figure's
    (Hajasi is a family name): as evidence for a neighbour it would make a name of every
    Hungarian spelling of a Japanese word ("Mijazaki" for an inflected "Hajao")."""
    found = russian_name(word)
    if found is not None and found.english != word:
        return found.english
    reading = _japanese_reading(word) if japanese else None
    return reading[0] if reading is not None else word


@dataclass(frozen=True, slots=True)
class _Judged:
    """One inflected token of a line and the evidence about it, for the final verdict."""

    k: int
    restored: str
    ending: Ending
    z: float
    contested: bool
    known: bool  # a public figure's name, a user's name, or with its neighbour a figure
    english_neighbour: bool
    both: bool  # its neighbour is inflected alike
    named: bool  # the two restored are an English given name and surname
    #: a common English surname with a foreign name's ending after an English given name
    #: as it stands (Matthew Milleris)
    after_given: bool
    full_name: bool  # with its neighbour, a public figure's full name
    note: str
    #: a neighbour spelt with the ending's language's own letters (Kasčiūnas): a native's
    #: name, whose given name is that language's too (Laurynas), not a foreign one's case
    native_beside: bool = False


@rule(
    "names.inflection",
    "Remove Lithuanian and Latvian case endings from foreign names (Emanuelis -> Emanuel).",
)
@_keeps_possessive
def inflection(text: str, ctx: Context) -> Iterator[Proposal]:
    if "'" in text or "’" in text:
        yield from _apostrophe_endings(text)
    user = user_gazetteer(ctx.options.get("names"))
    yield from _inflected_last_parts(text, token_texts(text, ctx))
    decided: dict[str, Inflected] = {}
    rare_given: dict[str, Inflected] = {}
    for word in token_texts(text, ctx):
        restoring = _inflected(word, user)
        if restoring is not None:
            decided[word] = restoring
        elif (declined := _declined_foreign_given(word)) is not None:
            rare_given[word] = declined
    if not decided and not rare_given:
        return
    toks = tokens_near(text, decided.keys() | rare_given.keys())
    found: dict[int, Inflected] = {}
    for k, tok in enumerate(toks):
        if tok.text in decided:
            found[k] = decided[tok.text]
    # An English given name Lithuanian declines that is a rare English word as well
    # (Paulas, Kurtas), before a surname inflected alike: a known one, or one the press
    # writes (Paulas Krugmanas).
    for k, tok in enumerate(toks[:-1]):
        declined = rare_given.get(tok.text)
        if declined is None or text[tok.end : toks[k + 1].start] != " ":
            continue
        case = declined[1]
        surname = found.get(k + 1) or _press_surname(toks[k + 1].text, case.lang, case.case)
        if surname is not None and (surname[1].lang, surname[1].case) == (case.lang, case.case):
            found[k] = declined
            found[k + 1] = surname
    # A first name whose pair with its (restored) surname is a public figure.
    for j in sorted(found):
        k = j - 1
        if not _free_neighbour(text, toks, found, k, j) or len(toks[k].text) < 4:
            continue
        for spelling, ending in _all_bases(toks[k].text):
            if fold(f"{spelling} {found[j][0]}") in figures():
                found[k] = (_capital(spelling), ending, 8.0, False)
                break
    # A surname whose pair with its (restored) given name is a public figure, English
    # word or not (Frīdrihs Mercs: Friedrich Merz; "mercs" are mercenaries).
    for j in sorted(found):
        k = j + 1
        if not _free_neighbour(text, toks, found, k, j):
            continue
        for spelling, ending in _all_bases(toks[k].text):
            if ending.lang == found[j][1].lang and fold(f"{found[j][0]} {spelling}") in figures():
                found[k] = (_spelling_case(spelling, toks[k].text), ending, 8.0, False)
                break
    # A surname the English press writes (Zuckerberg, Krugman) but too rare in the name
    # lists to be a base, after an English given name inflected in the same case.
    for j in sorted(found):
        k = j + 1
        if not _free_neighbour(text, toks, found, k, j):
            continue
        if english_name_kind(found[j][0]) == "given":
            press = _press_surname(toks[k].text, found[j][1].lang, found[j][1].case)
            if press is not None:
                found[k] = press
    judged: list[_Judged] = []
    for k, (restored, ending, z, contested) in found.items():
        figure = figures().get(fold(restored))
        full_name = False
        english_neighbour = False
        inflected_pair = False
        named_pair = False
        neighbours = _neighbours(toks, k, text)
        for n in neighbours:
            j = n.index
            n_form = found[j][0] if j in found else _as_read(n.text)
            pair = f"{n_form} {restored}" if j < k else f"{restored} {n_form}"
            full_name = full_name or fold(pair) in figures()
            # A person's name, not a place's that opens a body's name ("the Homeland Union
            # Laurynas Kasčiūnas": Union is a town's name in the tables).
            english_neighbour = english_neighbour or (
                j not in found
                and is_english_word(n_form)
                and not _looks_inflected(n_form)
                and name_zipf(n_form, user) >= MIN_BASE_ZIPF
                and english_name_kind(n_form) != "place"
            )
            # Both words of a name inflected, in ASCII (a native Baltic name keeps its
            # letters: Rūdolfs Mazurs), to English names spelt as they stand (Johnas
            # Smithas; not Raivis Dejus, which only respelled reads "Riv Dey").
            given_word, family_word = (n.text, toks[k].text) if j < k else (toks[k].text, n.text)
            # Neither word a Lithuanian's own name (Michaelas Kofmanas; not Rolandas
            # Paksas): a foreigner's name in Lithuanian's endings, whose surname may be rarer.
            # Its given name with -as, which Latvian does not write (Uldis, Kārlis are
            # Latvians' own given names in -is).
            foreign = (
                ending.lang == "lt"
                and j in found
                and {found[j][1].ending, ending.ending} <= _FOREIGN_NAME_ENDINGS
                and (found[j][1] if j < k else ending).ending == "as"
                and not (_lithuanian_name(given_word) or _lithuanian_name(family_word))
            )
            pair_here = (
                j in found
                and found[j][1].lang == ending.lang
                and min(found[j][2], z) >= (MIN_BASE_ZIPF if foreign else AUTO_BASE_ZIPF)
                and (n.text + toks[k].text).isascii()
                and _literal_stem(n.text, found[j][0], found[j][1])
                and _literal_stem(toks[k].text, restored, ending)
            )
            inflected_pair = inflected_pair or pair_here
            # Restored, the two are an English given name and surname, both with the ending
            # Lithuanian gives a foreign name (Merrickas Garlandas). Not its own surnames'
            # endings (Ernestas Stankus, Ronaldas Rudys), nor a Russian surname's stem
            # (Edgaras Ivanovas), nor a word the name lists know as it stands (Linas): those
            # are Lithuanians' names. How common a base is comes from the name lists alone,
            # not from a public figure's having it (Lin Jian makes Lin no commoner).
            given, family = (n_form, restored) if j < k else (restored, n_form)
            named_pair = named_pair or (
                pair_here
                and {found[j][1].ending, ending.ending} <= _FOREIGN_NAME_ENDINGS
                and english_name_zipf(given) >= NAMED_PAIR_ZIPF
                and english_name_kind(given) == "given"
                and (
                    (
                        english_name_zipf(family) >= NAMED_PAIR_ZIPF
                        and english_name_kind(family) in ("family", "either")
                    )
                    or (foreign and _foreign_surname(family))
                )
                and russian_name(family) is None
                and english_name_kind(n.text) is None
                and english_name_kind(toks[k].text) is None
            )
        # An English given name as it stands, then a surname with the ending Lithuanian
        # gives a foreign one (Matthew Milleris: Lithuanian leaves a given name in -w as it
        # is), restored as it is spelt to a common English surname the word itself is not.
        given_before = (
            ending.ending in _FOREIGN_NAME_ENDINGS
            and toks[k].text.isascii()
            and _literal_stem(toks[k].text, restored, ending)
            and english_name_kind(toks[k].text) is None
            and english_name_kind(restored) in ("family", "either")
            and english_name_zipf(restored) >= NAMED_PAIR_ZIPF
            and any(
                n.index == k - 1
                and n.index not in found
                # Lindsey and Morgan are surnames too: "either" to the name lists.
                and english_name_kind(n.text) in ("given", "either")
                and english_name_zipf(n.text) >= NAMED_PAIR_ZIPF
                # A Baltic man's given name ends in s (Janis Kaufmanis is a Latvian)
                and not n.text.endswith("s")
                for n in neighbours
            )
        )
        # A figure's surname is no evidence for a word a name part follows: that word is a
        # given name ("Pavelas Petrulis" is a Lithuanian, not President Pavel).
        if figure is not None and not full_name and any(n.index == k + 1 for n in neighbours):
            figure = None
        # Nor for a word that is a name in its own right (Linas is a Lithuanian given name,
        # not Lin Jian's), or a Slavic woman's surname (Radeva is a Bulgarian's before it is
        # Latvian "of Radev"): without the figure's other name beside it, it is that name.
        if figure is not None and not full_name and _own_name(toks[k].text, restored, ending):
            figure = None
        # Nor for a surname after another given name than the figure's: Marko Saario is
        # not Gideon Saar.
        if (
            figure is not None
            and not full_name
            and _other_given_name(toks, k, found, neighbours, figure)
        ):
            figure = None
        note = f"{ending.lang} {ending.case} ending -{ending.ending} removed"
        if figure:
            note += f" ({figure.name}, {figure.source})"
        known = figure is not None or full_name or fold(restored) in user.names
        native_beside = any(
            n.index not in found and ending.lang in _language_signs(n.text) for n in neighbours
        )
        judged.append(
            _Judged(
                k,
                restored,
                ending,
                z,
                contested,
                known,
                english_neighbour,
                inflected_pair,
                named_pair,
                given_before,
                full_name,
                note,
                native_beside,
            )
        )
    # Evidence that the text came from Lithuanian or Latvian: their letters, or a public
    # figure's name in one of their case forms. An English first name beside a surname
    # counts only then: "Raymond Penners", "Felipe Tanus" are genuine names in English copy.
    # A pair of inflected English names counts only with such evidence too, or when the
    # pair restored is an English given name and surname with Lithuanian's ending for a
    # foreign name; otherwise it is a suggestion ("Rokas Stakis" is a Lithuanian's name,
    # not "Roc Stacy").
    figure_inflected = any(item.known for item in judged)
    line_signs = _LineSigns(text)
    for item in judged:
        tok = toks[item.k]
        if _respelled_word(tok.text, item.restored, item.ending) and not item.full_name:
            continue
        if item.native_beside and not item.known:
            continue
        if item.ending.ending == "s" and not item.full_name and _family_plural(text, tok.start):
            continue
        if not item.known and _chinese_given_name(text, toks, item.k):
            continue  # names.chinese's to read, in a text about China (Li Čiangą: Li Qiang)
        common = item.z >= AUTO_BASE_ZIPF
        baltic = common and item.ending.lang in line_signs.at(tok.start)
        neighbour = item.english_neighbour and common
        strong = (
            item.known
            or (baltic and neighbour)
            or (item.both and (figure_inflected or item.named))
            or item.after_given
        )
        if strong and not item.contested:
            yield _genitive_before_noun(text, tok.start, tok.end, item) or Proposal(
                tok.start, tok.end, item.restored, item.note
            )
        elif strong or baltic or item.both or (neighbour and figure_inflected):
            yield Proposal(
                tok.start, tok.end, item.restored, item.note + "; uncertain", suggest=True
            )


def _chinese_given_name(text: str, toks: list[Token], k: int) -> bool:
    """Whether the token at ``k`` is a Chinese given name in a transcription after its
    surname (Li Čiangą), which only names.chinese reads."""
    if k == 0 or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    surname = toks[k - 1].text
    return may_be_surname(surname) and read_back(surname, toks[k].text) is not None


#: The words before a surname in -s that make it English's plural of a family (the
#: Erdogans, both Clintons), not a name with Latvian's or Lithuanian's -s.
_FAMILY_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(?:[Tt]he|[Bb]oth) \Z")


def _family_plural(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows "the" or "both" right before it."""
    return _FAMILY_PLURAL_BEFORE.search(text, max(0, start - 5), start) is not None


#: How far either side of a name its text's apostrophes are counted, to write the one the
#: text uses.
APOSTROPHE_REACH = 2000
#: The word after a name, which a genitive may stand before.
_NEXT_WORD = regex.compile(r" (\p{Ll}+)\b")
#: The capitalised words that end a name (and a title before it), and an article before.
_NAME_BEFORE = regex.compile(
    r"(?P<article>(?<![\p{L}\p{M}'’-])[Tt]he )?(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*"
    r"(?: \p{Lu}[\p{L}\p{M}'’-]*)*\Z"
)


def _genitive_before_noun(text: str, start: int, end: int, item: _Judged) -> Proposal | None:
    """A name in the genitive before a noun a person has (Fumio Kishidos government), with
    the English possessive instead of the ending: "Fumio Kishida's government"."""
    if not item.ending.case.startswith("genitive"):
        return None
    m = _NEXT_WORD.match(text, end)
    if m is None or m[1] not in word_list("possessed_nouns.txt"):
        return None
    # "The Donaldo Trampo administration": with the article the name is attributive, as
    # English writes it too (the Donald Trump administration).
    name = _NAME_BEFORE.search(text, max(0, end - 120), end)
    if name is not None and name["article"]:
        return None
    around = text[max(0, start - APOSTROPHE_REACH) : end + APOSTROPHE_REACH]
    apostrophe = "’" if around.count("’") > around.count("'") else "'"
    suffix = apostrophe if item.restored.endswith("s") else f"{apostrophe}s"
    note = f"{item.note}; before a noun, the English possessive"
    return Proposal(start, end, item.restored + suffix, note)


@cache
def _last_parts() -> dict[str, tuple[Figure, ...]]:
    """The folded last word of each public figure's name of three words or more, too
    short to be a base of its own (Kim Jong Un: un)."""
    out: dict[str, list[Figure]] = {}
    for fig in each_figure():
        parts = fig.name.split()
        if len(parts) >= 3:
            out.setdefault(fold(parts[-1]), []).append(fig)
    return {last: tuple(figs) for last, figs in out.items()}


@lru_cache(maxsize=65536)
def _last_part_of(word: str) -> tuple[tuple[Ending, Figure], ...]:
    """The figures whose name's last word ``word`` is with a case ending."""
    if not word.lower().endswith(_ending_suffixes()):
        return ()
    return tuple(
        (ending, fig)
        for stem, ending in _stems(word.lower(), 2)
        for fig in _last_parts().get(fold(stem), ())
    )


def _inflected_last_parts(text: str, present: frozenset[str]) -> Iterator[Proposal]:
    """A figure's name of three words or more with a case ending on its last word, the
    others as written (Kim Jong Unas, Kim Jong Unui: Kim Jong Un)."""
    for word in present:
        for ending, fig in _last_part_of(word):  # an English word too: the name vouches
            parts = fig.name.split()
            written = f"{' '.join(parts[:-1])} {word}"
            at = text.find(written)
            while at >= 0:
                end = at + len(written)
                if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                    start = end - len(word)
                    note = f"{ending.lang} {ending.case} ending -{ending.ending} removed"
                    yield Proposal(start, end, parts[-1], f"{note} ({fig.name}, {fig.source})")
                at = text.find(written, end)


#: A surname only the English press knows must be at least this common in its words.
PRESS_SURNAME_ZIPF = 2.0


@lru_cache(maxsize=65536)
def _press_surname(token: str, lang: str, case: str) -> Inflected | None:
    """``token`` as a surname the English press writes, with an ending of ``lang`` in
    ``case`` removed: not a word the press writes as it stands, nor one with its source's
    own letters (a Baltic native's name keeps them)."""
    if not token.isascii() or is_english_word(token):
        return None
    for stem, ending in _stems(token.lower(), 4):
        if ending.lang == lang and ending.case == case:
            z = english_zipf(stem)
            if z >= PRESS_SURNAME_ZIPF:
                return _capital(stem), ending, z, False
    return None


#: Surname endings a Slavic woman's surname adds -a to (Radev: Radeva, Danilov: Danilova).
_SLAVIC_MASCULINE = ("ov", "ev", "in")


def _foreign_surname(base: str) -> bool:
    """Whether ``base`` is a surname the name lists know, however rare (Kofman), or one
    the English press writes (Krugman)."""
    kind = english_name_kind(base)
    if kind in ("family", "either"):
        return english_name_zipf(base) >= MIN_BASE_ZIPF
    return kind is None and english_zipf(base) >= PRESS_SURNAME_ZIPF


#: Below this Zipf frequency an English word that reads as an English given name with
#: Lithuanian's ending (Paulas, Kurtas) may be that name.
RARE_GIVEN_WORD_ZIPF = 2.0


def _lithuanian_name(token: str) -> bool:
    """Whether Lithuanians write ``token`` as their own given name or surname (Rolandas,
    Robertas): its -as is then no sign of a foreign name (inflection/lt_names.txt)."""
    return fold(token) in word_list("inflection/lt_names.txt")


@lru_cache(maxsize=65536)
def _declined_foreign_given(token: str) -> Inflected | None:
    """A common English given name with the -as Lithuanian gives a foreigner's, in a word
    English also lists, though rarely (Paulas, Kurtas), and no Lithuanian's own name:
    the name only beside a surname inflected alike, which names.inflection requires."""
    if (
        not token.isascii()
        or not is_english_word(token)
        or english_zipf(token) >= RARE_GIVEN_WORD_ZIPF
        or _lithuanian_name(token)
    ):
        return None
    for base, ending in _stems(token.lower(), 3):
        if (
            ending.lang == "lt"
            and ending.ending == "as"  # not Latvian -is (Kārlis)
            and english_name_kind(base) == "given"
            and english_name_zipf(base) >= NAMED_PAIR_ZIPF
        ):
            return _capital(base), ending, english_name_zipf(base), False
    return None


def _own_name(token: str, restored: str, ending: Ending) -> bool:
    """Whether ``token`` reads as a name as it stands: one the world's name lists know, or
    the feminine form of a Slavic surname."""
    if english_name_kind(token) is not None:
        return True
    return ending.ending == "a" and fold(restored).endswith(_SLAVIC_MASCULINE)


#: Above this Zipf frequency a given name is more likely a title (Prince) or a word.
OTHER_GIVEN_MAX_ZIPF = 4.0
#: ... a name that is a surname as often (Johannes), this, a word English uses more often
#: being a title (Minister) or a word.
OTHER_EITHER_MAX_ZIPF = 3.5
#: Below this Zipf frequency a capitalised word English does not know as a name is read as
#: another language's given name.
FOREIGN_GIVEN_MAX_ZIPF = 2.0


def _other_given_name(
    toks: list[Token], k: int, found: dict[int, Inflected], neighbours: list[Token], figure: Figure
) -> bool:
    """Whether the word before token k is another given name than the figure's: as it
    stands (Marko, Johannes, Tuija) or read as its base where it is inflected too (Eppu),
    as a second run reads it once restored, and not a title."""
    before = next((n for n in neighbours if n.index == k - 1), None)
    if before is None or not before.text[:1].isupper():
        return False
    parts = {fold(part) for part in figure.name.split()}
    if before.index in found:
        # Inflected too: the figure's given name in the same case, or read as its base.
        if fold(found[before.index][0]) in parts or fold(before.text) in parts:
            return False
        word = found[before.index][0]
    else:
        word = _as_read(before.text, japanese=True)
    if fold(word) in parts:
        return False
    kind, zipf = english_name_kind(word), english_zipf(word)
    if kind == "given":
        return zipf < OTHER_GIVEN_MAX_ZIPF
    if kind == "either":
        return zipf < OTHER_EITHER_MAX_ZIPF
    # A capitalised word neither English nor a name English knows: another country's given
    # name (Tuija Saario, a Finn).
    return kind is None and zipf < FOREIGN_GIVEN_MAX_ZIPF


def _literal_stem(token: str, restored: str, ending: Ending) -> bool:
    """Whether ``token`` becomes ``restored`` by losing its ending alone, not respelled."""
    return fold(token[: len(token) - len(ending.ending)] + ending.restore) == fold(restored)


def _respelled_word(token: str, restored: str, ending: Ending) -> bool:
    """Whether ``token`` is an English word that becomes ``restored`` only respelled: a
    title-case "Tramps" is the English word, and only "Donalds Tramps" is Donald Trump."""
    return not _literal_stem(token, restored, ending) and is_english_word(token)


@cache
def _apostrophe_pattern() -> tuple[re.Pattern[str], regex.Pattern[str], dict[str, Ending]]:
    endings = {e.ending.lstrip("'"): e for e in _all_endings() if e.lang == "lt" and not e.restore}
    alternation = "|".join(sorted(endings, key=len, reverse=True))
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’-])\p{{Lu}}[\p{{Ll}}\p{{M}}]{{3,}}(['’](?:{alternation}))"
        r"(?![\p{L}\p{M}\p{N}'’])"
    )
    # The apostrophe first: the standard engine skips to it, where the pattern above would
    # look behind at every position of every text with an "it's".
    quick = re.compile(rf"['’](?:{alternation})\b")
    return quick, pattern, endings


def _apostrophe_endings(text: str) -> Iterator[Proposal]:
    """Lithuanian sets a case ending off with an apostrophe where the name's spelling and
    sound part ways (Pete'as, George'o); no English word ends so."""
    quick, pattern, endings = _apostrophe_pattern()
    if not quick.search(text):
        return
    for m in pattern.finditer(text):
        ending = endings[m.group(1)[1:]]
        note = f"lt {ending.case} ending -{m.group(1)} removed"
        yield Proposal(m.start(), m.end(), text[m.start() : m.start(1)], note)


def _spelling_case(spelling: str, like: str) -> str:
    """The base with the English-press capitals (from the gazetteer where it has them)."""
    figure = figures().get(fold(spelling))
    if figure:
        for part in figure.name.split():
            if fold(part) == fold(spelling):
                return part
    return _capital(spelling) if like[:1].isupper() else spelling


def _adjacent_pairs(
    text: str, toks: list[Token], words: set[str], done: set[int]
) -> Iterator[tuple[int, Token, Token]]:
    """Two tokens one space apart, at least one of them in ``words``, the first not yet
    taken by an earlier pair: the two-word names the figure and Russian rules judge."""
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if k not in done and text[a.end : b.start] == " " and {a.text, b.text} & words:
            yield k, a, b


def _later_mentions(
    text: str, toks: list[Token], done: set[int], surnames: dict[str, tuple[str, str]]
) -> Iterator[Proposal]:
    """A surname restored in a pair, restored again where it stands alone in the same
    transcription: not after another given name, which makes it another person's (Anna
    Sacharowa beside Maria Sacharowa)."""
    for k, tok in enumerate(toks):
        if k not in done and tok.text in surnames:
            before = toks[k - 1] if k else None
            if (
                before is not None
                and text[before.end : tok.start] == " "
                and english_name_kind(before.text) == "given"
            ):
                continue
            part, note = surnames[tok.text]
            yield Proposal(tok.start, tok.end, part, note)


_CAPITALISED_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’-]*) $")


def _after_a_foreign_name(text: str, start: int) -> bool:
    """Whether a capitalised word English does not use stands one space before ``start``:
    a given name, whose surname the next word is."""
    found = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and not is_english_word(found.group(1))


# --- names.figure ------------------------------------------------------------------------


def _rewritable(word: str, part: str, romanized: bool = False) -> bool | None:
    """Whether ``word`` may become the figure's ``part``: None when nothing is to be done
    (the same name, the native spelling with its diacritics: Szijjártó, or the English
    press's spelling by another romanization: Zelenskyy, Sergey), False when
    ``word`` is a form the English press uses for another name (Schulz is not Scholz, nor
    Altmann Altman; Sergej is Sergei spelt another way, so it may become Sergei). The name
    of a figure from a country of another script has no diacritics of its own: on it they
    are a transcription's (Polish Kułeba)."""
    if word == part or english_variant(word, part):
        return None
    if fold(word) == fold(part):
        return True if romanized else None
    if not romanized and _OWN_LETTERS.search(word):
        return False
    if not is_english_word(word) or spelling_key(word) == spelling_key(part):
        return True
    # An English word the part respelled by sound, beside the other part (Donald Tramp).
    return not romanized and latin_key(word) in respelled_keys(part)


def _latvian_nominatives(edits: list[tuple[Token, str]], romanized: bool) -> bool:
    """Whether each word is its part by the key, or the part with Latvian's nominative -s
    (Marks; after -er, -rs or -ers: Aleksandrs, Stārmers), and one at least has the -s;
    the part respelled by sound too (Kirs Stārmers: Keir Starmer)."""
    with_s = False
    for tok, part in edits:
        key = latin_key(tok.text)
        bases = {part_key(part, romanized)} | (set() if romanized else respelled_keys(part))
        if key in {form for base in bases for form in (_with_latvian_s(base)[1], base + "s")}:
            with_s = True
        elif key not in bases:
            return False
    return with_s


def _with_latvian_s(key: str) -> tuple[str, str]:
    """A part's key, and the key of its Latvian nominative."""
    return key, (key[:-2] + "rs" if key.endswith("er") else key + "s")


def _same_key(word: str, part: str, romanized: bool) -> bool:
    """Whether ``word``, an English word ``_rewritable`` refused, spells the figure's
    ``part`` by the key, letters doubled or not (Galant: Gallant)."""
    return not _OWN_LETTERS.search(word) and latin_key(word) == part_key(part, romanized)


#: A word rarer than this in English, a figure's name part with its doubled letters
#: single, beside its other part, is that part in a transcription (rute, 1.3).
RARE_WORD_ZIPF = 2.0


def _rare_undoubled(word: str, part: str) -> bool:
    """Whether ``word``, an English word ``_rewritable`` refused, is ``part`` with its
    doubled letters single, a word English barely uses and its name lists do not hold
    (Rute: Rutte). Another spelling as well would be another name (Jelen is not Yellen)."""
    return (
        is_english_word(word)
        and english_zipf(word) < RARE_WORD_ZIPF
        and english_name_kind(word) is None
        and not _OWN_LETTERS.search(word)
        and undoubled(word) == undoubled(part)
    )


#: Letters a language writes its own names with but never a transcription of a name in
#: Latin script: Hungarian, Polish, Czech or German copy keeps "Rachel Reeves", so
#: "Rachel Révész" is somebody else. The Baltic languages, which do respell such names
#: (Šolcs for Scholz), are left out.
_OWN_LETTERS = regex.compile(r"[áéíóúőűöüłśćńźżřěůýàèìòùâêîôûãõçñß]", regex.IGNORECASE)


@cache
def _given_names_by_surname() -> dict[str, frozenset[str]]:
    """Folded surname of each two-part figure -> the folded given names it goes with."""
    out: dict[str, set[str]] = {}
    for fig in figures().values():
        parts = fig.name.split()
        if len(parts) == 2 and not fig.family_first:
            out.setdefault(fold(parts[1]), set()).add(fold(parts[0]))
    return {surname: frozenset(given) for surname, given in out.items()}


def _surnames_first(text: str, present: frozenset[str]) -> set[str]:
    """The capitalised words of ``text`` that are a two-part figure's surname followed by
    that figure's given name: set lookups and a substring search, no tokens."""
    given_names = _given_names_by_surname()
    found: set[str] = set()
    by_fold: dict[str, list[str]] | None = None
    for word in present:
        given = given_names.get(fold(word))
        if not given:
            continue
        if by_fold is None:
            by_fold = {}
            for other in present:
                by_fold.setdefault(fold(other), []).append(other)
        if any(f"{word} {g}" in text for n in given for g in by_fold.get(n, ())):
            found.add(word)
    return found


def _a_place(word: str) -> bool:
    """Whether ``word`` is a place to Japan's lists or to English's."""
    return japanese_name_kinds().get(word.lower()) == "place" or english_name_kind(word) == "place"


def _in_order_beside(text: str, toks: list[Token], k: int) -> bool:
    """Whether the surname at token k or the given name after it belongs to the figure's
    name in English order beside them ("Vladimir Putin Vladimir": Putin Vladimir is no
    name reversed)."""
    pairs = ((k - 1, k), (k + 1, k + 2))
    return any(
        i >= 0
        and j < len(toks)
        and text[toks[i].end : toks[j].start] == " "
        and fold(f"{toks[i].text} {toks[j].text}") in figures()
        for i, j in pairs
    )


def _reversed_figure(first: str, second: str) -> Figure | None:
    """The two-part figure "first second" names family name first, as Hungarian writes
    every name (Orbán Viktor). Not a Japanese name: English copy may write those family
    name first too (Kishida Fumio)."""
    fig = figures().get(fold(f"{second} {first}"))
    if fig is None or len(fig.name.split()) != 2 or fold(fig.name) == fold(f"{first} {second}"):
        return None
    if fig.family_first:  # "Qiang Li" is a Li in Western order, not Li Qiang reversed
        return None
    if {fold(first), fold(second)} & japanese_names():
        return None
    return fig


def _last_word_pair(first: str, second: str, present: frozenset[str]) -> FigureMatch | None:
    """A figure with a Finnish or Estonian case ending on its surname (Donald Trumpin).
    Where the surname with it is a name or word of its own (Mark Rutten, Gabriel Attali,
    Peter Magyari), only in a report that also names the figure by the surname alone."""
    found = match_last_word_pair(first, second)
    if found is None or found.second in present:
        return found
    if english_name_kind(second) or is_english_word(second) or second in hungarian_ranks():
        return None
    return found


def _accented(word: str, part: str) -> bool:
    """Whether ``word`` is the figure's ``part`` with accents the English press does not
    write (Benjámin: Benjamin)."""
    return word != part and fold(word) == fold(part) and not english_variant(word, part)


@lru_cache(maxsize=65536)
def _figure_candidate(word: str) -> bool:
    """A word that may be a figure's name in a foreign transcription. Japanese names are
    names.japanese's: its schemes know their order and readings."""
    if len(word) < 3 or _known_readings(word):
        return False
    if is_english_word(word):  # only the figure's own name spelt another way (Sergej)
        return (
            spelt_like_a_figure(word)
            or bool(declined_parts(word))
            or latvian_nominative(word)
            or lithuanian_i_surname(word)
            or (english_zipf(word) < RARE_WORD_ZIPF and a_part_undoubled(word))
        )
    return near_a_figure(word)


#: A pair's score against a figure's two parts (match_pair) that makes its surname that
#: figure's even beside another given name.
SURE_PAIR_SCORE = 90.0


@rule(
    "names.figure",
    "Restore a public figure's name from another language's transcription "
    "(Vlagyimir Putyin -> Vladimir Putin).",
    priority=90,  # a whole figure matched outranks one inflected part (Emanuelis Makronas)
)
@_keeps_possessive
def figure(text: str, ctx: Context) -> Iterator[Proposal]:
    if "-" in text:
        yield from _article_figures(text)
    present = token_texts(text, ctx)
    yield from _given_case_forms(text, present)
    yield from _particle_figures(text)
    words = {w for w in present if _figure_candidate(w)}
    surnames_first = _surnames_first(text, present)
    if not words and not surnames_first:
        return
    toks = tokens_near(text, words | surnames_first)
    done: set[int] = set()
    for k, a, b in _adjacent_pairs(text, toks, surnames_first, done):
        reordered = _reversed_figure(a.text, b.text)
        if reordered is not None and not _in_order_beside(text, toks, k):
            done.update((k, k + 1))
            note = f"{reordered.name} ({reordered.source}), family name first as in Hungarian"
            yield Proposal(a.start, b.end, reordered.name, note)
    surnames: dict[str, tuple[str, str]] = {}  # a restored surname form -> its part, note
    by_key: dict[str, tuple[str, str, bool]] = {}  # the same by the part's key, romanized
    for k, a, b in _adjacent_pairs(text, toks, words, done):
        found = declined = (
            match_declined_pair(a.text, b.text)
            or match_feminine_pair(a.text, b.text)
            or match_given_declined_pair(a.text, b.text)
            or match_surname_declined_pair(a.text, b.text)
            or _last_word_pair(a.text, b.text, present)
        )
        if found is None:
            found = match_pair(a.text, b.text) or _match_inflected_pair(a.text, b.text)
        if found is None:
            continue
        edits = [(a, found.first), (b, found.second)]
        # Both words declined alike vouch for each other, English words or not (Petra).
        romanized = found.figure.romanized
        verdicts = [
            declined is not None or _rewritable(t.text, part, romanized) for t, part in edits
        ]
        # Both words the parts with Latvian's nominative -s, English words or not (Marks
        # Rute, Donalds Tusks: Mark Rutte, Donald Tusk).
        if False in verdicts and _latvian_nominatives(edits, romanized):
            verdicts = [True if t.text != part else None for t, part in edits]
        # Beside a word in another transcription, a rare English word with the part's very
        # key is that transcription's too (Joáv Galant: Yoav Gallant).
        if True in verdicts:
            verdicts = [
                True if v is False and _same_key(t.text, part, romanized) else v
                for (t, part), v in zip(edits, verdicts, strict=True)
            ]
        # Beside the other part as the press writes it, so a word English barely uses and
        # knows as no name, the part with its doubled letters single (Mark Rute: Rutte).
        elif None in verdicts:
            verdicts = [
                True if v is False and _rare_undoubled(t.text, part) else v
                for (t, part), v in zip(edits, verdicts, strict=True)
            ]
        # A given name the press uses for another (Oleg, Russian for Oleh) stays, where the
        # surname beside it is plainly the figure's in a transcription (Szinyehubov).
        if (
            verdicts[0] is False
            and verdicts[1] is True
            and found.score >= SURE_PAIR_SCORE
            and english_name_kind(a.text) in ("given", "either")
        ):
            verdicts[0] = None
        if False in verdicts or not any(verdicts):
            continue
        # Beside a part in another transcription, the other part's accents are that
        # transcription's too (Benjámin Netanjahu), not the name's own.
        verdicts = [
            v or _accented(tok.text, part) for (tok, part), v in zip(edits, verdicts, strict=True)
        ]
        done.update((k, k + 1))
        note = f"{found.figure.name} ({found.figure.source}) in another transcription"
        for (tok, part), verdict in zip(edits, verdicts, strict=True):
            if verdict:
                yield Proposal(tok.start, tok.end, part, note)
        for j, part in _outer_parts(text, toks, k, found, done):
            done.add(j)
            yield Proposal(toks[j].start, toks[j].end, part, note)
        for (tok, part), verdict in zip(edits, verdicts, strict=True):
            if verdict and part == found.figure.surname:
                surnames[tok.text] = (part, note)
                by_key[part_key(part, romanized)] = (part, note, romanized)
    # A later mention in another case or spelling of the same transcription (Zełenskim,
    # then Zełenski): the surname's very key, and no English word of its own; or the
    # surname in a case of the declension table.
    by_part = {fold(part): (part, note) for part, note, _ in by_key.values()}
    case_forms: dict[str, tuple[str, str]] = {}
    own_names: set[str] = set()
    judged_forms: set[str] = set()
    for tok in toks:
        if tok.text in surnames:
            continue
        again = by_key.get(latin_key(tok.text))
        if again is not None and _rewritable(tok.text, again[0], again[2]):
            surnames[tok.text] = again[:2]
        # Or declined alone (Zelenského, after Zelenským).
        for base, _, _ in declined_parts(tok.text) if by_part else ():
            if base in by_part:
                surnames[tok.text] = by_part[base]
        # Or in a case no surname ends in, the text naming the figure as the press does
        # (Putin, then Putinem); not a word that follows a name of its own anywhere in the
        # text (Rokeya Khanom, beside Imran Khan).
        if tok.text not in surnames and tok.text not in own_names and case_only_ending(tok.text):
            if _after_a_foreign_name(text, tok.start):
                own_names.add(tok.text)
                case_forms.pop(tok.text, None)
                continue
            if tok.text in judged_forms:  # the search for the surname runs once a word
                continue
            judged_forms.add(tok.text)
            named = case_of_named_surname(tok.text, text)
            if named is not None:
                note = f"{named.name} ({named.source}): a Polish, Czech or Slovak case form"
                case_forms[tok.text] = (named.surname, note)
    yield from _later_mentions(text, toks, done, surnames | case_forms)


#: The Arabic article as the languages MT comes from write it: al- or el-, or Hungarian's
#: article assimilated to the letter after it (esz-Szíszi, an-Nahjan, as-Sara'a).
_ARTICLES = frozenset(a + b for a in "ae" for b in ("l", "sz", "s", "sh", "d", "n", "r", "t", "z"))
#: A name (the last part of a hyphenated one: Abdel-Fattah) and a surname behind the
#: article. Figures' names have it as "al-" (Bashar al-Assad).
_ARTICLE_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?:(?P<pre>\p{Lu}[\p{Ll}\p{M}]+)-)?(?P<first>\p{Lu}[\p{Ll}\p{M}]+) "
    rf"(?P<surname>(?P<article>{'|'.join(sorted(_ARTICLES, key=len, reverse=True))})"
    r"-(?P<name>\p{Lu}[\p{Ll}\p{M}]+))(?![\p{L}\p{M}-])"
)


def _article_pairs(text: str) -> Iterator[regex.Match[str]]:
    """The matches of _ARTICLE_PAIR, found from each hyphen before a capital (a pattern
    scanning the whole text costs more than the rule's other work)."""
    pos = text.find("-")
    while pos >= 0:
        if text[pos + 1 : pos + 2].isupper():
            article_start = text.rfind(" ", 0, pos) + 1
            if article_start > 1 and text[article_start:pos] in _ARTICLES:
                m = _ARTICLE_PAIR.match(text, text.rfind(" ", 0, article_start - 1) + 1)
                if m is not None:
                    yield m
        pos = text.find("-", pos + 1)


def _article_figures(text: str) -> Iterator[Proposal]:
    """Figures whose surname has the Arabic article, in another transcription (Bassár
    el-Aszad: Bashar al-Assad). The article joins its word with a hyphen, which a name
    token never crosses, so these pairs are found apart from the tokens."""
    for m in _article_pairs(text):
        name = m["name"]
        # Hungarian assimilates the article to the letter after it, and writes sh as s:
        # as-Sara is ash-Sharaa (s itself is asz-Sz).
        if m["article"] in ("as", "es") and name[0] == "S" and not name.startswith("Sz"):
            name = "Sh" + name[1:]
        found = match_pair(m["first"], "al-" + name)
        if found is None or not found.second.startswith("al-"):
            continue
        romanized = found.figure.romanized
        # The article alone differing is English too (Reuters' Abdel Fattah el-Sisi).
        surname = found.second.removeprefix("al-")
        verdicts = [
            _rewritable(m["first"], found.first, romanized),
            _rewritable(m["name"], surname, romanized),
        ]
        # An article assimilated the Hungarian way vouches for an English word after it
        # with the surname's very key (as-Sara: al-Sharaa).
        if m["article"] not in ("al", "el") and verdicts[1] is False:
            verdicts[1] = _same_key(name, surname, romanized)
        if False in verdicts or not any(verdicts):
            continue
        edits = [(m.span("first"), m["first"], found.first)]
        # A given name of two words hyphenated as Hungarian writes it (Abdel-Fattáh): in
        # another transcription, the figure's two words (AP's Abdel-Fattah stays).
        parts = found.figure.name.split()
        at = parts.index(found.first) if found.first in parts else 0
        if m["pre"] and verdicts[0] and at and fold(parts[at - 1]) == fold(m["pre"]):
            span = (m.start("pre"), m.end("first"))
            edits[0] = (span, text[span[0] : span[1]], f"{parts[at - 1]} {found.first}")
        edits.append((m.span("surname"), m["surname"], found.second))
        note = f"{found.figure.name} ({found.figure.source}) in another transcription"
        for ((start, end), _, part), verdict in zip(edits, verdicts, strict=True):
            if verdict:
                yield Proposal(start, end, part, note)


@cache
def _particles() -> dict[str, tuple[tuple[Figure, str, str, str], ...]]:
    """The lower-case parts of a figure's name between two capitalised ones (bin, da, von
    der) -> the figure, the part before them and the part after them (Mohammed bin Salman:
    Mohammed, Salman; Ursula von der Leyen: Ursula, Leyen)."""
    out: dict[str, list[tuple[Figure, str, str, str]]] = {}
    for fig in each_figure():
        for m in _PARTICLE_RUN.finditer(fig.name):
            out.setdefault(m["run"], []).append((fig, m["before"], m["run"], m["after"]))
    return {key: tuple(found) for key, found in out.items()}


@cache
def _particle_spellings() -> tuple[tuple[str, tuple[tuple[Figure, str, str, str], ...], bool], ...]:
    """Each run of lower-case parts of the figures' names as they are spelt and as the
    languages that respell names write it (von der: fon der), with its figures, and
    whether the run is respelled."""
    respell = {
        r["particle"]: r["respelled"].split()
        for r in tsv("translit/particles.tsv", ("particle", "respelled"))
    }
    out = [(run, found, False) for run, found in _particles().items()]
    for run, found in _particles().items():
        words = run.split()
        for k, word in enumerate(words):
            for other in respell.get(word, ()):
                out.append((" ".join([*words[:k], other, *words[k + 1 :]]), found, True))
    return tuple(out)


_PARTICLE_RUN = regex.compile(
    r"(?P<before>\p{Lu}\S*) (?P<run>\p{Ll}+(?: \p{Ll}+)*) (?=(?P<after>\p{Lu}\S*))"
)


#: The capitalised word that ends a stretch of text, after a space.
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+) \Z")
#: The capitalised word after a particle and its space.
_AFTER_PARTICLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}-])")


def _particle_figures(text: str) -> Iterator[Proposal]:
    """A figure's name part after a lower-case part, in another transcription (Mohammed
    bin Szalmán: Salman; Lula da Szilva: Silva) or with Czech and Slovak's feminine ending
    (Ursula von der Leyenová). Name tokens are capitalised, so these pairs are found from
    the particle; the word before it must be the figure's too, as it stands or in a case,
    and the word after it has the part's very key or the feminine ending."""
    for particle, found, respelled in _particle_spellings():
        pos = text.find(f" {particle} ")
        while pos >= 0:
            after = _AFTER_PARTICLE.match(text, pos + len(particle) + 2)
            before = _WORD_BEFORE.search(text, max(0, pos - 40), pos + 1)
            if after is not None and before is not None:
                for fig, first, run, part in found:
                    word = after.group()
                    given = before[1]
                    if not (
                        fold(given) == fold(first)
                        or fits_part(given, first)
                        or case_form(given, first)
                    ):
                        continue
                    # Rewritten alone, the word must have the part's very key (Mohammed
                    # bin Salem is another man), or be hers with the feminine ending.
                    if feminine_form(word, part) or (
                        _rewritable(word, part, fig.romanized)
                        and (
                            latin_key(word) == part_key(part, fig.romanized)
                            or (respelled and fits_part(word, part, fig.romanized))
                        )
                    ):
                        note = f"{fig.name} ({fig.source}) in another transcription"
                        if fold(given) != fold(first) and case_form(given, first):
                            yield Proposal(before.start(1), before.end(1), first, note)
                        if respelled:
                            yield Proposal(pos + 1, pos + 1 + len(particle), run, note)
                        yield Proposal(after.start(), after.end(), part, note)
                        break
            pos = text.find(f" {particle} ", pos + 1)


@cache
def _figures_by_last_part() -> dict[str, tuple[tuple[Figure, str, str], ...]]:
    """The last part of each figure's name written given name first, as the table spells
    it -> the figure, its given name and the parts between (Ursula von der Leyen: "von
    der")."""
    out: dict[str, list[tuple[Figure, str, str]]] = {}
    for fig in each_figure():
        parts = fig.name.split()
        if len(parts) >= 2 and not fig.family_first:
            out.setdefault(parts[-1], []).append((fig, parts[0], " ".join(parts[1:-1])))
    return {key: tuple(found) for key, found in out.items()}


def _given_case_forms(text: str, present: frozenset[str]) -> Iterator[Proposal]:
    """A figure's given name in a Lithuanian or Latvian case before the rest of the name as
    it stands, which takes no ending (Giorgios Meloni, Ursulos von der Leyen), or in a
    Polish, Czech or Slovak one before a name with a particle (Ursuli von der Leyen): the
    full name vouches for the given name, even one English knows as another (Giorgios)."""
    table = _figures_by_last_part()
    for last in present & table.keys():
        pos = text.find(last)
        while pos >= 0:
            for fig, given, middle in table[last]:
                end = pos
                if middle:
                    if not text.startswith(middle + " ", end - len(middle) - 1):
                        continue
                    end -= len(middle) + 1
                # A case form keeps the given name's first letters (Giorg-ios): a cheap test
                # before the word is read.
                if text.find(given[:3], max(0, end - 40), end) < 0:
                    continue
                m = _WORD_BEFORE.search(text, max(0, end - 40), end)
                if m is None or fold(m[1]) == fold(given):
                    continue
                stems = {stem for stem, e in _stems(m[1].lower(), 3) if len(e.ending) >= 2}
                if fold(given) in stems or (middle and case_form(m[1], given)):
                    note = f"{fig.name} ({fig.source}): its given name in a case"
                    yield Proposal(m.start(1), m.end(1), given, note)
            pos = text.find(last, pos + len(last))


#: The shortest case ending both words of a pair must carry to be compared without it.
MIN_PAIR_ENDING = 2


@lru_cache(maxsize=65536)
def _match_inflected_pair(first: str, second: str) -> FigureMatch | None:
    """The figure a pair names when both words carry a case ending of the same language,
    compared without it: "Aleksejus Navalnas" is Alexei Navalny, whose Lithuanian endings
    make the pair too long for the comparison with them (Vladimiras Putinas is not). Only
    endings of two letters or more: a final -a or -s ends many a name in every language
    (Giorgia Mikelionis is not Giorgia Meloni)."""
    for stem_a, ending_a in _stems(first.lower(), 3):
        for stem_b, ending_b in _stems(second.lower(), 3):
            if ending_a.lang != ending_b.lang or not (_literal(ending_a) and _literal(ending_b)):
                continue
            if min(len(ending_a.ending), len(ending_b.ending)) < MIN_PAIR_ENDING:
                continue
            found = match_pair(_capital(stem_a), _capital(stem_b))
            if found is not None:
                return found
    # Latvian's nominative -s on both words, which after a t the key reads as the Slavic c
    # (Skots Besents: Scott Bessent); on one word alone it is no sign (Charles Michels), nor
    # before a figure whose own name ends so (Edgars Rinkevičius is not Edgars Rinkēvičs).
    if first.endswith("s") and second.endswith("s") and min(len(first), len(second)) > 3:
        found = match_pair(first[:-1], second[:-1])
        if found is not None and not (found.first.endswith("s") or found.second.endswith("s")):
            return found
    # A given name respelled with a Baltic letter (Džo, which Latvian leaves without the -s
    # after its vowel) is sign enough of the surname's -s (Džo Baidens: Joe Biden).
    if second.endswith("s") and len(second) > 4 and not first.isascii() and first[-1] in "aeiou":
        found = match_pair(first, second[:-1])
        if (
            found is not None
            and not found.second.endswith("s")
            and fold(found.first) != fold(first)
        ):
            return found
    return None


def _literal(ending: Ending) -> bool:
    """Whether removing ``ending`` leaves the word's own letters (Aleksejus: Aleksej)."""
    return ending.ending.startswith(ending.restore)


def _outer_parts(
    text: str, toks: list[Token], k: int, found: FigureMatch, done: set[int]
) -> Iterator[tuple[int, str]]:
    """The tokens beside the pair at k, k + 1 that transcribe the figure's other name parts
    (Recepas beside Tayyipas Erdoganas), with those parts; outward, while they fit."""
    before, after = outer_parts(found)
    romanized = found.figure.romanized
    # A pair that both took an -s the parts lack (Latvian's nominative) vouches for the
    # part with it beside them (Redžeps Tajips Erdogans), though English has the plural.
    latvian = all(
        tok.text.endswith("s") and not part.endswith("s")
        for tok, part in ((toks[k], found.first), (toks[k + 1], found.second))
    )
    for parts, step, j in ((before, -1, k - 1), (after, 1, k + 2)):
        for part in parts:
            if not 0 <= j < len(toks) or j in done:
                break
            left, right = (toks[j], toks[j + 1]) if step < 0 else (toks[j - 1], toks[j])
            if text[left.end : right.start] != " " or not fits_part(toks[j].text, part, romanized):
                break
            verdict = _rewritable(toks[j].text, part, romanized)
            if verdict is False and latvian:
                verdict = _latvian_nominatives([(toks[j], part)], romanized)
            if verdict is False:
                break
            if verdict:
                yield j, part
            j += step


# --- names.russian -----------------------------------------------------------------------


#: Latvian letters a name table spells plain (Valērijs: Valerij-s).
_LATVIAN_PLAIN = str.maketrans("āēīūņļķģ", "aeiunlkg")


@lru_cache(maxsize=65536)
def _russian_form(word: str) -> tuple[RussianName, Ending | None] | None:
    """The Russian name ``word`` writes: as it stands (Medvegyev), or with a Lithuanian or
    Latvian case ending, which those languages add to the transcription (Medvedevas,
    Dmitrijs); with the ending, if any."""
    found = russian_name(word)
    if found is not None:
        return found, None
    low = word.lower()
    if len(low) >= 5 and low.endswith(_ending_suffixes()):
        for stem, ending in _stems(low, 3):
            found = russian_name(stem) or russian_name(stem.translate(_LATVIAN_PLAIN))
            if found is not None:
                return found, ending
    reading = read_back_surname(word)
    if reading is not None and not is_english_word(word) and english_name_kind(word) is None:
        return RussianName(reading.english, "family"), None
    return None


@lru_cache(maxsize=65536)
def _russian_candidate(word: str) -> bool:
    """A Russian name not in its English form: transcribed, or with a Baltic case ending."""
    if russian_transcribed(word):
        return True
    found = _russian_form(word)
    return found is not None and (found[1] is not None or found[0].english != word)


def _russian_pair(a: str, b: str) -> tuple[list[tuple[int, str]], bool] | None:
    """For a given name ``a`` and surname ``b`` that are both Russian names, the parts to
    rewrite (0 or 1) with their English forms, and whether the rewrite is sure; None when
    the two are not such a pair.

    A part the English press uses as it stands is evidence but is not rewritten (Edward,
    Klitschko), except a given name no commoner than RUSSIAN_GIVEN_ZIPF beside a surname
    that is itself transcribed (Dmitri Peskow, Marija Zaharova). Only a pair with both
    parts transcribed is sure: Russians of other countries write their names by those
    countries' rules (Olga Tokarczuk, Darja Volkov), and so do Latvians and Lithuanians,
    whose case endings MT leaves on Russian names (Rūdolfs Mazurs is a Latvian)."""
    first, second = _russian_form(a), _russian_form(b)
    given_marked = first is not None and _hungarian_given(a, first[0])
    if second is None and given_marked and not is_english_word(b):
        reading = read_back_beside_hungarian(b)
        if reading is not None and reading.clear:
            second = RussianName(reading.english, "family"), None
    if first is None or second is None:
        return None
    (given, given_ending), (family, family_ending) = first, second
    if not (given.may_be("given") and family.may_be("family")):
        return None
    surname = family.english != b and not is_english_word(b)
    out = [(1, family.english)] if surname else []
    if given.english != a and (
        not is_english_word(a) or (surname and english_zipf(a) < RUSSIAN_GIVEN_ZIPF)
    ):
        out.insert(0, (0, given.english))
    inflected = given_ending is not None or family_ending is not None
    native_surname = family_ending is None and family.english == b
    # Only Hungarian writes a Russian surname with sz, zs, cs or gy: no other country's
    # Russians spell theirs so, whatever their given name. A surname the table lacks is
    # sure only read back from Hungarian: a German reading can be a German's own name
    # (Treskow), and a given name beside it may be his, spelt the German way.
    # A given name so marked makes its pair a Russian's in Hungarian transcription too,
    # whatever the surname (Alekszandr Lapin).
    marked = (surname and hungarian_marked(b)) or given_marked
    read = read_back_surname(b) if russian_name(b) is None else None
    if read is None and given_marked and russian_name(b) is None:
        read = read_back_beside_hungarian(b)
    sure = (len(out) == 2 or marked) and (read is None or (read.clear and "hu" in read.langs))
    return out, sure and not inflected and not (native_surname and not given_marked)


#: Hungarian letters Polish never writes.
_HUNGARIAN_ONLY = regex.compile(r"cs|zs|gy", regex.IGNORECASE)


def _hungarian_given(word: str, found: RussianName) -> bool:
    """Whether ``word`` is a Russian given name in Hungarian transcription, by its letters:
    sz for с (Szergej), not Polish sz for ш (Natasza: Natasha), or cs, zs, gy."""
    if not found.may_be("given") or not hungarian_marked(word):
        return False
    return bool(_HUNGARIAN_ONLY.search(word)) or "sh" not in found.english.lower()


_PRESS_NAMES = {"hu": "Hungarian", "de": "German", "cs": "Czech"}


def _russian_note(word: str) -> str:
    """Why ``word`` is rewritten: the name table's form, or a reading of its letters."""
    if russian_name(word) is None:
        reading = read_back_surname(word)
        if reading is not None:
            langs = " or ".join(_PRESS_NAMES.get(lang, lang) for lang in reading.langs)
            return f"Russian surname read back from {langs} transcription (not in the name table)"
    return "Russian name in another language's transcription"


@rule(
    "names.russian",
    "Restore a Russian name from Hungarian, Polish, Czech or German transcription, or "
    "Lithuanian or Latvian with its case ending "
    "(Dmitrij Peszkov, Dmitrijus Medvedevas -> Dmitry Peskov, Dmitry Medvedev).",
    priority=95,  # after names.figure: a figure's own spelling outranks the general one
)
@_keeps_possessive
def russian(text: str, ctx: Context) -> Iterator[Proposal]:
    words = {w for w in token_texts(text, ctx) if _russian_candidate(w)}
    if not words:
        return
    toks = tokens_near(text, words)
    done: set[int] = set()
    surnames: dict[str, tuple[str, str]] = {}
    for k, a, b in _adjacent_pairs(text, toks, words, done):
        judged = _russian_pair(a.text, b.text)
        if not judged or not judged[0]:
            continue
        rewrites, sure = judged
        done.update((k, k + 1))
        for i, english in rewrites:
            tok = (a, b)[i]
            note = _russian_note(tok.text)
            if sure:
                yield Proposal(tok.start, tok.end, english, note)
                if i == 1:
                    surnames[tok.text] = (english, note)
            else:
                yield Proposal(tok.start, tok.end, english, note + "; uncertain", suggest=True)
    yield from _later_mentions(text, toks, done, surnames)


# --- names.chinese -----------------------------------------------------------------------


#: Two capitalised words, the second perhaps a hyphenated given name (Hszi Csin-ping).
_CHINESE_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)"
    r"(?![\p{L}\p{M}\p{N}-])(?!['’]\p{L}{2})"  # a possessive 's may follow
)


@rule(
    "names.chinese",
    "Read Chinese names in Hungarian, Czech, Serbian, Latvian or Lithuanian transcription back "
    "to pinyin (Hszi Csin-ping, Si Ťin-pching, Si Đinping, Sji Dzjiņpins, Si Dzinpingas -> "
    "Xi Jinping).",
    triggers=tuple(sorted(word_list("translit/china_context.txt"))),
    # Before names.inflection: a whole Chinese name read outranks a case ending taken off
    # its given name alone (Li Čiangą is Li Qiang, not Li Chiang).
    priority=92,
)
@_keeps_possessive
def chinese(text: str, ctx: Context) -> Iterator[Proposal]:
    surnames = {w for w in token_texts(text, ctx) if may_be_surname(w)}
    end = 0
    later: dict[str, tuple[str, str]] = {}  # a transcribed surname -> its pinyin, note
    taken: list[tuple[int, int]] = []
    for start, stop in lines_with(text, surnames):
        for m in _CHINESE_PAIR.finditer(text, start, stop, overlapped=True):
            if m.start() < end:
                continue
            found = read_back(m[1], m[2])
            if found is None:
                continue
            end = m.end()
            taken.append((m.start(), m.end()))
            note = f"Chinese name in {found.language} transcription, read as pinyin"
            if m[1] != found.surname:
                later[m[1]] = (found.surname, f"{note} (as in the full name)")
            yield Proposal(m.start(), m.end(), str(found), note)
    # A surname read back in a full name, read back again where it stands alone (Hszi
    # said: Xi said).
    if later:
        yield from _later_mentions_outside(text, later, taken)


def _later_mentions_outside(
    text: str, surnames: dict[str, tuple[str, str]], taken: list[tuple[int, int]]
) -> Iterator[Proposal]:
    """``_later_mentions`` of surnames read in full names (the ``taken`` spans): not inside
    one, nor where another capitalised word follows (another person's name: Jun Azumi)."""
    toks = tokens_near(text, surnames)
    inside = SpanSet(taken)
    done = {
        k
        for k, tok in enumerate(toks)
        if inside.holds(tok.start)
        or (k + 1 < len(toks) and text[tok.end : toks[k + 1].start] == " ")
    }
    yield from _later_mentions(text, toks, done, surnames)


# --- names.korean ------------------------------------------------------------------------

#: A short surname and a given name: one word, hyphenated, or two words (Kim Dzsongun,
#: Kim Čong-un, Kim Dzong Un, Czech I Če-mjong).
_KOREAN_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’-])(?P<surname>\p{Lu}\p{Ll}{0,4}) "
    r"(?P<given>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]*)?)"
    r"(?P<more> \p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}-])(?!['’]\p{L}{2})"
)


@rule(
    "names.korean",
    "Restore a Korean public figure's name from another language's transcription "
    "(Kim Dzsongun -> Kim Jong Un, Jun Szogjol -> Yoon Suk Yeol).",
    triggers=tuple(sorted(word_list("translit/korea_context.txt"))),
)
@_keeps_possessive
def korean(text: str, ctx: Context) -> Iterator[Proposal]:
    surnames = {w for w in token_texts(text, ctx) if korean_key(w) in korean_figures()}
    # A one-letter surname only before a hyphenated given name (I Če-mjong): "I" is the
    # pronoun of most texts that hold one.
    surnames.update(s for s in one_letter_surnames() if _before_hyphenated(text, s))
    if not surnames:
        return
    end = 0
    later: dict[str, tuple[str, str]] = {}  # a transcribed surname -> the figure's, note
    taken: list[tuple[int, int]] = []
    unmarked: list[Proposal] = []  # figures' names with no letter of another system
    yielded = False
    for start, stop in lines_with(text, surnames):
        for m in _KOREAN_NAME.finditer(text, start, stop, overlapped=True):
            if m.start() < end or m["surname"] not in surnames:
                continue
            # The given name in two words (Dzong Un) or in one (Dzsongun, before another
            # capitalised word): the closer match, and the two words where both are as close.
            written = [(m.end(), m["given"] + m["more"])] if m["more"] else []
            written.append((m.end("given"), m["given"]))
            # Each as written, then without Lithuanian's nominative on its last word (Kim
            # Džong Unas), before the shorter span.
            spans = [
                (at, form)
                for at, given in written
                for form in dict.fromkeys((given, _baltic_stem(given)))
            ]
            matches = [
                (matched[1], stop_at, matched[0])
                for stop_at, given in spans
                if (matched := match_korean(m["surname"], given)) is not None
            ]
            if not matches:
                continue
            # max keeps the first of equals: the two words.
            _, stop_at, found = max(matches, key=lambda match: match[0])
            end = stop_at
            taken.append((m.start(), stop_at))
            if english_spelling(text[m.start() : stop_at], found):
                continue
            note = f"{found.figure.name} ({found.figure.source}) in another transcription"
            if not transcribed(text[m.start() : stop_at]):
                unmarked.append(Proposal(m.start(), stop_at, found.figure.name, note))
                continue
            # Alone, a one-letter surname is the pronoun as often (I).
            if m["surname"] != found.surname and len(m["surname"]) > 1:
                later[m["surname"]] = (found.surname, f"{note} (as in the full name)")
            yielded = True
            yield Proposal(m.start(), stop_at, found.figure.name, note)
    # A name with no letter of another system is read where the report transcribes another
    # Korean name (Czech Jun Sok-jol beside I Če-mjong): alone it may be English copy.
    if yielded:
        yield from unmarked
    if later:
        yield from _later_mentions_outside(text, later, taken)


def _baltic_stem(word: str) -> str:
    """``word`` without the nominative ending Lithuanian and Latvian give a foreign name
    after a consonant (Unas, Jolis, Dzsongunas), or as it is."""
    for ending in ("as", "is", "us", "s"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem[-1] not in "aeiouy":
            return stem
    return word


def _before_hyphenated(text: str, surname: str) -> bool:
    """Whether ``surname`` stands before a hyphenated given name in ``text`` (I Če-mjong).
    The pattern opens with the surname, which the engine finds fastest; the word boundary
    before it is tested apart."""
    for m in _hyphenated_after(surname).finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            return True
    return False


@cache
def _hyphenated_after(surname: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(surname)} [^\W\d_]+-[^\W\d_]")


# --- names.hungarian_order ---------------------------------------------------------------


@rule(
    "names.hungarian_order",
    "Put a Hungarian name MT left family name first in English order "
    "(Varga Mihály -> Mihály Varga), judged by Hungary's given and family name ranks.",
    triggers=tuple(sorted(HUNGARIAN_ACCENTS)),
)
def hungarian_order(text: str, ctx: Context) -> Iterator[Proposal]:
    for name in family_first_names(text):
        note = f"family name first, as Hungarian writes it (by name ranks: {name.score:.1f})"
        yield Proposal(name.start, name.end, name.english, note)


# --- names.place -------------------------------------------------------------------------


@cache
def _places() -> Profile:
    """The place tables as a style profile, with each form in capitals too: a dateline
    writes the place so (KIJEV (AFP) -> KYIV (AFP))."""
    table = read_text("places.tsv")
    rows = list(tsv("places.tsv", ("form", "house")))
    # Ukraine's towns as transcribed, generated by build_places.py: places.tsv's rows win.
    known = {row["form"] for row in rows}
    for row in tsv("places_transcribed.tsv", ("form", "house")):
        if row["form"] not in known:
            rows.append(row)
            table += f"{row['form']}\t{row['house']}\t\n"
    table += "".join(f"{row['form'].upper()}\t{row['house'].upper()}\t\n" for row in rows)
    return profile_from_text(table, "places", "places.tsv")


#: A word in capitals opening a line: where a dateline names its place. The line break is
#: matched, not ``^``: the engine then skips to each break instead of trying every position.
_CAPITALS = r"[ \t]*(\p{Lu}[\p{Lu}\p{M}]+)\b"
_FIRST_LINE_CAPITALS = regex.compile(_CAPITALS)
_LINE_OPENING_CAPITALS = regex.compile(r"\n" + _CAPITALS)


def _dateline_words(text: str) -> set[str]:
    """The words in capitals that open a line of ``text``."""
    found = set(_LINE_OPENING_CAPITALS.findall(text))
    first = _FIRST_LINE_CAPITALS.match(text)
    if first:
        found.add(first.group(1))
    return found


@rule(
    "names.place",
    "Write a place MT left in another language's form as English news does "
    "(Kijev, Moszkva, Charków -> Kyiv, Moscow, Kharkiv).",
)
def place(text: str, ctx: Context) -> Iterator[Proposal]:
    profile = _places()
    # The capitalised words the names stage has already listed, and datelines' capitals:
    # two set lookups instead of a search for each form.
    present = profile.house.keys() & token_texts(text, ctx)
    present |= profile.house.keys() & _dateline_words(text)
    if not present:
        return
    yield from replacements(profile, text, present, "place in another language's form")


@rule(
    "names.korean_place",
    "Write a Korean place or missile in a Hungarian, Polish or Czech transcription as English "
    "news does, in a text about Korea (Hvaszong-19, Phjongthek -> Hwasong-19, Pyeongtaek).",
    triggers=("Korea", "Pyongyang", "Seoul"),
)
def korean_places(text: str, ctx: Context) -> Iterator[Proposal]:
    found = {w: place for w in token_texts(text, ctx) if (place := korean_place(w)) is not None}
    for tok in tokens_near(text, found) if found else ():
        if tok.text in found:
            note = f"{found[tok.text]}, a Korean name in another transcription"
            yield Proposal(tok.start, tok.end, found[tok.text], note)


#: A capitalised word with a Baltic genitive ending: Lithuanian -o, -os, -ės, -ų (Charkivo,
#: Odesos, Sumų), Latvian -as (Harkivas apgabals); matched at the word before a region's
#: noun, which a search for the noun finds.
_GENITIVE_PLACE = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<stem>\p{Lu}[\p{Ll}\p{M}]{3,}?)(?P<ending>o|os|ės|ų|as)\Z"
)
#: A region's noun after the genitive's last letter: the literals the pipeline's one scan
#: looks for, so that the rule runs only on a text that may hold one.
_REGION_NOUNS = frozenset(
    f"{letter} {noun}"
    for letter in "osų"
    for noun in ("region", "oblast", "district", "province", "area")
)
#: The longest place word looked at before a region's noun.
MAX_PLACE_WORD = 40


@cache
def _house_places() -> frozenset[str]:
    """The places as English writes them, that the place table writes forms into."""
    return frozenset(_places().house.values())


def _region_nouns(text: str, nouns: Iterable[str]) -> list[int]:
    """Where the space before each of the region's ``nouns`` stands, after a word that may
    end in a genitive, in the text's order."""
    found = []
    for noun in nouns:
        at = text.find(noun)
        while at >= 0:
            end = at + len(noun)
            if not text[end : end + 1].isalpha():
                found.append(at + 1)
            at = text.find(noun, end)
    return sorted(found)


@rule(
    "names.place_genitive",
    "Write a place in a Baltic genitive before the word for its region as English news does "
    "(the Kharkivo region, the Odesos region -> the Kharkiv region, the Odesa region).",
    triggers=tuple(sorted(_REGION_NOUNS)),
)
def place_genitive(text: str, ctx: Context) -> Iterator[Proposal]:
    """The place as English writes it, when the word's stem, or the stem with a
    nominative's ending, is a place of the place tables, in English (Kharkiv, Odesa) or as
    another language writes it (Charkivas); not a word that is a name or an English word
    of its own."""
    profile = _places()
    for at in _region_nouns(text, ctx.literals_held(_REGION_NOUNS)):
        low = max(0, at - MAX_PLACE_WORD)
        m = _GENITIVE_PLACE.search(text, max(low, text.rfind(" ", low, at) + 1), at)
        if m is None:
            continue
        word, stem = m.group(), m["stem"]
        if english_name_kind(word) or is_english_word(word) or word in _house_places():
            continue  # a name or a place of its own (Romeo, Oslo, Honduras, Kemerovo)
        place = next(
            (
                profile.house.get(form, form)
                for form in (stem, stem + "a", stem + "as", stem + "e", stem + "ė")
                if form != word and (form in profile.house or form in _house_places())
            ),
            None,
        )
        if place is not None and place != word:
            note = f"{place} with a Baltic genitive ending -{m['ending']}"
            yield Proposal(m.start(), m.end(), place, note)


# --- names.reference ---------------------------------------------------------------------


def _reference_names(ctx: Context) -> dict[str, str]:
    """Folded key -> the reference's spelling, for capitalised non-initial tokens."""
    cached = ctx.memo.get("names.reference")
    if cached is None:
        assert ctx.reference is not None
        text = ctx.reference.text
        cached = {}
        for tok in tokens(text):
            before = text[max(0, tok.start - 2) : tok.start]
            sentence_initial = tok.start == 0 or before.endswith(("\n", ". ", "“", '"'))
            if (
                sentence_initial
                and english_zipf(tok.text) >= SENTENCE_INITIAL_ZIPF
                and not _opens_a_name(text, tok.start, tok.end)
            ):
                continue  # "The", "However": a capital that only starts a sentence
            cached.setdefault(fold(tok.text), tok.text)
        ctx.memo["names.reference"] = cached
    return cached


def _opens_a_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)``, opening a sentence, is a given name before
    another capitalised word ("Christopher Johnstone told"), not "The White House"."""
    word = text[start:end]
    return (
        english_name_kind(word) in ("given", "either")
        and word.lower() not in word_list("english_function_words.txt")
        and text.startswith(" ", end)
        and text[end + 1 : end + 2].isupper()
    )


def _reference_by_latin_key(ctx: Context) -> dict[str, str]:
    """The reference's names by their cross-language spelling key (Zakharova, Zacharowa:
    zaharova), kept only where the key names one spelling."""
    cached = ctx.memo.get("names.reference.latin")
    if cached is None:
        seen: dict[str, set[str]] = {}
        for spelling in _reference_names(ctx).values():
            seen.setdefault(latin_key(spelling), set()).add(spelling)
        cached = {key: next(iter(s)) for key, s in seen.items() if len(s) == 1}
        ctx.memo["names.reference.latin"] = cached
    return cached


def _reference_beside(ref_text: str, name: str, after: bool) -> str | None:
    """The capitalised word the reference writes right after (or before) ``name``."""
    word = r"(\p{Lu}[\p{L}\p{M}]*)"
    pattern = (
        rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)} {word}(?![\p{{L}}\p{{M}}])"
        if after
        else rf"(?<![\p{{L}}\p{{M}}]){word} {regex.escape(name)}(?![\p{{L}}\p{{M}}])"
    )
    found = regex.search(pattern, ref_text)
    return found[1] if found else None


def _may_write(form: str, part: str) -> bool:
    """Whether ``form``, beside a name part the reference ties to the text, may be the
    reference's ``part`` beside it there: a transcription close by the key (Đinping:
    Jinping), or one by sound that the key cannot see (Metju: Matthew, Džeikas: Jake), a
    word English and the name lists do not know that opens with the part's sound and is
    about its length."""
    if fits_part(form, part):
        return True
    if is_english_word(form) or english_name_kind(form) is not None:
        return False  # a word, or another name (Karina beside Sullivan)
    return 0.5 <= len(form) / len(part) <= 2.0 and _first_sound(form) == _first_sound(part)


def _first_sound(word: str) -> str:
    """A name's first sound as transcriptions keep it: Lithuanian dž and English j (Džeikas,
    Jake), v and w (Vitkofas, Witkoff), k and c (Kolin, Colin) alike."""
    low = fold(word).lower()
    if low.startswith(("dzh", "dz")) or low[:1] == "j":
        return "j"
    return {"w": "v", "c": "k"}.get(low[:1], low[:1])


def _keys(token: str, user: UserGazetteer) -> list[str]:
    out = [fold(token)]
    russian_form = russian_name(token)
    if russian_form is not None:
        out.append(fold(russian_form.english))
    out += [fold(r) for r in readings(token)]
    out += [fold(b) for b, _, _ in _bases(token, user)]
    out += [stem for stem, _ in _stems(fold(token), 3)]
    return out


@rule(
    "names.reference",
    "Replace a garbled name with the reference's spelling when a reading or fuzzy match ties them.",
    needs_reference=True,
    priority=10,
)
@_keeps_possessive
def reference(text: str, ctx: Context) -> Iterator[Proposal]:
    ref = _reference_names(ctx)
    if not ref:
        return
    user = user_gazetteer(ctx.options.get("names"))
    ref_keys = list(ref)
    toks = tokens(text, ctx)
    by_key = _reference_by_latin_key(ctx)
    targets: dict[int, str] = {}
    paired_only: set[int] = set()
    for k, tok in enumerate(toks):
        if ref.get(fold(tok.text)) == tok.text or len(tok.text) < 3:
            continue
        if english_zipf(tok.text) >= PAIRED_MAX_ZIPF:
            continue
        match = next((ref[key] for key in _keys(tok.text, user) if key in ref), None)
        if match is None and not is_english_word(tok.text) and len(tok.text) >= 5:
            key = latin_key(tok.text)
            # Transcribed and with a case ending, the key of the word without it (Vitkofas:
            # Witkoff).
            stem_keys = [latin_key(stem) for stem, _ in _stems(fold(tok.text), 4)]
            match = by_key.get(key) or next((by_key[s] for s in stem_keys if s in by_key), None)
            if match is None:
                best = process.extractOne(
                    fold(tok.text), ref_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
                )
                if best is not None:
                    match = ref[best[0]]
            if match is None:
                # Spelt by sound another way as well as garbled (Fridrih: Friedrich): only
                # with the name's other part beside it (below), as the reference has it.
                best = process.extractOne(
                    key, by_key.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
                )
                # Or so, with a case ending (Salivanas: Sullivan), a little further off.
                for stem_key in stem_keys if best is None else ():
                    best = process.extractOne(
                        stem_key, by_key.keys(), scorer=fuzz.ratio, score_cutoff=PAIRED_STEM_CUTOFF
                    )
                    if best is not None:
                        break
                if best is not None:
                    match = by_key[best[0]]
                    paired_only.add(k)
        if match and match != tok.text:
            targets[k] = match
    ref_text = ctx.reference.text if ctx.reference else ""
    done: set[int] = set()

    def partner(k: int) -> int | None:
        """The other part of a two-part name: another garbled part, or a part the reference
        writes right beside this one."""
        for j in (k + 1, k - 1):
            if j < 0 or j >= len(toks) or j in done:
                continue
            a, b = sorted((k, j))
            if text[toks[a].end : toks[b].start] != " ":
                continue
            form = toks[j].text
            if (
                j in targets
                or f"{targets[k]} {form}" in ref_text
                or f"{form} {targets[k]}" in ref_text
            ):
                return j
            # A part too short to be matched alone, which the reference writes beside the
            # other in a form it transcribes (Si Đinping: Xi Jinping).
            beside = _reference_beside(ref_text, targets[k], after=j > k)
            if beside is not None and beside != form and _may_write(form, beside):
                targets[j] = beside
                return j
        return None

    for k, tok in enumerate(toks):
        if k in done or k not in targets:
            continue
        j = partner(k)
        if j is not None:
            a, b = sorted((k, j))
            # A two-part name: the reference's spelling of each part, in the reference's order.
            first, second = targets.get(a, toks[a].text), targets.get(b, toks[b].text)
            swapped = f"{second} {first}" in ref_text and f"{first} {second}" not in ref_text
            after = f"{second} {first}" if swapped else f"{first} {second}"
            done.update((a, b))
            note = "name as the reference spells it" + (", in its order" if swapped else "")
            yield Proposal(toks[a].start, toks[b].end, after, note)
            continue
        done.add(k)
        if k not in paired_only:
            yield Proposal(tok.start, tok.end, targets[k], "name as the reference spells it")
