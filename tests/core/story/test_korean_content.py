"""The Korean edition matches the English one in structure: chapters, citations, figures,
tables, quizzes, teacher notes, glossary and calculator texts; a missing or broken Korean
file falls back to English (logged) or is reported by name, never shown empty."""

from __future__ import annotations

import logging
import re
import shutil
import string
import tomllib
from pathlib import Path

import pytest

from desktop_app.core.classroom.quiz import check_quizzes, load_quiz
from desktop_app.core.classroom.teacher import (
    LESSON_PLAN_SECTIONS,
    REQUIRED_SECTIONS,
    SECTION_HEADINGS,
    check_teacher_notes,
    read_teacher_notes,
)
from desktop_app.core.story.chapters import CITATION, EMBED_LINE, check_story, load_story
from desktop_app.core.story.datasets import load_catalogue, load_dataset
from desktop_app.core.story.glossary import REQUIRED_TERMS, check_glossary, load_glossary
from desktop_app.core.story.sources import load_citations
from desktop_app.paths import resources_dir

ROOT = resources_dir()
EN = load_story(ROOT, "en")
KO = load_story(ROOT, "ko")
CITATIONS = load_citations(ROOT)
STORY_IDS = [c.id for c in EN.chapters if c.id != "sources"]
ALL_IDS = [c.id for c in EN.chapters]
HANGUL = re.compile(r"[가-힣]")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _pairs() -> list[tuple[str, str]]:
    return [(en.path.name, ko.path.name) for en, ko in zip(EN.chapters, KO.chapters, strict=False)]


def _placeholders(template: str) -> list[str]:
    return sorted(
        f"{{{name}:{spec}}}"
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    )


# ---------------------------------------------------------------------------
# Chapters
# ---------------------------------------------------------------------------


def test_every_english_chapter_has_a_korean_twin() -> None:
    """Same files in the same order, every Korean chapter loads without problems."""
    assert [c.path.name for c in KO.chapters] == [c.path.name for c in EN.chapters]
    assert all(c.ok for c in KO.chapters), [c.error for c in KO.chapters]
    assert check_story(KO, CITATIONS.facts, load_catalogue(ROOT)) == []


@pytest.mark.parametrize("number", range(len(EN.chapters)))
def test_korean_chapter_has_the_same_structure(number: int) -> None:
    """Same id, header facts and figures, figure and widget lines in the same order, and the
    same citations in the same order of first use."""
    en, ko = EN.chapters[number], KO.chapters[number]
    assert (ko.id, ko.facts, ko.figures) == (en.id, en.facts, en.figures)
    assert EMBED_LINE.findall(ko.body) == EMBED_LINE.findall(en.body)
    assert ko.cited() == en.cited()
    assert ko.title != en.title and HANGUL.search(ko.title) and HANGUL.search(ko.summary)


@pytest.mark.parametrize("number", range(len(EN.chapters)))
def test_korean_chapter_keeps_every_percentage(number: int) -> None:
    """Percentages are copied, never rounded differently (27.1%, 58.5%, 7.1% ...)."""
    en, ko = EN.chapters[number], KO.chapters[number]
    percent = re.compile(r"\d[\d,.]*%")
    assert set(percent.findall(ko.body)) == set(percent.findall(en.body))


def test_korean_chapters_cite_as_often_as_english() -> None:
    """Each claim keeps its citation: the sequence of citation groups is the same."""
    for en, ko in zip(EN.chapters, KO.chapters, strict=True):
        assert CITATION.findall(ko.body) == CITATION.findall(en.body), ko.path.name


def test_korean_names_and_currency_conventions() -> None:
    """Names in their Korean form; the won always told apart as 북한 원 or 남한 원."""
    text = "\n".join(c.body for c in KO.chapters if c.id != "sources")  # sources: titles
    for name in ("최성국", "지현아", "사우스차이나모닝포스트(SCMP)", "탈북민", "'무직자'", "미화"):
        assert name in text, name
    for english in ("Choi Seong-guk", "Ji Hyeon-a", "US$", "한국 원"):
        assert english not in text, english
    assert "북한 원" in text and "남한 원" in text


