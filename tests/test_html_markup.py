"""HTML left by a scraper: which tags go, what replaces them, and which texts are HTML or
markup of their own and keep every tag."""

from restore.html_markup import markup_removals


def removed(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.repair) for r in markup_removals(text)]


def test_paragraph_tags_on_one_line_become_a_line_break() -> None:
    assert removed("<p>Kyiv said so.</p> <p>Talks go on.</p>") == [
        ("<p>", ""),
        ("</p> <p>", "\n"),
        ("</p>", ""),
    ]


def test_tags_side_by_side_go_as_one_span_with_the_spaces_before_a_line_end() -> None:
    assert removed("He was <em>unidentified</em> </strong><br>\nmore<br>") == [
        ("<em>", ""),
        ("</em>", ""),
        (" </strong><br>", ""),
        ("<br>", ""),
    ]


def test_a_line_break_tag_inside_a_line_breaks_it() -> None:
    assert removed("Kyiv said so.<br/>Three died.") == [("<br/>", "\n")]


def test_a_text_with_a_tag_of_its_own_keeps_every_tag() -> None:
    assert removed('<p align="center"><img src="logo.png"></p>') == []
    assert removed("Mail Jane <jane@example.org>.<br>") == []
    assert removed("<!DOCTYPE html><p>Hi</p>") == []


def test_inline_tags_alone_or_an_unclosed_paragraph_are_no_scraped_page() -> None:
    assert removed("The <strong>minister</strong> said so.") == []
    assert removed("while (<P>) { print; }") == []


def test_a_run_of_many_tags_is_one_span() -> None:
    text = "Start." + "<br>" * 10_000 + "end"
    assert removed(text) == [(text[6:-3], "\n" * 10_000)]


def test_tags_on_a_line_edge_leave_the_line_break_to_the_text() -> None:
    assert removed("<p>A.</p><p>\nB.</p>") == [("<p>", ""), ("</p><p>", ""), ("</p>", "")]


def test_the_spaces_before_a_tag_go_with_it_where_only_spaces_follow_to_the_line_end() -> None:
    # The spaces after it are layout.trailing_whitespace's: together the line ends clean.
    assert removed("<p>Japan said so. </p> \nNext.</p>") == [
        ("<p>", ""),
        (" </p>", ""),
        ("</p>", ""),
    ]
