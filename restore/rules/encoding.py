"""Stage ``encoding``: mojibake and other Unicode damage, repaired by ftfy.

ftfy is configured so that clean text passes unchanged: curly quotes, dashes, ligatures,
full-width characters and the Unicode normal form are left alone; only text ftfy judges
broken (mis-decoded UTF-8, HTML entities, control characters, terminal escapes) changes.
Lines that are plain ASCII without ``&`` or escape characters cannot be broken in those
ways, so ftfy only sees the lines a cheap scan finds suspicious.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from restore.context import Context
from restore.registry import Proposal, rule

#: A line ftfy could change. UTF-8 read as Latin-1 or Windows-1252 always shows a lead
#: byte's character (U+00C2 to U+00F4) followed by a continuation byte's (U+0080 to U+00BF,
#: or the Windows-1252 character in that slot); the rest is control characters, C1
#: controls, terminal escapes and HTML entities. Clean accented names ("Orbán") and curly
#: quotes never reach ftfy.
_MOJIBAKE = regex.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_SUSPICIOUS = regex.compile(
    _MOJIBAKE.pattern
    + r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
)


def _printable(text: str) -> bool:
    """No control character but line breaks and tabs (a few printable characters, such as
    no-break spaces, also answer False: they only cost the full scan)."""
    return text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable()


def _suspicious(text: str, ctx: Context) -> Iterator[regex.Match[str]]:
    """The full scan only where a control character or an ampersand can be: finding them
    with substring search first is many times faster than one pattern over every text.
    The encoding stage looks at the same text several times, so the answer is kept."""
    memo = ctx.memo.get("encoding.full_scan")
    if memo is None or memo[0] is not text:
        memo = (text, "&" in text or not _printable(text))
        ctx.memo["encoding.full_scan"] = memo
    return (_SUSPICIOUS if memo[1] else _MOJIBAKE).finditer(text)


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


@rule("encoding.ftfy", "Repair mojibake, HTML entities and control characters with ftfy.")
def ftfy_fix(text: str, ctx: Context) -> Iterator[Proposal]:
    from ftfy import fix_and_explain

    for start, end in _windows(text, ctx):
        piece = text[start:end]
        fixed, explanation = fix_and_explain(piece, config=_config())
        if fixed != piece:
            yield from _diff(piece, fixed, start, _describe(explanation))


#: ftfy sees the suspicious characters with this much context on each side (snapped to a
#: space or the line's ends): enough for its judgement, and far cheaper than whole paragraphs.
CONTEXT = 80


def _windows(text: str, ctx: Context) -> Iterator[tuple[int, int]]:
    """Merged spans around every suspicious match, never crossing a line break."""
    current: list[int] | None = None
    for m in _suspicious(text, ctx):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        start = max(line_start, m.start() - CONTEXT)
        if start > line_start:
            space = text.find(" ", start, m.start())
            start = space + 1 if space >= 0 else start
        end = min(line_end, m.end() + CONTEXT)
        if end < line_end:
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
