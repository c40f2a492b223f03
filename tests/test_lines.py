"""restore.lines: the lines holding given literals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from restore.lines import each_line, lines_with


def test_lines_holding_any_literal_once_each_in_order() -> None:
    text = "Kiev said.\nNothing here.\nKharkov and Kiev, Kiev.\nKiev"
    assert lines_with(text, ["Kiev", "Kharkov"]) == [(0, 10), (25, 48), (49, 53)]
    assert [text[s:e] for s, e in lines_with(text, ["Kharkov"])] == ["Kharkov and Kiev, Kiev."]


def test_no_literal_no_lines() -> None:
    assert lines_with("Kyiv said.\n", ["Kiev"]) == []
    assert lines_with("", ["Kiev"]) == []


@given(
    st.lists(st.sampled_from(["ab", "b", "x", " ", "\n"]), max_size=30).map("".join),
    st.sampled_from(["ab", "b", "x b"]),
)
def test_every_occurrence_lies_on_a_returned_whole_line(text: str, literal: str) -> None:
    spans = lines_with(text, [literal])
    for start, end in spans:
        assert literal in text[start:end]
        assert "\n" not in text[start:end]
        assert start == 0 or text[start - 1] == "\n"
        assert end == len(text) or text[end] == "\n"
    at = text.find(literal)
    while at >= 0:
        assert any(s <= at and at + len(literal) <= e for s, e in spans)
        at = text.find(literal, at + 1)


def test_each_line_gives_every_line_at_its_offset() -> None:
    text = "Share\n\nTweet\nlast"
    assert list(each_line(text)) == [(0, "Share"), (6, ""), (7, "Tweet"), (13, "last")]
    assert all(text[start : start + len(line)] == line for start, line in each_line(text))
    assert list(each_line("")) == [(0, "")]
