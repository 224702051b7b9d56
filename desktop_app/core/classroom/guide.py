"""The teacher's guide: every chapter's teacher notes with its answer key, and the lesson
plan, as one Markdown document for printing. Pure Python."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.classroom.quiz import QuizError, load_quiz
from desktop_app.core.classroom.teacher import (
    TeacherNotesError,
    load_lesson_plan,
    load_teacher_notes,
)
from desktop_app.core.story.chapters import Story


def teacher_guide_markdown(root: Path, lang: str, story: Story) -> str:
    """Lesson plan first, then each chapter's notes and answer key; a broken file is named."""
    parts: list[str] = []
    try:
        parts.append(load_lesson_plan(root, lang))
    except TeacherNotesError as exc:
        parts.append(f"**{exc}**")
    for chapter in story.chapters:
        parts.append(f"# {chapter.number}. {chapter.title}")
        try:
            quiz = load_quiz(root, lang, chapter.id)
            parts.append(load_teacher_notes(root, lang, chapter.id, quiz if len(quiz) else None))
        except (QuizError, TeacherNotesError) as exc:
            parts.append(f"**{exc}**")
    return "\n\n".join(parts) + "\n"
