"""Teacher notes in another language use that language's section headings; the answer key
still lands in the right section and sections can still be found by their English name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.classroom.quiz import Question, Quiz
from desktop_app.core.classroom.teacher import (
    LESSON_PLAN_SECTIONS,
    REQUIRED_SECTIONS,
    SECTION_HEADINGS,
    TeacherNotesError,
    check_teacher_notes,
    load_lesson_plan,
    load_teacher_notes,
    read_teacher_notes,
)

KO = SECTION_HEADINGS["ko"]
NOTES = """# 교사용 안내: 시험

## 학습 목표

목표.

## 시간 배분

10분.

## 토론 질문

질문.

## 정답과 채점 안내

채점 안내.

## 민감한 주제를 다룰 때

조심.
"""
PLAN = "# 수업 지도안\n\n" + "".join(f"## {KO[s]}\n\n내용.\n\n" for s in LESSON_PLAN_SECTIONS)


def _write(root: Path, lang: str, name: str, text: str) -> None:
    folder = root / "teacher" / lang
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def test_every_required_section_has_a_korean_heading() -> None:
    """Each English section name has a distinct Korean heading within its file type."""
    for group in (REQUIRED_SECTIONS, LESSON_PLAN_SECTIONS):
        headings = [KO[s] for s in group]
        assert all(headings) and len(set(headings)) == len(headings)


def test_korean_notes_load_with_korean_headings(tmp_path: Path) -> None:
    """Korean headings satisfy the required sections; English names still find them."""
    _write(tmp_path, "ko", "demo", NOTES)
    notes = read_teacher_notes(tmp_path, "ko", "demo")
    assert notes.section("Discussion prompts") == "질문."
    assert notes.section("토론 질문") == "질문."
    assert notes.heading("Answer key") == "정답과 채점 안내"


def test_answer_key_goes_under_the_korean_heading(tmp_path: Path) -> None:
    """The generated key follows the marking advice in the translated Answer key section."""
    _write(tmp_path, "ko", "demo", NOTES)
    quiz = Quiz("demo", tmp_path, (Question("q", "reflection", "왜?", guidance="생각."),))
    page = load_teacher_notes(tmp_path, "ko", "demo", quiz)
    key_part = page.split("## 정답과 채점 안내", 1)[1].split("## 민감한", 1)[0]
    assert "채점 안내." in key_part and "1. **왜?**" in key_part


def test_english_headings_in_korean_notes_are_reported(tmp_path: Path) -> None:
    """A ko file must use the Korean headings; the message names the file and heading."""
    english = NOTES.replace("## 학습 목표", "## Learning goals")
    _write(tmp_path, "ko", "demo", english)
    with pytest.raises(
        TeacherNotesError, match=r"teacher/ko/demo\.md: .*'## 학습 목표' is missing"
    ):
        read_teacher_notes(tmp_path, "ko", "demo")


def test_empty_translated_answer_key_is_allowed_but_other_sections_are_not(
    tmp_path: Path,
) -> None:
    """Only the Answer key section may be empty (the app fills it)."""
    _write(tmp_path, "ko", "ok", NOTES.replace("채점 안내.\n", ""))
    read_teacher_notes(tmp_path, "ko", "ok")
    _write(tmp_path, "ko", "bad", NOTES.replace("질문.\n", ""))
    with pytest.raises(TeacherNotesError, match="'## 토론 질문' is empty"):
        read_teacher_notes(tmp_path, "ko", "bad")


def test_korean_lesson_plan_and_check(tmp_path: Path) -> None:
    """The lesson plan uses Korean headings too; check_teacher_notes reports nothing."""
    _write(tmp_path, "ko", "demo", NOTES)
    _write(tmp_path, "ko", "lesson-plan", PLAN)
    assert "## 수준별 지도" in load_lesson_plan(tmp_path, "ko")
    assert check_teacher_notes(tmp_path, "ko", ["demo"]) == []


def test_languages_without_headings_use_english(tmp_path: Path) -> None:
    """A language with no heading table keeps the English section names."""
    _write(tmp_path, "fr", "demo", NOTES)
    with pytest.raises(TeacherNotesError, match="'## Learning goals' is missing"):
        read_teacher_notes(tmp_path, "fr", "demo")


@pytest.mark.parametrize(
    ("lang", "heading"), [("en", "## Inclusive features"), ("ko", "## 모두를 위한 기능")]
)
def test_the_lesson_plan_ends_with_the_inclusive_features_page(lang: str, heading: str) -> None:
    """Help → Lesson plan shows (and prints) what works with a screen reader, the keys,
    themes, zoom and how it was tested, in both languages."""
    from desktop_app.paths import resources_dir

    plan = load_lesson_plan(resources_dir(), lang)
    assert heading in plan
    assert plan.index(heading) > len(plan) // 2
    assert "Ctrl+Shift+D" in plan and "AT-SPI" in plan
