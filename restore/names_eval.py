"""Name accuracy on ``corpora/names``: transcribed and inflected forms, and genuine names.

Each form is put in its sentence template and restored with no reference and with a
reference (the template filled with the canonical name); genuine names (``genuine.jsonl``,
chosen by hand, and ``genuine_sampled.jsonl``, sampled from names-dataset) must come out
unchanged. Scoring is ``metrics.names``; only automatic edits count.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from metrics.names import false_positive_rate, name_accuracy
from restore.bundled import bundled_dir
from restore.pipeline import Pipeline, RestoreConfig


def _read(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def evaluate_names(
    folder: str | Path | None = None, config: RestoreConfig | None = None
) -> dict[str, Any]:
    """Accuracy with and without a reference, false-positive rate, and the misses."""
    root = Path(folder) if folder else bundled_dir("corpora") / "names"
    pipeline = Pipeline(config or RestoreConfig(only=("names",)))
    forms = _read(root / "forms.jsonl")
    genuine = [row for path in sorted(root.glob("genuine*.jsonl")) for row in _read(path)]
    without, with_ref, misses = [], [], []
    for row in forms:
        text = row["template"].format(row["form"])
        expected = row["template"].format(row["canonical"])
        got = pipeline.run(text).text
        without.append((got, expected))
        with_ref.append((pipeline.run(text, [expected]).text, expected))
        if got != expected:
            misses.append(
                {"form": row["form"], "expected": row["canonical"], "lang": row["lang"], "got": got}
            )
    kept = []
    changed = []
    for row in genuine:
        text = row["template"].format(row["name"])
        got = pipeline.run(text).text
        kept.append((got, text))
        if got != text:
            changed.append({"name": row["name"], "got": got})
    return {
        "forms": len(forms),
        "accuracy_without_reference": round(name_accuracy(without), 4),
        "accuracy_with_reference": round(name_accuracy(with_ref), 4),
        "genuine": len(genuine),
        "false_positive_rate": round(false_positive_rate(kept), 4),
        "misses": misses,
        "changed_genuine": changed,
    }
