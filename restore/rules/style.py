"""Stage ``style``: the house style, from a profile table (default ``ap``; ``--style FILE``).

Each row names a form, the house form, and optionally a pattern of what may follow it that
makes it a fixed name to leave alone (``Chicken Kiev``, ``Dynamo Kiev``). One automaton
pass finds which forms a text holds; a single alternation then runs only on the lines that
hold one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from restore.context import Context
from restore.errors import TableFormatError
from restore.lines import lines_with
from restore.registry import Proposal, rule
from restore.tables import parse_tsv, read_text
from restore.triggers import TriggerScanner


@dataclass(frozen=True)
class Profile:
    name: str
    house: dict[str, str]
    unless: dict[str, regex.Pattern[str] | None]
    forms: TriggerScanner = field(repr=False, compare=False)


@cache
def load_profile(path: str | None) -> Profile:
    """A style profile: the bundled ``ap`` or a user's TSV (``form``, ``house``, ``unless``)."""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TableFormatError(f"{path}: cannot read the style file ({exc})") from exc
        name = Path(path).stem
    else:
        text, name, path = read_text("style/ap.tsv"), "ap", "style/ap.tsv"
    return profile_from_text(text, name, path)


def profile_from_text(text: str, name: str, path: str) -> Profile:
    """A profile from a table's text (``form``, ``house``, ``unless``)."""
    rows = parse_tsv(text, path, ("form", "house"))
    house: dict[str, str] = {}
    unless: dict[str, regex.Pattern[str] | None] = {}
    for row in rows:
        try:
            unless[row["form"]] = regex.compile(row["unless"]) if row.get("unless") else None
        except regex.error as exc:
            raise TableFormatError(
                f"{path}: bad 'unless' pattern for {row['form']!r}: {exc}"
            ) from exc
        house[row["form"]] = row["house"]
    if not house:
        raise TableFormatError(f"{path}: the style profile has no rows")
    return Profile(name, house, unless, TriggerScanner(house))


@rule("style.house_terms", "Apply the house style profile (default AP-like: Kiev -> Kyiv).")
def house_terms(text: str, ctx: Context) -> Iterator[Proposal]:
    profile = load_profile(ctx.options.get("style"))
    present = profile.forms.scan(text)
    if not present:
        return
    note = f"house style ({profile.name})"
    yield from replacements(profile, text, present, note)


def replacements(
    profile: Profile, text: str, present: Iterable[str], note: str
) -> Iterator[Proposal]:
    """Each of the ``present`` forms in ``text`` replaced by its house form, unless its
    guard matches: searched only on the lines that hold one."""
    for start, end in lines_with(text, present):
        for m in profile.forms.whole_words(text, start, end):
            guard = profile.unless.get(m.literal)
            if guard is None or not _guarded(guard, text, m.start, m.end):
                yield Proposal(m.start, m.end, profile.house[m.literal], note)


#: A user's 'unless' pattern gets this long per match; a pattern that takes longer (a
#: catastrophic one) counts as matching, so the word is left as it is.
GUARD_TIMEOUT = 0.05


def _guarded(guard: regex.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the 'unless' pattern matches after the form (or around it)."""
    around = text[max(0, start - 40) : end]
    try:
        after = guard.match(text, end, timeout=GUARD_TIMEOUT)
        return bool(after or guard.search(around, timeout=GUARD_TIMEOUT))
    except TimeoutError:
        return True
