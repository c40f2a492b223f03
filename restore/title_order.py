"""A title before a name, as English news writes it, where MT kept another language's.

Russian, Ukrainian and Polish put the country after the title in the genitive ("Президент
Франции"), and MT keeps that order; English news puts the country's adjective first:
"French President Emmanuel Macron". The same languages write a minister's title as a calque
("the Minister of Foreign Affairs Wang Yi"), a head of government by the government ("the
head of the Japanese government") and a spokesman by the body ("the spokesman of the
Kremlin"); German and Hungarian put an article before the title, and Hungarian the title
after the name ("Viktor Orbán Prime Minister said"). The titles (``titles_before_name.txt``,
``title_english.tsv``) and the adjectives (``demonyms.tsv``, generated from countryinfo
with news usage over it) are tables. A comma after the title makes an apposition, which is
good English and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

import ahocorasick_rs
import regex

from restore.figure_names import english_key
from restore.gazetteer import (
    english_name_kind,
    english_zipf,
    figures,
    fold,
    is_english_word,
    japanese_name_kinds,
    name_zipf,
)
from restore.russian_names import russian_name
from restore.tables import tsv, word_list


@dataclass(frozen=True, slots=True)
class TitleBeforeName:
    """A span to rewrite, what to write there, and whether the name after it is known."""

    start: int
    end: int
    repair: str
    known_name: bool


def _either_case(title: str) -> str:
    """A pattern for ``title`` with each word's first letter in either case."""
    words = []
    for word in title.split(" "):
        head = regex.escape(word[0])
        words.append(f"[{head}{regex.escape(word[0].lower())}]{regex.escape(word[1:])}")
    return " ".join(words)


@cache
def adjectives() -> dict[str, str]:
    """A place (country or international body) -> its adjective before a title."""
    return {row["place"]: row["adjective"] for row in tsv("demonyms.tsv", ("place", "adjective"))}


#: " of", an optional article and a capital: where a place may follow (a literal start,
#: so the engine skips from one " of " to the next).
_OF = regex.compile(r" of (?:the )?(?=\p{Lu})")
#: The name after the place: a capitalised word, and the next one if capitalised too.
_NAME = regex.compile(r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]*)(?P<next> \p{Lu}[\p{L}\p{M}'’-]*)?")


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their first word, longest first ("Republic of Korea" before "Republic")."""
    out: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase.split(" ")[0], []).append(phrase)
    return {word: tuple(found) for word, found in out.items()}


@cache
def _places_by_first_word() -> dict[str, tuple[str, ...]]:
    return _by_first_word(adjectives())


@cache
def _adjectives_by_first_word() -> dict[str, tuple[str, ...]]:
    return _by_first_word(set(adjectives().values()))


@cache
def _titles_by_first_word() -> dict[str, tuple[str, ...]]:
    return _by_first_word(word_list("titles_before_name.txt"))


def _phrase_at(text: str, pos: int, index: dict[str, tuple[str, ...]]) -> str | None:
    """The longest phrase of ``index`` that starts at ``pos``, followed by a space."""
    end = text.find(" ", pos)
    for phrase in index.get(text[pos:end] if end >= 0 else text[pos:], ()):
        if text.startswith(phrase + " ", pos):
            return phrase
    return None


@cache
def _title_before() -> regex.Pattern[str]:
    """A title (and its article) that ends where the match must end."""
    titles = sorted(word_list("titles_before_name.txt"), key=len, reverse=True)
    title = "|".join(_either_case(t) for t in titles)
    return regex.compile(rf"(?<![\w-])(?:[Tt]he )?(?P<title>{title})\Z")


def _place_at(text: str, pos: int) -> str | None:
    """The place of the table that starts at ``pos``, followed by a space."""
    return _phrase_at(text, pos, _places_by_first_word())


#: How far before " of" a title may start ("First Deputy Prime Minister" and an article),
#: and a calque of one ("the official representative of the Ministry of Foreign Affairs").
TITLE_REACH = 40
CALQUE_REACH = 64


#: "of" and a space ending where the search ends, and the word before it: a role's
#: ("press secretary of") or a calque's that names what the person said ("according to
#: the words of").
_OF_BEFORE = regex.compile(r"(?:(?P<word>\p{L}+) )?(?<![\p{L}\p{M}'’-])of \Z")
#: Words before "of" whose person is the one after the title: "according to the words of
#: the spokesman of the Kremlin Dmitry Peskov" is the spokesman's.
_SAID_BY = frozenset({"words", "opinion", "view", "views", "statement", "statements"})


def _of_before(text: str, pos: int) -> bool:
    """Whether "of" comes right before ``pos`` after a role: the title after it is that
    role's object ("the press secretary of the President of Russia Dmitry Peskov"), and
    the name after both is that role's holder."""
    found = _OF_BEFORE.search(text, max(0, pos - 20), pos)
    return found is not None and found["word"] not in _SAID_BY


@cache
def _figure_english_keys() -> frozenset[str]:
    """Every two adjacent parts of every figure's name by the English variant key
    (figure_names.english_key), which merges the English press's romanizations."""
    out: set[str] = set()
    for name in figures().values():
        keys = [english_key(part) for part in name.name.split()]
        out.update(f"{a} {b}" for a, b in pairwise(keys) if a and b)
    return frozenset(out)


@cache
def _figure_given_names() -> frozenset[str]:
    return frozenset(fold(f.name.split()[0]) for f in figures().values() if " " in f.name)


def _known_given_name(word: str, following: str) -> bool:
    """Whether ``word`` (followed by ``following``) is a person's name: a public figure's,
    in either order (Kihara Minoru, as Hungarian writes it), or a given name of the
    Japanese or Russian name tables."""
    names = {fold(f"{word} {following}".strip()), fold(f"{following} {word}".strip())}
    if fold(word) in _figure_given_names() or not names.isdisjoint(figures()):
        return True
    # A figure's name in another English romanization (Andrii Sybiha: Andriy Sybiha).
    key, next_key = english_key(word), english_key(following)
    if key and next_key and f"{key} {next_key}" in _figure_english_keys():
        return True
    if japanese_name_kinds().get(fold(word)) in ("given", "either"):
        return True
    found = russian_name(word)
    return found is not None and found.may_be("given")


#: An English word at least this common is a name after a title only when a table knows it.
COMMON_WORD_ZIPF = 4.0


def _may_be_a_name(word: str) -> bool:
    """A word that is no English word, or an uncommon one the English press uses as a
    name: not "Airlines" or "Tech" (Japan Airlines, Georgia Tech: firms, not people)."""
    if not is_english_word(word):
        return True
    return name_zipf(word) > 0 and english_zipf(word) < COMMON_WORD_ZIPF


def titles_before_names(text: str) -> Iterator[TitleBeforeName]:
    """Every "Title of Place Name" in ``text``, as "Adjective Title Name"."""
    for m in _OF.finditer(text):
        place = _place_at(text, m.end())
        if place is None:
            continue
        after = m.end() + len(place) + 1
        title = _title_before().search(text, max(0, m.start() - CALQUE_REACH), m.start())
        named = _NAME.match(text, after)
        if title is None or named is None:
            continue
        # "the press secretary of the President of Russia Dmitry Peskov": the name is the
        # press secretary's, not the title's.
        if _of_before(text, title.start()):
            continue
        name, following = named["name"], (named["next"] or "").strip()
        # A given name and a surname the tables know are a person too (The Foreign Minister
        # of Serbia Marko Đurić), as they are after "The President".
        known = _known_given_name(name, following) or _given_and_surname(name, following)
        if not known and not _may_be_a_name(name):
            continue
        repair = f"{adjectives()[place]} {_english_title(title['title'])} "
        yield TitleBeforeName(title.start(), after, repair, known)


@cache
def _calque_forms() -> dict[str, str]:
    """Each calque of title_english.tsv and its English title, with an article before the
    portfolio too, as Italian and Spanish MT writes it ("the minister of the Foreign
    Affairs": ministro degli Esteri)."""
    out: dict[str, str] = {}
    for row in tsv("title_english.tsv", ("form", "english")):
        form, english = row["form"], row["english"]
        out.setdefault(form, english)
        head, of, portfolio = form.partition(" of ")
        if head == "Minister" and of and not portfolio.startswith("the "):
            out.setdefault(f"{head} of the {portfolio}", english)
    return out


@cache
def _english_titles() -> dict[str, str]:
    return {form.lower(): english for form, english in _calque_forms().items()}


def _english_title(title: str) -> str:
    """The title as English news writes it before a name (Minister of Defence: Defence
    Minister; "head of the MFA": Foreign Minister). A formal title is capitalised there
    however MT wrote it ("minister of finance": Finance Minister, "president": President);
    a role keeps the case its last word was written in ("official representative of the
    MFA": foreign ministry spokesperson)."""
    english = _english_titles().get(title.lower(), title)
    formal = _formal_titles().get(english.lower())
    if formal is not None:
        return formal
    return english if title.split(" ")[-1][:1].isupper() else english.lower()


@cache
def _calque_title() -> regex.Pattern[str]:
    """A calque of a title (title_english.tsv) and the space before a capital after it."""
    forms = sorted(_calque_forms(), key=len, reverse=True)
    alternation = "|".join(_either_case(f) for f in forms)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}-])(?P<title>{alternation}) (?=\p{{Lu}})")


