"""citations.toml loads, covers the whole fact base, and bad files are named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.story.sources import CitationError, load_citations, parse_citations
from desktop_app.paths import resources_dir

FACTS_MD = Path(__file__).resolve().parents[3].parent / "shared" / "story" / "facts.md"


def test_real_citations_load_with_sources_for_every_fact() -> None:
    """Every fact reaches at least one full reference (derived ones through their inputs)."""
    citations = load_citations(resources_dir())
    assert len(citations.facts) >= 36
    for fid in citations.facts:
        sources = citations.sources_of(fid)
        assert sources, fid
        for source in sources:
            assert source.title and source.reference().endswith(".")


def test_derived_facts_show_their_working() -> None:
    """D facts carry the arithmetic that produced them."""
    citations = load_citations(resources_dir())
    d02 = citations.facts["D02"]
    assert "0.271" in d02.working or "27.1" in d02.working
    assert all(citations.facts[f].working for f in citations.facts if f.startswith("D"))


@pytest.mark.skipif(not FACTS_MD.is_file(), reason="shared fact base not beside the repo")
def test_every_fact_of_the_fact_base_is_cited() -> None:
    """Each ID in ../shared/story/facts.md has an entry in citations.toml."""
    ids = set(re.findall(r"^\| ([AXD]\d{2}) \|", FACTS_MD.read_text(encoding="utf-8"), re.M))
    assert ids and ids <= set(load_citations(resources_dir()).facts)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not = [toml", "not valid TOML"),
        ("[sources.a]\ntitle='T'\n", "needs [sources.*] and [facts.*]"),
        ("[sources.a]\ntitle='T'\n[facts.A01]\nclaim='c'\nsource='b'\n", "unknown source 'b'"),
        ("[sources.a]\ntitle='T'\n[facts.A01]\nsource='a'\n", "'claim' is missing"),
        ("[sources.a]\ntitle='T'\n[facts.Q1]\nclaim='c'\nsource='a'\n", "fact IDs look like"),
        ("[sources.a]\ntitle='T'\n[facts.D01]\nclaim='c'\nworking='w'\n", "needs 'derived_from'"),
        (
            "[sources.a]\ntitle='T'\n[facts.D01]\nclaim='c'\nworking='w'\nderived_from=['A09']\n",
            "unknown 'A09'",
        ),
        ("[sources.a]\ntitle=3\n[facts.A01]\nclaim='c'\nsource='a'\n", "must be text"),
    ],
)
def test_malformed_citations_name_the_problem(text: str, message: str) -> None:
    """Each kind of mistake in citations.toml gives a message naming the entry."""
    with pytest.raises(CitationError, match=re.escape(message)) as info:
        parse_citations(Path("citations.toml"), text)
    assert str(info.value).startswith("citations.toml:")


def test_missing_citations_file(tmp_path: Path) -> None:
    """A missing file is reported by name."""
    with pytest.raises(CitationError, match=r"citations\.toml: file is missing"):
        load_citations(tmp_path)


def test_every_fact_since_2018_says_when_and_where_it_was_seen() -> None:
    """Y facts (issue 14) cite sources with a date, and a note saying the day they were seen
    (and when only a repost was found); every source but one has its web address."""
    citations = load_citations(resources_dir())
    y_facts = [f for f in citations.facts.values() if f.id.startswith("Y")]
    assert len(y_facts) >= 20
    for fact in y_facts:
        for source in citations.sources_of(fact.id):
            assert source.published, source.id
            assert "2026-12-01" in source.note, source.id
            assert source.url or "repost" in source.note, source.id