# ---------------------------------------------------------------------------
# Citations, figures and tables
# ---------------------------------------------------------------------------


def test_korean_citations_cover_every_fact(caplog: pytest.LogCaptureFixture) -> None:
    """citations.ko.toml translates every claim and attribution: nothing falls back."""
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.sources"):
        ko = load_citations(ROOT, "ko")
    assert "English kept" not in caplog.text and "not found" not in caplog.text
    assert set(ko.facts) == set(CITATIONS.facts)
    for fid, fact in ko.facts.items():
        english = CITATIONS.facts[fid]
        assert HANGUL.search(fact.claim), fid
        assert (fact.sources, fact.derived_from) == (english.sources, english.derived_from)
        assert not english.attribution or HANGUL.search(fact.attribution), fid
    for source in ko.sources.values():
        assert source.title == CITATIONS.sources[source.id].title  # titles stay original
        assert HANGUL.search(source.title_gloss), source.id


def test_korean_workings_keep_every_number() -> None:
    """A derived fact's working shows the same arithmetic in Korean."""
    ko = load_citations(ROOT, "ko")
    for fid, fact in CITATIONS.facts.items():
        if fact.working:
            wanted = set(NUMBER.findall(fact.working))
            assert wanted <= set(NUMBER.findall(ko.facts[fid].working)), fid


def test_korean_figure_texts_are_complete(caplog: pytest.LogCaptureFixture) -> None:
    """data/ko/figures.toml has every figure and every text key, placeholders kept."""
    english = load_catalogue(ROOT)
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.translated_data"):
        korean = load_catalogue(ROOT, "ko")
    assert "English kept" not in caplog.text and "is missing" not in caplog.text
    raw = tomllib.loads((ROOT / "data" / "ko" / "figures.toml").read_text(encoding="utf-8"))
    assert set(raw) == set(english)
    for fid, info in english.items():
        ko = korean[fid]
        assert set(raw[fid]) == {"title", "description", "derivation", *info.extra}, fid
        assert HANGUL.search(ko.title) and HANGUL.search(ko.description), fid
        for key, text in info.extra.items():
            assert _placeholders(ko.extra[key]) == _placeholders(text), (fid, key)
        assert (ko.chapter, ko.data_file, ko.facts) == (info.chapter, info.data_file, info.facts)


@pytest.mark.parametrize("figure_id", sorted(load_catalogue(ROOT)))
def test_korean_tables_match_english(figure_id: str) -> None:
    """Each figure has a Korean table with the same numbers, facts, codes and row order."""
    info = load_catalogue(ROOT, "ko")[figure_id]
    english = load_dataset(ROOT, info, CITATIONS.facts)
    korean = load_dataset(ROOT, info, CITATIONS.facts, lang="ko")
    assert korean.path == ROOT / "data" / "ko" / info.data_file
    assert korean.data_folder == english.data_folder == ROOT / "data"
    for name in (*info.numeric, "facts"):
        assert korean.column(name) == english.column(name)
    text_columns = [c for c in english.columns if c not in (*info.numeric, "facts")]
    translated = [c for c in text_columns if korean.column(c) != english.column(c)]
    assert translated, f"{figure_id}: no text column is translated"


def test_route_map_keeps_its_codes_and_names_places_in_korean() -> None:
    """The map matches rows by name and country (kept in English) and shows Korean labels."""
    info = load_catalogue(ROOT, "ko")["route-map"]
    english = load_dataset(ROOT, info)
    korean = load_dataset(ROOT, info, lang="ko")
    for code in ("name", "kind", "country"):
        assert korean.column(code) == english.column(code)
    shown = " ".join(korean.column("label") + korean.column("text"))
    for place in ("서울", "단둥", "신의주", "창바이", "혜산", "압록강", "두만강", "중국", "북한"):
        assert place in shown, place


# ---------------------------------------------------------------------------
# Classroom: quizzes, teacher notes, glossary, calculator
# ---------------------------------------------------------------------------


def test_korean_quizzes_pass_the_content_rules() -> None:
    """Every story chapter has a valid Korean quiz; no stray quiz files."""
    assert check_quizzes(ROOT, "ko", STORY_IDS, CITATIONS.facts) == []


