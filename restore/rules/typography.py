"""Stage ``typography``: the conventions of other languages' typography in English text.

Foreign quotation marks, decimal commas and space-grouped thousands, currency codes after
the amount, bracketed ellipses. Text that already follows English conventions is left
exactly as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from restore.context import Context
from restore.registry import Proposal, rule
from restore.tables import alternation, tsv, tsv_column, word_list

# A quotation holds no other double quotation mark, so that repairing one pair can never
# make a new pair for the next run: restoring twice changes nothing more.
_QUOTE_PAIRS = (
    (regex.compile(r"„([^„“”»«\n]{1,600}?)[“”»«]"), "“", "”"),
    (regex.compile(r"»([^„“”»«\n]{1,600}?)[«“”]"), "“", "”"),
    (regex.compile(r"«\s?([^„“”»«\n]{1,600}?)\s?[»“”]"), "“", "”"),
    (regex.compile(r"‚([^‚‘’\n]{1,600}?)[‘’]"), "‘", "’"),
)


@rule(
    "typography.foreign_quotes",
    "Turn „…“, »…« and «…» quotation marks into English “…”.",
    triggers=("„", "»", "«", "‚"),
)
def foreign_quotes(text: str, ctx: Context) -> Iterator[Proposal]:
    # Each repair swaps one quotation mark for another, so positions never move: repair
    # until nothing changes (a repaired pair can complete another), then report each mark.
    work = text
    for _ in range(8):
        chars = list(work)
        for pattern, left, right in _QUOTE_PAIRS:
            for m in pattern.finditer(work):
                chars[m.start()] = left
                chars[m.end() - 1] = right
        fixed = "".join(chars)
        if fixed == work:
            break
        work = fixed
    for k, (old, new) in enumerate(zip(text, work, strict=True)):
        if old != new:
            yield Proposal(k, k + 1, new, "foreign quotation mark")


@cache
def _decimal_comma() -> regex.Pattern[str]:
    """A decimal comma before a scale word (scales.tsv: million, mlrd., milliárd), a unit
    (quantity_units.txt: percent, dollars) or a currency's code or abbreviation (zł, CZK),
    or after a word a quantity follows (quantity_before.txt: magnitude): "1,5" alone may
    be a list ("3, 2 and 1,5"), "1,5 billion" and "magnitude 7,5" may not."""
    words = {form.rstrip(".") for form in _scales()}
    words.update(word_list("quantity_units.txt"))
    # Currencies as codes and the sources' abbreviations: "4,27 zł", "25,1 CZK".
    words.update(tsv_column("currency_words.tsv", "form"), tsv_column("currencies.tsv", "code"))
    scale = alternation(words)
    before = alternation(word_list("quantity_before.txt"))
    return regex.compile(
        rf"(?<![\w.,])(\d{{1,3}}),(\d{{1,2}})(?=\s?(?:{scale})(?!\w))"
        rf"|(?<=\b(?i:{before})[ \u00a0-])(\d{{1,2}}),(\d{{1,2}})(?![\d,])"
    )


#: A number grouped by full stops with a decimal comma (1.234,56), as continental Europe
#: writes it: no English number has both, so the two marks are swapped.
_DOTTED_WITH_COMMA = regex.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,]?\d|\w)")
_SWAP_MARKS = str.maketrans({".": ",", ",": "."})
_GROUP_SPACE = regex.compile(r"[ \u00a0\u202f]")
_SPACED_THOUSANDS = regex.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d|[ \u00a0\u202f]?\d)"
)


@rule(
    "typography.number_format",
    "Write decimal commas and thousands grouped by spaces or full stops the English way "
    "(50,8 -> 50.8; 10 000 -> 10,000; 1.234,56 -> 1,234.56).",
)
def number_format(text: str, ctx: Context) -> Iterator[Proposal]:
    for m in _decimal_comma().finditer(text):
        whole, fraction = (m[1], m[2]) if m[1] else (m[3], m[4])
        yield Proposal(m.start(), m.end(), f"{whole}.{fraction}", "decimal comma")
    for m in _SPACED_THOUSANDS.finditer(text):
        digits = _GROUP_SPACE.sub(",", m.group())
        yield Proposal(m.start(), m.end(), digits, "thousands grouped with spaces")
    if "," in text and "." in text:
        for m in _DOTTED_WITH_COMMA.finditer(text):
            swapped = m.group().translate(_SWAP_MARKS)
            yield Proposal(m.start(), m.end(), swapped, "thousands grouped with full stops")


@cache
def _currencies() -> dict[str, str]:
    return {row["code"]: row["symbol"] for row in tsv("currencies.tsv", ("code", "symbol"))}


@cache
def _scales() -> dict[str, str]:
    return {row["form"]: row["english"] for row in tsv("scales.tsv", ("form", "english"))}


@cache
def _currency_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    codes = alternation(_currencies())
    # Thousands grouped by spaces as Baltic and Slavic languages write them (2 300), or not.
    amount = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d,]*(?:\.\d+)?)"
    scales = alternation(_scales())
    scale = rf"(?:\s(?P<scale>{scales}))?"
    # Not inside a longer number, nor before another amount ("USD 5"): whose code it is is
    # unclear. Not a currency pair's rate either ("1.0850 EUR/USD", "EUR/USD 1.0850").
    after = regex.compile(
        rf"(?<![\w$€£])(?<!\d[ \u00a0\u202f]){amount}{scale}\s(?P<code>{codes})"
        rf"(?![\w$]|\s?[\d\p{{Sc}}]|/(?:{codes})\b)"
    )
    before = regex.compile(rf"(?<![\w$/]\s?)(?P<code>{codes})\s?{amount}{scale}(?![\w.,]\d)")
    return after, before


@rule(
    "typography.currency_order",
    "Put the currency symbol before the amount: 56 billion USD -> $56 billion.",
    triggers=tuple(tsv_column("currencies.tsv", "code")),
    priority=50,  # before number_format: it rewrites a decimal comma in the amount itself
)
def currency_order(text: str, ctx: Context) -> Iterator[Proposal]:
    symbols = _currencies()
    scales = _scales()
    code_after, code_before = _currency_patterns()
    # A code after the amount ("56 billion USD") is how Baltic and Slavic languages write
    # it, never English. A code before it ("EUR 2.3 billion") is also financial English, so
    # alone it is only suggested; beside the first kind it is the same translation's habit.
    translated = False
    for pattern in (code_after, code_before):
        for m in pattern.finditer(text):
            amount = _DECIMAL_COMMA_AMOUNT.sub(r"\1.\2", m["num"]) if m["scale"] else m["num"]
            amount = _GROUP_SPACE.sub(",", amount)
            scale = f" {scales[m['scale']]}" if m["scale"] else ""
            after = f"{symbols[m['code']]}{amount}{scale}"
            note = f"currency code {m['code']}"
            if pattern is code_after:
                translated = True
                yield Proposal(m.start(), m.end(), after, note)
            else:
                yield Proposal(m.start(), m.end(), after, note, suggest=not translated)


#: "2,5 billion": a decimal comma, when a scale word follows the amount.
_DECIMAL_COMMA_AMOUNT = regex.compile(r"^(\d{1,3}),(\d{1,2})$")


#: A currency's sign after its amount, as continental Europe writes it ("5,50 €",
#: "1.234,56 €", "300 $", "1,2 mld. €"): thousands grouped by full stops or spaces, a
#: decimal comma, or neither, and a scale word or none. Not inside a longer number or a
#: time ("11:07:11 $"), nor before another amount, a word or code ("5 $HOME",
#: "-m 755 $(DESTDIR)", which the clean scan caught), nor after another number ("3 000
#: 5,50 €": which digits the sign's are is unclear, and moving it would make "3 000" a
#: number of its own that a second run would rewrite).
@cache
def _sign_after() -> regex.Pattern[str]:
    scales = alternation(_scales())
    return regex.compile(
        r"(?<![\w$€£¥.,:/-])(?<!\d[ \u00a0\u202f])(?P<num>\d{1,3}(?:\.\d{3})+,\d{2}"
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{2})?"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:[.,]\d{1,2})?)(?![\d.,]\d)"
        rf"(?:[ \u00a0](?P<scale>{scales}))?[ \u00a0\u202f]?"
        r"(?P<sign>[€£$¥])(?=[\s.,;:!?)]|$)(?![ \u00a0]?\d)"
    )


#: One or two decimals after a comma: a decimal comma, not a group of thousands.
_CENTS_AFTER_COMMA = regex.compile(r",(\d{1,2})$")


def english_amount(num: str) -> str:
    """An amount as English writes it: a decimal comma made a point, thousands set off by
    commas ("1.234,56" and "1 234,56": 1,234.56).

    >>> english_amount("1.234,56"), english_amount("5,50"), english_amount("10 000")
    ('1,234.56', '5.50', '10,000')
    """
    cents = ""
    if m := _CENTS_AFTER_COMMA.search(num):
        num, cents = num[: m.start()], f".{m[1]}"
        num = num.replace(".", ",")
    return _GROUP_SPACE.sub(",", num) + cents


@rule(
    "typography.currency_sign_order",
    "Put a currency sign written after its amount before it, the amount written the English "
    "way: 5,50 € -> €5.50, 1.234,56 € -> €1,234.56.",
    triggers=("€", "£", "$", "¥"),
    priority=50,  # before number_format: it rewrites the decimal comma in the amount itself
)
def currency_sign_order(text: str, ctx: Context) -> Iterator[Proposal]:
    scales = _scales()
    for m in _sign_after().finditer(text):
        scale = f" {scales[m['scale']]}" if m["scale"] else ""
        after = f"{m['sign']}{english_amount(m['num'])}{scale}"
        yield Proposal(m.start(), m.end(), after, "currency sign after the amount")


#: The space French sets inside guillemets and before a double punctuation mark, a
#: normal, no-break or narrow no-break one: « non », « Vraiment ? ».
_FRENCH_SPACE = "[ \u00a0\u202f]"
_SPACED_GUILLEMETS = regex.compile(
    rf"«(?P<open>{_FRENCH_SPACE}+)[^«»\n]{{1,600}}?(?<!{_FRENCH_SPACE})(?P<close>{_FRENCH_SPACE}+)»"
)
#: A space between a word and ; : ! ?, then a word or a quotation (not "Debug : -g"); a
#: colon or semicolon only before a lower-case word or a quotation, as French writes on
#: ("type : Full MIME type" is a definition list's term and its description).
_SPACE_BEFORE_MARK = regex.compile(
    rf"(?<=[\p{{L}}»”\"')]){_FRENCH_SPACE}"
    rf"(?=[!?](?:{_FRENCH_SPACE}+[\p{{L}}«“\"]|[ \t]*(?:\n|\Z))"
    rf"|[;:](?:{_FRENCH_SPACE}+[\p{{Ll}}«“\"]|[ \t]*(?:\n|\Z)))"
)
#: A line of prose: this many words at least (a report's paragraph), and none of the marks
#: of code, a formula or a configuration ("a ? b : c", "key : value", "test -d x ; then").
PROSE_WORDS = 12
_WORD = regex.compile(r"\p{L}{2,}")
_CODE_MARKS = regex.compile(r"[=(){}<>$\\|/`_*#\[\]&@]|(?<!\S)--?\w")
#: A document spaced the French way shows it more than once; a single " : " is a label's.
MIN_FRENCH_SPACES = 2


@rule(
    "typography.french_spacing",
    "Remove the space French typography sets before ; : ! ? and inside « » in a line of "
    "prose: 'Is it true ?' -> 'Is it true?', '« no »' -> '«no»' (which "
    "typography.foreign_quotes makes “no”).",
    triggers=(" ;", " :", " !", " ?", "\u00a0", "\u202f", "« "),
)
def french_spacing(text: str, ctx: Context) -> Iterator[Proposal]:
    spans = []
    for m in _SPACED_GUILLEMETS.finditer(text):
        spans += [m.span("open"), m.span("close")]
    prose: list[tuple[int, int, bool]] = []  # each line judged: its span, whether prose
    marks = [
        m.span() for m in _SPACE_BEFORE_MARK.finditer(text) if _in_prose(text, m.start(), prose)
    ]
    if len(marks) + len(spans) // 2 >= MIN_FRENCH_SPACES:
        spans += marks
    for start, end in sorted(spans):
        yield Proposal(start, end, "", "a space French typography sets")


def _in_prose(text: str, pos: int, judged: list[tuple[int, int, bool]]) -> bool:
    """Whether ``pos`` stands in a line of prose (see PROSE_WORDS). ``judged`` holds the
    last line judged, which the next mark on it reuses: a long line with many marks would
    otherwise pay for the whole line at each."""
    if judged and judged[-1][0] <= pos < judged[-1][1]:
        return judged[-1][2]
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end]
    prose = not _CODE_MARKS.search(line) and len(_WORD.findall(line)) >= PROSE_WORDS
    judged.append((start, end, prose))
    return prose


# Round brackets only: "[…]" is the English editorial mark for an omission in a quotation.
# The mark stands as a word of its own: "create_task(coro(...))" and "(...)*" are code.
_BRACKETED_ELLIPSIS = regex.compile(
    r"(?:[ \t]|(?<![^\s“”\"‘’'«»„‚‹›]))\((?:…|\.\.\.)\)(?![\w(*+{$€£¥])"
)


@rule(
    "typography.ellipsis",
    "Write an omission as English news does: 'to (…) peace' -> 'to… peace'.",
    triggers=("(…)", "(...)"),
)
def ellipsis(text: str, ctx: Context) -> Iterator[Proposal]:
    for m in _BRACKETED_ELLIPSIS.finditer(text):
        yield Proposal(m.start(), m.end(), "…", "bracketed ellipsis")


@cache
def _currency_word_pattern() -> tuple[regex.Pattern[str], dict[str, tuple[str, str]]]:
    """A currency's abbreviation or code after an amount, with a scale word or none
    between them, and each form's English words (singular, plural)."""
    rows = tsv("currency_words.tsv", ("form", "singular", "plural"))
    words = {row["form"]: (row["singular"], row["plural"]) for row in rows}
    forms = alternation(words)
    scales = alternation(_scales())
    pattern = regex.compile(
        rf"(?<![\w.,])(?P<num>\d[\d,. \u00a0]*?)(?:[ \u00a0](?:{scales}))?[ \u00a0]"
        # Not a pair or a unit price: "24.30 CZK/EUR", "90 EUR/MWh" are English finance.
        rf"(?P<form>{forms})(?![\p{{L}}\p{{N}}/]|\.\p{{L}})"
    )
    return pattern, words


