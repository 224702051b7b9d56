"""Chapter Markdown is cut at its headings, so each heading becomes its own widget."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.story.headings import Part, plain_heading, split_headings


def test_headings_and_text_alternate_in_order() -> None:
    """'# A', text, '## B', text: four parts with the heading levels kept."""
    parts = split_headings("# A title\n\nFirst para.\n\n## Why *China*?\nSecond [A04](cite:A04).\n")
    assert parts == [
        Part(1, "A title"),
        Part(0, "First para."),
        Part(2, "Why China?"),
        Part(0, "Second [A04](cite:A04)."),
    ]


def test_hashes_inside_code_or_mid_line_are_not_headings() -> None:
    """A '#' in fenced code, without a space, or mid-line stays text."""
    text = "```\n# not a heading\n```\n#hashtag\nUS$ #1 in the list"
    assert split_headings(text) == [Part(0, text)]


def test_plain_heading_drops_markdown() -> None:
    """Links keep their words; emphasis and code marks go."""
    assert plain_heading("The **broker** [chain](gloss:broker) `now`") == "The broker chain now"


@given(st.lists(st.sampled_from(["# H", "## Sub", "text", "", "more text", "### Deep"])))
def test_nothing_is_lost(lines: list[str]) -> None:
    """Every non-blank line comes back, as a heading or inside a text part, in order."""
    parts = split_headings("\n".join(lines))
    words = [p.text for p in parts]
    rebuilt = "\n".join(words).split("\n")
    expected = [line.lstrip("# ") for line in lines if line.strip()]
    assert [w for w in rebuilt if w.strip()] == expected
