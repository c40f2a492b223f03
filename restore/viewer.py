"""The editor's viewer: one self-contained HTML page per document (no I/O here).

The document, its edits and the aligned reference travel as JSON inside a
``<script type="application/json">`` block, escaped so no text can close it; the page's
own script builds every node with ``textContent``. A Content-Security-Policy allows
exactly the page's one script and one style (by hash) and nothing else: no network, no
inline handlers, no plug-ins, so hostile text in a report shows as text and runs nothing.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from bisect import bisect_left
from functools import cache
from importlib import resources
from typing import Any

from restore.alignment import align_segments
from restore.pipeline import Restoration
from restore.registry import all_rules
from restore.sentences import sentence_spans


@cache
def _asset(name: str) -> str:
    return resources.files("restore").joinpath("assets", name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a script element: no '<', '>', '&' or line separators."""
    text = json.dumps(data, ensure_ascii=False)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def _context(spans: list[tuple[int, int]], start: int, end: int, text: str) -> tuple[int, int]:
    """The sentences around an edit: where a learned example takes its input from."""
    if not spans:
        return 0, len(text)
    starts = [s for s, _ in spans]
    first = max(0, bisect_left(starts, start + 1) - 1)
    last = first
    while last + 1 < len(spans) and spans[last][1] < end:
        last += 1
    return min(spans[first][0], start), max(spans[last][1], end)


def page_data(restoration: Restoration, references: list[str] | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain data (also what the tests inspect)."""
    descriptions = {r.id: r.description for r in all_rules()}
    original = restoration.original
    spans = sentence_spans(original)
    edits = []
    for e in restoration.edits:
        cs, ce = _context(spans, e.start, e.end, original)
        edits.append(
            {
                "id": e.edit_id(),
                "rule": e.rule,
                "via": list(e.via),
                "description": descriptions.get(e.rule, ""),
                "note": e.note,
                "start": e.start,
                "end": e.end,
                "before": e.before,
                "after": e.after,
                "applied": e.applied,
                "context": original[cs:ce],
                "context_start": cs,
            }
        )
    reference: dict[str, Any] = {"sentences": [], "links": []}
    ref_sentences = [s for text in references or [] for s in _sentences(text)]
    if ref_sentences and spans:
        alignment = align_segments([original[s:e] for s, e in spans], ref_sentences)
        reference["sentences"] = ref_sentences
        for link in alignment.links:
            if link.ref:
                start, end = spans[link.hyp[0]][0], spans[link.hyp[-1]][1]
                reference["links"].append({"start": start, "end": end, "ref": list(link.ref)})
    return {
        "doc": restoration.doc_id,
        "signature": restoration.signature,
        "original": original,
        "edits": edits,
        "reference": reference,
    }


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def render_page(restoration: Restoration, references: list[str] | None = None) -> str:
    """The whole HTML page."""
    script, style = _asset("viewer.js"), _asset("viewer.css")
    csp = (
        f"default-src 'none'; script-src '{_hash(script)}'; style-src '{_hash(style)}'; "
        "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"
    )
    data = page_data(restoration, references)
    title = html.escape(f"mt-restore: {restoration.doc_id}")
    with_ref = ' class="with-ref"' if data["reference"]["sentences"] else ""
    reference = '<section id="reference" lang="en"></section>' if with_ref else ""
    signature = html.escape(restoration.signature)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<span class="counts">accepted <b id="n-accepted">0</b> ·
rejected <b id="n-rejected">0</b> · pending <b id="n-pending">0</b></span>
<button type="button" id="copy">Copy text</button>
<button type="button" id="download-text">Download text</button>
<button type="button" id="download-decisions">Download decisions</button>
<span class="help">j/k next/previous change · a accept · r reject · <code>{signature}</code></span>
</header>
<main{with_ref}>
<section id="original" lang="en"></section>
<section id="restored" lang="en" aria-live="polite"></section>
{reference}
</main>
<div id="inspector" role="status"><span id="inspector-text"></span>
<button type="button" id="accept">Accept (a)</button>
<button type="button" id="reject">Reject (r)</button></div>
<div id="rules"><table><tbody id="rules-body"></tbody></table></div>
<textarea id="export" aria-hidden="true" tabindex="-1"></textarea>
<script type="application/json" id="mt-data">{_json_for_script(data)}</script>
<script>{script}</script>
</body>
</html>
"""


def eval_html(report: dict[str, Any]) -> str:
    """The eval report as a small self-contained page (a preformatted table)."""
    from restore.report import eval_table

    style = "body{font:14px/1.4 ui-monospace,monospace;margin:1rem}pre{white-space:pre-wrap}"
    csp = f"default-src 'none'; style-src '{_hash(style)}'"
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}"><title>mt-restore eval</title>'
        f"<style>{style}</style></head><body><pre>{html.escape(eval_table(report))}</pre></body></html>\n"
    )
