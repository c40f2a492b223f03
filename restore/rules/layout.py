"""Stage ``layout``: what scrapers and CMSs leave around and inside the article.

Headers before the first line, shortcodes of any name, hashtag title lines, paragraphs
broken mid-sentence, runs of blank lines and trailing whitespace. Every removal is an edit,
so an editor can put anything back.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from restore.context import Context
from restore.document import HEADER_FIELD, HEADER_FIELDS
from restore.html_markup import markup_removals
from restore.lines import blank_from, each_line
from restore.registry import Proposal, rule
from restore.shortcodes import shortcode_removals
from restore.tables import alternation, tsv, tsv_column, word_list

#: A site's breadcrumb trail opening the page: "Home » World » Asia", "News › Europe".
_CRUMB = r"\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+[\p{L}\p{N}&'’.-]+){0,3}"
_HOMES = word_list("breadcrumb_homes.txt")
_BREADCRUMB = regex.compile(
    rf"[ \t]*{_CRUMB}(?:[ \t]+[»›][ \t]+{_CRUMB}){{1,6}}[ \t]*(?=\n|\Z)"
    rf"|[ \t]*(?i:{alternation(_HOMES, any_space=True)})"
    rf"(?:[ \t]+[>/][ \t]+{_CRUMB}){{1,6}}[ \t]*(?=\n|\Z)"
)
_HOME_STARTS = tuple(sorted(_HOMES))

#: A date in figures: "14.03.2024", "14/03/2024", "2024-03-14".
_DATE_IN_FIGURES = r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}"
#: A date as a byline prints it: "14 March 2024", "March 14, 2024", or in figures.
_DATE = (
    r"(?:\d{1,2}\.?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?,?[ \t]+\d{4}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    rf"|{_DATE_IN_FIGURES})"
)
#: A blog's byline line opening the page: "Posted by admin | 14 March 2024 | 3 comments",
#: "Posted on March 14, 2024 by admin", "By John Smith | 22 December 2023 | 5 min read": a
#: "posted"/"written" field or an author and a separator before a date ("By Delfi.lt |
#: Published: 12.01.2025 14:35"), and short fields only, none of them a sentence.
_WHO = r"[\p{L}\p{N}_.@-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}"  # "admin", "John Smith"
_BYLINE = regex.compile(
    rf"[ \t]*(?:(?i:posted|written|published)[ \t]+(?:on[ \t]+{_DATE}(?:[ \t]+by[ \t]+{_WHO})?"
    rf"|by[ \t]+{_WHO}[ \t]*(?:[|·•][ \t]*|[ \t]+on[ \t]+)(?:{_DATE}))"
    rf"|(?i:by)[ \t]+{_WHO}[ \t]*[|·•][ \t]*(?:(?i:published|updated|posted):?[ \t]+)?{_DATE}"
    r"(?:,?[ \t]+\d{1,2}:\d{2})?"
    # The time a page says it takes to read: "Reading time: 2 min", "3 min read".
    r"|(?i:reading[ \t]+time):?[ \t]+\d{1,3}[ \t]*(?i:min(?:utes?)?\.?)"
    r"|\d{1,3}[ \t]*(?i:min(?:ute)?s?\.?)[ \t]+(?i:read))"
    rf"(?:[ \t]*[|·•][ \t]*[\p{{L}}\p{{N}}][\p{{L}}\p{{N}} ,.:/'’-]{{0,40}})*[ \t]*(?=\n|\Z)"
)

#: An author's line among a page's header fields ("Author: Jonas Petraitis", "By Anna Nowak,
#: AFP", "Autorius: ELTA"): a label and names, in English or in the language of the site,
#: taken only beside a field, a stamp or a byline that shows the header is a scraper's.
_AUTHOR_NAME = (
    r"(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}"
    # or the outlet's site ("Author: ČTK, iROZHLAS.cz")
    r"|[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6})"
)
_AUTHOR = regex.compile(
    r"[ \t]*(?:(?i:authors?|written[ \t]+by|editor|edited[ \t]+by|photos?|autorius|autors"
    r"|autor|szerző|szerkesztő)[ \t]*:|(?i:by))"
    rf"[ \t]+{_AUTHOR_NAME}(?:[ \t]*(?:,|&|/|and)[ \t]*{_AUTHOR_NAME}){{0,3}}[ \t]*(?=\n|\Z)"
)

#: A page's time stamp on a line of its own: a date in figures, and a time ("21.11.2025
#: 14:35", "2025-11-21 14:35"), and the site beside it; a date in words ("November 21,
#: 2025") may open a release.
_STAMP = regex.compile(
    rf"[ \t]*(?:{_DATE_IN_FIGURES})(?:,?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    # and the site or outlet beside it: "21.11.2025 14:35 | LRT.lt", "| ELTA"
    r"(?:[ \t]*[|·•][ \t]*(?:[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6}"
    r"|\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}))?"
    r"[ \t]*(?=\n|\Z)"
)


def _scraped(header: regex.Match[str]) -> bool:
    """Whether header fields are a scraper's: its own lower-case keys, or a date. A file's
    own metadata opens with "Source: http://..." too (Debian's copyright files)."""
    keys, values = header.captures("key"), header.captures("value")
    return any(k.islower() for k in keys) or any(v[:1].isdigit() for v in values)


@rule(
    "layout.scraper_header",
    "Remove a scraper header ('date 2023-12-23', 'Published: 12.03.2024 14:35 | Source: "
    "LRT.lt'), a breadcrumb trail ('Home » World') or a blog's byline ('Posted by admin | "
    "14 March 2024') before the first line, or under the headline.",
)
def scraper_header(text: str, ctx: Context) -> Iterator[Proposal]:
    end, found = _header_at(text, 0)
    if found:
        yield Proposal(0, end, "", f"scraper header: {', '.join(found)}")
    # A byline or header under the headline: the page's title line, then its fields.
    headline_end = text.find("\n", end)
    if headline_end < 0 or headline_end - end > HEADER_LINE_MAX:
        return
    if not _HEADLINE.fullmatch(text, end, headline_end):
        return
    start = headline_end
    while start < len(text) and text[start] == "\n":
        start += 1
    line_end = text.find("\n", start)
    if line_end < 0 or line_end - start > HEADER_LINE_MAX:  # a paragraph, not a header
        return
    stop, found = _header_at(text, start)
    if found and stop < len(text):
        yield Proposal(start, stop, "", f"scraper header under the headline: {', '.join(found)}")


#: A header line under a headline is no longer than this; a longer one is the report.
HEADER_LINE_MAX = 160

#: A headline: one short line that does not end as a sentence does.
HEADLINE = r"[ \t]*\p{Lu}[^\n]{0,150}(?<![.!?:;,])[ \t]*"
_HEADLINE = regex.compile(HEADLINE)


def _header_at(text: str, end: int) -> tuple[int, list[str]]:
    """Where the header fields, breadcrumb and byline lines from ``end`` on end, and what
    they hold."""
    found: list[str] = []
    start = end
    while True:
        line_end = text.find("\n", end)
        line = text[end : line_end if line_end >= 0 else len(text)]
        m = HEADER_FIELDS.match(text, end)
        if _site_label(line):
            # The site's furniture above the report ("Skip to main content", "Menu").
            found.append(f"site line={line.strip()}")
            stop = end + len(line)
        elif m and m.end() > end and _scraped(m):
            keys, values = m.captures("key"), m.captures("value")
            found += [f"{k.lower()}={v}" for k, v in zip(keys, values, strict=True)]
            stop = m.end()
        else:
            crumbs = "»" in line or "›" in line or line.lstrip().lower().startswith(_HOME_STARTS)
            m = _BREADCRUMB.match(text, end) if crumbs else None
            if m is not None:
                found.append(f"breadcrumb={m.group().strip()}")
            elif (m := _STAMP.match(text, end)) is not None:
                found.append(f"time stamp={m.group().strip()}")
            elif (m := _BYLINE.match(text, end)) is not None:
                found.append(f"byline={m.group().strip()}")
            else:
                m = _AUTHOR.match(text, end)
                if m is None:
                    break
                found.append(f"author={m.group().strip()}")
            stop = m.end()
        end = stop
        while end < len(text) and text[end] == "\n":  # a header on lines of its own
            end += 1
    if all(f.startswith("author=") for f in found):
        return start, []  # an author's line alone may open a letter or an essay
    return end, found


@rule(
    "layout.html_tags",
    "Remove the HTML tags a scraper left in the text (<p>, <br>, <strong>, <a href=...>): "
    "their content stays, a paragraph's end and a line break become a line break; a text "
    "with any other tag is HTML or markup of its own and is left as it is.",
    triggers=("<p", "</p", "<br", "<div", "</div", "<P", "</P", "<BR", "<DIV", "</DIV"),
    priority=90,
)
def html_tags(text: str, ctx: Context) -> Iterator[Proposal]:
    for tag in markup_removals(text):
        yield Proposal(tag.start, tag.end, tag.repair, f"HTML a scraper left: {tag.name}")


@rule(
    "layout.shortcode",
    "Remove CMS shortcodes of any name ([embedpost slug=...], [caption ...]...[/caption]), "
    "block comments (<!-- wp:paragraph -->) and Joomla's plugin tags ({loadposition x}): "
    "the tags of those that wrap the article, the "
    "content too of those that do not.",
    triggers=("[", "{{", "<!--", "{load", "{jcomments", "{emailcloak"),
    # Before the header: a wrapper's opening tag on the line after a header loses the line
    # break they share, and once its closing tag is gone it is no longer a wrapper's.
    priority=90,
)
def shortcode(text: str, ctx: Context) -> Iterator[Proposal]:
    removals = shortcode_removals(text)
    spans: list[tuple[int, int, list[str]]] = []
    k = 0
    while k < len(removals):
        # Tags side by side ("[vc_row][vc_column]") go as one span.
        start, end, names = removals[k].start, removals[k].end, [removals[k].name]
        while k + 1 < len(removals) and not text[end : removals[k + 1].start].strip(" \t"):
            k += 1
            end = removals[k].end
            names.append(removals[k].name)
        k += 1
        line = _line_alone(text, start, end)
        if line:
            start, end = _with_lesser_gap(text, *line)
        elif start > 0 and text[start - 1] in " \t" and not text[end : end + 1].isalnum():
            start -= 1  # the space before it, unless the content it opened follows
        elif start == 0 or text[start - 1] == "\n":
            while end < len(text) and text[end] in " \t":
                end += 1  # opening a line: the space after it, which would indent the text
        if spans and start <= spans[-1][1]:  # tags on lines of their own, one after another
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2] + names)
        else:
            spans.append((start, end, names))
    for start, end, names in spans:
        if start == 0:  # lines at the very start go with the line breaks after them
            while end < len(text) and text[end] == "\n":
                end += 1
        yield Proposal(start, end, "", f"shortcode [{', '.join(dict.fromkeys(names))}]")


