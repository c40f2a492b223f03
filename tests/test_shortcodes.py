"""Shortcode matching: tags paired open to close, content kept or dropped by the table."""

from restore.shortcodes import shortcode_removals


def removed(text: str) -> list[str]:
    return [text[r.start : r.end] for r in shortcode_removals(text)]


def test_nested_page_builder_tags_go_and_their_content_stays() -> None:
    text = "[vc_row][vc_column_text]The decision was made.[/vc_column_text][/vc_row]"
    assert removed(text) == ["[vc_row]", "[vc_column_text]", "[/vc_column_text]", "[/vc_row]"]


def test_a_caption_goes_with_its_content_and_what_it_nests() -> None:
    text = 'Intro. [caption id="a1"][img src=x]A soldier.[/caption] More.'
    assert removed(text) == ['[caption id="a1"][img src=x]A soldier.[/caption]']


def test_a_caption_over_several_lines_keeps_its_content() -> None:
    text = '[caption id="a1"]\nA soldier.\n[/caption]'
    assert removed(text) == ['[caption id="a1"]', "[/caption]"]


def test_an_unpaired_tag_goes_only_with_key_value_attributes() -> None:
    assert removed('See [embedpost slug="x"] and [sic] or [the minister].') == [
        '[embedpost slug="x"]'
    ]


def test_a_closing_tag_alone_stays() -> None:
    assert removed("usage: hcal [[mm[/yyyy]]") == []


def test_hugo_shortcodes_go_and_templates_stay() -> None:
    text = '{{< tweet user="afp" id="1" >}} {{% note %}}x{{% /note %}} {{ .Title }} {% if %}'
    assert removed(text) == ['{{< tweet user="afp" id="1" >}}', "{{% note %}}", "{{% /note %}}"]


def test_tags_that_never_close_are_bounded() -> None:
    text = '[aa x="1"]' * 20_000 + "[/bb]" * 20_000 + "[cc]Caption.[/cc]"
    removals = shortcode_removals(text)
    assert len(removals) == 20_002  # the opening tags with attributes, and the cc pair
    assert removed(text)[-2:] == ["[cc]", "[/cc]"]
