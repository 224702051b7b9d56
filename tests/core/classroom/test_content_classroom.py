"""The real classroom content: quizzes, answer arithmetic, teacher notes and glossary."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.classroom.quiz import check_answer, check_quizzes, load_quiz
from desktop_app.core.classroom.teacher import (
    LESSON_PLAN_SECTIONS,
    REQUIRED_SECTIONS,
    answer_key,
    check_teacher_notes,
    load_lesson_plan,
    load_teacher_notes,
    read_teacher_notes,
)
from desktop_app.core.story.chapters import load_story
from desktop_app.core.story.glossary import check_glossary, link_terms, load_glossary
from desktop_app.core.story.sources import load_citations
from desktop_app.paths import resources_dir

ROOT = resources_dir()
FACTS_MD = Path(__file__).resolve().parents[3].parent / "shared" / "story" / "facts.md"
STORY = load_story(ROOT, "en")
CITATIONS = load_citations(ROOT)
ALL_CHAPTERS = [c.id for c in STORY.chapters]
QUIZ_CHAPTERS = [c for c in ALL_CHAPTERS if c != "sources"]  # chapters 1-9

REQUIRED_TERMS = [
    "defector", "broker", "remittance", "sanctions", "yalu-river", "tumen-river",
    "jangmadang", "jobless", "sim-card", "won", "sdg", "smuggling", "famine",
]  # fmt: skip

# Every numeric answer, worked out here from the numbers in the facts it cites. Each
# (fact, text) pair must appear in that fact's claim or working in citations.toml, and in
# its row of the shared fact sheet when that sits beside the repository.
NUMERIC = {
    ("calls", "mother-total"): (3000 + 2000, [("A05", "US$3,000"), ("A05", "US$2,000")]),
    ("how-much", "regular-senders"): (
        0.70 * 200,
        [("A04", "200 defectors"), ("A04", "about 70%"), ("X09", "140 of 200")],
    ),
    ("how-much", "implied-rate"): (
        1_000_000 / 900,
        [("D03", "1,110"), ("X09", "2 million won"), ("A04", "US$900")],
    ),
    ("broker-chain", "what-arrives"): (1000 * (1 - 0.30), [("A09", "30%"), ("D01", "US$700")]),
    ("broker-chain", "three-hops"): ((1 - 0.9**3) * 100, [("D02", "27.1%"), ("X11", "10%")]),
    ("other-side", "into-won"): (700 * 8061, [("X04", "8,061"), ("D04", "5.64 million")]),
    ("other-side", "corn-months"): (2000 / 1800, [("X05", "2,000"), ("D05", "1.1 months")]),
    ("markets", "wage-in-rice"): (1800 / 5041, [("X06", "1,800 won"), ("X04", "5,041")]),
    ("since-2018", "fee-2023"): (1000 * (1 - 0.481), [("Y06", "48.1%"), ("D06", "US$519")]),
    ("send-money", "mother-preset"): (3000 * (1 - 0.30), [("A05", "US$3,000"), ("A09", "30%")]),
    ("send-money", "rice-bought"): (
        1000 * (1 - 0.30) * 8061 / 5041,
        [("D04", "1,119 kg"), ("X04", "5,041"), ("X04", "8,061")],
    ),
}

# Choice questions whose right option is a number: (text in the option, exact value, facts).
NUMBER_CHOICES = {
    ("lifeline", "how-many"): ("30,000", 30_490, [("X10", "30,490")]),
    ("broker-chain", "formal-channel"): ("US$929", 1000 * (1 - 0.071), [("D01", "US$929")]),
    ("other-side", "five-months-wage"): ("400 won", 2000 / 5, [("D05", "400 won")]),
    ("send-money", "four-brokers"): ("34%", (1 - 0.9**4) * 100, [("X11", "10%")]),
}


def _fact_text(fact_id: str) -> str:
    fact = CITATIONS.facts[fact_id]
    return f"{fact.claim} {fact.working}"


def _facts_md_row(fact_id: str) -> str | None:
    """The fact base's row for ``fact_id`` ("" if missing, None if there is no fact base).

    Y facts live in facts-since-2018.md; D facts added with them (D06 on) are derived in
    this app only, so the fact base has no row to compare with.
    """
    base = FACTS_MD.with_name("facts-since-2018.md") if fact_id[0] == "Y" else FACTS_MD
    if not base.is_file():
        return None
    for line in base.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| {fact_id} |"):
            return line
    return None if fact_id[0] == "D" and int(fact_id[1:]) > 5 else ""


def _assert_stated(pairs: list[tuple[str, str]], question_facts: tuple[str, ...]) -> None:
    for fact_id, text in pairs:
        assert fact_id in question_facts, f"the question should cite {fact_id}"
        assert text in _fact_text(fact_id), f"{fact_id} in citations.toml does not say {text}"
        row = _facts_md_row(fact_id)
        if row is not None:
            assert text.replace("US$", "") in row.replace("US$", ""), f"facts.md {fact_id}"


def test_every_story_chapter_has_a_valid_quiz() -> None:
    """Chapters 1-9: 2-4 questions, a choice and a reflection, every fact ID known."""
    assert len(QUIZ_CHAPTERS) == 9
    assert check_quizzes(ROOT, "en", QUIZ_CHAPTERS, CITATIONS.facts) == []


def test_the_source_list_has_no_quiz() -> None:
    """Chapter 10 is the reference list: no quiz file, so an empty quiz."""
    assert len(load_quiz(ROOT, "en", "sources")) == 0


def test_numeric_chapters_have_numeric_questions() -> None:
    """Chapters built on numbers ask for a number, including the calculator chapter."""
    for chapter in ("how-much", "broker-chain", "other-side", "send-money"):
        assert any(q.kind == "numeric" for q in load_quiz(ROOT, "en", chapter)), chapter


def test_every_numeric_answer_is_in_the_table() -> None:
    """A new numeric question needs its arithmetic checked in NUMERIC above."""
    found = {
        (chapter, q.id)
        for chapter in QUIZ_CHAPTERS
        for q in load_quiz(ROOT, "en", chapter)
        if q.kind == "numeric"
    }
    assert found == set(NUMERIC)


@pytest.mark.parametrize(("key", "expected"), NUMERIC.items(), ids=lambda v: str(v))
def test_numeric_answers_match_the_facts(key: tuple[str, str], expected: tuple) -> None:
    """The exact value from the facts falls within the answer's tolerance and is accepted."""
    chapter, qid = key
    value, pairs = expected
    question = load_quiz(ROOT, "en", chapter).by_id(qid)
    assert question is not None and question.kind == "numeric"
    exact = Decimal(str(value))
    assert abs(exact - question.answer) <= question.tolerance, (exact, question.answer)
    assert check_answer(question, f"{value:.6f}").correct is True
    assert check_answer(question, str(question.answer)).correct is True
    _assert_stated(pairs, question.facts)