def _with_lesser_gap(text: str, start: int, end: int) -> tuple[int, int]:
    """A whole line to remove, with the lesser of the breaks around it: a line between
    two paragraphs leaves one paragraph break, and one that ends a paragraph leaves the
    paragraph break after it ("Ukraine.\n<tag>\n\nHungary": "Ukraine.\n\nHungary")."""
    if blank_from(text, end):
        return _last_lines(text, start)
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    after = text.rfind("\n", end, after) + 1 or end  # the next line keeps its indent
    if before > 0 and text.count("\n", before, start) <= text.count("\n", end, after):
        return before, end
    return start, after


def _line_alone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line holding ``[start, end)`` (without its line break) when nothing but spaces
    shares it with the span; looks only at the spaces around it, so that a document of one
    long line full of tags costs linear time."""
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    if start > 0 and text[start - 1] != "\n":
        return None
    while end < len(text) and text[end] != "\n" and text[end].isspace():
        end += 1
    if end < len(text) and text[end] != "\n":
        return None
    return start, end


_HASHTAG_LINE = regex.compile(
    rf"(?m)^(?:{HEADER_FIELD})*[ \t]*"
    r"(?P<tags>\#\w[\w-]*(?:[ \t]+\#\w[\w-]*)+)[ \t]*$",
    regex.VERBOSE,
)
_HASH = regex.compile(r"\#(\w[\w-]*)")


#: The blank lines (if any) between a line's end and the next line's first character.
_TO_NEXT_LINE = regex.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*")
#: A headline: a capitalised line of three to fourteen words that no sentence mark ends
#: (a paragraph the scrape cut short before its full stop is longer), and no hashtag.
_NOT_IN_HEADLINE = frozenset("#.!?…")


def _headline_after(text: str, end: int) -> int | None:
    """Where the line of the headline that follows ``end`` starts (blank lines between
    allowed), if one does. String scans, not a pattern: a long paragraph after the tags
    would make a pattern try every length of it."""
    gap = _TO_NEXT_LINE.match(text, end)
    if gap is None:
        return None
    stop = text.find("\n", gap.end())
    line = text[gap.end() : len(text) if stop < 0 else stop].rstrip(" \t")
    if not 9 <= len(line) <= 201 or not line[0].isupper() or line[-1] in " :;,–—-":
        return None
    if not 3 <= len(line.split()) <= 14 or not _NOT_IN_HEADLINE.isdisjoint(line):
        return None
    return text.rfind("\n", end, gap.end()) + 1


#: A word this common in English (wordfreq's Zipf scale) is the title's, not a topic's name
#: or another language's word; half of a hashtag title's words are at least this common.
TITLE_WORD_ZIPF = 3.0


def _english_title(words: str) -> bool:
    """Whether a hashtag line's words read as an English title ("Big change Japan starts
    sending missiles USA"), not as topics in the site's language ("Ukraina Rusija karas")."""
    from restore.gazetteer import english_zipf

    tokens = words.split()
    common = sum(1 for token in tokens if english_zipf(token) >= TITLE_WORD_ZIPF)
    return 2 * common >= len(tokens)


