"""Stage ``phrases``: machine-translation calques and broken phrases.

Most repairs are rows of ``restore/data/phrases.tsv`` (source languages, pattern, repair,
auto or suggest), each registered as its own rule ``phrases.<id>`` so it has its own
examples and its own score in the ablation. Two need more than a pattern: the future tense
of a reporting verb where news reports a past event, and a/an agreement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

import regex

from restore.context import Context
from restore.dash_speech import dash_quotes
from restore.edits import narrowed
from restore.errors import TableFormatError
from restore.initials import initial_mentions
from restore.lines import lines_with
from restore.perfect_tense import OPENING_WORDS, PASSIVE_AUXILIARIES, perfects_with_past_time
from restore.registry import Proposal, rule
from restore.tables import alternation, tsv, word_list
from restore.title_order import (
    TitleBeforeName,
    ambassadors_in,
    articles_before_titles,
    calque_titles,
    country_title_literals,
    heads_of_government,
    lower_case_titles,
    names_before_country_titles,
    names_before_titles,
    roles_of,
    state_titles,
    title_verb_literals,
    titles_before_names,
)
from restore.weapon_names import weapons_after_kinds

#: Pattern matching is bounded, so a pathological row cannot hang a batch.
MATCH_TIMEOUT = 1.0


def _row_pattern(row: dict[str, str]) -> regex.Pattern[str]:
    try:
        return regex.compile(row["pattern"], regex.MULTILINE)
    except regex.error as exc:
        raise TableFormatError(f"phrases.tsv: row {row['id']!r}: {exc}") from exc


def _row_rule(row: dict[str, str]) -> Callable[[str, Context], Iterator[Proposal]]:
    # Compiled on first use: most rows' triggers are rare, and compiling all of them took a
    # fifth of a second at every start (before a batch's workers fork, so on its clock).
    compiled: list[regex.Pattern[str]] = []
    suggest = row["mode"] == "suggest"
    note = f"{row['note']} [{row['lang']}]"
    triggers = frozenset(_row_triggers(row))

    def repair(text: str, ctx: Context) -> Iterator[Proposal]:
        spans = lines_with(text, ctx.literals_held(triggers)) if triggers else [(0, len(text))]
        if not spans:
            return
        if not compiled:
            compiled.append(_row_pattern(row))
        pattern = compiled[0]
        try:
            for start, end in spans:
                # A match stays on its line, but may look ahead into the next two (past
                # a blank line, to the next paragraph's first line).
                window = _next_line_end(text, _next_line_end(text, end))
                for m in pattern.finditer(text, start, window, timeout=MATCH_TIMEOUT):
                    if m.end() > end:
                        break
                    a, b, after = narrowed(text, m.start(), m.end(), m.expand(row["repair"]))
                    yield Proposal(a, b, after, note, suggest)
        except TimeoutError:
            return

    return repair


def _row_triggers(row: dict[str, str]) -> tuple[str, ...]:
    """A row's literals (``|`` between alternatives), one of which every match contains."""
    return tuple(t for t in row["trigger"].split("|") if t)


def _next_line_end(text: str, end: int) -> int:
    """Where the line after the one ending at ``end`` ends (the text's end if none)."""
    if end >= len(text):
        return end
    after = text.find("\n", end + 1)
    return len(text) if after < 0 else after


_ROWS = tsv("phrases.tsv", ("id", "lang", "trigger", "pattern", "repair", "mode", "note"))
#: Rows that yield to the title rules where their edits overlap: "the RF" in "the Minister
#: of Foreign Affairs of the RF Sergei Lavrov" is the title's, which writes Russian, and
#: "The Romanian prime-minister Marcel Ciolacu" is "Romanian Prime Minister".
_AFTER_TITLES = frozenset({"of_the_rf", "prime_minister_hyphen"})
for _row in _ROWS:
    _description = f"{_row['note'][:1].upper()}{_row['note'][1:]}."
    rule(
        f"phrases.{_row['id']}",
        _description,
        triggers=_row_triggers(_row),
        priority=105 if _row["id"] in _AFTER_TITLES else 100,
        warm=False,
    )(_row_rule(_row))


