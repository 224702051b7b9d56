"""The teacher's guide holds the lesson plan and every chapter's notes and answer key."""

from __future__ import annotations

from desktop_app.core.classroom.guide import teacher_guide_markdown
from desktop_app.core.classroom.quiz import load_quiz
from desktop_app.core.story.chapters import load_story
from desktop_app.paths import resources_dir


def test_guide_has_every_chapter_and_its_answers() -> None:
    """Each chapter's heading appears, and each numeric answer of chapter 4's quiz."""
    root = resources_dir()
    story = load_story(root, "en")
    text = teacher_guide_markdown(root, "en", story)
    for chapter in story.chapters:
        assert f"# {chapter.number}. {chapter.title}" in text
    quiz = load_quiz(root, "en", "broker-chain")
    for question in quiz:
        if question.kind == "choice":
            assert question.answer_text() in text