#: Hashtags after a sentence's end that close the text ("… on Friday. #Japan #USA").
_CLOSING_HASHTAGS = regex.compile(r"(?<=[.!?…\"”])(?:[ \t]+\#\w[\w-]*)+[ \t]*(?=\s*\Z)")


@rule(
    "layout.hashtag_title",
    "Turn a title line made of hashtags ('#Big #change #Japan') into plain words; drop "
    "the hashtags that close the text (a site's tags, not a title).",
    triggers=("#",),
)
def hashtag_title(text: str, ctx: Context) -> Iterator[Proposal]:
    first_sentence = _SENTENCE_END.search(text)
    report_from = first_sentence.start() if first_sentence else len(text)
    for m in _HASHTAG_LINE.finditer(text):
        start, end = m.span("tags")
        if blank_from(text, end) and text[: m.start()].strip():
            yield Proposal(*_last_lines(text, m.start()), "", "hashtags closing the text")
            continue
        # After the report's sentences they are the site's tags, whatever follows them
        # (a tag list, a copyright line): a title line comes before the report.
        if report_from < m.start():
            yield Proposal(*_with_lesser_gap(text, m.start(), end), "", "hashtags after the report")
            continue
        # Above a headline they are the page's topics, not its title.
        headline = _headline_after(text, end)
        if headline is not None:
            if text[m.start() : start].strip():  # the header the line opens with goes too
                span = (start, headline)
            else:
                span = _with_lesser_gap(text, m.start(), end)
            yield Proposal(*span, "", "hashtags above the headline")
            continue
        words = _HASH.sub(r"\1", m["tags"])
        if not _english_title(words):
            # "#Ukraina #Rusija #karas": the page's topics in its own language, no title.
            yield Proposal(
                *_with_lesser_gap(text, m.start(), end), "", "hashtags in another language"
            )
            continue
        yield Proposal(start, end, words, "hashtag title line")
    closing = _CLOSING_HASHTAGS.search(text, max(0, len(text) - 400))
    if closing:
        yield Proposal(closing.start(), closing.end(), "", "hashtags closing the text")


