"""One test per (rule, example), generated from the rules' own examples.

Each example runs its rule alone. A repairing example must give exactly its output; a
must-not-fire example must give no edit at all; a suggested example must leave the text
alone and give the output once its suggestions are accepted.
"""

from __future__ import annotations

import pytest

from restore import apply_decisions, apply_edits, restore_text
from restore.registry import Example, all_rules

CASES = [
    pytest.param(ex, id=f"{r.id}[{n}]") for r in all_rules() for n, ex in enumerate(r.examples)
]


@pytest.mark.parametrize("example", CASES)
def test_example(example: Example) -> None:
    result = restore_text(example.input, reference=example.reference, only=[example.rule])
    assert apply_edits(example.input, result.applied) == result.text
    if example.suggested:
        assert result.text == example.input, "a suggestion was applied automatically"
        accepted = {e.edit_id() for e in result.edits if e.rule == example.rule}
        assert apply_decisions(example.input, result.edits, accepted) == example.output
    elif example.fires:
        assert result.text == example.output
        assert all(e.rule == example.rule for e in result.applied)
    else:
        assert result.edits == (), f"must not fire, but made {[e.to_json() for e in result.edits]}"


@pytest.mark.parametrize("example", CASES)
def test_example_is_stable(example: Example) -> None:
    """Running the rule again on its own output changes nothing more."""
    if example.suggested:
        return
    again = restore_text(example.output, reference=example.reference, only=[example.rule])
    assert again.text == example.output