#: German and Austrian titles' "Bundes-" (Bundeskanzler, Bundesminister), which English
#: does not write before a name.
FEDERAL = "Federal "

#: The article before a title, and a country's adjective between them (up to two words:
#: South Korean), ending where the search ends.
_ARTICLE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<article>[Tt]he )"
    r"(?P<adjective>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? )?\Z"
)


def _lower_case_office(title: str) -> bool:
    """Whether a title's calque has a capital on its role and its office in lower case
    (Minister of defence): a sentence's capital on a calque, not an official's style."""
    head, sep, office = title.partition(" of ")
    return bool(sep) and head[:1].isupper() and office[:1].islower()


def calque_titles(text: str) -> Iterator[TitleBeforeName]:
    """Every "the Minister of Foreign Affairs Wang Yi", a title's calque after an article
    and before a name, as English news writes it: "Foreign Minister Wang Yi", the article
    dropped. Without the article it may be an official's style ("Minister of National
    Defence Bill Blair", as Canada writes it), and it is left alone, unless it opens a
    sentence with its office in lower case, as no style writes it ("Minister of defence
    Laurynas Kasčiūnas said"); before "of" and a place the title is title_of_country's, and
    before a comma an apposition."""
    for m in _calque_title().finditer(text):
        before = _ARTICLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            if (
                _lower_case_office(m["title"])
                and _opens_sentence(text, m.start())
                and _person_at(text, m.end()) is not None
            ):
                title = _english_title(m["title"].title())
                yield TitleBeforeName(m.start(), m.end(), f"{title} ", True)
            continue
        if _of_before(text, before.start()):
            continue
        adjective = before["adjective"]
        if adjective == FEDERAL:  # Bundesminister: the title alone in English
            adjective = ""
        elif adjective and adjective.strip() not in _adjective_set():
            continue
        # The article, a minister's title and two words that may be names vouch for a
        # person where the tables do not know the name (Arvils Ašeradens).
        if _person_at(text, m.end()) is None:
            continue
        # The article apart, as phrases.article_before_title removes it where the sentence
        # opens: the same edit from either rule.
        yield TitleBeforeName(before.start(), before.start() + 4, "", True)
        title = _english_title(m["title"])
        if not adjective and _opens_sentence(text, before.start()):
            title = _english_title(m["title"].title())
        yield TitleBeforeName(
            before.start("article") + 4, m.end(), f"{adjective or ''}{title} ", True
        )


