"""What a lossy conversion wrote as "?" or U+FFFD, read back from the words around it."""

from __future__ import annotations

import pytest

from restore import lost_characters as lost
from restore.lost_characters import lost_characters


def _read(text: str) -> str:
    out = text
    for r in sorted(lost_characters(text), key=lambda r: -r.start):
        out = out[: r.start] + r.text + out[r.end :]
    return out


@pytest.mark.parametrize(
    ("damaged", "read"),
    [
        ("Gitanas Naus?da spoke.", "Gitanas Nauseda spoke."),
        ("Gitanas Naus??da spoke.", "Gitanas Nauseda spoke."),  # UTF-8's two bytes, each lost
        ("Gitanas Naus\ufffd\ufffdda spoke.", "Gitanas Nauseda spoke."),
        ("Vladim?r said so.", "Vladimir said so."),
    ],
)
def test_a_lost_letter_is_read_from_the_word_lists(damaged: str, read: str) -> None:
    assert _read(damaged) == read


def test_the_apostrophe_is_the_one_the_text_writes() -> None:
    assert _read("Japan?s envoy said it isn't so.") == "Japan's envoy said it isn't so."
    assert _read("Japan?s envoy said it isn’t so.") == "Japan’s envoy said it isn’t so."


def test_questions_and_code_stay() -> None:
    text = "Is it over? What ? is that? See index.php?id=3, a?b:c and colou?r."
    assert list(lost_characters(text)) == []


def test_quotation_marks_and_dashes_need_a_text_that_shows_the_damage() -> None:
    assert list(lost_characters("It was a ?historic? day ? he said.")) == []
    shown = "Japan?s envoy said it was a ?historic? day ? he said."
    assert _read(shown) == "Japan’s envoy said it was a “historic” day – he said."


def test_a_rare_word_before_s_is_no_possessive_alone() -> None:
    """Ravn?s is Ravnås as likely as Ravn's: read only where other repairs show the damage."""
    assert list(lost_characters("Ole Andr? Vadla Ravn?s wrote it.")) == []
    assert _read("Japan?s Ravn?s wrote it.") == "Japan’s Ravn’s wrote it."


def test_the_words_read_in_one_text_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lost, "MAX_READINGS", 1)
    assert _read("Naus?da met P?ter, and Naus?da left.") == ("Nauseda met P?ter, and Nauseda left.")
