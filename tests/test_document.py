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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die Regierung in Tokio hat am Freitag beschlossen, was sie für die Verteidigung "
            "ausgeben will, und sie will an diesem Plan festhalten.",
            "de",
        ),
        (
            "De regering in Tokio heeft vrijdag besloten dat het land raketten aan de Verenigde "
            "Staten zal leveren, zo was te lezen in de krant.",
            "nl",
        ),
        (
            "Regeringen i Tokyo har fredag besluttet at den vil sende missiler til USA, og at "
            "der for første gang er tale om en eksport af våben.",
            "da",
        ),
        (
            "Japonská vláda v pátek oznámila, že by do Spojených států poslala rakety, které by "
            "podle ní měly nahradit americké zásoby.",
            "cs",
        ),
        (
            "Le gouvernement japonais a annoncé vendredi qu'on enverrait des missiles aux "
            "États-Unis, une première depuis que le pays a assoupli ses règles.",
            "fr",
        ),
    ],
)
def test_foreign_paragraphs_are_found_despite_english_looking_words(text: str, lang: str) -> None:
    """Short words these languages share with English ("was", "by", "at", "on") must not
    let a paragraph pass the quick English screen."""
    spans = foreign_paragraphs(text)
    assert [(s.start, s.end, s.lang) for s in spans] == [(0, len(text), lang)]


def test_plain_english_reporting_is_not_flagged() -> None:
    text = (
        "US President Joe Biden raised the issue with Prime Minister Fumio Kishida at a meeting "
        "at Camp David in August, as well as during an economic summit in San Francisco."
    )
    assert foreign_paragraphs(text) == []