@cache
def _state_titles() -> tuple[regex.Pattern[str], dict[str, tuple[str, str, bool]]]:
    rows = tsv("state_titles.tsv", ("form", "english", "role", "comma"))
    table = {
        row["form"].lower(): (row["english"], row["role"], row["comma"] == "yes") for row in rows
    }
    by_length = sorted((row["form"] for row in rows), key=len, reverse=True)
    forms = "|".join(_either_case(form) for form in by_length)
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}'’-])[Tt]he (?P<title>{forms})(?P<comma>,)? (?=\p{{Lu}})"
    )
    return pattern, table


#: A name of two to four capitalised words, with the particles between them (Marcelo
#: Rebelo de Sousa).
_LONG_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’-]*(?: (?:(?:de|da|do|dos|del|di|von|van|der|la|le) )*"
    r"\p{Lu}[\p{L}\p{M}'’-]*){1,3}"
)


def _figure_at(text: str, pos: int) -> tuple[int, str] | None:
    """The end of a public figure's full name that starts at ``pos``, and its role."""
    m = _LONG_NAME.match(text, pos)
    if m is None:
        return None
    words = m[0].split(" ")
    for k in range(len(words), 1, -1):
        name = " ".join(words[:k])
        fig = figures().get(fold(name))
        if fig is not None and fold(fig.name) == fold(name):
            return pos + len(name), fig.role
    return None


def _holds(role: str, title: str) -> bool:
    """Whether a figure's ``role`` (President of Finland) is the office ``title`` names."""
    return role == title or role.startswith(title + " ")


def state_titles(text: str) -> Iterator[TitleBeforeName]:
    """Every "the president of the Government, Pedro Sánchez," or "the secretary general of
    the government Yoshimasa Hayashi", a calque of an office of state before the public
    figure who holds it (state_titles.tsv): the title English news writes, no article and
    no commas ("Prime Minister Pedro Sánchez", "Chief Cabinet Secretary Yoshimasa
    Hayashi")."""
    pattern, table = _state_titles()
    for m in pattern.finditer(text):
        if _of_before(text, m.start()):
            continue
        english, role, commas = table[m["title"].lower()]
        if m["comma"] and not commas:
            continue
        found = _figure_at(text, m.end())
        if found is None:
            continue
        end, held = found
        if not _holds(held, role):
            continue
        if m["comma"]:
            if text[end : end + 1] != ",":
                continue
            yield TitleBeforeName(end, end + 1, "", True)
        yield TitleBeforeName(m.start(), m.end(), f"{english} ", True)


#: "the head of the Japanese government" or "of the Spanish Executive" (jefe del
#: Ejecutivo español) and the space before a capital after it.
_HEAD_OF_GOVERNMENT = regex.compile(
    r"(?:head|chief) of the (?P<adjective>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) "
    r"(?:[Gg]overnment|[Ee]xecutive) "
    r"(?=\p{Lu})"
)


#: "the Hungarian head of government" (a magyar kormányfő), found from "head of", with the
#: article and the country's adjective before it (_ARTICLE_BEFORE).
_HEAD_OF_GOVERNMENT_AFTER = regex.compile(r"head of (?:the )?government (?=\p{Lu})")

_WORD_CHAR = regex.compile(r"[\p{L}\p{M}'’-]")
#: Every occurrence of every literal, overlapping ones included.
_ALL_MATCHES = ahocorasick_rs.MatchKind.Standard


@cache
def _government_titles() -> dict[str, str]:
    rows = tsv("heads_of_government.tsv", ("adjective", "title"))
    return {row["adjective"]: row["title"] for row in rows}


def heads_of_government(text: str) -> Iterator[TitleBeforeName]:
    """Every "the head of the Japanese government Fumio Kishida" or "the Hungarian head of
    government Viktor Orbán", as the title English news writes there: "Japanese Prime
    Minister Fumio Kishida" (German: Chancellor). Only a
    country's adjective (not "the Tokyo government") and before a person's name."""
    titles = _government_titles()
    for m in _HEAD_OF_GOVERNMENT.finditer(text):
        adjective, start = m["adjective"], m.start() - len("the ")
        # The article before, a word of its own: a pattern that opens with it would be
        # tried at every "the".
        article = start >= 0 and text[start : m.start()] in ("the ", "The ")
        if not article or (start > 0 and _WORD_CHAR.match(text[start - 1])):
            continue
        if _of_before(text, start):  # the spokesman of the head of the Japanese government
            continue
        if adjective not in _adjective_set():
            continue
        known = _person_at(text, m.end())
        if known is None:
            continue
        title = titles.get(adjective, titles["*"])
        yield TitleBeforeName(start, m.end(), f"{adjective} {title} ", known)
    for m in _HEAD_OF_GOVERNMENT_AFTER.finditer(text):
        before = _ARTICLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        adjective = (before["adjective"] or "").strip() if before else ""
        if before is None or adjective not in _adjective_set():
            continue
        if _of_before(text, before.start()):
            continue
        known = _person_at(text, m.end())
        if known is None:
            continue
        title = titles.get(adjective, titles["*"])
        yield TitleBeforeName(before.start(), m.end(), f"{adjective} {title} ", known)


