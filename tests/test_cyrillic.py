"""Reading a Russian surname back from its Hungarian transcription."""

from __future__ import annotations

import pytest

from restore.cyrillic import cyrillic_spellings, hungarian_marked, read_back_surname, transcribe
from restore.tables import word_list

# Surnames names-dataset does not rank, as Hungarian writes them, and the English-press form.
READ_BACK = [
    ("Sziluanov", "Siluanov"),
    ("Maszljukov", "Maslyukov"),
    ("Csernomirgyin", "Chernomirdin"),
]
# Surnames the table has too: the reading must agree with it.
AGREES = [
    ("Peszkov", "Peskov"),
    ("Medvegyev", "Medvedev"),
    ("Kiszeljov", "Kiselyov"),
    ("Prigozsin", "Prigozhin"),
    ("Hodorkovszkij", "Khodorkovsky"),
    ("Belouszov", "Belousov"),
]


@pytest.mark.parametrize(("word", "english"), READ_BACK + AGREES)
def test_reads_back_a_hungarian_transcription(word: str, english: str) -> None:
    reading = read_back_surname(word)
    assert reading is not None and reading.english == english and reading.clear


@pytest.mark.parametrize(("word", "english"), READ_BACK + AGREES)
def test_every_spelling_found_writes_the_word_again(word: str, english: str) -> None:
    spellings = cyrillic_spellings(word)
    assert spellings and all(transcribe(c, "hu") == word for c in spellings)
    assert english in {transcribe(c, "en") for c in spellings}


@pytest.mark.parametrize(
    "word",
    [
        "Lavrov",  # English-press form: nothing Hungarian in it
        "Kadirov",  # no Hungarian letter, though Hungarian wrote it (Kadyrov)
        "Ławrow",  # Polish: Poles' own names end so (Iwanow), and it is not read
        "Nawrocki",
        "Tokarczuk",
        "Szalai",  # not a Russian surname's ending
        "Szergej",  # a given name
        "Ruszin",  # a Hungarian's surname names-dataset ranks
        "Szabina",  # a Hungarian given name
        "Agyin",  # a Ghanaian surname
        "sziluanov",  # not capitalised: not a name
    ],
)
def test_leaves_what_is_not_a_hungarian_transcription(word: str) -> None:
    assert read_back_surname(word) is None


def test_merged_letters_are_weighed_not_guessed() -> None:
    # Hungarian writes и and ы alike; an ы in an unusual place makes no clear reading.
    reading = read_back_surname("Szurovikin")
    assert reading is not None and not reading.clear


def test_marks_are_hungarian_only() -> None:
    assert hungarian_marked("Peszkov") and hungarian_marked("Medvegyev")
    assert not hungarian_marked("Pieskow") and not hungarian_marked("Peskov")


def test_lookalikes_are_lower_case_names() -> None:
    names = word_list("russian_lookalikes.txt")
    assert "ruszin" in names and all(n == n.lower() and n.isalpha() for n in names)


def test_german_and_czech_transcriptions_are_read_too() -> None:
    german = read_back_surname("Surowikin")
    assert german is not None and german.english == "Surovikin" and german.langs == ("de",)
    czech = read_back_surname("Ščerbinin")
    assert czech is not None and czech.english == "Shcherbinin" and czech.langs == ("cs",)


def test_a_transcription_of_two_russian_names_is_not_read() -> None:
    # German Sacharowa is Sakharova or Zakharova: the table leaves it out, and so does this.
    assert read_back_surname("Sacharowa") is None
