"""Issue 14, section 4: what a teacher needs to run a real lesson stays in the notes."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.classroom.quiz import load_quiz
from desktop_app.core.story.chapters import load_story
from desktop_app.paths import resources_dir

ROOT = resources_dir()
STORY = [c.id for c in load_story(ROOT, "en").chapters if c.id != "sources"]
SECTIONS = {
    "en": ("## Key points", "## Vocabulary", "## Common misconceptions"),
    "ko": ("## 핵심 정리", "## 어휘", "## 흔한 오해"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("chapter", STORY)
def test_notes_have_key_points_vocabulary_and_misconceptions(lang: str, chapter: str) -> None:
    """Each story chapter's notes have the three sections, each with at least two items."""
    text = (ROOT / "teacher" / lang / f"{chapter}.md").read_text(encoding="utf-8")
    for heading in SECTIONS[lang]:
        assert heading in text, (chapter, heading)
        body = text.split(heading, 1)[1].split("\n## ", 1)[0]
        assert len(re.findall(r"^- ", body, re.M)) >= 2, (chapter, heading)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_rubric_covers_every_reflection_and_the_essay(lang: str) -> None:
    """The lesson plan's rubric has a row for each reflection question id and the essay."""
    plan = (ROOT / "teacher" / lang / "lesson-plan.md").read_text(encoding="utf-8")
    for chapter in STORY:
        for question in load_quiz(ROOT, "en", chapter):
            if question.kind == "reflection" and chapter != "sanctions-debate":
                assert f" {question.id} |" in plan, question.id
    assert ("Ch. 7 essay" if lang == "en" else "7장 글쓰기") in plan


@pytest.mark.parametrize(
    ("lang", "sequence", "single"),
    [("en", "four lessons", "A single lesson"), ("ko", "네 차시", "한 차시(45분)")],
)
def test_lesson_plan_offers_a_sequence_and_a_single_lesson(
    lang: str, sequence: str, single: str
) -> None:
    """Besides the fast two-lesson route: a four-lesson sequence and a single-lesson route."""
    plan = (ROOT / "teacher" / lang / "lesson-plan.md").read_text(encoding="utf-8")
    assert sequence in plan and single in plan


def test_primary_source_activity_compares_two_newspapers() -> None:
    """The new chapter's notes set two reports of NKDB's 2023 survey side by side (Y25)."""
    for lang, before, after in (("en", "4.01", "2.89"), ("ko", "401", "289")):
        text = (ROOT / "teacher" / lang / "since-2018.md").read_text(encoding="utf-8")
        assert "[Y25]" in text and before in text and after in text


def test_no_implausible_distractors_remain() -> None:
    """Distractors nobody would pick were replaced (issue 14, section 4)."""
    for chapter in STORY:
        for question in load_quiz(ROOT, "en", chapter):
            for option in question.options:
                assert "public library" not in option and "new official shops" not in option