#: The particles of a surname (Ursula von der Leyen), between a given name and the rest.
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "ter", "ten"})
#: "the spokesman of the National Security Council John Kirby": the body's capitalised
#: words and the name's after it, or "the government" and the name.
_ROLE_OF = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<article>[Tt]he )?"
    r"(?P<role>spokes(?:man|woman|person)|press secretary|mayor|governor|director|head|leader"
    r"|chair(?:man|woman)|commander|economist|analyst|strategist|CEO|founder) of "
    # The kind of body before its name goes ("the economist of the bank Capital
    # Economics": Capital Economics economist).
    r"(?:the )?(?:(?:investment )?bank |company |firm |think tank |consultancy |agency )?"
    r"(?P<words>government(?= \p{Lu})"
    r"|(?:\p{Lu}[\p{L}\p{M}'’-]* )?Ministry of (?:the )?\p{Lu}[\p{L}\p{M}'’-]*"
    r"(?: \p{Lu}[\p{L}\p{M}'’-]*){2,5}"
    rf"|\p{{Lu}}[\p{{L}}\p{{M}}'’-]*(?: (?:(?:{'|'.join(sorted(_PARTICLES))}) )*"
    r"\p{Lu}[\p{L}\p{M}'’-]*){1,6})"
)


#: A role as English news writes it before a name, where it differs: "the head of the
#: IAEA Rafael Grossi" is "IAEA chief Rafael Grossi".
_ROLE_BEFORE_NAME = {"head": "chief"}
#: A word just before a role without an article (executive director, deputy head).
_MODIFIER_BEFORE = regex.compile(r"[\p{L}\p{M}] \Z")
#: Bodies whose head has a title of their own, which "chief" is not: the head of State is
#: a president or a monarch, the head of government a prime minister (heads_of_government
#: reads "the head of the Japanese government").
_HEADED_BY_A_TITLE = frozenset(
    {"government", "Government", "Executive", "executive", "State", "state"}
)


def roles_of(text: str) -> Iterator[TitleBeforeName]:
    """Every "the spokesman of the Kremlin Dmitry Peskov", "the mayor of Kharkiv Ihor
    Terekhov", "the leader of AUR George Simion" or "the head of the IAEA Rafael Grossi", as
    English news writes the role before a name: "Kremlin spokesman Dmitry Peskov", "Kharkiv
    mayor Ihor Terekhov", "AUR leader George Simion", "IAEA chief Rafael Grossi". The name
    is the last two capitalised words, a given name the tables know and a surname; the body
    or place is the words before it."""
    for m in _ROLE_OF.finditer(text):
        words, role = m["words"], m["role"]
        if _of_before(text, m.start()):  # the adviser of the mayor of Kharkiv
            continue
        if not m["article"] and _MODIFIER_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue  # the executive director of the IMF: a role of its own
        if words == "government":
            if role == "head" or _person_at(text, m.end() + 1) is not True:
                continue
            body, end = words, m.end() + 1
        else:
            parts = words.split(" ")
            surname_at = len(parts) - 1
            while surname_at > 1 and parts[surname_at - 1] in _PARTICLES:
                surname_at -= 1
            given, surname = parts[surname_at - 1], " ".join(parts[surname_at:])
            if surname_at < 2 or not _known_person(given, surname):
                continue
            body = " ".join(parts[: surname_at - 1])
            if any(part in _PARTICLES for part in parts[: surname_at - 1]):
                continue  # a particle in a body's name: no name this rule knows
            if role == "head" and body.rsplit(" ", 1)[-1] in _HEADED_BY_A_TITLE:
                continue
            # The spokesman of President Andrzej Duda: the name is the president's.
            if _title_before().search(body):
                continue
            end = m.start("words") + len(body) + 1
            if "Ministry of " in body:
                body = _ministry_before_role(body)
                if body is None:
                    continue
        start = m.start()
        if m["article"] and _opens_sentence(text, start):
            body = body[:1].upper() + body[1:]
        title = _ministers_title(body) if role == "head" else None
        repair = title or f"{body} {_ROLE_BEFORE_NAME.get(role, role)}"
        yield TitleBeforeName(start, end, f"{repair} ", True)


@cache
def _ministries() -> dict[str, str]:
    """A ministry's calque and the name English news writes before a role, from the
    ministers' titles (Minister of Foreign Affairs: Foreign Minister, so Ministry of Foreign
    Affairs: Foreign Ministry)."""
    out = {}
    for form, english in _calque_forms().items():
        if form.startswith("Minister of ") and english.endswith(" Minister"):
            out["Ministry" + form[len("Minister") :]] = english[: -len("Minister")] + "Ministry"
    return out


def _ministry_before_role(body: str) -> str | None:
    """ "Chinese Ministry of Foreign Affairs" as a role's body: "Chinese Foreign Ministry";
    None for a ministry the titles do not name."""
    adjective, _, ministry = body.rpartition("Ministry of ")
    english = _ministries().get("Ministry of " + ministry)
    return f"{adjective}{english}" if english else None


def _ministers_title(body: str) -> str | None:
    """The minister's title where the body is a ministry title_english.tsv knows, after a
    country's adjective or none: the head of the Russian MFA is the Russian Foreign
    Minister, not the Russian MFA chief."""
    adjective, _, ministry = body.partition(" ")
    if adjective not in _adjective_set():
        adjective, ministry = "", body
    title = _english_titles().get(f"head of the {ministry}".lower())
    return f"{adjective} {title}".lstrip() if title else None


#: Up to four capitalised words (a place's name) and the spaces between them.
_LETTERS_AT = regex.compile(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}")
#: "ambassador in" and the capital after it.
_AMBASSADOR_IN = regex.compile(r"(?<![\w-])[Aa]mbassador in (?=(?:the )?\p{Lu})")


def ambassadors_in(text: str) -> Iterator[tuple[int, int, bool]]:
    """The span of "in" in every "ambassador in Japan" (posol v Japonsku, ambasadorius
    Japonijoje), and whether it is certain: an ambassador is "to" a country or a body, and
    only a place of the demonyms table counts, so "the ambassador in Tokyo" stays. The title
    (capitalised) is certain; British English may write "our ambassador in France"."""
    for m in _AMBASSADOR_IN.finditer(text):
        place = m.end() + 4 if text.startswith("the ", m.end()) else m.end()
        # The place may end the sentence: the table's phrase, then no letter.
        window = _LETTERS_AT.match(text, place)
        words = window[0] if window else ""
        if _place_at(words + " ", 0) is not None:
            yield m.end() - 3, m.end() - 1, text[m.start()] == "A"