@cache
def _past_tense() -> dict[str, str]:
    return {row["verb"]: row["past"] for row in tsv("reporting_verbs.tsv", ("verb", "past"))}


@cache
def _future_verb() -> regex.Pattern[str]:
    verbs = "|".join(sorted(_past_tense(), key=len, reverse=True))
    # A pronoun subject ("it will announce") is usually reported speech about a real future.
    return regex.compile(
        rf"(?<!\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Ww]ho|[Tt]hat) )"
        rf"\bwill (?P<verb>{verbs})\b(?!\s+(?:to|that it will)\b)"
    )


# Only markers that cannot point forward: "on Friday" or "in August" can ("the minister
# will announce the plan on Friday" is good English), so they are not here.
_PAST_MARKER = regex.compile(
    r"\b(?:yesterday|last (?:week|month|year|night)|earlier (?:this (?:week|month|year)|today|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|ago)\b"
)
_FUTURE_MARKER = regex.compile(
    r"\b(?:next (?:week|month|year)|tomorrow|later (?:this|today)|in the coming|soon|upcoming)\b"
)
_PAST_REPORTING = regex.compile(r"\b(?:said|told|reported|added|wrote|announced)\b")


@rule(
    "phrases.future_reporting_verb",
    "Put a reporting verb MT left in the future ('will praise') in the past tense of news.",
    triggers=("will ",),
)
def future_reporting_verb(text: str, ctx: Context) -> Iterator[Proposal]:
    past_doc: bool | None = None
    for m in _future_verb().finditer(text):
        sentence = _sentence_around(text, m.start())
        if _FUTURE_MARKER.search(sentence):
            continue
        certain = bool(_PAST_MARKER.search(sentence))
        if not certain:
            if past_doc is None:
                past_doc = len(_PAST_REPORTING.findall(text)) >= 3
            if not past_doc:
                continue
        note = "future tense for a reported past event" + ("" if certain else "; uncertain")
        yield Proposal(m.start(), m.end(), _past_tense()[m["verb"]], note, suggest=not certain)


