"""``mt-restore diff``: a word-level diff in the terminal, rule ids in the margin.

Deletions are struck through in red, insertions underlined in green, suggestions in
magenta with a ``?``; when stdout is not a terminal (or ``--color never``) the same diff is
plain text in wdiff style: ``[-old-]{+new+}``, suggestions as ``[?-old-?]{?+new+?}``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from rich.console import Console
from rich.text import Text

from restore.edits import Edit
from restore.pipeline import Restoration

MARGIN = 34


def _lines(r: Restoration) -> Iterator[tuple[int, int]]:
    start = 0
    for line in r.original.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _shown(edits: tuple[Edit, ...]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if not out or e.start >= out[-1].end:
            out.append(e)
    return out


def render(r: Restoration, color: bool) -> Iterator[Text]:
    """One Text per line of the original that has edits (and its context)."""
    edits = _shown(r.edits)
    k = 0
    for start, end in _lines(r):
        mine: list[Edit] = []
        while k < len(edits) and edits[k].start <= end:
            mine.append(edits[k])
            k += 1
        if not mine:
            continue
        rules = ", ".join(dict.fromkeys(e.rule for e in mine))
        if len(rules) > MARGIN - 2:
            rules = rules[: MARGIN - 3] + "…"
        line = Text()
        line.append(f"{rules:<{MARGIN}}", style="dim" if color else "")
        pos = start
        for e in mine:
            line.append(r.original[pos : max(pos, e.start)])
            q = "" if e.applied else "?"
            if color:
                del_style = "strike red" if e.applied else "strike magenta"
                ins_style = "underline green" if e.applied else "underline magenta"
                if e.before:
                    line.append(e.before.replace("\n", "⏎"), style=del_style)
                if e.after:
                    line.append(e.after.replace("\n", "⏎"), style=ins_style)
                if q:
                    line.append("?", style="bold magenta")
            else:
                if e.before:
                    line.append(f"[{q}-{e.before.replace(chr(10), '⏎')}-{q}]")
                if e.after:
                    line.append(f"{{{q}+{e.after.replace(chr(10), '⏎')}+{q}}}")
            pos = max(pos, e.end)
        line.append(r.original[pos:end] if pos < end else "")
        yield line


def print_diff(r: Restoration, color: str = "auto") -> None:
    use_color = sys.stdout.isatty() if color == "auto" else color == "always"
    console = Console(
        force_terminal=use_color,
        no_color=not use_color,
        highlight=False,
        soft_wrap=True,
        emoji=False,
    )
    for line in render(r, use_color):
        console.print(line, markup=False)
    applied = len(r.applied)
    console.print(
        f"{applied} edits, {len(r.edits) - applied} suggestions · {r.signature}", style="dim"
    )
