"""Direct speech a dash opens: the dash and the quote's end punctuation found."""

from __future__ import annotations

import pytest

from restore.dash_speech import dash_quotes


def _spans(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[q.dash_start : q.dash_end], text[q.end_start : q.end_end], q.punctuation)
        for q in dash_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- We stand behind Ukraine, says Kristersson.", [("- ", ", ", ",")]),
        ("Intro.\n\n– We won. It was hard. she said.", [("– ", ". ", ",")]),
        ("— Is it over? asked a reporter.", [("— ", "? ", "?")]),
        (
            "- We will not give up, Foreign Minister Maria Malmer Stenergard says.",
            [("- ", ", ", ",")],
        ),
    ],
)
def test_a_dash_quote_with_its_attribution(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "- Japan allowed it, said the ministry.\n- It can only go to the US, officials said.",
        "Points:\n- The missiles can only be sent to the US, said the ministry.",
        "Kyiv - The war goes on, says Zelensky.",  # not at a line's start
        "- Item one, says nothing new.",  # no speaker after the verb
        "- We stand behind Ukraine.",  # no attribution
        '- "We stand behind Ukraine," says Kristersson.',  # quoted already
        "- On VMS, added an open callback function.",  # a changelog's item: an object
        "- Fixed a bug.\n  Still open\n- Yes, said Jim.",  # an item's continuation above
    ],
)
def test_no_dash_quote(text: str) -> None:
    assert _spans(text) == []
