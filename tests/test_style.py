"""House style profiles: the bundled one, a user's file, and a hostile pattern in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from restore.errors import TableFormatError
from restore.pipeline import Pipeline, RestoreConfig


def test_user_style_file_replaces_the_profile(tmp_path: Path) -> None:
    style = tmp_path / "bbc.tsv"
    style.write_text("form\thouse\tunless\nKyiv\tKiev\t\n", encoding="utf-8")
    r = Pipeline(RestoreConfig(only=("style",), style=str(style))).run(
        "Officials in Kyiv and Kiev said."
    )
    assert r.text == "Officials in Kiev and Kiev said."
    assert "style:bbc" in r.signature


def test_catastrophic_user_pattern_cannot_hang(tmp_path: Path) -> None:
    style = tmp_path / "evil.tsv"
    style.write_text("form\thouse\tunless\nKiev\tKyiv\t(a+)+$\n", encoding="utf-8")
    text = "Kiev " + "a" * 40 + "!"
    r = Pipeline(RestoreConfig(only=("style",), style=str(style))).run(text)
    assert r.text == text  # the guard timed out, so the word is left alone


def test_malformed_style_file_is_a_clear_error(tmp_path: Path) -> None:
    style = tmp_path / "bad.tsv"
    style.write_text("form\nKiev\n", encoding="utf-8")
    with pytest.raises(TableFormatError, match="missing column"):
        Pipeline(RestoreConfig(only=("style",), style=str(style))).run("Kiev")
