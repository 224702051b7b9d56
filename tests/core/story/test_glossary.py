"""The glossary file, and linking glossary terms in chapter Markdown safely."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.story.chapters import link_citations
from desktop_app.core.story.glossary import (
    Glossary,
    GlossaryError,
    Term,
    check_glossary,
    link_terms,
    load_glossary,
    parse_glossary,
    protected_spans,
    term_id_from_link,
)

SETTINGS = settings(database=None, max_examples=200, deadline=None)


def _glossary(*terms: Term) -> Glossary:
    return Glossary({t.id: t for t in terms})


G = _glossary(
    Term("won", "won", "Money.", ("North Korean won", "South Korean won")),
    Term("sim-card", "SIM card", "A chip.", ("SIM cards", "SIM")),
    Term("broker", "broker", "A go-between.", ("brokers",)),
    Term("jangmadang", "jangmadang (market)", "A market.", ("market", "markets", "black market")),
    Term("defector", "defector", "Someone who left.", ("defectors",)),
    Term("jobless", "jobless", "A label.", ()),
    Term("yalu-river", "Yalu River", "A river.", ("Yalu",)),
)


def test_links_first_occurrence_keeping_case() -> None:
    """Only the first use of a term is linked, in the original capitals."""
    text = "Brokers carry it. A broker keeps 30%. brokers again."
    assert link_terms(text, G) == "[Brokers](glossary:broker) carry it. A broker keeps 30%. " + (
        "brokers again."
    )


def test_whole_words_only() -> None:
    """'won' in wonder/won't, 'SIM' in similar and 'broker' in broker-chain never link."""
    text = "I wonder. It won't. Similar ideas. The broker-chain chart. Brokerage. Wonton. !won"
    assert link_terms(text, G) == text


def test_possessive_and_apostrophe_words_are_left() -> None:
    """An apostrophe followed by a letter keeps the word whole; the next plain use links."""
    text = "The broker's fee. Then a broker."
    assert link_terms(text, G) == "The broker's fee. Then a [broker](glossary:broker)."


def test_punctuation_around_words_is_fine() -> None:
    """Quotes, brackets, emphasis and full stops around a term do not stop a link."""
    text = 'the "jobless" (won) *defectors*. SIM.'
    assert link_terms(text, G) == (
        'the "[jobless](glossary:jobless)" ([won](glossary:won)) '
        "*[defectors](glossary:defector)*. [SIM](glossary:sim-card)."
    )


def test_longest_form_wins() -> None:
    """'North Korean won' links as one phrase; 'black market' beats 'market'."""
    text = "5,041 North Korean won. The black market grew. A market."
    assert link_terms(text, G) == (
        "5,041 [North Korean won](glossary:won). The [black market](glossary:jangmadang) "
        "grew. A market."
    )


def test_phrase_may_wrap_across_a_line() -> None:
    """A two-word term broken over two lines of Markdown still links."""
    out = link_terms("Chinese SIM\ncards here", G)
    assert out == "Chinese [SIM\ncards](glossary:sim-card) here"


@pytest.mark.parametrize(
    "heading",
    ["# Calls across the Yalu", "## Brokers", "###### won", "  ## Defectors ##"],
)
def test_headings_are_never_linked(heading: str) -> None:
    """ATX headings stay plain; the first use in body text is linked instead."""
    word = re.findall(r"[A-Za-z]+", heading)[-1]
    out = link_terms(f"{heading}\n\nText with {word.lower()}.", G)
    assert out.splitlines()[0] == heading
    assert "](glossary:" in out.splitlines()[2]


def test_setext_headings_are_never_linked() -> None:
    """'Text' underlined with === or --- is a heading too; a thematic break is not."""
    text = "Brokers\n=======\n\nDefectors\n---\n\nbrokers and defectors\n"
    out = link_terms(text, G)
    assert out.startswith("Brokers\n=======\n\nDefectors\n---\n\n")
    assert out.endswith("[brokers](glossary:broker) and [defectors](glossary:defector)\n")


def test_list_item_above_a_rule_is_not_a_heading() -> None:
    """A list item followed by --- is still linked (a list item cannot be a setext title)."""
    out = link_terms("- brokers\n---\n", G)
    assert out == "- [brokers](glossary:broker)\n---\n"