_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,4}(?=[ -]\p{L})")


def articles_before_titles(text: str) -> Iterator[TitleBeforeName]:
    """Every sentence that opens "The Adjective Title Name", or "The Title" and a public
    figure's name, with "The" to remove: a title before a name takes no article in English
    news ("Japanese Prime Minister Shigeru Ishiba said"), where German, Hungarian and Polish
    MT write one. An apposition ("The Japanese prime minister, Shigeru Ishiba,") is good
    English and does not match."""
    pos = text.find("The ")
    while pos >= 0:
        # Only where a sentence opens: a line's start or after its full stop.
        start, pos = pos, text.find("The ", pos + 4)
        if not _opens_sentence(text, start):
            continue
        after = start + 4
        if text.startswith(FEDERAL, after):  # phrases.federal_title removes it
            after += len(FEDERAL)
        adjective = _phrase_at(text, after, _adjectives_by_first_word())
        if adjective is None:
            # An organisation's initials stand as the adjective ("The NATO Secretary General
            # Mark Rutte"), also where a German compound joined them to the title
            # ("The US-President"), which phrases.acronym_hyphen_title splits.
            acronym = _ACRONYM.match(text, after)
            adjective = acronym[0] if acronym else None
        # An adjective English news writes otherwise before a title (The American
        # president: US President), rewritten with the article.
        alias = None
        if adjective is None:
            adjective = _phrase_at(text, after, _aliases_by_first_word())
            if adjective is not None:
                english = _adjective_aliases()[adjective]
                alias = TitleBeforeName(after, after + len(adjective), english, True)
        if adjective is not None:
            after += len(adjective) + 1
        title = _phrase_at(text, after, _titles_by_first_word())
        lower_case = [] if title else list(_lower_case_title(text, start, after, adjective))
        if lower_case:
            yield from lower_case
            if alias:
                yield alias
            continue
        named = _NAME.match(text, after + len(title) + 1) if title is not None else None
        if named is None:
            yield from _article_before_spokesman(text, start)
            continue
        name, following = named["name"], (named["next"] or "").strip()
        if adjective is None:
            # A monarch's title alone takes "the" before a ship or a dog (the Queen
            # Elizabeth, the King Charles spaniel): only a public figure's whole name
            # vouches for it. An officeholder's title is one before a given name and a
            # surname (The President Zoran Milanović).
            if following and (
                fold(f"{name} {following}") in figures()
                or (title not in _MONARCHS and _given_and_surname(name, following))
            ):
                yield TitleBeforeName(start, start + len("The "), "", True)
            continue
        known = _known_given_name(name, following)
        if known or _may_be_a_name(name):
            yield TitleBeforeName(start, start + len("The "), "", known)
            if alias:
                yield TitleBeforeName(alias.start, alias.end, alias.repair, known)


#: The head of government as Central European languages name it (premiér, premjeras):
#: English news writes the country's title (heads_of_government.tsv).
PREMIER = "premier"


@cache
def _lower_case_titles() -> dict[str, tuple[str, ...]]:
    """The formal titles in lower case, as Slavic and Baltic MT writes them (prezydent,
    premiér), with "premier", by their first word."""
    titles = {t.lower() for t in word_list("titles_before_name.txt") if " of the " not in t}
    return _by_first_word(titles | {PREMIER} | set(_HYPHENATED))


def _lower_case_title(
    text: str, start: int, after: int, adjective: str | None
) -> Iterator[TitleBeforeName]:
    """The article out and a lower-case formal title capitalised, as a title before a name
    is: "The Ukrainian president Volodymyr Zelensky" is "Ukrainian President Volodymyr
    Zelensky"; "premier" is the country's head of government's title (Slovak Prime Minister
    Robert Fico, Chinese Premier Li Qiang). Only before a name the tables know; with no
    adjective, only before a public figure who holds the title (The premier Giorgia Meloni:
    Prime Minister Giorgia Meloni), since "The president" alone may be a company's."""
    title = _phrase_at(text, after, _lower_case_titles())
    if title is None or _person_at(text, after + len(title) + 1) is not True:
        return
    if adjective is None:
        held = _title_held(text, after + len(title) + 1, title)
        if held is not None:
            yield TitleBeforeName(start, start + len("The "), "", True)
            yield TitleBeforeName(after, after + len(title), held, True)
        return
    if title == PREMIER:
        titles = _government_titles()
        formal = titles.get(adjective, titles["*"])
    else:
        formal = _formal_titles()[title]
    yield TitleBeforeName(start, start + len("The "), "", True)
    yield TitleBeforeName(after, after + len(title), formal, True)


#: Words a title before a figure's name follows in a sentence's course: a preposition, a
#: conjunction or a verb of meeting and speaking (a past tense in -ed too). Not an
#: article, an adjective or "former" ("former president Donald Trump" is AFP's style), nor
#: a noun ("the company president").
_BEFORE_A_TITLE = frozenset(
    (
        *("with", "by", "to", "from", "for", "of", "at", "on", "between", "and", "or", "as"),
        *("that", "said", "told", "met", "meets", "thanked", "thanks", "urged", "asked"),
    )
)


def _title_may_follow(word: str) -> bool:
    """Whether a title may follow ``word`` in a sentence's course (see _BEFORE_A_TITLE)."""
    return (
        word.lower() in _BEFORE_A_TITLE
        or (word.endswith("ed") and word.islower())
        or word.endswith((",", ";", ":"))
    )


