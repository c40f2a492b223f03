"""Aligned corpora: a manifest naming each document's role and the pairs to evaluate.

``manifest.json``::

    {"name": ..., "documents": [{"id", "path", "role": "garbled|reference|comparable",
      "source_lang"?}], "pairs": [{"hyp": id, "ref": id}]}

Paths are relative to the manifest. Optional gold files beside it (alignments, post-edits)
are named in the manifest's ``gold`` object.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from restore.bundled import corpus_dir
from restore.errors import InputError
from restore.inputs import decode

ROLES = frozenset({"garbled", "reference", "comparable"})


@dataclass(frozen=True)
class CorpusDocument:
    id: str
    path: Path
    role: str
    source_lang: str | None = None

    @cached_property
    def text(self) -> str:
        try:
            return decode(self.path.read_bytes())[0]
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read ({exc.strerror})") from exc


@dataclass(frozen=True)
class Corpus:
    name: str
    root: Path
    documents: dict[str, CorpusDocument]
    pairs: tuple[tuple[str, str], ...]
    gold: dict[str, Any] = field(default_factory=dict)


def load_corpus(location: str | Path | None = None) -> Corpus:
    """A corpus from a folder (or its manifest); the bundled default with no argument."""
    root = Path(location) if location else corpus_dir()
    manifest = root / "manifest.json" if root.is_dir() else root
    root = manifest.parent
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{manifest}: no corpus manifest there") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{manifest}: malformed JSON ({exc.msg}, line {exc.lineno})") from exc
    documents = {}
    for entry in data.get("documents", []):
        if entry.get("role") not in ROLES:
            raise InputError(
                f"{manifest}: document {entry.get('id')!r} has role {entry.get('role')!r}"
            )
        doc = CorpusDocument(
            str(entry["id"]), root / entry["path"], entry["role"], entry.get("source_lang")
        )
        documents[doc.id] = doc
    pairs = []
    for pair in data.get("pairs", []):
        hyp, ref = str(pair["hyp"]), str(pair["ref"])
        for side in (hyp, ref):
            if side not in documents:
                raise InputError(f"{manifest}: pair names unknown document {side!r}")
        pairs.append((hyp, ref))
    return Corpus(data.get("name", root.name), root, documents, tuple(pairs), data.get("gold", {}))
