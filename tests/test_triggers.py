"""The trigger scanner: every literal a text holds in one scan, and the literals edits wrote."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from restore.edits import Edit, apply_edits
from restore.triggers import TriggerGate, TriggerScanner

LITERALS = ("informs", ", that", "mln", "Japan", "zł")


def test_scan_finds_every_literal_present_and_no_other() -> None:
    scanner = TriggerScanner(LITERALS)
    text = "Japan informs BNS, that prices rose by 5 mln zł."
    assert scanner.scan(text) == set(LITERALS)
    assert scanner.scan("Nothing here.") == set()
    assert scanner.scan(text, 0, 5) == {"Japan"}


def test_rescan_finds_a_literal_an_edit_wrote_across_its_edge() -> None:
    scanner = TriggerScanner(LITERALS)
    before = "Prices rose, the ministry said. Tokyo agreed."
    edits = [Edit("x", 12, 12, "", " the Japanese"), Edit("x", 32, 37, "Tokyo", "Japan")]
    after = apply_edits(before, edits)
    found = scanner.scan(before)
    assert found == set()
    scanner.rescan(found, after, edits)
    assert found == {"Japan"}


def test_rescan_keeps_what_an_edit_removed() -> None:
    scanner = TriggerScanner(LITERALS)
    before = "Tusk said, that Poland will act."
    edits = [Edit("x", 9, 10, ",", "")]
    found = scanner.scan(before)
    scanner.rescan(found, apply_edits(before, edits), edits)
    assert ", that" in found  # a rule run for nothing finds nothing


@given(
    st.text(alphabet="Japn ,thmlzł", max_size=40),
    st.lists(
        st.tuples(st.integers(0, 40), st.text(alphabet="Japn ,thmlzł", max_size=6)), max_size=4
    ),
)
def test_rescan_after_edits_holds_every_literal_of_the_new_text(
    text: str, changes: list[tuple[int, str]]
) -> None:
    scanner = TriggerScanner(LITERALS)
    edits, last = [], -1
    for pos, after in sorted(changes):
        pos = min(pos, len(text))
        if pos > last:  # non-overlapping, sorted
            end = min(pos + 1, len(text))
            edits.append(Edit("x", pos, end, text[pos:end], after))
            last = end
    new = apply_edits(text, edits)
    found = scanner.scan(text)
    scanner.rescan(found, new, edits)
    assert scanner.scan(new) <= found


def test_a_phrase_row_looks_for_the_present_triggers_only_and_finds_the_same() -> None:
    """Rows with several triggers search only those the pipeline's scan found: the same
    proposals as searching for all of them, on each row's examples."""
    from restore.context import Context
    from restore.registry import all_rules

    rows = [r for r in all_rules() if r.id.startswith("phrases.") and len(r.triggers) > 1]
    assert rows
    for r in rows:
        scanner = TriggerScanner(r.triggers)
        for example in r.examples:
            text = example.input
            every = list(r.fn(text, Context()))
            present = list(r.fn(text, Context(present=scanner.scan(text))))
            assert present == every, (r.id, text)
            if example.fires:
                assert every, (r.id, text)


@given(st.sets(st.sampled_from([*LITERALS, "absent"]), max_size=6))
def test_the_gate_opens_the_rules_asking_each_would_in_their_order(present: set[str]) -> None:
    from restore.registry import Rule

    def none(text: str, ctx: object) -> list[object]:
        return []

    rules = [
        Rule("phrases.a", "", none, triggers=("informs", ", that")),
        Rule("phrases.b", "", none),  # no triggers: always runs
        Rule("phrases.c", "", none, triggers=("Japan",)),
        Rule("phrases.d", "", none, triggers=("mln", "zł", "Japan")),
    ]
    opened = TriggerGate(rules).open(present)
    asked = [r for r in rules if not r.triggers or not present.isdisjoint(r.trigger_set)]
    assert opened == asked
    assert rules[1] in opened


@given(st.text(alphabet="Kiev -_ab9\nKyiv", max_size=40).map(lambda t: t + " Kiev Kyiv a b9"))
def test_whole_words_match_what_one_pattern_of_the_literals_longest_first_matches(
    text: str,
) -> None:
    import regex

    literals = ("Kiev", "Kiev-a", "Kiev Kyiv", "a", "a b9", "b9", "Kyiv a")
    alternation = "|".join(regex.escape(t) for t in sorted(literals, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
    found = [(m.start, m.end) for m in TriggerScanner(literals).whole_words(text)]
    assert found == [m.span() for m in pattern.finditer(text)]