@pytest.mark.parametrize("chapter", STORY_IDS)
def test_korean_quiz_matches_english(chapter: str) -> None:
    """Same questions in the same order: ids, kinds, answers, tolerances, options and facts."""
    en, ko = load_quiz(ROOT, "en", chapter), load_quiz(ROOT, "ko", chapter)
    assert [q.id for q in ko] == [q.id for q in en]
    for a, b in zip(en, ko, strict=True):
        assert (b.kind, b.answer, b.tolerance, b.facts) == (a.kind, a.answer, a.tolerance, a.facts)
        assert (len(b.options), b.answer_index) == (len(a.options), a.answer_index), b.id
        assert HANGUL.search(b.prompt) and (b.unit == a.unit or HANGUL.search(b.unit)), b.id
        if a.kind == "numeric" and a.unit in ("%", "kg"):
            assert b.unit == a.unit, b.id


def test_korean_teacher_notes_have_every_section() -> None:
    """Notes for all nine chapters and the lesson plan, with the Korean section headings."""
    assert check_teacher_notes(ROOT, "ko", ALL_IDS) == []
    headings = SECTION_HEADINGS["ko"]
    for chapter in ALL_IDS:
        notes = read_teacher_notes(ROOT, "ko", chapter)
        names = [name for name, _ in notes.sections]
        assert [headings[s] for s in REQUIRED_SECTIONS if headings[s] in names] == [
            headings[s] for s in REQUIRED_SECTIONS
        ], chapter
        assert HANGUL.search(notes.title), chapter
    plan = (ROOT / "teacher" / "ko" / "lesson-plan.md").read_text(encoding="utf-8")
    for section in LESSON_PLAN_SECTIONS:
        assert f"## {headings[section]}" in plan


def test_korean_teacher_notes_cite_the_same_facts() -> None:
    """Fact IDs mentioned in each chapter's notes are the ones the English notes mention."""
    ids = re.compile(r"(?<![A-Za-z0-9])[AXDY]\d{2}(?!\d)")  # "D01이나": no \b in Korean
    for chapter in ALL_IDS:
        en = (ROOT / "teacher" / "en" / f"{chapter}.md").read_text(encoding="utf-8")
        ko = (ROOT / "teacher" / "ko" / f"{chapter}.md").read_text(encoding="utf-8")
        assert set(ids.findall(ko)) == set(ids.findall(en)), chapter


def test_korean_glossary_has_the_same_terms() -> None:
    """Same term ids and facts as English; every required term; Korean wording."""
    en, ko = load_glossary(ROOT, "en"), load_glossary(ROOT, "ko")
    assert set(ko.terms) == set(en.terms)
    assert check_glossary(ko, CITATIONS.facts, REQUIRED_TERMS) == []
    for term in ko:
        assert term.facts == en.terms[term.id].facts, term.id
        assert HANGUL.search(term.term) and HANGUL.search(term.definition), term.id


def test_korean_glossary_terms_link_in_the_korean_chapters() -> None:
    """The Korean wordings (with particles) are found in the text: most terms link somewhere."""
    from desktop_app.core.story.glossary import link_terms

    glossary = load_glossary(ROOT, "ko")
    linked: set[str] = set()
    for chapter in KO.chapters:
        for segment in chapter.segments:
            if segment.kind == "text":
                found: set[str] = set()
                link_terms(segment.value, glossary, found)
                linked |= found
    assert set(REQUIRED_TERMS) - {"tumen-river"} <= linked