#: A blank line between paragraphs, found from its first line break (a pattern starting
#: with optional spaces would be tried at every space of the text).
_GAP = regex.compile(r"\n(?:[ \t]*\n)+")
#: A paragraph that stops mid-sentence ends like this ...
_OPEN_END = regex.compile(r"[\p{L}\p{N},;–—-]")
#: ... and its continuation starts with a whole lower-case word ("iPhone", "eBay" do not count)
#: with more on its line, if only a closing quotation mark (a lone word is a heading: "pgrep"
#: over "-----"); an opening quotation mark or parenthesis may come first ("adding that" /
#: "“peace must be just”").
_CONTINUATION = regex.compile(r"[“\"(]?\p{Ll}+[ \t,.;:!?\"”’)]")
#: ... or, after a word no sentence ends on, with a capitalised one ("to the" / "United
#: States, officials said.").
_CAPITAL_CONTINUATION = regex.compile(r"\p{Lu}[\p{L}'’-]*[ \t,.;:!?\"”’)]")
_LAST_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}+\Z")


def _dangling(text: str, end: int) -> bool:
    """Whether the text before ``end`` stops on a word no sentence ends on (the, of, and)."""
    m = _LAST_WORD.search(text, max(0, end - 20), end)
    return m is not None and m.group() in word_list("dangling_words.txt")


_ABBREVIATION_BEFORE = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}{1,4})\.\Z")


def _title_abbreviation(text: str, end: int) -> bool:
    """Whether the text before ``end`` stops on a title's abbreviation, which a name
    follows and no sentence ends on (Mr. / Kishida's goal)."""
    m = _ABBREVIATION_BEFORE.search(text, max(0, end - 8), end)
    return m is not None and m[1] in word_list("title_abbreviations.txt")


#: A dotted initialism (U.S., U.K., U.N.): a sentence may end on one, but a paragraph that
#: does and a next one opening in lower case are one sentence ("by the U.S." / "military").
_INITIALISM_BEFORE = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.){2,3}\Z")


def _initialism_before(text: str, end: int) -> bool:
    """Whether the text before ``end`` stops on a dotted initialism (U.S.)."""
    return text[end - 3 : end - 2] == "." and bool(
        _INITIALISM_BEFORE.search(text, max(0, end - 8), end)
    )


_PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?:on|in|at|by|since|until|from|of)\Z")
_DATE_WORD = regex.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)(?![\p{L}'’-])"
)


def _preposition_before_date(text: str, end: int, after: int) -> bool:
    """Whether a preposition stops the text before ``end`` and a day or a month opens the
    text at ``after`` ("approved on" / "Friday, officials said"); a preposition alone is
    no evidence, since a notice sets a title off after one ("an implementation of")."""
    return bool(
        _PREPOSITION_BEFORE.search(text, max(0, end - 6), end) and _DATE_WORD.match(text, after)
    )


def _preposition_ending_prose(text: str, end: int) -> bool:
    """Whether the text before ``end`` stops on a preposition (prepositions.txt) at the end
    of a line too long to be a title or a notice (PROSE_LINE): a sentence's half."""
    m = _LAST_WORD.search(text, max(0, end - 20), end)
    if m is None or m.group() not in word_list("prepositions.txt"):
        return False
    return end - (text.rfind("\n", 0, end) + 1) > PROSE_LINE


def _title_before_a_figure(text: str, before: int, after: int) -> bool:
    """Whether a line of prose (PROSE_LINE) stops on a title and the next paragraph opens
    with the whole name of a public figure ("…,” President" / "Volodymyr Zelensky wrote")."""
    last = _LAST_NAME_WORD.search(text, max(0, before - 30), before)
    if last is None or before - (text.rfind("\n", 0, before) + 1) <= PROSE_LINE:
        return False
    first = _FIRST_WORD.match(text, after)
    names = _figures_after_titles().get(f"{last.group()} {first.group()}") if first else None
    return names is not None and any(
        text.startswith(name, after) and not _WORD.match(text, after + len(name)) for name in names
    )


@cache
def _figures_after_titles() -> dict[str, tuple[str, ...]]:
    """A title's last word and a public figure's first ("President Volodymyr") -> the
    figures' names that open so."""
    from restore.gazetteer import each_figure

    titles = {title.split()[-1] for title in word_list("titles_before_name.txt")}
    out: dict[str, list[str]] = {}
    for figure in each_figure():
        for title in titles:
            out.setdefault(f"{title} {figure.name.split()[0]}", []).append(figure.name)
    return {pair: tuple(names) for pair, names in out.items()}


_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])")
_FIRST_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*")
_LAST_NAME_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\Z")


def _split_name(text: str, before: int, after: int) -> bool:
    """Whether the word ending at ``before`` and the one starting at ``after`` are two
    words of one name a break split ("United" / "States", "Prime" / "Minister", "Fumio" /
    "Kishida")."""
    last = _LAST_NAME_WORD.search(text, max(0, before - 30), before)
    first = _FIRST_WORD.match(text, after)
    if not (last and first) or f"{last.group()} {first.group()}" not in _name_bigrams():
        return False
    # A sentence's half has a lower-case word; a heading in title case ("Manchester United")
    # has none.
    return _LOWER_WORD.search(text, text.rfind("\n", 0, before) + 1, before) is not None


