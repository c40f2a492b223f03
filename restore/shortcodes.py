"""CMS shortcodes in a text: which spans are markup to remove, and which content goes too.

WordPress-style tags (``[name key=value]``, ``[name]…[/name]``) and Hugo's (``{{< name >}}``)
are matched open to close, nesting included; WordPress's block comments (``<!-- wp:paragraph
-->``) and Joomla's plugin tags (``{loadposition user9}``) are markup wherever they stand,
and a template's placeholder alone on its line (``{{related:12345}}``). A page builder's
tags wrap the article itself (``[vc_column_text]…[/vc_column_text]``): only the tags go. A
few wrap what is not the article (a caption, an embedded post): ``shortcodes.tsv`` lists
them, and their content goes with them when it is on one line. A lone tag without
attributes stays, unless it closes the text on its own line with an underscore in its name
(``[related_posts]``): ``[sic]``, ``[1]`` and ``[the minister]`` are English.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from restore.lines import blank_from
from restore.tables import tsv

_TAG = regex.compile(
    r"\[(?:/(?P<close>[a-z][a-z0-9_-]{1,40})"  # a closing tag has no attributes
    r"|(?P<name>[a-z][a-z0-9_-]{1,40})(?P<attrs>[ \t]+[^\[\]\n]*)?)\]"
    r"|\{\{[<%][ \t]*/?[\w-]+[^{}\n]*?[>%]\}\}"
    # A template's placeholder alone on its line ("{{related:12345}}", "{{ad|top}}"); in a
    # line of prose or code ("Hello, {{ name }}!") it is the text's own.
    r"|(?<![^\n])\{\{[ \t]*[a-z][a-z0-9_-]{1,40}(?:[:|][^{}\n]{0,200})?[ \t]*\}\}"
    r"(?=[ \t]*(?:\n|\Z))"
    # WordPress's block and teaser comments: "<!-- wp:paragraph -->", "<!--more-->".
    r"|<!--[ \t]*(?:/?wp:[a-z][^<>\n]{0,200}?|more|nextpage|noteaser)[ \t]*/?-->"
    # Joomla's content plugins' tags: "{loadposition user9}", "{loadmodule mod_login}",
    # "{jcomments on}", "{emailcloak=off}".
    r"|\{(?:loadposition|loadmoduleid|loadmodule|jcomments|emailcloak)[ =][^{}\n]{1,200}\}"
)
#: Open tags kept waiting for their closing tag: bounds the work on hostile input (a line
#: of a million opening tags and a million closing ones of another name).
MAX_OPEN = 64
#: Attributes are key=value, nothing between key and sign ("[max >= 1]" is a usage line).
_ATTRIBUTE = regex.compile(r"[\w-]=")


@dataclass(frozen=True, slots=True)
class Removal:
    """A span of markup to remove, and the shortcode it belongs to."""

    start: int
    end: int
    name: str


@cache
def _content_dropped() -> frozenset[str]:
    return frozenset(row["name"] for row in tsv("shortcodes.tsv", ("name", "content")))


def _markup_kind(tag: str) -> str:
    """The CMS a tag that is always markup comes from, for the edit's note."""
    if tag.startswith("{{"):
        return "hugo"
    return "joomla" if tag.startswith("{") else "wp"


def shortcode_removals(text: str) -> list[Removal]:
    """The shortcode markup of ``text``, in order and without overlaps."""
    # Each open tag with the number of removals found before it: what its content holds
    # is what came after, so dropping the content never re-reads the whole list.
    stack: list[tuple[regex.Match[str], int]] = []
    out: list[Removal] = []
    for m in _TAG.finditer(text):
        name = m["close"]
        if name is None and m["name"] is None:  # Hugo's, Joomla's, block comments: markup
            out.append(Removal(m.start(), m.end(), _markup_kind(m.group())))
            continue
        if name is None:
            stack.append((m, len(out)))
            if len(stack) > MAX_OPEN:  # no page nests so deep: the oldest was never closed
                out.extend(_unpaired(stack.pop(0)[0]))
            continue
        opened = next(
            (k for k in range(len(stack) - 1, -1, -1) if stack[k][0]["name"] == name), None
        )
        if opened is None:
            continue  # "[mm[/yyyy]]" in a usage line: a closing tag alone proves nothing
        for unpaired, _ in stack[opened + 1 :]:
            out.extend(_unpaired(unpaired))
        tag, before = stack[opened]
        del stack[opened:]
        if name in _content_dropped() and "\n" not in text[tag.end() : m.start()]:
            out[before:] = [r for r in out[before:] if r.start < tag.start()]
            out.append(Removal(tag.start(), m.end(), name))
        else:
            out.append(Removal(tag.start(), tag.end(), name))
            out.append(Removal(m.start(), m.end(), name))
    for unpaired, _ in stack:
        out.extend(_unpaired(unpaired))
    return sorted(out, key=lambda r: r.start)


def _unpaired(tag: regex.Match[str]) -> list[Removal]:
    """An opening tag without its closing one is markup when it has attributes, or when it
    ends the text on a line of its own with an underscore in its name, as a CMS appends a
    widget ([related_posts]); in brackets inside a line that is code (argv[arg_indx])."""
    if (tag["attrs"] and _ATTRIBUTE.search(tag["attrs"])) or _closing_widget(tag):
        return [Removal(tag.start(), tag.end(), tag["name"])]
    return []


def _closing_widget(tag: regex.Match[str]) -> bool:
    """Whether ``tag`` has an underscore in its name and closes the text on its own line."""
    text = tag.string
    return (
        "_" in tag["name"]
        and tag.start() > 0
        and text[tag.start() - 1] == "\n"
        and blank_from(text, tag.end())
    )