@rule(
    "phrases.perfect_with_time",
    "Put a present perfect MT wrote for a dated past event in the simple past ('has "
    "announced on Thursday' -> 'announced on Thursday', 'has spoken yesterday' -> 'spoke'; "
    "'Yesterday, the minister has announced' -> 'announced').",
    # The words a past time opening a sentence starts with are scanned for too.
    triggers=("has ", "have ", *PASSIVE_AUXILIARIES, *sorted(OPENING_WORDS)),
)
def perfect_with_time(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "present perfect with a past time (hat am Montag gesagt, a annoncé jeudi)"
    for start, end, past in perfects_with_past_time(text, ctx.present):
        yield Proposal(start, end, past, note)


#: How far a sentence reaches either side of a word, at most: a text without sentence
#: marks is not one sentence to search whole for every match.
SENTENCE_REACH = 600


def _sentence_around(text: str, pos: int) -> str:
    """The sentence holding ``pos`` (between sentence marks or line breaks)."""
    low, high = max(0, pos - SENTENCE_REACH), min(len(text), pos + SENTENCE_REACH)
    marks = (". ", "! ", "? ", "\n")
    start = max(max(text.rfind(mark, low, pos) for mark in marks) + 1, low)
    ends = [e for e in (text.find(mark, pos, high) for mark in marks) if e >= 0]
    return text[start : min(ends) + 1 if ends else high]


@cache
def _quote_attribution() -> regex.Pattern[str]:
    """Direct speech that opens a sentence, then its attribution punctuated as Slavic and
    Baltic languages do: a comma outside the closing quote, a dash, or both."""
    verbs = "|".join(sorted(word_list("speech_verbs.txt"), key=len, reverse=True))
    return regex.compile(
        # Not after "e.g." or "i.e.": an abbreviation, not the end of a sentence.
        r"(?:^|(?<=[.!?…][ \t])(?<!\b\w\.\w\.[ \t]))[“\"][^“”\"\n]{1,600}?"
        r"(?P<end>[.,?!…]?)(?P<close>[”\"])(?P<sep>[ \t]*,[ \t]*[-–—]|[ \t]*[-–—]|[ \t]*,)[ \t]+"
        rf"(?=(?:[\p{{L}}’'.-]+[ \t]){{0,5}}?(?:{verbs})\b(?![ \t]+to\b))",
        regex.MULTILINE,
    )


#: A closing quote followed by a comma or a dash: every match holds one, on its line.
_ATTRIBUTION_TRIGGERS = ("”,", '",', "” -", "” –", "” —", '" -', '" –', '" —')


@rule(
    "phrases.quote_attribution",
    "Punctuate direct speech before its attribution the English way "
    "('“We will respond”, – said the minister' -> '“We will respond,” said the minister').",
    triggers=_ATTRIBUTION_TRIGGERS,
)
def quote_attribution(text: str, ctx: Context) -> Iterator[Proposal]:
    # A quote that starts mid-sentence keeps its comma outside, as AFP writes it: the
    # country “will be able to export arms”, an official said.
    pattern = _quote_attribution()
    for start, end in lines_with(text, _ATTRIBUTION_TRIGGERS):
        for m in pattern.finditer(text, start, end):
            punct = m["end"] if m["end"] in ("?", "!", "…") else ","
            yield Proposal(
                m.start("end"), m.end(), f"{punct}{m['close']} ", "punctuation of direct speech"
            )


def _quotation_marks(text: str) -> tuple[str, str]:
    """The marks the document quotes with: straight ones where it has only those, else
    the typographic ones news copy uses."""
    if '"' in text and "“" not in text and "”" not in text:
        return '"', '"'
    return "“", "”"


@rule(
    "phrases.dash_quote",
    "Quote direct speech a dash opens, as Nordic news writes it ('- We stand firmly behind "
    "Ukraine, says Kristersson.' -> '“We stand firmly behind Ukraine,” says Kristersson.'), "
    "or opens and closes, as Polish and Czech news do ('- We will help - said Tusk.').",
    # A line's dash, or a dash after a sentence's full stop: a text that opens with such a
    # quote is left (a report opens with its dateline or headline).
    triggers=("\n- ", "\n– ", "\n— ", ". - ", ". – ", ". — "),
)
def dash_quote(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "direct speech opened by a dash (Swedish, Norwegian, Danish, Finnish news)"
    opening, closing = _quotation_marks(text)
    for q in dash_quotes(text):
        yield Proposal(q.dash_start, q.dash_end, opening, note)
        yield Proposal(q.end_start, q.end_end, f"{q.punctuation}{closing} ", note)


@cache
def _doubled() -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """The doubled pairs to look for ("the the"), and the pattern that repairs them."""
    words = tuple(sorted(word_list("doubled_words.txt")))
    alternation = "|".join(map(regex.escape, words))
    pattern = regex.compile(rf"(?i)\b(?P<word>{alternation})(?:[ \t]+(?P=word)\b)+")
    return tuple(f" {w} {w}" for w in words), pattern


def _has_pair(low: str, pairs: tuple[str, ...]) -> bool:
    """Whether a pair occurs as whole words ("the the", not "the then")."""
    for pair in pairs:
        at = low.find(pair)
        while at >= 0:
            end = at + len(pair)
            if end == len(low) or not low[end].isalnum():
                return True
            at = low.find(pair, end)
    return False


def _doubled_literals() -> tuple[str, ...]:
    """Each pair as it may be written (the the, The the, THE THE), and the runs of spaces
    and tabs a pair may have between its words instead of one space."""
    pairs: set[str] = set()
    for word in word_list("doubled_words.txt"):
        forms = (word, word.capitalize(), word.upper())
        pairs.update(f"{a} {b}" for a in forms for b in forms)
    return (*sorted(pairs), "  ", "\t")


@rule(
    "phrases.doubled_word",
    "The same function word twice in a row ('the the').",
    triggers=_doubled_literals(),
)
def doubled_word(text: str, ctx: Context) -> Iterator[Proposal]:
    pairs, pattern = _doubled()
    if "  " not in text and "\t" not in text and not _has_pair(" " + text.lower(), pairs):
        return  # the common case, decided by substring search without the pattern
    for m in pattern.finditer(text):
        first = m["word"]
        if all(w in (first, first.lower()) for w in m.group().split()[1:]):  # not "at AT&T"
            yield Proposal(m.start(), m.end(), m["word"], "the same function word twice")


_LETTERS_SAID_WITH_A_VOWEL = frozenset("AEFHILMNORSX")
#: Capitals without a vowel: said letter by letter ("NHS"). Title case is left out: "Mr",
#: "St", "Mt" are said as the words they shorten.
_SAID_AS_LETTERS = regex.compile(r"[B-DF-HJ-NP-TV-XZ]{2,}")


@cache
def _sounds() -> tuple[dict[str, str], dict[str, str], int]:
    """The beginnings whose sound picks the article (generated from CMUdict): whole words,
    beginnings, and the longest beginning's length."""
    whole: dict[str, str] = {}
    starts: dict[str, str] = {}
    for row in tsv("article_sounds.tsv", ("beginning", "article")):
        begin, kind = row["beginning"], row["article"]
        if kind not in ("a", "an", "either"):
            raise TableFormatError(f"article_sounds.tsv: {begin!r}: article {kind!r}")
        if begin.endswith("$"):
            whole[begin[:-1]] = kind
        else:
            starts[begin] = kind
    return whole, starts, max(map(len, starts), default=0)


def _sound(word: str) -> str | None:
    """What the sound of a lower-case word takes when its spelling misleads, else None."""
    whole, starts, longest = _sounds()
    if word in whole:
        return whole[word]
    for n in range(min(len(word), longest), 0, -1):
        if word[:n] in starts:
            return starts[word[:n]]
    return None


@cache
def _article() -> regex.Pattern[str]:
    """An article and the word after it, where the two can disagree: "a" before a vowel,
    a silent "h" or a letter said with a vowel; "an" before anything but a vowel no
    exception starts with. Other pairs need no look (and are most of them)."""
    whole, starts, _ = _sounds()
    exceptions = {b[0] for b in (*whole, *starts)}
    vowels = set("aeiou")
    after_a = vowels | (exceptions - vowels)
    never_a = vowels - exceptions  # after "an", these always agree
    # Initialisms are capitals, so only the capital of a letter said with a vowel counts.
    a_class = "".join(sorted(after_a | {c.upper() for c in after_a} | _LETTERS_SAID_WITH_A_VOWEL))
    an_skip = "".join(sorted(never_a | {c.upper() for c in never_a}))
    return regex.compile(
        rf"\b(?P<art>[Aa](?= [{a_class}])|[Aa]n(?= [^{an_skip}])) "
        rf"(?P<word>[A-Za-z][\w.-]*)"
    )


@lru_cache(maxsize=65536)
def _wants_an(word: str) -> bool | None:
    """Whether ``word`` takes "an", by how it is said: initialisms by their first letter's
    name, words by their spelling unless the CMUdict table says otherwise (None: either,
    or cannot tell)."""
    if (len(word) == 1 and word.isupper()) or (len(word) > 1 and word[1] in ".-"):
        # A letter's name: "a U.N. envoy", "an X-ray", "an n-gram".
        return word[0].upper() in _LETTERS_SAID_WITH_A_VOWEL
    if camel := _CAMEL_INITIALISM.match(word):
        initialism = camel[1]  # "XML" of "XMLReader", "R" of "RLock"
        if _VOWELS.isdisjoint(initialism):
            return initialism[0] in _LETTERS_SAID_WITH_A_VOWEL
        return None  # "URLError": "a URL" or "an URL"
    letters = _HEAD.match(word)
    head = letters[0] if letters else word
    if _SAID_AS_LETTERS.fullmatch(head):
        return head[0] in _LETTERS_SAID_WITH_A_VOWEL  # "an NHS trust", "a BBC crew"
    if _SAID_AS_LETTERS.fullmatch(head.upper()) and head.islower():
        return None  # "an ssh key" but "a mm": letters or a word, spelling cannot tell
    if word.isupper():
        return None  # "an FBI agent" but "a NATO ally": spelling cannot tell
    if head.lower() in _NOT_AFTER_AN_ARTICLE:
        return None  # "assuming a is sorted": a variable, not an article
    sound = _sound(head.lower())
    if sound is not None:
        return None if sound == "either" else sound == "an"
    return head[0].lower() in "aeiou"


#: A word's first run of letters: "one" of "one-off", "U" of "U.N.".
_HEAD = regex.compile(r"[A-Za-z]+")
#: Capitals run into a capitalised word: an initialism and a word ("XMLReader").
_CAMEL_INITIALISM = regex.compile(r"([A-Z]+)[A-Z][a-z]")
_VOWELS = frozenset("AEIOUY")
#: Words no article stands before: after them "a" is a letter or a variable.
_NOT_AFTER_AN_ARTICLE = frozenset(
    {
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "of",
        "in",
        "into",
        "on",
        "at",
        "as",
        "if",
        "it",
        "to",
    }
)


#: "Let us remind that" opening a sentence (Напомним, что; Primename, kad; Przypomnijmy, że):
#: "remind" with nobody reminded is no English, and the news states the background
#: without it. Not "We remind you that", a notice's English.
_REMINDER = regex.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’»][ \t]))(?:(?:Let us|Let's|Let’s|We) remind that )+"
    r"(?P<next>\p{L})",
    regex.MULTILINE,
)


@rule(
    "phrases.reminder_opening",
    "Drop 'Let us remind that' opening a sentence ('Let us remind that the talks were held' "
    "-> 'The talks were held'), a calque of Напомним, что and Primename, kad.",
    triggers=("remind that ",),
)
def reminder_opening(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a calque of the reminder opening a sentence (Напомним, что; Primename, kad)"
    for m in _REMINDER.finditer(text):
        if m["next"].isupper():  # the opening alone, clear of an edit to the next word
            yield Proposal(m.start(), m.start("next"), "", note)
        else:
            yield Proposal(m.start(), m.end(), m["next"].upper(), note)


#: Countries English names without an article (demonyms.tsv's places): not a plural (the
#: Netherlands), an abbreviation, or a place or word of countries_with_article.txt (the
#: Czech Republic, the United States, the Jordan's waters).
_WITH_ARTICLE = word_list("countries_with_article.txt")
_COUNTRIES = frozenset(
    place
    for place in (row["place"] for row in tsv("demonyms.tsv", ("place", "adjective")))
    if place not in _WITH_ARTICLE
    and all(word.isalpha() and word not in _WITH_ARTICLE for word in place.split(" "))
    and not place.isupper()
    and not place.endswith("s")
)
#: What follows a country the article before which is MT's: its possessive, a verb of
#: which it is the subject, or the clause's end ("sanctions against the Russia."). Not a
#: noun it qualifies (the North Korea talks) or an "of" (the China of Mao).
_COUNTRY_AS_SUBJECT = regex.compile(
    r"['’]s\b|[.,]| (?:has|have|had|is|was|were|will|would|said|says|\p{Ll}{3,}ed)\b"
)
#: "the Russia's", "the Russia " and their like, each with the character after the
#: country: what the pipeline's one scan finds, so that the rule looks only for those a
#: text holds (not "the Japan" in every "the Japanese").
_ARTICLE_BEFORE_COUNTRY = {
    f"{article} {country}{after}": country
    for country in _COUNTRIES
    for article in ("the", "The")
    for after in (" ", ".", ",", "'", "’")
}
_COUNTRY_LITERALS = frozenset(_ARTICLE_BEFORE_COUNTRY)


@rule(
    "phrases.article_before_country",
    "Drop the article MT puts before a country ('the Russia's ability', 'The Saudi Arabia "
    "condemned' -> 'Russia's ability', 'Saudi Arabia condemned').",
    triggers=tuple(sorted(_ARTICLE_BEFORE_COUNTRY)),
)
def article_before_country(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a country's name takes no article"
    spans = []
    for literal in ctx.literals_held(_COUNTRY_LITERALS):
        country = _ARTICLE_BEFORE_COUNTRY[literal]
        at = text.find(literal)
        while at >= 0:
            end = at + len(literal) - 1
            if (at == 0 or not text[at - 1].isalnum()) and _COUNTRY_AS_SUBJECT.match(text, end):
                spans.append((at, end, country))
            at = text.find(literal, end)
    for at, end, country in sorted(spans):  # in the text's order, whatever the set's
        yield Proposal(at, end, country, note)


_ABBREVIATIONS = {
    row["form"]: (row["english"], row["lang"])
    for row in tsv("foreign_abbreviations.tsv", ("form", "english", "lang"))
}
_ABBREVIATION_FORMS = frozenset(_ABBREVIATIONS)
#: A whole abbreviation; before Hungarian's adjective suffix too (ENSZ-es: UN), which
#: phrases.acronym_adjective_suffix takes off.
_ABBREVIATION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.-])(?:{alternation(_ABBREVIATIONS)})"
    r"(?![\p{L}\p{N}]|-(?!(?:s|es|os|as|ös|beli)(?![\p{L}\p{N}'’-])))"
)