@pytest.mark.parametrize(
    "protected",
    [
        "[the brokers](https://example.org/brokers)",
        "[brokers](cite:A09)",
        "![a broker](broker.png)",
        "[brokers][ref]",
        "`brokers`",
        "``a ` broker``",
        "<https://example.org/broker>",
        "<b class='broker'>",
        "<!-- brokers -->",
        "https://example.org/a-broker-page",
        "www.brokers.example",
        "scmp.com/news/brokers",
        "[@A09]",
        "[[figure: broker]]",
        '[brokers](http://x.org "a broker title")',
        "[nested [broker] text](http://x.org)",
    ],
)
def test_protected_markdown_is_untouched(protected: str) -> None:
    """Links, images, code, autolinks, HTML, addresses and citations are never linked."""
    text = f"{protected} then brokers."
    assert link_terms(text, G) == f"{protected} then [brokers](glossary:broker)."


def test_terms_already_linked_are_not_linked_again() -> None:
    """A glossary link already in the text counts as the term's first occurrence."""
    text = "[brokers](glossary:broker) then brokers and a defector."
    assert link_terms(text, G) == (
        "[brokers](glossary:broker) then brokers and a [defector](glossary:defector)."
    )


def test_citation_links_from_the_story_module_are_untouched() -> None:
    """After link_citations, fact links like [A09](cite:A09) survive glossary linking."""
    body = link_citations("Brokers keep 30% [@A09; @X07].")
    out = link_terms(body, G)
    assert out == "[Brokers](glossary:broker) keep 30% \\[[A09](cite:A09), [X07](cite:X07)\\]."


def test_fenced_code_blocks_are_untouched() -> None:
    """Nothing inside ``` or ~~~ fences is linked, closed or not."""
    text = "```\nbrokers\n```\n~~~~\ndefectors\n~~~~\nbrokers and defectors\n```\nwon\n"
    out = link_terms(text, G)
    assert out == (
        "```\nbrokers\n```\n~~~~\ndefectors\n~~~~\n"
        "[brokers](glossary:broker) and [defectors](glossary:defector)\n```\nwon\n"
    )


def test_reference_definitions_and_shortcut_references_are_untouched() -> None:
    """'[broker]: url' lines and '[broker]' shortcut links are left as they are."""
    text = "See [broker] and brokers.\n\n[broker]: https://example.org\n"
    assert link_terms(text, G) == (
        "See [broker] and [brokers](glossary:broker).\n\n[broker]: https://example.org\n"
    )


def test_shared_linked_set_links_once_per_chapter() -> None:
    """Passing one set across segments links each term once in the whole chapter."""
    linked: set[str] = set()
    first = link_terms("A broker.", G, linked)
    second = link_terms("Another broker and a defector.", G, linked)
    assert first == "A [broker](glossary:broker)."
    assert second == "Another broker and a [defector](glossary:defector)."
    assert linked == {"broker", "defector"}


def test_linking_is_idempotent() -> None:
    """Running link_terms on its own output changes nothing."""
    text = "Brokers and defectors use SIM cards near the Yalu. More brokers, more SIM cards."
    once = link_terms(text, G)
    assert link_terms(once, G) == once


def test_empty_inputs() -> None:
    """Empty text or an empty glossary returns the text unchanged."""
    assert link_terms("", G) == ""
    assert link_terms("brokers", Glossary({})) == "brokers"


def test_term_id_from_link() -> None:
    """The UI can tell glossary links from others."""
    assert term_id_from_link("glossary:sim-card") == "sim-card"
    assert term_id_from_link("cite:A09") is None
    assert term_id_from_link("glossary:") is None


def test_protected_spans_are_merged_and_sorted() -> None:
    """Overlapping protected regions come back as one sorted, merged list."""
    text = "# Head `code`\n[a](b) [a](b)"
    spans = protected_spans(text)
    assert spans == sorted(spans)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


# No lower-case "g" or "y" anywhere, so the input itself never holds a glossary link.
TOKENS = [
    "brokers", "Broker", "won", "wonder", "won't", "SIM", "SIM cards", "similar", "Yalu",
    "black market", "market", "defector's", "broker-chain", " ", " ", " ", "\n", "\n\n",
    "# ", "## ", "===", "---", "- ", "[", "]", "(", ")", "`", "```", "~~~", "<", ">", "!",
    "*", "_", "'", "\"", "-", ":", "/", ".", "@", "https://x.org/", "[@A09]", "(cite:A09)",
    "[A09](cite:A09)", "[[fiure: broker]]", "\\",
]  # fmt: skip
MARKDOWNISH = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)
ADDED_LINK = re.compile(r"\[([^\[\]]*)\]\(glossary:[a-z-]+\)")