@cache
def _name_bigrams() -> frozenset[str]:
    """Each two adjacent words of a country's or a body's name, a title and a public
    figure's name."""
    from restore.gazetteer import each_figure
    from restore.title_order import adjectives

    names = [*adjectives(), *word_list("titles_before_name.txt")]
    names += [figure.name for figure in each_figure()]
    pairs: set[str] = set()
    for name in names:
        words = name.split()
        pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return frozenset(pairs)


#: A Markdown heading is not a sentence, whatever its last character.
_HEADING = regex.compile(r"\#+[ \t]")
#: The continuation finishes the sentence: its line ends like one (a code line, a list of
#: names or a table row does not).
_SENTENCE_END = regex.compile(r"[.!?…][\"”’')\]]*[ \t]*$", regex.MULTILINE)


#: A line break inside a paragraph: no blank line on either side.
_LINE_BREAK = regex.compile(r"(?<=[^\n])\n(?=[^\n])")
#: A line this long was never hard-wrapped (text wrapped by hand or by a tool stops at 72
#: to 100 characters): a lone line break beside it splits a paragraph.
UNWRAPPED_LINE = 120
#: A line longer than this is a sentence's, not a title's or a notice's.
PROSE_LINE = 80
_MARKUP = ("://", "](", "`", "<")
#: More paragraphs than this opening in lower case, and over a quarter of them: on purpose.
MAX_BREAKS = 3
_WORD = regex.compile(r"\w")
_LOWER_START = regex.compile(r"[ \t]*\p{Ll}")


@rule(
    "layout.broken_paragraph",
    "Join a paragraph broken mid-sentence: across a blank line, or by a lone line break "
    "inside a paragraph that was never hard-wrapped.",
)
def broken_paragraph(text: str, ctx: Context) -> Iterator[Proposal]:
    gaps = [m.span() for m in _GAP.finditer(text)]
    joins = [j for j in (_join(text, *gap) for gap in gaps) if j]
    # A to-do list, a manual, code: a document that opens many of its paragraphs in lower
    # case does so on purpose. Translated news has a break or two.
    if joins:
        lower = sum(1 for _, end in gaps if _LOWER_START.match(text, end))
        if lower <= MAX_BREAKS or 4 * lower <= len(gaps) + 1:
            for start, end in joins:
                yield Proposal(start, end, " ", "paragraph broken mid-sentence")
    # A break mid-sentence in a paragraph wrapped by hand or in a poem, or a hanging indent
    # (a list's item wrapped): the document's line breaks are deliberate, and none is
    # joined. Breaks at a sentence's end (a list, an address, a site's footer) say nothing
    # either way.
    mid_sentence = []
    for m in _LINE_BREAK.finditer(text):
        if text[m.end()] in " \t":
            return
        joined = _join(text, *m.span())
        if joined:
            if not _lone_break_in_prose(text, m.start()):
                return
            mid_sentence.append(joined)
    for joined in mid_sentence:
        yield Proposal(*joined, " ", "line broken mid-sentence")


def _lone_break_in_prose(text: str, pos: int) -> bool:
    """Whether the line break at ``pos`` splits a paragraph of prose in two: the only break
    of its paragraph, beside a line too long to have been wrapped, or one of few such breaks
    in a text that writes a paragraph to a line; the next line not indented, and no markup
    (a Markdown link or URL makes a wrapped line long)."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    block = text[start : len(text) if end < 0 else end].rstrip("\n")  # the file's last break
    if text[pos + 1] in " \t":
        return False
    if block.count("\n") != 1:
        return _paragraph_to_a_line(text, pos, block, start)
    if any(m in block for m in _MARKUP):
        return False
    return max(pos - start, len(block) - (pos - start) - 1) > UNWRAPPED_LINE


def _paragraph_to_a_line(text: str, pos: int, block: str, start: int) -> bool:
    """Whether ``block``, lines with no blank line between them, writes a paragraph to a
    line (as scraped news often does), so that the break at ``pos`` splits one: a line too
    long to have been wrapped, few of its breaks mid-sentence (a text wrapped by hand
    breaks most of its sentences), and no markup beside the break."""
    if not any(len(line) > UNWRAPPED_LINE for line in block.split("\n")):
        return False
    before = text.rfind("\n", 0, pos) + 1
    after = text.find("\n", pos + 1)
    if any(m in text[before : len(text) if after < 0 else after] for m in _MARKUP):
        return False
    breaks = [start + m.start() for m in _LINE_BREAK.finditer(block)]
    mid = sum(1 for at in breaks if _join(text, at, at + 1))
    return mid <= MAX_BREAKS and 4 * mid <= len(breaks) + 1


def _join(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span (with spaces around it) to replace by one space, when the break between
    ``start`` and ``end`` falls mid-sentence."""
    while start and text[start - 1] in " \t":
        start -= 1
    if text.startswith(("  ", "\t"), end):
        return None  # an indented line: code, a quoted command, a list's second line
    while end < len(text) and text[end] == " ":
        end += 1
    if not start:
        return None
    if _OPEN_END.match(text, start - 1):
        if not (
            _CONTINUATION.match(text, end)
            or (
                _CAPITAL_CONTINUATION.match(text, end)
                and (
                    _dangling(text, start)
                    or _split_name(text, start, end)
                    or _title_before_a_figure(text, start, end)
                    or _preposition_before_date(text, start, end)
                    or _preposition_ending_prose(text, start)
                )
            )
        ):
            return None
    elif not (
        (_title_abbreviation(text, start) and _CAPITAL_CONTINUATION.match(text, end))
        or (_initialism_before(text, start) and _CONTINUATION.match(text, end))
    ):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if _HEADING.match(line) or line.isupper() or not _WORD.search(line):
        return None  # "# libusb", "STANDARD OPTIONS", "-----": a heading, not half a sentence
    if line.startswith(("  ", "\t")):
        return None  # after an indented line (a command, a URL), prose resumes
    line_end = text.find("\n", end)
    if _SENTENCE_END.search(text, end, len(text) if line_end < 0 else line_end):
        return start, end
    return None


