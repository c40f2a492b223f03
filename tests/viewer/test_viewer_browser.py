"""The viewer in headless Chromium: no request leaves the page, decisions work by mouse and
keyboard, exports match `mt-restore clean`, and hostile text runs nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from restore.cli import main
from restore.decisions import Decisions
from restore.edits import apply_decisions
from restore.pipeline import Pipeline
from restore.viewer import render_page
from tests.conftest import ROOT, seed, seed_path

pytestmark = pytest.mark.browser


def open_page(page: Any, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_function("window.mtRestore !== undefined")


def only_the_file_was_requested(page: Any, path: Path) -> bool:
    return page.requests_seen == [path.as_uri()]


@pytest.fixture
def seed_page(tmp_path: Path, page: Any, capsys: pytest.CaptureFixture[str]) -> Any:
    out = tmp_path / "000.html"
    assert (
        main(["view", str(seed_path("000")), "--reference", str(seed_path("001")), "-o", str(out)])
        == 0
    )
    assert (
        main(
            ["clean", str(seed_path("000")), "--reference", str(seed_path("001")), "--workers", "1"]
        )
        == 0
    )
    page.clean_output = capsys.readouterr().out
    open_page(page, out)
    page.html_path = out
    return page


def test_opens_with_exactly_what_clean_writes_and_no_request(seed_page: Any) -> None:
    assert seed_page.evaluate("window.mtRestore.exportText()") == seed_page.clean_output
    assert only_the_file_was_requested(seed_page, seed_page.html_path)
    assert seed_page.errors == []
    assert seed_page.locator("#reference .ref-sentence").count() > 10
    if os.environ.get("MT_RESTORE_SCREENSHOT"):
        seed_page.set_viewport_size({"width": 1400, "height": 900})
        seed_page.keyboard.press("j")
        seed_page.screenshot(path=str(ROOT / "tests" / "viewer" / "screenshot.png"))


def test_reject_and_accept_by_click(seed_page: Any) -> None:
    page = seed_page
    applied = page.locator('#restored .edit.on[data-rule="phrases.social_network_post"]')
    edit_id = applied.get_attribute("data-edit-id")
    applied.click()
    page.click("#reject")
    suggestion = page.locator('#restored .edit.suggestion[data-rule="review.relative_time"]').first
    suggestion_id = suggestion.get_attribute("data-edit-id")
    suggestion.click()
    page.click("#accept")
    text = page.evaluate("window.mtRestore.exportText()")
    assert "in a request on the social network X" in text
    assert "San Francisco last month" in text
    decisions = page.evaluate("window.mtRestore.decisions()")
    assert decisions["rejected"] == [edit_id] and decisions["accepted"] == [suggestion_id]
    assert page.locator("#n-accepted").inner_text() == "1"
    assert page.locator("#n-rejected").inner_text() == "1"
    # the same decisions replayed in batch give the same text
    r = Pipeline().run(seed("000"), [seed("001")], doc_id=decisions["doc"])
    chosen = Decisions(frozenset(decisions["accepted"]), frozenset(decisions["rejected"]))
    assert apply_decisions(r.original, r.edits, chosen.keep(r.edits)) == text


def test_reject_all_edits_of_one_rule(seed_page: Any) -> None:
    page = seed_page
    page.click('[data-rule-reject="typography.currency_order"]')
    text = page.evaluate("window.mtRestore.exportText()")
    assert "56 billion USD (EUR 50.8 billion)" in text


def test_keyboard_path(seed_page: Any) -> None:
    page = seed_page
    assert page.locator(".edit.current").count() == 0  # opens with no change selected
    page.keyboard.press("j")
    first = page.evaluate("document.activeElement.dataset.editId")
    assert first == page.evaluate("window.mtRestore.edits()[0]") or first
    page.keyboard.press("r")
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.dataset.editId") == first
    page.keyboard.press("a")
    decisions = page.evaluate("window.mtRestore.decisions()")
    assert decisions["accepted"] == [first] and decisions["rejected"] == []


def test_downloads_decisions_for_clean(
    seed_page: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = seed_page
    page.click('[data-rule-reject="names.inflection"]')
    with page.expect_download() as info:
        page.click("#download-decisions")
    path = tmp_path / "decisions.json"
    info.value.save_as(path)
    saved = json.loads(path.read_text())
    assert saved["rejected"] and saved["edits"][0]["rule"] == "names.inflection"
    expected = page.evaluate("window.mtRestore.exportText()")
    code = main(
        [
            "clean",
            str(seed_path("000")),
            "--reference",
            str(seed_path("001")),
            "--decisions",
            str(path),
            "--workers",
            "1",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == expected
    assert "Rahm Emanuelis" in expected


HOSTILE = (
    "Officials in Kiev said <script>window.pwned = 1</script> the talks ended.\n\n"
    'A photo <img src=x onerror="window.pwned = 2"> was shown </textarea> and '
    '<a href="javascript:window.pwned=3">a link</a> with {{ 7*7 }} in Kiev.  \n'
)


def test_hostile_text_shows_as_text_and_runs_nothing(page: Any, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    out.write_text(render_page(Pipeline().run(HOSTILE, doc_id="<b>x</b>")), encoding="utf-8")
    open_page(page, out)
    assert page.evaluate("window.pwned") is None
    assert page.locator("script").count() == 2  # the data block and the page's own script
    assert page.locator("img").count() == 0 and page.locator("a").count() == 0
    restored = page.locator("#restored").inner_text()
    assert "<script>window.pwned = 1</script>" in restored and "{{ 7*7 }}" in restored
    assert page.evaluate("window.mtRestore.exportText()") == Pipeline().run(HOSTILE).text
    assert only_the_file_was_requested(page, out)