@pytest.mark.parametrize(("key", "expected"), NUMBER_CHOICES.items(), ids=lambda v: str(v))
def test_number_choices_match_the_facts(key: tuple[str, str], expected: tuple) -> None:
    """A choice answer that is a number agrees with the arithmetic on the cited facts."""
    chapter, qid = key
    shown, value, pairs = expected
    question = load_quiz(ROOT, "en", chapter).by_id(qid)
    assert question is not None and question.kind == "choice"
    assert shown in question.answer_text()
    number = float(re.sub(r"[^0-9.]", "", shown))
    assert abs(value - number) / number < 0.02, (value, number)
    _assert_stated(pairs, question.facts)


def test_answer_key_is_generated_into_every_teacher_note() -> None:
    """Each chapter's notes show every quiz answer (or guidance) under Answer key."""
    for chapter in QUIZ_CHAPTERS:
        quiz = load_quiz(ROOT, "en", chapter)
        page = load_teacher_notes(ROOT, "en", chapter, quiz)
        key_section = page.split("## Answer key", 1)[1].split("\n## ", 1)[0]
        assert answer_key(quiz) in key_section
        for question in quiz:
            assert (question.answer_text() or question.guidance) in key_section


def test_teacher_notes_have_every_section() -> None:
    """Every chapter 1-9 has teacher notes with the five sections, and the lesson plan."""
    assert check_teacher_notes(ROOT, "en", ALL_CHAPTERS) == []
    for chapter in ALL_CHAPTERS:
        notes = read_teacher_notes(ROOT, "en", chapter)
        for section in REQUIRED_SECTIONS:
            assert notes.section(section) or section == "Answer key", (chapter, section)
    plan = load_lesson_plan(ROOT, "en")
    for section in LESSON_PLAN_SECTIONS:
        assert f"## {section}" in plan