_BLANK_RUN = regex.compile(r"\n(?:[ \t]*\n){2,}(?=[^\n])")
_TRAILING = regex.compile(r"[ \t]+(?=\n)|[ \t]+\Z")
_END = regex.compile(r"\n\s*\n\s*\Z")


@rule(
    "layout.blank_lines", "Collapse runs of blank lines to one, and blank lines at the end to none."
)
def blank_lines(text: str, ctx: Context) -> Iterator[Proposal]:
    end = _END.search(text)
    limit = end.start() if end else len(text)
    if end:
        yield Proposal(end.start(), end.end(), "\n", "blank lines at the end")
    for m in _BLANK_RUN.finditer(text, 0, limit):
        if m.end() <= limit:
            yield Proposal(m.start(), m.end(), "\n\n", "run of blank lines")


@rule("layout.trailing_whitespace", "Remove spaces and tabs at the ends of lines.")
def trailing_whitespace(text: str, ctx: Context) -> Iterator[Proposal]:
    if " \n" not in text and "\t\n" not in text and not text.endswith((" ", "\t")):
        return
    for m in _TRAILING.finditer(text):
        yield Proposal(m.start(), m.end(), "", "trailing whitespace")


@rule("layout.foreign_paragraph", "Flag a paragraph that is not English; it is never rewritten.")
def foreign_paragraph(text: str, ctx: Context) -> Iterator[Proposal]:
    for span in ctx.foreign:
        end = span.end
        while end < len(text) and text[end] == "\n":
            end += 1
        note = f"paragraph in '{span.lang}' (langdetect p={span.prob:.2f}); left as it is"
        yield Proposal(span.start, end, "", note, suggest=True)


@cache
def _related_line() -> regex.Pattern[str]:
    """The pattern of a related-article line (or a label and the list of headlines under
    it), from the line's start."""
    labels_pattern = alternation(word_list("related_labels.txt"), any_space=True)
    # The label and a headline on one line, or the label alone and a list of headlines
    # under it, up to a blank line or the text's end; or a label the scraper kept without
    # its links, ending the text ("Related articles").
    line = (
        rf"[ \t]*(?i:{labels_pattern})[ \t]*(?:[:–—][ \t]*\S[^\n]{{0,200}}(?=\n|\Z)"
        rf"|:[ \t]*(?:\n{HEADLINE}){{1,8}}(?=\n\n|\n?\Z)"
        r"|(?P<alone>:?[ \t]*(?=\s*\Z)))"
    )
    return regex.compile(line)


@cache
def _related_starts() -> tuple[str, ...]:
    return tuple(sorted(word_list("related_labels.txt")))


def _related_spans(text: str) -> Iterator[tuple[int, int]]:
    """The related-article lines of ``text`` (with the headlines listed under a label):
    the pattern is tried only on a line that opens with a label."""
    line_pattern = _related_line()
    starts = _related_starts()
    for start, line in each_line(text):
        if line.lstrip(" \t").lower().startswith(starts):
            m = line_pattern.match(text, start)
            if m is not None and (start or m["alone"] is None):  # not a text of a label
                yield m.span()


def _last_lines(text: str, start: int) -> tuple[int, int]:
    """The span that removes the text's last lines from ``start``: with the line breaks
    before them, but the one that ended the text."""
    while start > 0 and text[start - 1] == "\n":
        start -= 1
    if start == 0:
        return 0, len(text)
    return start + (1 if text.endswith("\n") else 0), len(text)


#: The words of share labels that are no network: one share verb, or two networks, make
#: a line of labels a row of share buttons ("Print Email" alone is not one).
_SHARE_VERBS = frozenset({"share", "sharing", "tweet"})
_NOT_NETWORKS = _SHARE_VERBS | {
    "this",
    "article",
    "on",
    "send",
    "by",
    "via",
    "email",
    "e-mail",
    "print",
    "copy",
    "link",
    "x",
}
#: What separates share labels on a line.
_SHARE_SEPARATORS = regex.compile(r"[\s|·•/,:]+")
#: A row of share buttons is short.
SHARE_LINE_MAX = 160


@cache
def _share_words() -> frozenset[str]:
    return frozenset(w for label in word_list("share_labels.txt") for w in label.split())


@cache
def _share_starts() -> tuple[str, ...]:
    return tuple(sorted(_share_words()))


