"""Stage ``encoding``: mojibake and other Unicode damage, repaired by ftfy.

ftfy is configured so that clean text passes unchanged: curly quotes, dashes, ligatures,
full-width characters and the Unicode normal form are left alone; only text ftfy judges
broken (mis-decoded UTF-8, HTML entities, control characters, terminal escapes) changes.
Lines that are plain ASCII without ``&`` or escape characters cannot be broken in those
ways, so ftfy only sees the lines a cheap scan finds suspicious.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from restore.code_pages import evidence_signs, misread_words
from restore.context import Context
from restore.lost_characters import lost_characters
from restore.registry import Proposal, rule

#: The code pages UTF-8 is most often misread as: Latin-1 and Windows-1252, and those of
#: the languages this tool's input comes from (Central European, Cyrillic, Baltic), all of
#: which ftfy undoes.
CODE_PAGES = ("latin-1", "cp1252", "cp1250", "iso-8859-2", "cp1251", "cp1257")


def _decoded(lo: int, hi: int) -> str:
    """The characters bytes ``lo`` to ``hi`` stand for in any of the code pages."""
    raw = bytes(range(lo, hi + 1))
    chars = {c for page in CODE_PAGES for c in raw.decode(page, errors="ignore")}
    return "".join(sorted(chars))


#: A line ftfy could change. UTF-8 misread in a single-byte code page always shows a lead
#: byte's character (0xC2 to 0xF4) followed by a continuation byte's (0x80 to 0xBF); the
#: rest is control characters, C1 controls, terminal escapes and HTML entities. Clean
#: accented names ("Orbán") and curly quotes never reach ftfy.
_CONTROLS = r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
#: Every code page, on the standard library's engine (with classes this large it is
#: several times faster than ``regex``) ...
_MOJIBAKE = re.compile(f"[{re.escape(_decoded(0xC2, 0xF4))}][{re.escape(_decoded(0x80, 0xBF))}]")
_SUSPICIOUS = re.compile(_MOJIBAKE.pattern + _CONTROLS)
#: ... or only Latin-1 and Windows-1252, whose lead characters are one range (``regex``
#: scans for that several times faster still), when the text has none of the characters
#: the other code pages make of the lead bytes of accented letters, Cyrillic, and quotes
#: and dashes (0xC2 to 0xC5, 0xD0, 0xD1, 0xE2).
_MOJIBAKE_LATIN = regex.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    r"\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_SUSPICIOUS_LATIN = regex.compile(_MOJIBAKE_LATIN.pattern + _CONTROLS)
_OTHER_PAGE_LEADS = "".join(
    sorted(
        {
            bytes([b]).decode(page)
            for b in (0xC2, 0xC3, 0xC4, 0xC5, 0xD0, 0xD1, 0xE2)
            for page in CODE_PAGES
        }
        - {chr(c) for c in range(0xC2, 0xF5)}
    )
)


def _printable(text: str) -> bool:
    """No control character but line breaks and tabs (a few printable characters, such as
    no-break spaces, also answer False: they only cost the full scan)."""
    return text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable()


def _suspicious(text: str, ctx: Context) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The cheapest scan that can find this text's damage: control characters and entities
    only where substring search finds an ampersand or a control character, other code pages
    only where their lead characters are. The encoding stage looks at the same text
    several times, so the choice is kept."""
    memo = ctx.memo.get("encoding.full_scan")
    if memo is None or memo[0] is not text:
        other_pages = any(c in text for c in _OTHER_PAGE_LEADS)
        full = "&" in text or not _printable(text)
        if other_pages:
            pattern = _SUSPICIOUS if full else _MOJIBAKE
        else:
            pattern = _SUSPICIOUS_LATIN if full else _MOJIBAKE_LATIN
        memo = (text, pattern)
        ctx.memo["encoding.full_scan"] = memo
    return memo[1].finditer(text)


#: Lines longer than this get one edit spanning the changed region, not a fine diff.
_FINE_DIFF_LIMIT = 4000