def lower_case_titles(text: str) -> Iterator[TitleBeforeName]:
    """Every formal title in lower case right before the public figure who holds it, in a
    sentence's course ("met with president Volodymyr Zelensky", Polish "z prezydentem"), or
    after the country's adjective without an article ("Ukrainian president Volodymyr
    Zelensky said"): a title before a name is capitalised as the office's ("President
    Volodymyr Zelensky"; "premier" is the country's head of government's title: Prime
    Minister Donald Tusk). Not after an article, another adjective or "former", nor before
    a name the tables do not hold as that office's."""
    titles = _lower_case_titles()
    for first in titles:
        pos = text.find(f"{first} ")
        while pos >= 0:
            start, pos = pos, text.find(f"{first} ", pos + len(first))
            if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            title = _phrase_at(text, start, titles)
            if title is None or " of " in title:  # minister_of_before_name's calques
                continue
            before = text[max(0, start - 30) : start].rstrip(" ").rsplit(" ", 1)[-1]
            if before in _adjective_set():  # "met Ukrainian president Volodymyr Zelensky"
                at = start - len(before) - 1
                word = text[max(0, at - 30) : at].rstrip(" ").rsplit(" ", 1)[-1]
                if not (_opens_sentence(text, at) or _title_may_follow(word)):
                    continue
            elif start and text[start - 1] != "\n" and not _title_may_follow(before):
                continue
            held = _title_held(text, start + len(title) + 1, title)
            if held is not None:
                yield TitleBeforeName(start, start + len(title), held, True)


#: The roles a head of government holds, which "premier" stands for.
_HEAD_OF_GOVERNMENT_ROLES = ("Prime Minister", "Premier", "Chancellor")


def _title_held(text: str, pos: int, title: str) -> str | None:
    """The formal title that the public figure whose name starts at ``pos`` holds and
    that lower-case ``title`` names (president: President; premier: Prime Minister)."""
    found = _figure_at(text, pos)
    if found is None:
        return None
    wanted = _HEAD_OF_GOVERNMENT_ROLES if title == PREMIER else (_formal_titles()[title],)
    return next((formal for formal in wanted if _holds(found[1], formal)), None)


#: A spokesman's or a leader's role after "The ": the body's capitalised words or
#: "government", and a name after it; a German compound joins the body and the role
#: ("The CDU-chairman"), which phrases.acronym_hyphen_title splits.
_SPOKESMAN_ROLES = (
    "spokesman|spokeswoman|spokesperson|press secretary|chairman|chairwoman|leader|chief"
)


@cache
def _spokesman_after_the() -> regex.Pattern[str]:
    """ "The", a body (government, a ministry in lower case, or capitalised words), and a
    spokesman's role before a capital."""
    ministries = "|".join(sorted({name.lower() for name in _ministries().values()}))
    return regex.compile(
        rf"The (?P<body>(?:\p{{Lu}}[\p{{L}}'’-]* )?(?:government|{ministries})"
        r"|(?:\p{Lu}[\p{L}'’-]* ){0,2}\p{Lu}[\p{L}'’]*)[ -]"
        rf"(?:{_SPOKESMAN_ROLES}) (?=\p{{Lu}})"
    )


#: The roles alone, which the standard engine finds fastest, and how far after "The" they
#: may end.
_SPOKESMAN_ROLE = re.compile(_SPOKESMAN_ROLES)
SPOKESMAN_REACH = 80


def _article_before_spokesman(text: str, start: int) -> Iterator[TitleBeforeName]:
    """A spokesman's role before a name takes no article either ("The government spokesman
    Zoltán Kovács said", "The Kremlin spokesman Dmitry Peskov", "The Chinese foreign
    ministry spokeswoman Mao Ning"), and a lower-case body opening the sentence takes the
    capital."""
    # Most sentences opening "The" hold no such role near it: a substring test first.
    if not _SPOKESMAN_ROLE.search(text, start, start + SPOKESMAN_REACH):
        return
    m = _spokesman_after_the().match(text, start)
    if m is None or _person_at(text, m.end()) is not True:
        return
    if m["body"].endswith(("'s", "’s")):
        return  # "The Pentagon's spokesman Patrick Ryder": English with its article
    if m["body"][0].islower():  # The government spokesman: Government spokesman
        yield TitleBeforeName(start, start + len("The g"), m["body"][0].upper(), True)
    else:
        yield TitleBeforeName(start, start + len("The "), "", True)


#: Titles that also name ships, breeds and pubs after a monarch (the Queen Elizabeth).
_MONARCHS = frozenset({"King", "Queen", "Emperor", "Crown Prince"})


#: A word rarer than this in English may be a surname after a given name (Petkova).
RARE_WORD_ZIPF = 2.5


def _may_be_a_surname(word: str) -> bool:
    """Whether ``word`` may be a surname after a given name: a name, a family name however
    common a word it is too (Adams), or a rare word."""
    if _may_be_a_name(word) or english_zipf(word) < RARE_WORD_ZIPF:
        return True
    return english_name_kind(word) == "family"


def _person_at(text: str, pos: int) -> bool | None:
    """Whether a person's two-word name starts at ``pos``: True where the tables know it (a
    public figure, or a given name and a surname), False where its words only may be names,
    None where it is no name."""
    named = _NAME.match(text, pos)
    if named is None or not named["next"]:
        return None
    name, following = named["name"], named["next"].strip()
    if _known_person(name, following):
        return True
    if _may_be_a_name(name) and _may_be_a_surname(following):
        return False
    return None


def _known_person(name: str, following: str) -> bool:
    """Whether "name following" is a person by the tables: a public figure, or a given name
    and a surname."""
    return fold(f"{name} {following}") in figures() or _given_and_surname(name, following)