@rule(
    "typography.currency_word",
    "Write a currency left as the source's abbreviation or code after the amount as English "
    "news does: 10 mld zł -> 10 mld zlotys, 300 HUF -> 300 forints.",
    triggers=tuple(tsv_column("currency_words.tsv", "form")),
)
def currency_word(text: str, ctx: Context) -> Iterator[Proposal]:
    pattern, words = _currency_word_pattern()
    for m in pattern.finditer(text):
        singular, plural = words[m["form"]]
        one = m["num"] == "1" and m.end("num") + 1 == m.start("form")
        yield Proposal(
            m.start("form"), m.end("form"), singular if one else plural, f"currency {m['form']}"
        )


_ENGLISH_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


@cache
def _foreign_dates() -> tuple[tuple[regex.Pattern[str], dict[str, int]], ...]:
    """Each language's full-date pattern, with its month names' numbers."""
    months: dict[str, dict[str, int]] = {}
    for row in tsv("foreign_months.tsv", ("form", "lang", "month")):
        for lang in row["lang"].split(","):
            months.setdefault(lang, {})[row["form"]] = int(row["month"])
    out = []
    for row in tsv("foreign_dates.tsv", ("lang", "pattern")):
        names = months[row["lang"]]
        pattern = row["pattern"].replace("{month}", alternation(names))
        out.append((regex.compile(rf"(?<![\w.]){pattern}(?!\w)"), names))
    return tuple(out)