@cache
def _config() -> Any:
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html="auto",
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=True,
        normalization=None,
        explain=True,
    )


def _describe(explanation: object) -> str:
    steps = [f"{action} {param}" for action, param in explanation or []]  # type: ignore[attr-defined]
    return "ftfy: " + ", ".join(steps) if steps else "ftfy"


def _diff(line: str, fixed: str, offset: int, note: str) -> Iterator[Proposal]:
    """Small edits that turn ``line`` into ``fixed`` (ftfy returns whole lines). The common
    head and tail are cut first, so the matcher only sees the region ftfy changed."""
    limit = min(len(line), len(fixed))
    head = 0
    while head < limit and line[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and line[len(line) - 1 - tail] == fixed[len(fixed) - 1 - tail]:
        tail += 1
    old, new = line[head : len(line) - tail], fixed[head : len(fixed) - tail]
    offset += head
    if len(old) > _FINE_DIFF_LIMIT:
        yield Proposal(offset, offset + len(old), new, note)
        return
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pending: list[int] | None = None  # [i1, i2, j1, j2] of a run of nearby changes
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and (i2 - i1 > 1 or pending is None):
            if pending:
                yield Proposal(
                    offset + pending[0], offset + pending[1], new[pending[2] : pending[3]], note
                )
                pending = None
            continue
        if pending is None:
            pending = [i1, i2, j1, j2]
        else:
            pending[1], pending[3] = i2, j2
    if pending:
        yield Proposal(offset + pending[0], offset + pending[1], new[pending[2] : pending[3]], note)


#: ” (E2 80 9D) read as Windows-1252 by a decoder that replaced the undefined 0x9D, or
#: dropped it before a space.
_LOST_CLOSING_QUOTE = regex.compile(r"â€(?:\ufffd|(?= ))")


def _closing_quotes(piece: str) -> str:
    """``piece`` with the closing quotation marks a decoder lost a byte of given it back.
    Of the few characters whose UTF-8 ends in 0x9D, ” is the one news text holds, so "â€�"
    was ”; and "â€" before a space is ” with its last byte dropped far more often than the
    dagger (E2 80 A0) with its no-break space made a space, as ftfy would read it. ftfy's
    repair is then compared with ``piece`` itself, so the lengths need not match."""
    if "â€" not in piece:
        return piece
    return _LOST_CLOSING_QUOTE.sub("â€\x9d", piece)


#: A replacement character where a decoder lost a curly quotation mark's last byte:
#: opening a word ("Vilnius �will respond”") or closing one ("“historic� – officials").
_REPLACED_OPENING = regex.compile(r"(?<![^\s(\[—–-])\ufffd(?=[\p{L}\p{N}])")
_REPLACED_CLOSING = regex.compile(r"(?<=[\p{L}\p{N}.,!?])\ufffd(?=[\s.,;:!?)\]—–-]|\Z)")


def _replaced_quotes(fixed: str) -> str:
    """``fixed`` (ftfy's repair) with the quotation marks that decoding turned into U+FFFD
    given back where the line pairs them: an opening one before a word whose closing mark
    follows on the line, a closing one after a word an opening mark precedes. Double-encoded
    text and code pages other than Windows-1252 lose them where _closing_quotes cannot see."""
    if "\ufffd" not in fixed:
        return fixed
    chars = list(fixed)
    for m in _REPLACED_OPENING.finditer(fixed):
        line_end = fixed.find("\n", m.end())
        rest = fixed[m.end() : len(fixed) if line_end < 0 else line_end]
        close = rest.find("”")
        if close >= 0 and "“" not in rest[:close]:
            chars[m.start()] = "“"
    for m in _REPLACED_CLOSING.finditer(fixed):
        line_start = fixed.rfind("\n", 0, m.start()) + 1
        before = fixed[line_start : m.start()]
        if before.rfind("“") > before.rfind("”"):
            chars[m.start()] = "”"
    return "".join(chars)


#: A no-break space (C2 A0) read as Latin-1 or Windows-1252, "Â\u00a0", whose no-break
#: space a scraper then made a plain one: "20Â km", "Mr.Â Smith", "Â Â The attack" (an
#: indent of &nbsp;). No continuation byte is left for ftfy to see. No English word ends
#: in Â, so after a word (not a capital: an upper-case word of another language may end
#: so) and before a space or a line's end, or opening a line, it is a lost space's lead
#: byte; at a line's start the space it leaves goes too.
_LOST_NO_BREAK_SPACE = regex.compile(r"(?m)(?<=[^\s\p{Lu}])Â(?: Â)*(?= |$)|^Â(?: Â)* ?")


@rule(
    "encoding.lost_no_break_space",
    "Drop the Â a no-break space's misread UTF-8 left before a plain space ('20Â km' -> "
    "'20 km'), where ftfy has no continuation byte to see.",
    triggers=("Â",),
)
def lost_no_break_space(text: str, ctx: Context) -> Iterator[Proposal]:
    note = "a no-break space's UTF-8 read as Windows-1252, the space itself made plain"
    for m in _LOST_NO_BREAK_SPACE.finditer(text):
        yield Proposal(m.start(), m.end(), "", note)


@rule("encoding.ftfy", "Repair mojibake, HTML entities and control characters with ftfy.")
def ftfy_fix(text: str, ctx: Context) -> Iterator[Proposal]:
    from ftfy import fix_and_explain

    for start, end in _windows(text, ctx):
        piece = text[start:end]
        fixed, explanation = fix_and_explain(_closing_quotes(piece), config=_config())
        fixed = _replaced_quotes(fixed)
        if fixed != piece:
            yield from _diff(piece, fixed, start, _describe(explanation))
        else:
            yield from _letters_in_words(piece, start)
        yield from _spaced_capital_s(piece, start)


@rule(
    "encoding.lost_characters",
    "Read back what a lossy conversion wrote as '?' or U+FFFD: an apostrophe ('Japan?s'), a "
    "name's or a word's letters ('Gitanas Naus?da' -> 'Gitanas Nauseda'), and in such a "
    "text spaced dashes and paired quotation marks.",
    triggers=("?", "\ufffd"),
    # Its word lists are built on first use, in the worker that meets such a text.
    warm=False,
)
def lost_characters_read(text: str, ctx: Context) -> Iterator[Proposal]:
    for r in lost_characters(text):
        note = f"a lost {r.what}: a character the text's encoding could not hold, replaced"
        if not r.certain:
            note += "; uncertain: other words fit too"
        yield Proposal(r.start, r.end, r.text, note, suggest=not r.certain)


#: The code pages' names as a note gives them.
_PAGE_NAMES = {
    "cp1250": "Windows-1250",
    "cp1252": "Windows-1252",
    "iso-8859-2": "Latin-2",
    "latin-1": "Latin-1",
}


@rule(
    "encoding.code_page",
    "Read back words a Central European code page wrote and a Western one read "
    "(Rados³aw, £ódŸ, Vaòková -> Radosław, Łódź, Vaňková), in a text where a sign no word "
    "holds stands inside a word.",
    triggers=evidence_signs(),
)
def code_page(text: str, ctx: Context) -> Iterator[Proposal]:
    for r in misread_words(text):
        note = f"{_PAGE_NAMES[r.written]} text read as {_PAGE_NAMES[r.read]}, read back"
        yield Proposal(r.start, r.end, r.word, note)


#: Š (C5 A0) read as Windows-1252, Latin-1 or Windows-1250 with its no-break space made a
#: plain one on the way ("Ingrida Å imonytÄ—"): opening a word, not after a figure (2.5 Å
#: is an ångström), before lower-case letters that are no English word ("Å is").
_SPACED_CAPITAL_S = regex.compile(r"(?<![\p{L}\p{N}])(?<!\d )[ÅĹ] (\p{Ll}+)")


def _spaced_capital_s(piece: str, offset: int) -> Iterator[Proposal]:
    """The capital Š of ``piece`` whose UTF-8 was misread and whose no-break space was lost,
    in a window that holds other mojibake: ftfy cannot see it, and no word is written so."""
    from restore.gazetteer import is_english_word

    for m in _SPACED_CAPITAL_S.finditer(piece):
        if not is_english_word(m[1]):
            note = "Š's UTF-8 read as a single-byte code page, its no-break space lost, decoded"
            yield Proposal(offset + m.start(), offset + m.start(1), "Š", note)


#: A letter UTF-8 writes in two bytes (U+00C0 to U+024F: the accented letters of Latin
#: script) misread in Windows-1252 or Windows-1250, inside a word or opening one:
#: "NausÄ—da", "Å\u00a0iauliai", "Ĺ\u00a0iauliai". ftfy leaves one such letter alone where the
#: rest of the line is clean, since it cannot tell "Ä—" from a capital and a dash; between
#: letters no language writes that pair. Windows-1252 is tried first: where both read a
#: pair as a letter, it is the likelier misreading.
LETTER_PAGES = ("sloppy-windows-1252", "sloppy-windows-1250")


def _letter_mojibake(page: str) -> regex.Pattern[str]:
    """The pattern of a letter's two bytes as ``page`` shows them, where words are."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy code pages)

    lead = f"[{regex.escape(bytes(range(0xC3, 0xCA)).decode(page))}]"
    more = f"[{regex.escape(bytes(range(0x80, 0xC0)).decode(page))}]"
    return regex.compile(
        # between letters, opening a word before a lower-case letter, or ending one after a
        # lower-case letter (a capital letter and a sign there are no word's either)
        rf"(?<=\p{{L}}){lead}{more}(?=\p{{L}})"
        rf"|(?<![\p{{L}}\p{{N}}]){lead}{more}(?=\p{{Ll}})"
        rf"|(?<=\p{{Ll}}){lead}{more}(?![\p{{L}}\p{{N}}])"
    )


@cache
def _letter_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((page, _letter_mojibake(page)) for page in LETTER_PAGES)


def _letters_in_words(piece: str, offset: int) -> Iterator[Proposal]:
    """The letters of ``piece`` misread as two Windows-1252 or Windows-1250 characters
    inside words, decoded: what ftfy judged too little evidence for on its own."""
    taken: set[int] = set()
    for page, pattern in _letter_patterns():
        for m in pattern.finditer(piece):
            if m.start() in taken:
                continue
            try:
                letter = m.group().encode(page).decode("utf-8")
            except UnicodeError:
                continue
            if letter.isalpha():
                taken.add(m.start())
                name = page.removeprefix("sloppy-").title()
                note = f"a letter's UTF-8 read as {name} inside a word, decoded"
                yield Proposal(offset + m.start(), offset + m.end(), letter, note)


#: ftfy sees the suspicious characters with this much context on each side (snapped to a
#: space or the line's ends): enough for its judgement, and far cheaper than whole paragraphs.
CONTEXT = 80


def _windows(text: str, ctx: Context) -> Iterator[tuple[int, int]]:
    """Merged spans around every suspicious match, never crossing a line break. Each looks
    no further than CONTEXT from its match, so a long line of mojibake costs linear time."""
    current: list[int] | None = None
    for m in _suspicious(text, ctx):
        low = max(0, m.start() - CONTEXT)
        start = text.rfind("\n", low, m.start()) + 1 or low
        if start == low and low > 0 and text[low - 1] != "\n":
            space = text.find(" ", start, m.start())
            start = space + 1 if space >= 0 else start
        high = min(len(text), m.end() + CONTEXT)
        newline = text.find("\n", m.end(), high)
        end = newline if newline >= 0 else high
        if newline < 0 and high < len(text) and text[high] != "\n":
            space = text.rfind(" ", m.end(), end)
            end = space if space >= 0 else end
        if current and start <= current[1] and text.find("\n", current[1], start) < 0:
            current[1] = max(current[1], end)
            continue
        if current:
            yield current[0], current[1]
        current = [start, end]
    if current:
        yield current[0], current[1]
