"""Test helper: a class's hand-ins, made with the real core, in every answer pattern.

Patterns per question cycle through the students: right first time, wrong then right,
wrong twice, not answered, and (for a few) a version-1 answer carried over. Names mix
Latin and Hangul; every student writes every reflection.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop_app.core.classroom.attempts import Attempt
from desktop_app.core.classroom.handin import hand_in_document, write_hand_in
from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import Question, Quiz

SEOUL = timezone(timedelta(hours=9))
START = datetime(2026, 12, 1, 9, 0, tzinfo=SEOUL)
HANGUL = ["김민지", "이서준", "박지우", "최하은", "정도윤"]
PATTERNS = ("right", "wrong-then-right", "wrong-wrong", "none", "carried")


def wrong_answer(question: Question) -> str:
    if question.kind == "choice":
        return question.options[(question.answer_index + 1) % len(question.options)]
    return str(question.answer + question.tolerance + 100)


def right_answer(question: Question) -> str:
    return question.answer_text() if question.kind == "choice" else str(question.answer)


def pattern(student: int, question: int) -> str:
    return PATTERNS[(student + question) % len(PATTERNS)]


def student_name(n: int) -> str:
    return HANGUL[n] if n < len(HANGUL) else f"Student {n:03d}"


def make_progress(folder: Path, n: int, quizzes: Mapping[str, Quiz], class_name: str) -> Progress:
    progress = Progress(folder)
    progress.set_student(student_name(n), class_name)
    when = START + timedelta(minutes=n)
    for ci, (chapter, quiz) in enumerate(quizzes.items()):
        if (n + ci) % 3:
            progress.mark_read(chapter)
        for qi, question in enumerate(quiz):
            if question.kind == "reflection":
                progress.record_answer(
                    chapter, question.id, f"{student_name(n)} thinks.", None, when
                )
                continue
            kind = pattern(n, qi + ci)
            tries = progress.record.attempts.setdefault(chapter, {}).setdefault(question.id, [])
            if kind == "right":
                progress.record_answer(chapter, question.id, right_answer(question), True, when)
            elif kind == "wrong-then-right":
                progress.record_answer(chapter, question.id, wrong_answer(question), False, when)
                progress.record_answer(chapter, question.id, right_answer(question), True, when)
            elif kind == "wrong-wrong":
                progress.record_answer(chapter, question.id, wrong_answer(question), False, when)
                progress.record_answer(chapter, question.id, wrong_answer(question), False, when)
            elif kind == "carried":
                tries.append(Attempt(right_answer(question), True, when.isoformat(), carried=True))
            if not tries:
                del progress.record.attempts[chapter][question.id]
    return progress


def make_class(
    folder: Path, quizzes: Mapping[str, Quiz], students: int = 40, class_name: str = "10B"
) -> list[Path]:
    """Hand in for ``students`` students into ``folder``; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(students):
        progress = make_progress(folder / ".progress", n, quizzes, class_name)
        doc = hand_in_document(progress, quizzes, "test", "en", START + timedelta(hours=n))
        paths.append(write_hand_in(folder, doc))
    return paths
