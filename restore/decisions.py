"""An editor's decisions from the viewer: which edits of which document were accepted.

``{"doc": id, "signature": ..., "accepted": [edit id, ...], "rejected": [edit id, ...]}``,
or a list of such objects for several documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from restore.edits import Edit
from restore.errors import InputError


def parse_decisions(data: Any, source: str = "decisions") -> list[dict[str, Any]]:
    entries = data if isinstance(data, list) else [data]
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("accepted", []), list):
            raise InputError(f"{source}: each entry needs 'doc' and lists 'accepted'/'rejected'")
    return entries


@dataclass(frozen=True)
class Decisions:
    """One document's decisions. Undecided automatic edits stay applied; undecided
    suggestions stay unapplied."""

    accepted: frozenset[str]
    rejected: frozenset[str]

    def keep(self, edits: Iterable[Edit]) -> set[str]:
        """Ids of the edits the final text is made of."""
        return {
            e.edit_id()
            for e in edits
            if e.edit_id() in self.accepted or (e.applied and e.edit_id() not in self.rejected)
        }


def load_decisions(path: str) -> dict[str, Decisions]:
    """doc id -> its decisions."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: malformed JSON ({exc.msg})") from exc
    return {
        str(e.get("doc", "-")): Decisions(
            frozenset(map(str, e.get("accepted", []))), frozenset(map(str, e.get("rejected", [])))
        )
        for e in parse_decisions(data, path)
    }
