"""The document model: header metadata, sentence spans, language identification."""

from __future__ import annotations

import pytest

from restore import restore_text
from restore.document import Document, parse_header
from restore.langid import detect, foreign_paragraphs
from restore.sentences import split_sentences
from tests.conftest import seed


def test_scraper_header_becomes_metadata_and_the_text_is_kept() -> None:
    doc = Document.from_text(seed("004"), id="004")
    assert doc.metadata == {"date": "2023-12-23"} and doc.text == seed("004")
    assert restore_text(seed("004")).metadata == {"date": "2023-12-23"}
    assert parse_header("The date 2023-12-23 was set.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army said so. Mr. Abe agreed.", ["The U.S. Army said so.", "Mr. Abe agreed."]),
        (
            "TOKYO, Dec. 23 (AFP) - It rained. Then it stopped.",
            ["TOKYO, Dec. 23 (AFP) - It rained.", "Then it stopped."],
        ),
        (
            "“We welcome it,” the White House said. Japan agreed.",
            ["“We welcome it,” the White House said.", "Japan agreed."],
        ),
        ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
        ("J. Smith and e.g. Kyiv stayed. Next.", ["J. Smith and e.g. Kyiv stayed.", "Next."]),
    ],
)
def test_sentences_respect_abbreviations_and_quotes(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentence_spans_cover_the_text() -> None:
    doc = Document.from_text(seed("001"))
    for start, end in doc.sentences:
        assert doc.text[start:end] == doc.text[start:end].strip()


def test_language_id_is_deterministic() -> None:
    text = (
        "A japán kormány pénteken bejelentette, hogy az Egyesült Államokba szállítja a rakétákat."
    )
    first = detect.__wrapped__(text)  # type: ignore[attr-defined]
    assert all(detect.__wrapped__(text) == first for _ in range(5))  # type: ignore[attr-defined]
    assert first[0] == "hu"


def test_english_with_foreign_names_is_not_flagged() -> None:
    text = (
        "Japan's government said Mijazaki Hajao and Volodymyras Zelenskis spoke in Tokyo on Friday."
    )
    assert foreign_paragraphs(text * 3) == []