def _month_triggers() -> Iterator[str]:
    """The month names, for those English shares (German April) with the full stop and
    space German writes before them, and for short ones (Romanian mai) with the spaces
    around them: English text is full of its own months, and of words that hold "mai"."""
    for form in tsv_column("foreign_months.tsv", "form"):
        if form in _ENGLISH_MONTHS:
            yield from (f". {form}", f".\u00a0{form}")
        elif len(form) <= 4:
            yield from (f" {form} ", f"\u00a0{form} ", f" {form}\u00a0")
        else:
            yield form


_PARAGRAPH_END = regex.compile(r"[ \t]*(?:\n|\Z)")


@rule(
    "typography.foreign_date",
    "Write a date MT left in the source's form as AFP does: "
    "'2025. március 15.' -> 'March 15, 2025', '15 marca 2025' -> 'March 15, 2025'.",
    triggers=tuple(_month_triggers()),
)
def foreign_date(text: str, ctx: Context) -> Iterator[Proposal]:
    for pattern, names in _foreign_dates():
        for m in pattern.finditer(text):
            day = int(m["d"])
            if not 1 <= day <= 31:
                continue
            month = _ENGLISH_MONTHS[names[m["m"]] - 1]
            if m["y"]:
                # The ordinal's full stop ending a paragraph ends its sentence too.
                stop = (
                    "." if m.group().endswith(".") and _PARAGRAPH_END.match(text, m.end()) else ""
                )
                yield Proposal(
                    m.start(),
                    m.end(),
                    f"{month} {day}, {m['y']}{stop}",
                    "a date in the source's form",
                )
            elif _in_dateline(text, m.start(), comma_optional=True):
                # A comma after the place, as AFP writes it, where the source had none.
                comma = text[m.start() - 2] != ","
                yield Proposal(
                    m.start() - 1 if comma else m.start(),
                    m.end(),
                    f"{', ' if comma else ''}{month} {day}",
                    "a dateline's date in the source's form",
                )


