"""The chapters on disk parse, and the chapter format's rules are enforced."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.story.chapters import (
    Chapter,
    check_chapter,
    check_story,
    link_citations,
    load_chapter,
    load_story,
    parse_header,
    split_segments,
)
from desktop_app.core.story.sources import load_citations
from desktop_app.paths import resources_dir

EXPECTED_IDS = [
    "lifeline",
    "calls",
    "how-much",
    "broker-chain",
    "other-side",
    "markets",
    "sanctions-debate",
    "send-money",
    "since-2018",
    "sources",
]

GOOD = """---
id: demo
title: A demo
summary: One line.
facts: A01, X01
figures: broker-chain
---
# A demo

Text [@A01] and more [@A01; @X01].

[[figure: broker-chain]]

After.
"""


def _write(tmp_path: Path, text: str, name: str = "01-demo.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_english_chapter_parses_in_order() -> None:
    """All ten chapters load without errors, in the order the issue lists them."""
    story = load_story(resources_dir(), "en")
    assert [c.id for c in story.chapters] == EXPECTED_IDS
    for chapter in story.chapters:
        assert chapter.ok, chapter.error
        assert chapter.title and chapter.summary
        assert chapter.body.lstrip().startswith("# ")


def test_every_citation_and_fact_in_chapters_resolves() -> None:
    """Each [@ID] exists in citations.toml and the headers list exactly what is cited."""
    root = resources_dir()
    citations = load_citations(root)
    story = load_story(root, "en")
    figure_ids = {f for c in story.chapters for f in c.figures}
    assert check_story(story, citations.facts, figure_ids) == []


def test_every_chapter_cites_at_least_one_fact() -> None:
    """Story chapters carry sources; no chapter makes claims without any citation."""
    for chapter in load_story(resources_dir(), "en").chapters:
        assert chapter.cited(), chapter.path.name


def test_corn_claim_is_framed_as_question() -> None:
    """Chapter 5 cites both the claim (A12) and the check (D05), and asks the student."""
    chapter = load_story(resources_dir(), "en").by_id("other-side")
    assert chapter is not None
    assert {"A12", "D05"} <= set(chapter.cited())
    assert "?" in chapter.body


def test_good_chapter_parses_into_segments(tmp_path: Path) -> None:
    """Header fields, citations as links, and the figure placed between text runs."""
    chapter = load_chapter(_write(tmp_path, GOOD), 1)
    assert chapter.ok
    assert chapter.facts == ("A01", "X01")
    assert chapter.figures == ("broker-chain",)
    assert [s.kind for s in chapter.segments] == ["text", "figure", "text"]
    assert "[A01](cite:A01), [X01](cite:X01)" in chapter.segments[0].value
    assert chapter.cited() == ["A01", "X01"]
    assert check_chapter(chapter, {"A01", "X01"}, {"broker-chain"}) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no header at all\n", "header is missing"),
        ("---\nid: x\ntitle: T\n", "not closed"),
        ("---\nid: x\ntitle: T\nsummary: S\n---\nbody", "missing: facts"),
        ("---\nid: Bad Id\ntitle: T\nsummary: S\nfacts: A01\n---\n", "may hold only"),
        ("---\nid: x\ncolour: red\n---\n", "header line 3"),
    ],
)
def test_broken_header_becomes_error_chapter(tmp_path: Path, text: str, message: str) -> None:
    """A broken header is reported by name instead of raising."""
    chapter = load_chapter(_write(tmp_path, text), 3)
    assert not chapter.ok
    assert message in (chapter.error or "")
    problems = check_chapter(chapter, set(), set())
    assert problems and problems[0].startswith("01-demo.md:")


def test_missing_and_binary_files_are_reported(tmp_path: Path) -> None:
    """Missing or non-UTF-8 files become error chapters naming the problem."""
    missing = load_chapter(tmp_path / "02-gone.md", 2)
    assert missing.error == "file is missing"
    binary = tmp_path / "03-bin.md"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in (load_chapter(binary, 3).error or "")


def test_rule_violations_are_named(tmp_path: Path) -> None:
    """Uncited header facts, unknown facts and unplaced figures each give a problem."""
    text = GOOD.replace("facts: A01, X01", "facts: A01, X01, X02").replace(
        "[[figure: broker-chain]]", ""
    )
    problems = check_chapter(load_chapter(_write(tmp_path, text), 1), {"A01"}, set())
    joined = "\n".join(problems)
    assert "X01, which is not in citations.toml" in joined
    assert "never cites it" in joined and "X02" in joined
    assert "'broker-chain' is not in figures.toml" in joined
    assert "placed exactly once" in joined


def test_duplicate_ids_and_empty_story(tmp_path: Path) -> None:
    """Two chapters with one id, or no chapters at all, are problems."""
    folder = tmp_path / "chapters" / "en"
    folder.mkdir(parents=True)
    assert check_story(load_story(tmp_path, "en"), set(), set()) == [
        "no chapter files found for language 'en'"
    ]
    _write(folder, GOOD, "01-a.md")
    _write(folder, GOOD, "02-b.md")
    problems = check_story(load_story(tmp_path, "en"), {"A01", "X01"}, {"broker-chain"})
    assert problems == ["02-b.md: id 'demo' is used twice"]


def test_link_citations_and_header_helpers() -> None:
    """Citation syntax becomes bracketed links; text without citations is unchanged."""
    assert link_citations("x [@D02]") == "x \\[[D02](cite:D02)\\]"
    assert link_citations("plain [link](http://a)") == "plain [link](http://a)"
    header, body = parse_header(GOOD)
    assert header["id"] == "demo" and body.startswith("# A demo")
    assert split_segments("") == ()
    assert isinstance(load_chapter(Path("/nonexistent/01-x.md"), 1), Chapter)


def test_widget_lines_become_widget_segments(tmp_path: Path) -> None:
    """[[widget: calculator]] places the calculator; unknown widgets are named problems."""
    text = GOOD.replace("After.", "[[widget: calculator]]\n\n[[widget: teleporter]]\n")
    chapter = load_chapter(_write(tmp_path, text), 1)
    kinds = [(s.kind, s.value) for s in chapter.segments]
    assert ("widget", "calculator") in kinds and ("widget", "teleporter") in kinds
    problems = check_chapter(chapter, {"A01", "X01"}, {"broker-chain"})
    assert problems == ["01-demo.md: unknown widget 'teleporter' (known: calculator)"]
