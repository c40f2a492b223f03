"""Edits in original coordinates: the invariants that every other part relies on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from restore.edits import Edit, EditLog, apply_decisions, apply_edits, narrowed
from restore.errors import EditConflictError


def edit(start: int, end: int, text: str, after: str, rule: str = "layout.t") -> Edit:
    return Edit(rule, start, end, text[start:end], after)


def test_apply_edits_replaces_spans() -> None:
    text = "Kiev said no."
    assert (
        apply_edits(text, [edit(0, 4, text, "Kyiv"), edit(10, 12, text, "yes")]) == "Kyiv said yes."
    )


def test_apply_edits_rejects_overlap_and_mismatch() -> None:
    text = "abcdef"
    with pytest.raises(EditConflictError):
        apply_edits(text, [edit(0, 3, text, "x"), edit(2, 4, text, "y")])
    with pytest.raises(EditConflictError):
        apply_edits(text, [Edit("layout.t", 0, 2, "zz", "y")])


def test_later_stage_touching_earlier_edit_merges_and_keeps_attribution() -> None:
    log = EditLog("Rahm Emanuelis said")
    log.commit([Edit("encoding.a", 5, 14, "Emanuelis", "Emanuel")])
    assert log.text == "Rahm Emanuel said"
    log.commit([Edit("names.b", 0, 12, "Rahm Emanuel", "Rahm Emanuel Jr")])
    (merged,) = log.applied
    assert merged.rule == "names.b" and merged.via == ("encoding.a",)
    assert merged.before == "Rahm Emanuelis" and merged.after == "Rahm Emanuel Jr"
    assert apply_edits(log.original, log.applied) == log.text


def test_edit_reverted_by_a_later_stage_disappears() -> None:
    log = EditLog("a b")
    log.commit([Edit("layout.x", 1, 2, " ", "")])
    log.commit([Edit("style.y", 0, 2, "ab", "a b")])
    assert log.text == "a b" and log.applied == []


def test_suggestion_is_mapped_to_original_coordinates() -> None:
    log = EditLog(" date 2023-12-23 Kiev fell")
    log.commit([Edit("layout.h", 0, 17, " date 2023-12-23 ", "")])
    s = log.suggest(Edit("style.k", 0, 4, "Kiev", "Kyiv", applied=False))
    assert (s.start, s.end, s.before) == (17, 21, "Kiev")
    assert (
        apply_decisions(log.original, log.all_edits(), {e.edit_id() for e in log.all_edits()})
        == "Kyiv fell"
    )


@st.composite
def stage_edits(draw: st.DrawFn, text: str) -> list[Edit]:
    """Sorted, non-overlapping edits over ``text``, as one stage would propose them."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits, pos = [], 0
    for k in range(0, len(cuts) - 1, 2):
        s, e = cuts[k], cuts[k + 1]
        if s < pos or (s == e and edits and edits[-1].start == edits[-1].end == s):
            continue
        after = draw(st.text(alphabet="xyz ", max_size=4))
        if text[s:e] != after:
            edits.append(Edit(f"layout.r{k}", s, e, text[s:e], after))
            pos = e
    return edits


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=30), st.data())
def test_composed_stages_replay_exactly(original: str, data: st.DataObject) -> None:
    log = EditLog(original)
    for _stage in range(3):
        log.commit(data.draw(stage_edits(log.text)))
        for e in log.applied:
            assert original[e.start : e.end] == e.before
        assert apply_edits(original, log.applied) == log.text
    starts = [(e.start, e.end) for e in log.applied]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("before", "after", "changed"),
    [
        ("said on the press conference, that", "said on the press conference that", (",", "")),
        ("the agency informed that", "the agency reported that", ("informed", "reported")),
        ("72 dollar", "72 dollars", ("dollar", "dollars")),
        ("US-President", "US President", ("-", " ")),
        (
            "in a request on the social network X",
            "in a post on X",
            ("request on the social network", "post on"),
        ),
        ("Yoshimasza Hajasi", "Yoshimasa Hayashi", ("Yoshimasza Hajasi", "Yoshimasa Hayashi")),
        ("the the", "the", (" the", "")),
    ],
)
def test_narrowed_keeps_only_the_words_a_repair_changes(
    before: str, after: str, changed: tuple[str, str]
) -> None:
    text = f"<{before}>"
    start, end, new = narrowed(text, 1, len(text) - 1, after)
    assert (text[start:end], new) == changed
    assert text[:start] + new + text[end:] == f"<{after}>"


@settings(max_examples=300, deadline=None)
@given(st.text("ab ,-", max_size=12), st.text("ab ,-", max_size=12), st.text("ab ,", max_size=4))
def test_narrowed_replacement_writes_the_same_text(before: str, after: str, around: str) -> None:
    text = around + before + around
    start, end, new = narrowed(text, len(around), len(around) + len(before), after)
    assert len(around) <= start <= end <= len(around) + len(before)
    assert text[:start] + new + text[end:] == around + after + around
