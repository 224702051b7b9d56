"""citations.<lang>.toml: translated wording over the English citations, English kept (and
logged) wherever the translation is missing, and a malformed translation named."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from desktop_app.core.story.sources import CitationError, load_citations

ENGLISH = """
[sources.paper]
author = "A. Writer"
title = "An English title"
publisher = "The Paper"
published = "2018-08-27"
updated = "2018-08-29"
note = "A note."

[facts.A01]
claim = "An English claim."
source = "paper"
attribution = "the article"

[facts.A02]
claim = "Another English claim."
source = "paper"
attribution = "the mother"

[facts.D01]
claim = "A worked-out claim."
derived_from = ["A01"]
working = "1 + 1 = 2"
"""


def _root(tmp_path: Path, overlay: str | None) -> Path:
    (tmp_path / "citations.toml").write_text(ENGLISH, encoding="utf-8")
    if overlay is not None:
        (tmp_path / "citations.ko.toml").write_text(overlay, encoding="utf-8")
    return tmp_path


def test_english_is_unchanged_without_a_language(tmp_path: Path) -> None:
    """Existing callers (no lang) get exactly the English citations."""
    root = _root(tmp_path, '[facts.A01]\nclaim = "한국어"\n')
    assert load_citations(root).facts["A01"].claim == "An English claim."
    assert load_citations(root, "en") == load_citations(root)


def test_overlay_replaces_wording_and_keeps_structure(tmp_path: Path) -> None:
    """Claims, attributions, workings and source notes come from the overlay; ids do not."""
    root = _root(
        tmp_path,
        """
[words]
updated = "수정"

[sources.paper]
title_ko = "영어 제목"
publisher = "더 페이퍼"
note = "메모."

[facts.A01]
claim = "한국어 주장."
attribution = "기사"

[facts.A02]
claim = "또 다른 주장."
attribution = "어머니"

[facts.D01]
claim = "계산한 주장."
working = "1 + 1 = 2 (계산)"
""",
    )
    citations = load_citations(root, "ko")
    a01, d01 = citations.facts["A01"], citations.facts["D01"]
    assert (a01.claim, a01.attribution, a01.sources) == ("한국어 주장.", "기사", ("paper",))
    assert (d01.working, d01.derived_from) == ("1 + 1 = 2 (계산)", ("A01",))
    source = citations.sources["paper"]
    assert source.title == "An English title" and source.title_gloss == "영어 제목"
    assert source.reference() == (
        "A. Writer, “An English title” (영어 제목), 더 페이퍼, 2018-08-27 (수정 2018-08-29)."
    )
    assert [s.id for s in citations.sources_of("D01")] == ["paper"]


def test_missing_facts_and_keys_fall_back_to_english_and_are_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A fact or key left out keeps its English text, never an empty one, and is logged."""
    root = _root(tmp_path, '[facts.A01]\nclaim = "한국어 주장."\nattribution = ""\n')
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.sources"):
        citations = load_citations(root, "ko")
    assert citations.facts["A01"].claim == "한국어 주장."
    assert citations.facts["A01"].attribution == "the article"
    assert citations.facts["A02"].claim == "Another English claim."
    assert citations.facts["D01"].working == "1 + 1 = 2"
    assert all(f.claim for f in citations.facts.values())
    text = caplog.text
    assert "[facts.A02] is missing" in text and "[facts.A01] has no 'attribution'" in text


def test_missing_overlay_file_keeps_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without citations.ko.toml everything stays English, with a note in the log."""
    root = _root(tmp_path, None)
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.sources"):
        citations = load_citations(root, "ko")
    assert citations == load_citations(root)
    assert "citations.ko.toml not found" in caplog.text


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ("not = [toml", "not valid TOML"),
        ('[facts.A09]\nclaim = "x"\n', "[facts.A09] is not in citations.toml"),
        ('[sources.other]\nnote = "x"\n', "[sources.other] is not in citations.toml"),
        ("[facts.A01]\nclaim = 3\n", "'claim' must be text"),
        ('[facts.A01]\nsource = "paper"\n', "unknown key 'source'"),
        ('[sources.paper]\ntitle = "x"\n', "unknown key 'title'"),
        ("[sources.paper]\ntitle_ko = 3\n", "'title_ko' must be text"),
        ("[chapters]\nx = 1\n", "unknown entry 'chapters'"),
    ],
)
def test_malformed_overlay_is_named(tmp_path: Path, overlay: str, message: str) -> None:
    """Each mistake in the translated file gives a message naming that file and entry."""
    root = _root(tmp_path, overlay)
    with pytest.raises(CitationError, match=re.escape(message)) as info:
        load_citations(root, "ko")
    assert str(info.value).startswith("citations.ko.toml: ")


def test_bad_language_code_is_refused(tmp_path: Path) -> None:
    """A language code cannot reach outside the resources folder."""
    with pytest.raises(CitationError, match="not a language code"):
        load_citations(_root(tmp_path, None), "../ko")
