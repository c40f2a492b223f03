"""The rule-set signature: which tool, rules, tables and style produced an output.

In sacrebleu's spirit, every output and score carries a short string that says how it was
made, so that two cleanups can be compared and reproduced.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from restore.registry import Rule
from restore.tables import data_path


def tool_version() -> str:
    try:
        return version("mt-restore")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


@cache
def _tables_digest() -> str:
    digest = hashlib.sha256()
    root = data_path("")
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and p.suffix != ".py"):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ruleset_signature(rules: Sequence[Rule], style: str = "ap", extra: str = "") -> str:
    """``mt-restore:0.1.0|rules:18|style:ap|hash:3f2a9c01d4``: rules, tables and style hashed.

    ``extra`` folds in user-supplied data (a style file's or gazetteer's content).
    """
    digest = hashlib.sha256()
    for r in rules:
        digest.update(r.id.encode() + b"\0")
    digest.update(_tables_digest().encode())
    digest.update(style.encode() + b"\0" + extra.encode())
    short = digest.hexdigest()[:10]
    return f"mt-restore:{tool_version()}|rules:{len(rules)}|style:{style}|hash:{short}"
