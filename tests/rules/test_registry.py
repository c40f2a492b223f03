"""The registry and its examples are consistent: the build fails on a rule without examples."""

from __future__ import annotations

import importlib

import pytest

from restore.errors import UnknownRuleError
from restore.registry import STAGES, all_examples, all_rules, select


def test_ids_are_unique_and_prefixed_by_their_stage_module() -> None:
    ids = [r.id for r in all_rules()]
    assert len(ids) == len(set(ids))
    for r in all_rules():
        assert r.stage in STAGES
        assert r.fn.__module__ == f"restore.rules.{r.stage}", r.id


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_every_rule_has_repairing_and_must_not_fire_examples(rule) -> None:  # type: ignore[no-untyped-def]
    assert any(ex.fires for ex in rule.examples), f"{rule.id} has no repairing example"
    assert any(not ex.fires for ex in rule.examples), f"{rule.id} has no must-not-fire example"
    assert rule.description and not rule.description.endswith(" ")


def test_every_example_names_a_real_rule() -> None:
    ids = {r.id for r in all_rules()}
    unknown = {ex.rule for ex in all_examples()} - ids
    assert not unknown


def test_every_stage_module_exists() -> None:
    for stage in STAGES:
        importlib.import_module(f"restore.rules.{stage}")


def test_select_by_stage_and_id() -> None:
    layout = select(only=["layout"])
    assert layout and all(r.stage == "layout" for r in layout)
    without = select(disable=["layout.shortcode"])
    assert "layout.shortcode" not in {r.id for r in without}
    assert "layout.scraper_header" in {r.id for r in without}


def test_unknown_selector_is_an_error() -> None:
    with pytest.raises(UnknownRuleError):
        select(enable=["layout.no_such_rule"])
