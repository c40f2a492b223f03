"""An editor's decisions from the viewer: which edits of which document were accepted.

``{"doc": id, "signature": ..., "accepted": [edit id, ...], "rejected": [edit id, ...]}``,
or a list of such objects for several documents.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from restore.errors import InputError


def parse_decisions(data: Any, source: str = "decisions") -> list[dict[str, Any]]:
    entries = data if isinstance(data, list) else [data]
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("accepted", []), list):
            raise InputError(f"{source}: each entry needs 'doc' and lists 'accepted'/'rejected'")
    return entries


def load_decisions(path: str) -> dict[str, set[str]]:
    """doc id -> ids of accepted edits."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: malformed JSON ({exc.msg})") from exc
    return {
        str(e.get("doc", "-")): set(map(str, e.get("accepted", [])))
        for e in parse_decisions(data, path)
    }
