"""Chinese names read back to pinyin from Hungarian and Czech transcription."""

from __future__ import annotations

import pytest

from restore.chinese_names import read_back


@pytest.mark.parametrize(
    ("first", "second", "pinyin", "language"),
    [
        ("Hszi", "Csin-ping", "Xi Jinping", "Hungarian"),
        ("Si", "Ťin-pching", "Xi Jinping", "Czech"),
        ("Li", "Čchiang", "Li Qiang", "Czech"),
        ("Lin", "Ťien", "Lin Jian", "Czech"),
        ("Čou", "En-laj", "Zhou Enlai", "Czech"),
    ],
)
def test_read_back(first: str, second: str, pinyin: str, language: str) -> None:
    found = read_back(first, second)
    assert found is not None
    assert (str(found), found.language) == (pinyin, language)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Xi", "Jinping"),  # pinyin already
        ("Ko", "Wen-je"),  # a Taiwanese name in the English press's hyphenation
        ("Chang", "Wei"),  # Czech ch is pinyin's too: no mark
        ("Jiří", "Čech"),  # a Czech, not a Chinese surname
    ],
)
def test_no_read_back(first: str, second: str) -> None:
    assert read_back(first, second) is None