def _share_words_of(line: str) -> list[str] | None:
    """The words of a line made only of share labels, or None."""
    if len(line) > SHARE_LINE_MAX:
        return None
    low = line.lower()
    if not low.lstrip().startswith(_share_starts()):  # one call in C for most lines
        return None
    words = [w for w in _SHARE_SEPARATORS.split(low) if w]
    return words if words and _share_words().issuperset(words) else None


def _share_row(words: list[str], line: str) -> bool:
    """Whether share labels are a row of share buttons: two or more with a share verb or
    two networks among them, or a share verb and a colon alone ("Share this:")."""
    verbs = sum(w in _SHARE_VERBS for w in words)
    if all(w in ("share", "sharing", "this", "article") for w in words):
        return verbs >= 1 and line.rstrip().endswith(":")
    return verbs >= 1 or sum(w not in _NOT_NETWORKS for w in words) >= 2


@rule(
    "layout.share_buttons",
    "Remove lines of share buttons ('Share on Facebook Share on Twitter', 'Facebook | "
    "Twitter | Email'): the site's, not the report's.",
)
def share_buttons(text: str, ctx: Context) -> Iterator[Proposal]:
    # Runs of lines made only of share labels, each with its words; a run is a row of
    # buttons when one of its lines is, or when its lines are one together (a network a
    # line: Facebook, Twitter, WhatsApp).
    runs: list[tuple[int, int, list[str], bool, int]] = []
    for start, line in each_line(text):
        words = _share_words_of(line)
        if words is None:
            continue
        end = min(start + len(line) + 1, len(text))  # with its line break
        row = _share_row(words, line)
        if runs and runs[-1][1] == start:
            first, _, run_words, run_row, lines = runs[-1]
            runs[-1] = (first, end, run_words + words, run_row or row, lines + 1)
        else:
            runs.append((start, end, words, row, 1))
    for start, end, words, row, lines in runs:
        if not row and not (lines >= 2 and _share_row(words, "")):
            continue
        if end >= len(text):
            start, end = _last_lines(text, start)
        elif start == 0 or text[start - 1] == "\n":
            while end < len(text) and text[end] == "\n":
                end += 1  # a paragraph of its own: the blank line after it goes
        yield Proposal(start, end, "", "share buttons")


@rule(
    "layout.related_link",
    "Remove a line that links to another article ('Read also: Japan to raise defence "
    "spending'), or a list of them under such a label, or the label alone ending the text: "
    "the site's, not the report's.",
    # A label alone ends the text capitalised, as a heading: "Related articles".
    triggers=(
        ":",
        "–",
        "—",
        *sorted({label.capitalize() for label in word_list("related_labels.txt")}),
    ),
)
def related_link(text: str, ctx: Context) -> Iterator[Proposal]:
    for start, end in _related_spans(text):
        if text.startswith("\n", end):  # the line's own break, not the next line's
            end += 1
        if blank_from(text, end):
            yield Proposal(*_last_lines(text, start), "", "link to another article")
            continue
        line_end = end
        while end < len(text) and text[end] == "\n":
            end += 1
        if start > 0 and text[start - 2 : start] != "\n\n":
            end = line_end  # inside a paragraph: the next line keeps its place
        yield Proposal(start, end, "", "link to another article")


#: The longest line a site label takes ("Access your favorite topics in a personalized ..."),
#: and a sentence of the site's (a cookie banner).
SITE_LABEL_MAX = 100
SITE_SENTENCE_MAX = 500


def _site_label(line: str) -> bool:
    """Whether a site line is one of ``site_lines.txt``'s labels ("Menu") or of
    ``site_line_patterns.tsv``'s sentences (a cookie banner), not a credit ("Source:
    Reuters") a document's own header may hold."""
    if len(line) <= SITE_LABEL_MAX:
        words = " ".join(line.strip().rstrip(":…>»›!.").split()).lower()
        if words in word_list("site_lines.txt"):
            return True
    elif len(line) > SITE_SENTENCE_MAX:
        return False
    stripped = line.strip()
    sentences = _site_sentence()
    return bool(sentences.opening.match(stripped) and sentences.line.fullmatch(stripped))


@dataclass(frozen=True, slots=True)
class _SiteSentences:
    """site_line_patterns.tsv compiled: the openings at a text's start and after a line
    break (the standard engine skips to each break), and the whole line."""

    opening: re.Pattern[str]
    after_break: re.Pattern[str]
    line: regex.Pattern[str]


@cache
def _site_sentence() -> _SiteSentences:
    rows = tsv("site_line_patterns.tsv", ("opens", "pattern"))
    opens = [o for row in rows for o in row["opens"].split("|")]
    alternation = "|".join(re.escape(o) for o in sorted(opens, key=len, reverse=True))
    return _SiteSentences(
        re.compile(alternation),
        re.compile(rf"\n(?:{alternation})"),
        regex.compile("|".join(f"(?:{row['pattern']})" for row in rows)),
    )


