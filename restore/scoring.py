"""``mt-restore score``: score files aligned by sentence (default), by line, or whole."""

from __future__ import annotations

from typing import Any

import metrics
from restore.alignment import align
from restore.errors import InputError
from restore.inputs import read_reference


def score_files(hyp_path: str, ref_path: str, mode: str = "aligned") -> dict[str, Any]:
    """Scores as the JSON of ``mt-restore score --json``.

    ``lines``: line i of one file against line i of the other, sacrebleu's defaults exactly.
    ``doc``: each file as one segment. ``aligned``: sentence-aligned, linked pairs scored.
    """
    hyp = read_reference(hyp_path)
    ref = read_reference(ref_path)
    if mode == "lines":
        hyp_lines, ref_lines = hyp.split("\n"), ref.split("\n")
        if hyp_lines and hyp_lines[-1] == "" and ref_lines and ref_lines[-1] == "":
            hyp_lines, ref_lines = hyp_lines[:-1], ref_lines[:-1]
        if len(hyp_lines) != len(ref_lines):
            raise InputError(
                f"--lines needs files with as many lines: {hyp_path} has {len(hyp_lines)}, "
                f"{ref_path} has {len(ref_lines)}"
            )
        return {**metrics.score(hyp_lines, ref_lines, profile="sacrebleu").to_json(), "mode": mode}
    if mode == "doc":
        return {**metrics.score(hyp, ref).to_json(), "mode": mode}
    alignment = align(hyp, ref)
    pairs = alignment.pairs
    if not pairs:
        raise InputError(f"no sentence of {hyp_path} could be linked to {ref_path}")
    hyp_unlinked, ref_unlinked = alignment.unlinked()
    scores = metrics.score([h for h, _ in pairs], [r for _, r in pairs])
    return {
        **scores.to_json(),
        "mode": mode,
        "unlinked": {"hyp": hyp_unlinked, "ref": ref_unlinked},
    }