@rule(
    "phrases.foreign_abbreviation",
    "Write an international body's or a country's abbreviation MT left in the source "
    "language in English ('ENSZ' -> 'UN', 'JAV' -> 'US', 'OBWE' -> 'OSCE').",
    triggers=tuple(_ABBREVIATIONS),
)
def foreign_abbreviation(text: str, ctx: Context) -> Iterator[Proposal]:
    for start, end in lines_with(text, ctx.literals_held(_ABBREVIATION_FORMS)):
        for m in _ABBREVIATION.finditer(text, start, end):
            english, lang = _ABBREVIATIONS[m.group()]
            yield Proposal(m.start(), m.end(), english, f"{m.group()} is {english} [{lang}]")


@rule("phrases.article_agreement", "Suggest 'an' before a vowel sound and 'a' before a consonant.")
def article_agreement(text: str, ctx: Context) -> Iterator[Proposal]:
    for m in _article().finditer(text):
        if m.start() and text[m.start() - 1] in ".'’-":
            continue  # "the suffix .a", "don't a": not an article (outside the pattern: faster)
        wants = _wants_an(m["word"])
        if wants is None:
            continue
        art = m["art"]
        has_an = art.lower() == "an"
        if wants != has_an:
            fixed = ("An" if art[0] == "A" else "an") if wants else art[0]
            yield Proposal(
                m.start("art"), m.end("art"), fixed, "a/an before this word", suggest=True
            )