#: A date in figures, day first as Europe writes it ("14.05.2025", "14. 5. 2025"): the
#: century's digits after a full stop are the rule's triggers.
_NUMERIC_DATE = regex.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.[ \u00a0]?(?P<m>\d{1,2})\.[ \u00a0]?(?P<y>(?:19|20)\d\d)\.?"
    r"(?![\w.:/-])"
)


_NUMERIC_DATE_TRIGGERS = (".20", ". 20", ".\u00a020", ".19", ". 19", ".\u00a019")


def _numeric_dates(text: str) -> Iterator[tuple[regex.Match[str], str]]:
    """Each date in figures of ``text`` whose day and month are a date's, and the date as
    AFP writes it ("May 14, 2025")."""
    for m in _NUMERIC_DATE.finditer(text):
        day, month = int(m["d"]), int(m["m"])
        if 1 <= day <= 31 and 1 <= month <= 12:
            yield m, f"{_ENGLISH_MONTHS[month - 1]} {day}, {m['y']}"


@rule(
    "typography.dateline_date",
    "Write a dateline's date in figures as AFP does: 'Warszawa, 14.05.2025 (PAP)' -> "
    "'Warszawa, May 14, 2025 (PAP)'.",
    triggers=_NUMERIC_DATE_TRIGGERS,
)
def dateline_date(text: str, ctx: Context) -> Iterator[Proposal]:
    for m, date in _numeric_dates(text):
        if _in_dateline(text, m.start()):
            yield Proposal(m.start(), m.end(), date, "a dateline's date in figures")