@SETTINGS
@given(text=MARKDOWNISH)
def test_link_terms_only_ever_adds_links(text: str) -> None:
    """On any text, taking the added links out again gives back the original exactly."""
    out = link_terms(text, G)
    assert ADDED_LINK.sub(r"\1", out) == text
    ids = re.findall(r"\(glossary:([a-z-]+)\)", out)
    assert len(ids) == len(set(ids))  # each term at most once


@SETTINGS
@given(text=MARKDOWNISH)
def test_link_terms_is_idempotent_on_any_text(text: str) -> None:
    """Linking twice is the same as linking once."""
    once = link_terms(text, G)
    assert link_terms(once, G) == once


# --- the file ------------------------------------------------------------------------------

GOOD = """
[terms.broker]
term = "broker"
definition = "A go-between."
also_matches = ["brokers"]
facts = ["A09"]

[terms.won]
term = "won"
definition = "Money."
"""


def test_parse_good_file() -> None:
    """Terms load with their forms and facts; forms list the term first."""
    glossary = parse_glossary("glossary/en.toml", GOOD)
    assert len(glossary) == 2 and "broker" in glossary
    broker = glossary.get("broker")
    assert broker is not None and broker.forms() == ("broker", "brokers")
    assert broker.facts == ("A09",)
    assert [t.id for t in glossary.alphabetical()] == ["broker", "won"]
    assert glossary.term_for("BROKERS") == "broker"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('term = "won"', 'term = ""', "[terms.won]: 'term' is missing"),
        ('definition = "Money."', "definition = 3", "[terms.won]: 'definition' is missing"),
        ('also_matches = ["brokers"]', "also_matches = [1]", "'also_matches' must be a list"),
        ('also_matches = ["brokers"]', 'also_matches = [" "]', "'also_matches' has an empty"),
        ('also_matches = ["brokers"]', 'also_matches = ["won"]', "'won' already links to"),
        ('facts = ["A09"]', 'facts = ["A9"]', "'A9' in 'facts' is not a fact ID"),
        ('facts = ["A09"]', 'sources = ["A09"]', "[terms.broker]: unknown key 'sources'"),
        ("[terms.won]", "[terms.Won]", "[terms.Won]: a term id may hold only"),
        ("[terms.won]", "[word.won]", "unknown entry 'word'"),
        ("[terms.broker]", "[[terms.broker]]", "[terms.broker]: must be a table"),
    ],
)
def test_bad_entries_name_file_and_term(old: str, new: str, expected: str) -> None:
    """Each malformed entry is refused with the file name and the term's table."""
    assert old in GOOD
    with pytest.raises(GlossaryError) as caught:
        parse_glossary("glossary/en.toml", GOOD.replace(old, new, 1))
    assert str(caught.value).startswith("glossary/en.toml")
    assert expected in str(caught.value)


def test_missing_and_broken_files(tmp_path: Path) -> None:
    """A missing, non-TOML or empty glossary gives a message naming the file."""
    with pytest.raises(GlossaryError, match=r"glossary/en.toml: file is missing"):
        load_glossary(tmp_path, "en")
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "en.toml").write_text("[terms\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="not valid TOML"):
        load_glossary(tmp_path, "en")
    (tmp_path / "glossary" / "en.toml").write_text("", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"needs at least one \[terms.<id>\]"):
        load_glossary(tmp_path, "en")
    (tmp_path / "glossary" / "en.toml").write_bytes(b"\xff\xfe")
    with pytest.raises(GlossaryError, match="not UTF-8"):
        load_glossary(tmp_path, "en")


def test_check_glossary() -> None:
    """Unknown fact IDs and missing required terms are reported."""
    glossary = parse_glossary("glossary/en.toml", GOOD)
    assert check_glossary(glossary, {"A09"}, ["won"]) == []
    assert check_glossary(glossary, set(), ["won", "famine"]) == [
        "glossary: [terms.broker] cites A09, which is not in citations.toml",
        "glossary: the term 'famine' is missing",
    ]


def test_linking_twice_next_to_an_apostrophe_changes_nothing() -> None:
    """A term joined to a linked one by an apostrophe is not linked on a second pass."""
    for text in ("SIM'won", "won'SIM", "SIM'won'SIM"):
        once = link_terms(text, G)
        assert link_terms(once, G) == once
