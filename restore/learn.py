"""``mt-restore rules learn``: an editor's decisions become each rule's examples.

A rejected automatic edit becomes a must-not-fire example (the sentence it was made in);
an accepted suggestion becomes a repairing example (that sentence, with the suggestion
applied). They are appended to the rule's example file, where the tests pick them up: an
editor's judgement becomes a regression test, failing until the rule honours it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from restore.decisions import parse_decisions
from restore.errors import InputError
from restore.registry import _load_examples, examples_dir, get_rule


def _example(edit: dict[str, object]) -> dict[str, object] | None:
    context = str(edit.get("context", ""))
    offset = int(str(edit.get("context_start", 0)))
    start, end = int(str(edit["start"])) - offset, int(str(edit["end"])) - offset
    if not context or context[start:end] != edit["before"]:
        return None
    if edit["decision"] == "rejected" and edit["applied"]:
        return {"rule": edit["rule"], "input": context, "output": context}
    if edit["decision"] == "accepted" and not edit["applied"]:
        output = context[:start] + str(edit["after"]) + context[end:]
        return {"rule": edit["rule"], "input": context, "output": output, "suggested": True}
    return None


def learn(decisions_path: str, directory: str | None = None) -> Iterator[str]:
    """Append the examples; yields one line per example written or skipped."""
    try:
        data = json.loads(Path(decisions_path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{decisions_path}: cannot read decisions ({exc})") from exc
    folder = Path(directory) if directory else examples_dir()
    for entry in parse_decisions(data, decisions_path):
        for edit in entry.get("edits", []):
            rule = get_rule(str(edit.get("rule")))
            example = _example(edit)
            if example is None:
                yield f"{edit.get('id')}: nothing to learn (accepted edit or rejected suggestion)"
                continue
            path = folder / f"{rule.stage}.jsonl"
            line = json.dumps(example, ensure_ascii=False)
            existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            if line in existing:
                yield f"{edit.get('id')}: already an example of {rule.id}"
                continue
            with path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
            kind = "must-not-fire" if example["input"] == example["output"] else "repairing"
            yield f"{edit.get('id')}: {kind} example added to {rule.id} ({path})"
    _load_examples.cache_clear()