def _site_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` that are one of the site's sentences (a cookie banner)."""
    sentences = _site_sentence()
    starts = [0] if sentences.opening.match(text) else []
    starts += [m.start() + 1 for m in sentences.after_break.finditer(text)]
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if sentences.line.fullmatch(text, start, end):
            yield start, end


@dataclass(frozen=True, slots=True)
class _SiteLines:
    """site_lines.txt's labels, lower case, and credit_labels.txt's words: what opens a
    credit line, and the credit line whole."""

    labels: frozenset[str]
    credit_starts: tuple[str, ...]
    credit: regex.Pattern[str]


@cache
def _site_lines() -> _SiteLines:
    credits = word_list("credit_labels.txt")
    name = r"\p{Lu}[\p{L}\p{N}.&'’-]*"
    credit = regex.compile(
        rf"[ \t]*\(?(?i:{alternation(credits)})(?:[ \t]+(?i:by))?[ \t]*:?[ \t]+"
        rf"(?:©[ \t]*)?{name}(?:[ \t]*(?:[ \t]|/|\||,|via)[ \t]*{name}){{0,7}}\)?[ \t]*"
    )
    starts = tuple(sorted({s for word in credits for s in (word, f"({word}")}))
    return _SiteLines(frozenset(word_list("site_lines.txt")), starts, credit)


#: A photo credit's longest line: a word and up to eight names.
CREDIT_LINE_MAX = 200


def _label_keys(line: str) -> tuple[str, str]:
    """A line as site_lines.txt writes its labels, lower case with one space between
    words: as it is, and with a closing colon, ellipsis, arrow, chevron or exclamation mark
    off ("Thanks for signing up!" is a label with its mark, "Advertisement:" one without)."""
    key = " ".join(w for w in line.replace("\t", " ").lower().split(" ") if w)
    if key.endswith("..."):
        return key, key[:-3].rstrip(" ")
    if key[-1:] in (":", "…", ">", "»", "›", "!"):
        return key, key[:-1].rstrip(" ")
    return key, key


def _site_line_spans(text: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` that are a label of the site's ("Advertisement") or a photo
    credit whose credit is names only ("Photo: AFP/Scanpix", "Photo by Kazuhiro NOGI /
    AFP"): a set lookup a line, and the credit's pattern only on a line opening so."""
    tables = _site_lines()
    for start, line in each_line(text):
        if not line or len(line) > CREDIT_LINE_MAX:
            continue
        label = len(line) <= SITE_LABEL_MAX and not tables.labels.isdisjoint(_label_keys(line))
        if label or (
            line.lstrip(" \t").lower().startswith(tables.credit_starts)
            and tables.credit.fullmatch(line)
        ):
            yield start, start + len(line)


@rule(
    "layout.site_line",
    "Remove a line of the site's furniture ('Advertisement', 'Continue reading', 'Photo: "
    "AFP/Scanpix'): the site's, not the report's.",
)
def site_line(text: str, ctx: Context) -> Iterator[Proposal]:
    blocks: list[list[int]] = []
    for start, end in _site_line_spans(text):
        if blocks and text[blocks[-1][1] : start] == "\n":
            blocks[-1][1] = end  # the next line of the same block
        else:
            blocks.append([start, end])
    for start, end in blocks:
        yield Proposal(*_with_lesser_gap(text, start, end), "", "the site's furniture")
    tail = max(0, len(text) - COPYRIGHT_REACH)
    last = text[tail:]
    footer = _COPYRIGHT.search(text, tail) if "©" in last or "opyright" in last else None
    if footer is not None and _only_furniture_after(text, footer.end(), blocks):
        if blank_from(text, footer.end()):
            yield Proposal(*_last_lines(text, footer.start()), "", "the site's copyright")
        else:
            yield Proposal(footer.start(), footer.end() + 1, "", "the site's copyright")


@rule(
    "layout.site_sentence",
    "Remove a sentence of the site's on a line of its own (a cookie banner with its button, "
    "a newsletter box, 'Comments (12)'): the site's, not the report's.",
    triggers=tuple(tsv_column("site_line_patterns.tsv", "contains")),
)
def site_sentence(text: str, ctx: Context) -> Iterator[Proposal]:
    for start, end in _site_sentences(text):
        yield Proposal(*_with_lesser_gap(text, start, end), "", "the site's furniture")


#: The site's copyright on a line of its own: "Copyright © 2023 Example News. All rights
#: reserved.", "© AFP 2024", "Copyright 2024 Kyodo News". Only as the page's last line or
#: before its furniture alone: a licence's "Copyright © 1991-2022 Unicode, Inc. All rights
#: reserved." has the licence after it; and a site's name only, not a document's credits
#: with links.
_OWNER = r"\p{Lu}[\p{L}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}&.'’-]*){0,5}"
_COPYRIGHT = regex.compile(
    r"(?:^|(?<=\n))[ \t]*(?:"
    r"(?:(?i:copyright)[ \t]*)?©[ \t]*\d{4}[^\n<>`]{0,60}?(?i:all[ \t]+rights[ \t]+reserved)\.?"
    rf"|(?:(?i:copyright)[ \t]*)?©[ \t]*(?:\d{{4}}[ \t]+)?{_OWNER}(?:[ \t]*,?[ \t]*\d{{4}})?\.?"
    rf"|(?i:copyright)[ \t]+\d{{4}}[ \t]+{_OWNER}\.?"
    r")[ \t]*(?=\n|\Z)"
)
#: How near the end the copyright line starts.
COPYRIGHT_REACH = 400


def _only_furniture_after(text: str, pos: int, blocks: list[list[int]]) -> bool:
    """Whether nothing but blank lines and the site's furniture (``blocks``) follows."""
    for start, end in blocks:
        if start < pos:
            continue
        if text[pos:start].strip():
            return False
        pos = end
    return not text[pos:].strip()
