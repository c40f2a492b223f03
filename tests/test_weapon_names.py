"""A weapon's name after its kind: the span found and the English order."""

from __future__ import annotations

import pytest

from restore.weapon_names import weapons_after_kinds


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sent 44 tanks Leopard 2A8.", [("tanks Leopard 2A8", "Leopard 2A8 tanks")]),
        ("with drones of type „Shahed“.", [("drones of type „Shahed“", "Shahed drones")]),
        ("export Patriot-missiles and F-16-jets", [("-", " "), ("-", " ")]),
        (
            "air defence systems IRIS-T and ballistic missiles Iskander-M",
            [
                ("air defence systems IRIS-T", "IRIS-T air defence systems"),
                ("ballistic missiles Iskander-M", "Iskander-M ballistic missiles"),
            ],
        ),
    ],
)
def test_a_name_after_its_kind_goes_first(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[f.start : f.end], f.repair) for f in weapons_after_kinds(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The tanks Leopard and Abrams came.",  # the kind is the list's
        "Patriot missiles arrived.",  # English order already
        "missiles „Patriot and more",  # a quotation mark opened, none closed
        "The Patriotic missiles.",  # not a table name
        "Missiles, Patriot and others.",
        "A Patriot-style move and a Patriot-missile-defence plan.",  # no kind; a longer compound
    ],
)
def test_no_reorder(text: str) -> None:
    assert list(weapons_after_kinds(text)) == []
