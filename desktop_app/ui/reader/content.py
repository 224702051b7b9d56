"""Everything the reader shows, loaded once from ``resources/`` with errors kept, not raised.

Quizzes and teacher notes are loaded per chapter on first use; a broken file becomes an
error message for that chapter (and a failed self-test check), never a crash.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.story.chapters import Chapter, Story
from desktop_app.core.story.glossary import Glossary, GlossaryError, load_glossary
from desktop_app.core.story.sources import Citations

if TYPE_CHECKING:  # the quiz and notes loaders are imported on first use (issue 16)
    from desktop_app.core.classroom.quiz import Quiz

log = logging.getLogger(__name__)


class DeferredCitations(Citations):
    """``citations.toml`` read on first use: parsing it is ~15 ms the first page does not
    need (issue 16). A broken file gives no facts and keeps its message in ``error``."""

    def __init__(self, root: Path, lang: str) -> None:  # no dataclass __init__: nothing read
        object.__setattr__(self, "_where", (root, lang))
        object.__setattr__(self, "_loaded", None)
        object.__setattr__(self, "_error", None)

    def _load(self) -> Citations:
        loaded = self._loaded
        if loaded is None:
            from desktop_app.core.story.sources import CitationError, load_citations

            try:
                loaded = load_citations(*self._where)
            except CitationError as exc:
                log.error("%s", exc)
                loaded = Citations(facts={}, sources={})
                object.__setattr__(self, "_error", str(exc))
            object.__setattr__(self, "_loaded", loaded)
        return loaded

    @property  # type: ignore[override]
    def facts(self):  # the parent's field, read on first use
        return self._load().facts

    @property  # type: ignore[override]
    def sources(self):
        return self._load().sources

    @property
    def error(self) -> str | None:
        self._load()
        return self._error


@dataclass
class Content:
    root: Path
    lang: str
    story: Story
    citations: Citations
    glossary: Glossary | None = None
    glossary_error: str | None = None
    _quizzes: dict[str, Quiz | str] = field(default_factory=dict)
    _notes: dict[str, str] = field(default_factory=dict)

    @property
    def citation_error(self) -> str | None:
        """Why ``citations.toml`` could not be read (None when it was)."""
        return getattr(self.citations, "error", None)

    @classmethod
    def load_glossary_into(cls, content: Content) -> None:
        try:
            content.glossary = load_glossary(content.root, content.lang)
        except GlossaryError as exc:
            content.glossary_error = str(exc)
            log.error("%s", exc)

    def quiz(self, chapter: Chapter) -> Quiz | str:
        """The chapter's quiz, or the error message that stopped it loading."""
        found = self._quizzes.get(chapter.id)
        if found is None:
            from desktop_app.core.classroom.quiz import QuizError, load_quiz

            try:
                found = load_quiz(self.root, self.lang, chapter.id)
            except QuizError as exc:
                log.error("%s", exc)
                found = str(exc)
            self._quizzes[chapter.id] = found
        return found

    def quizzes(self) -> dict[str, Quiz]:
        """Every chapter's quiz that loaded (chapters without questions give empty ones)."""
        from desktop_app.core.classroom.quiz import Quiz

        result: dict[str, Quiz] = {}
        for chapter in self.story.chapters:
            quiz = self.quiz(chapter) if chapter.ok else None
            if isinstance(quiz, Quiz):
                result[chapter.id] = quiz
        return result

    def teacher_notes(self, chapter: Chapter) -> str:
        """Markdown teacher notes with the answer key, or a note saying why there are none."""
        found = self._notes.get(chapter.id)
        if found is None:
            from desktop_app.core.classroom.quiz import Quiz
            from desktop_app.core.classroom.teacher import TeacherNotesError, load_teacher_notes

            quiz = self.quiz(chapter)
            try:
                found = load_teacher_notes(
                    self.root, self.lang, chapter.id, quiz if isinstance(quiz, Quiz) else None
                )
            except TeacherNotesError as exc:
                log.error("%s", exc)
                found = f"**Teacher notes could not be loaded.** {exc}"
            self._notes[chapter.id] = found
        return found