def _flat(table: dict[str, object], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        elif isinstance(value, str):
            out[prefix + key] = value
    return out


def test_korean_calculator_texts_match_english_keys_and_placeholders() -> None:
    """calculator/ko.toml has every key of en.toml with the same {placeholders}."""
    en = _flat(tomllib.loads((ROOT / "calculator" / "en.toml").read_text(encoding="utf-8")))
    ko = _flat(tomllib.loads((ROOT / "calculator" / "ko.toml").read_text(encoding="utf-8")))
    assert set(ko) == set(en)
    for key, text in en.items():
        assert _placeholders(ko[key]) == _placeholders(text), key
        punctuation = (
            "actions.preset",
            "figures.food_value",
            "describe.list_sep",
            "units.percent",
            "units.count",
        )
        assert HANGUL.search(ko[key]) or key in punctuation, key


def test_korean_calculator_texts_load() -> None:
    """The calculator's own loader accepts the Korean file."""
    from desktop_app.core.money.texts import load_texts

    texts = load_texts(ROOT, "ko")
    assert texts.controls["loss_chance"][0] == "송금 분실 가능성(%)"


# ---------------------------------------------------------------------------
# Fallbacks and errors, on a copy of the resources
# ---------------------------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the resources a test may break."""
    for part in ("chapters", "data", "citations.toml", "citations.ko.toml"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, tmp_path / part)
        else:
            shutil.copy2(source, tmp_path / part)
    return tmp_path


def test_missing_figure_text_falls_back_to_english(
    copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A key removed from data/ko/figures.toml shows English, is logged, is never empty."""
    path = copy / "data" / "ko" / "figures.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'(?m)^x_label = ".*"\n', "", text, count=1), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.translated_data"):
        info = load_catalogue(copy, "ko")["amounts-sent"]
    assert info.text("x_label") == load_catalogue(copy)["amounts-sent"].text("x_label")
    assert HANGUL.search(info.title)
    assert "[amounts-sent] has no 'x_label'; English kept" in caplog.text
    assert all(v.strip() for v in info.extra.values())


def test_missing_fact_translation_falls_back_to_english(
    copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A fact removed from citations.ko.toml keeps its English claim, logged."""
    path = copy / "citations.ko.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?s)\[facts\.A05\].*?(?=\n\[)", "", text), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.sources"):
        ko = load_citations(copy, "ko")
    assert ko.facts["A05"].claim == CITATIONS.facts["A05"].claim
    assert HANGUL.search(ko.facts["A06"].claim)
    assert "[facts.A05] is missing; English kept" in caplog.text


def test_missing_korean_table_falls_back_to_english(
    copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without data/ko/broker-chain.csv the English table is used, logged."""
    (copy / "data" / "ko" / "broker-chain.csv").unlink()
    info = load_catalogue(copy, "ko")["broker-chain"]
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.translated_data"):
        data = load_dataset(copy, info, lang="ko")
    assert data.path == copy / "data" / "broker-chain.csv"
    assert "broker-chain.csv not found" in caplog.text


def test_korean_table_with_a_changed_number_is_named(copy: Path) -> None:
    """A translated table whose numbers drift from English is refused, naming the file."""
    from desktop_app.core.story.datasets import DatasetError

    path = copy / "data" / "ko" / "broker-chain.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",729,", ",730,"), encoding="utf-8")
    info = load_catalogue(copy, "ko")["broker-chain"]
    with pytest.raises(DatasetError, match=r"ko/broker-chain\.csv: line 6, column 'amount_usd'"):
        load_dataset(copy, info, lang="ko")


def test_malformed_korean_chapter_is_reported_by_name(copy: Path) -> None:
    """A broken Korean chapter file is named; the other chapters still load."""
    path = copy / "chapters" / "ko" / "04-broker-chain.md"
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "", 1), encoding="utf-8")
    story = load_story(copy, "ko")
    broken = [c for c in story.chapters if not c.ok]
    assert [c.path.name for c in broken] == ["04-broker-chain.md"]
    problems = check_story(story, CITATIONS.facts, load_catalogue(copy))
    assert problems and problems[0].startswith("04-broker-chain.md: the header is missing")
    assert sum(c.ok for c in story.chapters) == len(EN.chapters) - 1


def test_korean_chapter_citing_an_unknown_fact_is_reported(copy: Path) -> None:
    """A typo in a Korean citation is caught and names the file."""
    path = copy / "chapters" / "ko" / "02-calls.md"
    path.write_text(path.read_text(encoding="utf-8").replace("[@A03]", "[@A33]"), "utf-8")
    problems = check_story(load_story(copy, "ko"), CITATIONS.facts, load_catalogue(copy))
    assert "02-calls.md: cites A33, which is not in citations.toml" in problems