#: A preposition a date in prose follows ("on 24.11.2026", "from 1. 1. 2027").
_BEFORE_DATE = regex.compile(
    r"(?<![\p{L}'’-])(?i:on|from|until|till|since|before|after|by|to|and|between|dated)[ \u00a0]\Z"
)


@rule(
    "typography.date_in_figures",
    "Write a date in figures MT left in a sentence as AFP does: 'on 24.11.2026' -> 'on "
    "November 24, 2026'; only after a preposition, where no version number stands.",
    triggers=_NUMERIC_DATE_TRIGGERS,
)
def date_in_figures(text: str, ctx: Context) -> Iterator[Proposal]:
    for m, date in _numeric_dates(text):
        if _BEFORE_DATE.search(text, max(0, m.start() - 9), m.start()) is None:
            continue
        stop = "." if m.group().endswith(".") else ""  # the sentence's own full stop
        yield Proposal(m.start(), m.end(), date + stop, "a date in figures, day first")


def _in_dateline(text: str, pos: int, comma_optional: bool = False) -> bool:
    """Whether a dateline's place and comma, from the line's start, end at ``pos``; looking
    back no further than a place could reach."""
    low = max(0, pos - DATELINE_REACH)
    start = text.rfind("\n", low, pos)
    if start < 0 and low > 0:
        return False
    place = _DATELINE_PLACE_NO_COMMA if comma_optional else _DATELINE_PLACE
    return place.fullmatch(text, start + 1, pos) is not None


#: The most characters a dateline's place and comma take before its date.
DATELINE_REACH = 60
#: A dateline's place and its comma, from the line's start to a date; TASR writes no comma
#: ("Bratislava 15. mája (TASR)"), read only before a month's name ("Version 1.2.2025").
_PLACE = r"\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}"
_DATELINE_PLACE = regex.compile(rf"{_PLACE}, ")
_DATELINE_PLACE_NO_COMMA = regex.compile(rf"{_PLACE},? ")
