"""Central European text read in a Western code page: found by its evidence, read back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from restore.code_pages import MISREADINGS, misread_words

#: Real names and places, each with a letter the misreadings show as a sign no word holds.
POLISH = ("Radosław", "Wałbrzych", "Białystok", "Łódź", "Jarosław", "Michał")
CZECH = ("Škromach", "Jiří", "Babiš", "Plzeň", "Žatec", "Šárka")


def _misread(word: str, written: str, read: str) -> str:
    return word.encode(written).decode(read)


#: Each word with each misreading that changes it.
CASES = [
    (word, written, read)
    for written, read in MISREADINGS
    for word in POLISH + CZECH
    if _misread(word, written, read) != word
]


@pytest.mark.parametrize(("word", "written", "read"), CASES)
def test_a_word_misread_beside_evidence_is_read_back(word: str, written: str, read: str) -> None:
    evidence = "Wałbrzych" if written == "cp1250" else "Škromach"
    shown = _misread(word, written, read)
    text = f"The minister met {_misread(evidence, written, read)} and {shown}."
    assert {r.word for r in misread_words(text)} >= {word}


def test_the_misreading_is_the_one_that_reads_the_evidence_as_letters() -> None:
    # "Ÿ" is only Windows-1252's (ź in Windows-1250); "©" only Latin-1's (Š in Latin-2).
    polish = misread_words("Radosław met them in " + _misread("Łódź", "cp1250", "cp1252"))
    czech = misread_words("Then " + _misread("Škromach Babiš", "iso-8859-2", "latin-1"))
    assert {(r.word, r.written) for r in polish} == {("Łódź", "cp1250")}
    assert {(r.word, r.written) for r in czech} == {
        ("Škromach", "iso-8859-2"),
        ("Babiš", "iso-8859-2"),
    }


@given(st.text(alphabet="abcdefghij ,.-£¥³¹¾¿ª«»¡éèàñïøòâêîôû", max_size=60))
def test_no_evidence_no_reading(text: str) -> None:
    """Text whose signs stand only where words end or between words is left alone."""
    signs = "£¥³¹¾¿ª«»¡"
    inside = any(
        c in signs and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
        for i, c in enumerate(text)
    )
    opening = any(
        c in "£¥ª"
        and (i == 0 or text[i - 1] == " ")
        and text[i + 1 : i + 3].isalpha()
        and text[i + 1 : i + 3].islower()
        for i, c in enumerate(text)
    )
    if not inside and not opening:
        assert misread_words(text) == []


def test_clean_english_with_its_signs_and_accents_is_left_alone() -> None:
    text = (
        "Pipes carry 5 m³/h (note¹); ¡hola!, «Oui», £5bn and ¥300. A naïve crème brûlée in Kraków."
    )
    assert misread_words(text) == []


def test_utf8_misread_is_not_this_and_a_sign_alone_is_no_word() -> None:
    assert misread_words("Prints: this is a tÃ©st, and ½ + ¼ = ¾.") == []
    assert [r.word for r in misread_words("Wa³brzych: ½ + ¼ = ¾, 5 m³ and 2 km².")] == ["Wałbrzych"]