def _given_and_surname(first: str, second: str) -> bool:
    """Whether "first second" is a person's name by the tables: a given name the name
    tables know, and a second word that may be a surname."""
    known = _known_given_name(first, second) or english_name_kind(first) == "given"
    return known and _may_be_a_surname(second)


@cache
def _roles() -> tuple[str, ...]:
    """The titles and roles a name may be followed by (titles_before_name.txt and
    roles_after_name.txt), longest first; not the calques of a title ("head of the
    Foreign Ministry"), which no language puts after a name, and whose last word and a
    verb ("Ministry said") would send most reports to the search."""
    roles = word_list("titles_before_name.txt") | word_list("roles_after_name.txt")
    return tuple(sorted((r for r in roles if " of the " not in r), key=len, reverse=True))


#: Titles MT hyphenates as its source does (premjer-ministras, prim-ministrul), in lower
#: case, and the title they are.
_HYPHENATED = {"prime-minister": "Prime Minister"}


@cache
def _formal_titles() -> dict[str, str]:
    return {t.lower(): t for t in word_list("titles_before_name.txt")} | _HYPHENATED


@cache
def title_verb_literals() -> tuple[str, ...]:
    """Each title's or role's last word, in either case, a space and a reporting verb:
    where "Viktor Orbán Prime Minister said" may end, as Hungarian puts the title after the
    name (Orbán Viktor miniszterelnök)."""
    last_words = {t.split(" ")[-1] for t in _roles()}
    last_words |= {w[:1].swapcase() + w[1:] for w in last_words}
    return tuple(sorted(f"{last} {verb}" for last in last_words for verb in _speech_verbs()))


@cache
def _title_end_then_verb() -> tuple[Any, tuple[int, ...]]:
    """The literals of ``title_verb_literals`` in one Aho-Corasick automaton, where a
    pattern of so many lower-case words would be tried at every position, and where each
    literal's space after the title's last word ends."""
    literals = title_verb_literals()
    automaton = ahocorasick_rs.AhoCorasick(literals, matchkind=_ALL_MATCHES)
    return automaton, tuple(literal.index(" ") + 1 for literal in literals)


def _titles_then_verbs(text: str) -> Iterator[tuple[int, int]]:
    """Where each title's last word starts, and where its space before a whole reporting
    verb ends."""
    automaton, spaces = _title_end_then_verb()
    for i, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
        if end == len(text) or not text[end].isalnum():
            yield start, start + spaces[i]


@cache
def _role_before() -> regex.Pattern[str]:
    """A title or role (and its article) that ends where the match must end."""
    return regex.compile(
        rf"(?<![\w-])(?:[Tt]he )?(?P<title>{'|'.join(_either_case(t) for t in _roles())})\Z"
    )


#: A two-word name ending where the search ends, at a sentence's or a clause's start, so
#: that the two words are the whole name.
_NAME_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?:;,–—(\"“\n][ \t]*))(?P<name>\p{Lu}[\p{L}\p{M}'’-]+ \p{Lu}[\p{L}\p{M}'’-]+) \Z",
    regex.MULTILINE,
)
#: How far before a title a name may start.
NAME_REACH = 60
_TWO_CAPITALS = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]+ \p{Lu}")
_WORD_BEFORE_TITLE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*) \Z")


@cache
def _adjective_set() -> frozenset[str]:
    return frozenset(adjectives().values())


def names_before_titles(text: str) -> Iterator[TitleBeforeName]:
    """Every "Name Title said", as "Title Name said": English news puts the title first."""
    for start, end in _titles_then_verbs(text):
        # Most are "the minister said": no two capitalised words before, no name to move.
        if not _TWO_CAPITALS.search(text, max(0, start - TITLE_REACH - NAME_REACH), start):
            continue
        title = _role_before().search(text, max(0, start - TITLE_REACH), end - 1)
        if title is None or title.start() != title.start("title"):  # "the Prime Minister"
            continue
        # A country's adjective before the title goes first with it (Xi Jinping Chinese
        # president said: Chinese President Xi Jinping said).
        role_start, adjective = title.start(), ""
        before = _WORD_BEFORE_TITLE.search(text, max(0, role_start - 40), role_start)
        if before and before[1] in _adjective_set():
            role_start, adjective = before.start(), f"{before[1]} "
            # Hungarian's apposition without its commas: "Lin Jian the Chinese foreign
            # ministry spokesman said" (Lin Csien, a kínai külügyi szóvivő, mondta).
            if text.startswith("the ", role_start - 4):
                role_start -= 4
        named = _NAME_BEFORE.search(text, max(0, role_start - NAME_REACH), role_start)
        if named is None:
            continue
        first, second = named["name"].split(" ")
        known = _known_given_name(first, second)
        if not known and not (_may_be_a_name(first) and _may_be_a_name(second)):
            continue
        # A formal title is capitalised before a name (Foreign Minister Péter Szijjártó);
        # a role only where it opens the sentence (Government spokesman Yoshimasa Hayashi).
        role = adjective + _formal_titles().get(title["title"].lower(), title["title"])
        if _opens_sentence(text, named.start()):
            role = role[:1].upper() + role[1:]
        yield TitleBeforeName(named.start(), end, f"{role} {named['name']} ", known)


@cache
def _titles_automaton() -> Any:
    """Each title or role after a space, its first letter in either case or all in lower
    case ("minister of foreign affairs"), in one Aho-Corasick automaton: a pattern of them
    would be tried at every position."""
    forms = {
        f" {form}"
        for title in _roles()
        for form in (title, title[:1].swapcase() + title[1:], title.lower())
    }
    return ahocorasick_rs.AhoCorasick(sorted(forms), matchkind=_ALL_MATCHES)


