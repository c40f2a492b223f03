"""Do no harm: with a reference, an automatic edit that lowers its own sentence's chrF
against the aligned reference sentence is demoted to a suggestion for the editor.

Each edit is judged in its sentence with every other edit of that sentence applied, so an
edit is kept only if the sentence is at least as close to the reference with it as without.
"""

from __future__ import annotations

from dataclasses import replace

from metrics import sentence_chrf
from restore.alignment import align_segments
from restore.context import Reference
from restore.edits import EditLog, apply_within
from restore.sentences import sentence_spans

DEMOTED_NOTE = "demoted: lowered its sentence's chrF against the reference"


def demote_harmful(log: EditLog, reference: Reference) -> tuple[str, ...]:
    """Demote harmful applied edits in ``log`` in place; returns their rule ids."""
    original = log.original
    spans = sentence_spans(original)
    ref_sentences = reference.sentences
    if not log.applied or not spans or not ref_sentences:
        return ()
    alignment = align_segments([original[s:e] for s, e in spans], ref_sentences)
    harmful: set[int] = set()
    for link in alignment.links:
        if not link.ref:
            continue
        start, end = spans[link.hyp[0]][0], spans[link.hyp[-1]][1]
        inside = [k for k, e in enumerate(log.applied) if start <= e.start and e.end <= end]
        if not inside:
            continue
        ref = " ".join(ref_sentences[j] for j in link.ref)
        edits = [log.applied[k] for k in inside]
        with_all = sentence_chrf(apply_within(original, edits, start, end), ref)
        for k in inside:
            others = [log.applied[o] for o in inside if o != k]
            if sentence_chrf(apply_within(original, others, start, end), ref) > with_all + 1e-9:
                harmful.add(k)
    if not harmful:
        return ()
    demoted = []
    kept = []
    for k, edit in enumerate(log.applied):
        if k in harmful:
            note = f"{edit.note}; {DEMOTED_NOTE}" if edit.note else DEMOTED_NOTE
            log.suggestions.append(replace(edit, applied=False, note=note))
            demoted.append(edit.rule)
        else:
            kept.append(edit)
    log.keep_only(kept)
    return tuple(demoted)