def test_teacher_notes_cover_sanctions_perspectives_and_sensitivity() -> None:
    """Discussion prompts raise other perspectives; handling notes cover the essentials."""
    prompts = " ".join(
        read_teacher_notes(ROOT, "en", c).section("Discussion prompts") for c in ALL_CHAPTERS
    )
    assert prompts.count("Other perspectives") >= 6
    assert "humanitarian" in prompts.lower() and "sanctions" in prompts.lower()
    debate = read_teacher_notes(ROOT, "en", "sanctions-debate")
    assert "neutral" in debate.section("Handling a sensitive subject")
    for chapter in ALL_CHAPTERS:
        handling = read_teacher_notes(ROOT, "en", chapter).section("Handling a sensitive subject")
        assert len(handling.split()) >= 40, chapter


def test_fact_ids_in_teacher_notes_exist() -> None:
    """Every fact ID mentioned in the teacher notes and lesson plan is a real fact."""
    folder = ROOT / "teacher" / "en"
    for path in folder.glob("*.md"):
        for fact_id in re.findall(r"\b[AXD]\d{2}\b", path.read_text(encoding="utf-8")):
            assert fact_id in CITATIONS.facts, f"{path.name}: {fact_id}"


def test_glossary_has_required_terms_and_known_facts() -> None:
    """The glossary loads, has every term the issue lists, and cites only real facts."""
    glossary = load_glossary(ROOT, "en")
    assert check_glossary(glossary, CITATIONS.facts, REQUIRED_TERMS) == []
    for term in glossary:
        assert 8 <= len(term.definition.split()) <= 80, term.id


def test_glossary_links_real_chapters_without_touching_structure() -> None:
    """On every chapter, linking adds links but leaves headings, citations and figures."""
    glossary = load_glossary(ROOT, "en")
    strip = re.compile(r"\[([^\[\]]*)\]\(glossary:[a-z0-9-]+\)")
    linked_somewhere: set[str] = set()
    for chapter in STORY.chapters:
        linked: set[str] = set()
        for segment in chapter.segments:
            if segment.kind != "text":
                continue
            out = link_terms(segment.value, glossary, linked)
            assert strip.sub(r"\1", out) == segment.value
            for before, after in zip(segment.value.splitlines(), out.splitlines(), strict=True):
                if before.lstrip().startswith("#"):
                    assert after == before, f"{chapter.id}: heading changed"
            assert re.findall(r"\(cite:[A-Z]\d{2}\)", out) == re.findall(
                r"\(cite:[A-Z]\d{2}\)", segment.value
            )
        linked_somewhere |= linked
    for term in ("defector", "broker", "sanctions", "won", "sim-card", "jobless", "famine"):
        assert term in linked_somewhere, term


# The feedback already says "no single right answer" and "Things to think about:";
# guidance that says so again reads twice ("Things to think about: There is no right answer").
_REPEATS = {
    "en": ("right answer", "points to consider", "things to think about"),
    "ko": ("정답", "생각해 볼 점", "생각할 거리"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_reflection_guidance_does_not_repeat_the_feedback(lang: str) -> None:
    """Reflection guidance never restates the sentence or lead-in the feedback adds."""
    for chapter in QUIZ_CHAPTERS:
        for question in load_quiz(ROOT, lang, chapter):
            if question.kind != "reflection":
                continue
            text = question.guidance.lower()
            for phrase in _REPEATS[lang]:
                assert phrase not in text, f"{lang}/{chapter}/{question.id}: {phrase!r}"