def _titles_after_a_word(text: str) -> Iterator[tuple[int, int]]:
    """The span of each title or role after a space and ending a word; of those ending at
    one place, the longest (Deputy Prime Minister, not Prime Minister)."""
    found: dict[int, int] = {}
    for _, start, end in _titles_automaton().find_matches_as_indexes(text, overlapping=True):
        if end < len(text) and _WORD_CHAR.match(text, end):
            continue
        found[end] = min(found.get(end, end), start + 1)
    for end, start in found.items():
        yield start, end


#: The one or two words before a title (a country's adjective: Chinese, North Korean).
_WORDS_BEFORE_TITLE = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?:(?P<first>\p{Lu}[\p{L}-]*) )?(?P<last>\p{Lu}[\p{L}-]*) \Z"
)
#: The two capitalised words of a name ending where the search ends, and a capitalised word
#: before them if there is one (a three-part name: Recep Tayyip Erdogan).
_NAME_ENDING = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?:(?P<before>\p{Lu}[\p{L}\p{M}'’-]*) )?"
    r"(?P<first>\p{Lu}[\p{L}\p{M}'’-]+) (?P<second>\p{Lu}[\p{L}\p{M}'’-]+) \Z"
)
#: What may follow the title for the three to be one name and its title: not another name,
#: nor "of" and a place.
_AFTER_COUNTRY_TITLE = regex.compile(r" (?:\p{Lu}|of\b)|-")


def names_before_country_titles(text: str) -> Iterator[TitleBeforeName]:
    """Every "Xi Jinping Chinese President received", a known person's name before a
    country's adjective and a title, as Hungarian writes it (Hszi Csin-ping kínai elnök), as
    "Chinese President Xi Jinping received": English never puts the two after a name without
    a comma. So too a title of two words or more alone ("the cabinet of Sanae Takaichi Prime
    Minister"). Only a public figure or a given name and a surname the tables know."""
    verbs = _speech_verbs()
    for title_start, title_end in _titles_after_a_word(text):
        if _AFTER_COUNTRY_TITLE.match(text, title_end):
            continue
        # Most titles follow "the" or a lower-case word: no adjective, no search.
        if not text[text.rfind(" ", 0, title_start - 1) + 1].isupper():
            continue
        following = text[title_end + 1 : title_end + 12].split(" ", 1)[0]
        words = _WORDS_BEFORE_TITLE.search(text, max(0, title_start - 40), title_start)
        if words is None:
            continue
        two = f"{words['first']} {words['last']}"
        if words["first"] and two in _adjective_set():
            adjective_start, adjective = words.start(), two
        elif words["last"] in _adjective_set() or words["last"] in _adjective_aliases():
            adjective_start, adjective = words.start("last"), words["last"]
        elif " " in text[title_start:title_end]:
            # A title of two words or more alone (Sanae Takaichi Prime Minister, Minoru
            # Kihara government spokesman); one word may be a surname (Charles King).
            adjective_start, adjective = title_start, ""
        else:
            continue
        named = _NAME_ENDING.search(text, max(0, adjective_start - NAME_REACH), adjective_start)
        if named is None:
            continue
        # "the Tony Blair government spokesman": the name stands for the government.
        first = named.start("first")
        if not adjective and (
            named["before"] in ("A", "An", "The")
            or _ARTICLE_END.search(text, max(0, first - 4), first)
        ):
            continue
        # "Viktor Orbán Hungarian Prime Minister said" opening a clause is title_after_name's.
        if following.rstrip(".,;:") in verbs and _NAME_BEFORE.search(
            text, max(0, adjective_start - NAME_REACH), adjective_start
        ):
            continue
        start, name = first, f"{named['first']} {named['second']}"
        # A figure's three-part name (Recep Tayyip Erdogan, Kim Jong Un), or a known two
        # after a word that is no name's part (on Wednesday Vladimir Putin): a name's part
        # would be left behind.
        before = named["before"]
        if before and fold(f"{before} {name}") in figures():
            start, name = named.start(), f"{before} {name}"
        elif not _known_person(named["first"], named["second"]) or (
            before and _may_be_a_name(before)
        ):
            continue
        title = _english_title(text[title_start:title_end])
        role = f"{_adjective_aliases().get(adjective, adjective)} {title}".lstrip()
        if not adjective and _opens_sentence(text, start):
            role = role[:1].upper() + role[1:]
        yield TitleBeforeName(start, title_end, f"{role} {name}", True)


#: An article ending where the search ends.
_ARTICLE_END = regex.compile(r"(?<![\p{L}\p{M}'’-])(?:[Tt]he|an?|An?) \Z")


@cache
def _aliases_by_first_word() -> dict[str, tuple[str, ...]]:
    return _by_first_word(_adjective_aliases())


@cache
def _adjective_aliases() -> dict[str, str]:
    """Adjectives MT writes for a country that English news writes otherwise before a
    title (American President: US President)."""
    rows = tsv("adjective_aliases.tsv", ("written", "english"))
    return {row["written"]: row["english"] for row in rows}


def country_title_literals() -> tuple[str, ...]:
    """Each title's or role's first word after a space, in either case: what every
    "Xi Jinping Chinese President" holds."""
    first_words = {t.split(" ")[0] for t in _roles()}
    first_words |= {w[:1].swapcase() + w[1:] for w in first_words}
    return tuple(sorted(f" {w}" for w in first_words))


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(word_list("speech_verbs.txt") | {"says"})


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a line or follows a sentence's end (and a dateline's dash)."""
    if pos == 0 or text[pos - 1] == "\n":
        return True
    if text[pos - 1] != " ":  # most words: no pattern call
        return False
    if text[pos - 2 : pos] in (". ", "! ", "? "):
        return True
    return bool(_SENTENCE_BEFORE.search(text[max(0, pos - 3) : pos]))


#: A sentence's end, or a dateline's dash (an en or em dash, or a hyphen between spaces).
_SENTENCE_BEFORE = regex.compile(r"(?:[.!?][\"”’]?|[–—]| -) \Z")