@rule(
    "phrases.title_of_country",
    "Put the country's adjective before a title and a name, as English news does "
    "('President of France Emmanuel Macron' -> 'French President Emmanuel Macron').",
    triggers=(" of ",),
)
def title_of_country(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "the country after the title, as Russian, Ukrainian and Polish write it"
    yield from _title_repairs(titles_before_names(text), note)


@rule(
    "phrases.article_before_title",
    "Drop 'The' before a country's adjective, a title and a name opening a sentence "
    "('The Japanese Prime Minister Shigeru Ishiba said' -> 'Japanese Prime Minister ...').",
    triggers=("The ",),
)
def article_before_title(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "no article before a title and a name, as German and Hungarian write one"
    yield from _title_repairs(articles_before_titles(text), note)


@rule(
    "phrases.lower_case_title",
    "Capitalise a formal title MT wrote in lower case before the public figure who holds "
    "it ('met with president Volodymyr Zelensky' -> 'met with President Volodymyr Zelensky').",
    triggers=("president ", "premier ", "prime minister ", "chancellor ", "minister "),
)
def lower_case_title(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a title before a name is capitalised, as Slavic and Baltic MT does not write it"
    yield from _title_repairs(lower_case_titles(text), note)


@rule(
    "phrases.minister_of_before_name",
    "Write a title MT calqued before a name as English news does ('the Minister of Foreign "
    "Affairs Wang Yi' -> 'Foreign Minister Wang Yi'; 'the head of the Foreign Ministry', "
    "'the official representative of the Kremlin').",
    triggers=(
        "inister of ",
        "ead of the ",
        "ead of state ",
        "ead of State ",
        "representative of the ",
        "resident of the ",
        "eneral of the ",
        "ecretary of the ",
        "ssistant of the ",
        "ssistant to the ",
        "ide of the ",
    ),
)
def minister_of_before_name(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a calque of the title (krašto apsaugos ministras, министр иностранных дел)"
    yield from _title_repairs(calque_titles(text), note)
    note = "a calque of the office (presidente del Gobierno, presidente della Repubblica)"
    yield from _title_repairs(state_titles(text), note)


@rule(
    "phrases.head_of_government",
    "Write 'the head of the Japanese government' before a name as the title English news "
    "writes ('Japanese Prime Minister Fumio Kishida').",
    triggers=(" government ", " Government ", " Executive ", " executive "),
)
def head_of_government(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a calque of the title (szef japońskiego rządu, Japonijos vyriausybės vadovas)"
    yield from _title_repairs(heads_of_government(text), note)


@rule(
    "phrases.role_of",
    "Write 'the spokesman of the Kremlin', 'the mayor of Kharkiv', 'the leader of AUR' or 'the "
    "head of the IAEA' before a name as English news does ('Kremlin spokesman Dmitry Peskov', "
    "'Kharkiv mayor Ihor Terekhov', 'AUR leader George Simion', 'IAEA chief Rafael Grossi').",
    triggers=(
        "spokes",
        "press secretary of ",
        "mayor of ",
        "governor of ",
        "director of ",
        "head of ",
        "leader of ",
        "chairman of ",
        "chairwoman of ",
        "commander of ",
        "economist of ",
        "analyst of ",
        "strategist of ",
        "CEO of ",
        "founder of ",
    ),
)
def role_of(text: str, ctx: Context) -> Iterator[Proposal]:
    note = (
        "the body after the role, as Slavic and Baltic languages write it (rzecznik Kremla, "
        "мэр Харькова, TATENA vadovas)"
    )
    yield from _title_repairs(roles_of(text), note)


@rule(
    "phrases.weapon_name_after",
    "Name a weapon system before its kind, as English news does ('tanks Leopard 2A8' -> "
    "'Leopard 2A8 tanks', 'missiles Patriot' and 'Patriot-missiles' -> 'Patriot missiles').",
    triggers=tuple(sorted(word_list("weapon_names.txt"))),
)
def weapon_name_after(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "the name after its kind, as Baltic and Slavic languages write it (rakiety Patriot)"
    for found in weapons_after_kinds(text):
        yield Proposal(found.start, found.end, found.repair, note)


@rule(
    "phrases.ambassador_in",
    "An ambassador is 'to' a country ('the US Ambassador in Japan' -> 'the US Ambassador to "
    "Japan'), as English writes it; suggested for a lower-case 'ambassador in'.",
    triggers=("mbassador in ",),
)
def ambassador_in(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "an ambassador 'in' a country, as Slavic and Baltic languages write it (posol v)"
    for start, end, certain in ambassadors_in(text):
        yield Proposal(start, end, "to", note, suggest=not certain)


@rule(
    "phrases.title_after_name",
    "Put a title MT left after the name before it ('Viktor Orbán Prime Minister said' -> "
    "'Prime Minister Viktor Orbán said').",
    triggers=title_verb_literals(),
)
def title_after_name(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "the title after the name, as Hungarian writes it"
    yield from _title_repairs(names_before_titles(text), note)


@rule(
    "phrases.country_title_after_name",
    "Put a country's adjective and a title, or a title of two words, MT left after a known "
    "person's name before it ('Xi Jinping Chinese President received' -> 'Chinese President "
    "Xi Jinping received', 'Sanae Takaichi Prime Minister' -> 'Prime Minister Sanae Takaichi').",
    triggers=country_title_literals(),
)
def country_title_after_name(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "the country and title after the name, as Hungarian writes them (kínai elnök)"
    yield from _title_repairs(names_before_country_titles(text), note)


def _title_repairs(found: Iterable[TitleBeforeName], note: str) -> Iterator[Proposal]:
    """Each repair before a name, applied where the name is known and suggested elsewhere."""
    for f in found:
        if f.known_name:
            yield Proposal(f.start, f.end, f.repair, note)
        else:
            uncertain = f"{note}; uncertain: the name after it is not in the name tables"
            yield Proposal(f.start, f.end, f.repair, uncertain, suggest=True)


@rule(
    "phrases.initials_before_surname",
    "Drop the initials of a later mention ('B. Netanyahu'), as Baltic and Slavic news "
    "writes it, where the text named that person in full before: English writes the surname.",
    triggers=(". ", ".\u00a0"),
)
def initials_before_surname(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a later mention by initials and surname, as Baltic and Slavic news writes one"
    for m in initial_mentions(text):
        yield Proposal(m.start, m.end, "", note)
