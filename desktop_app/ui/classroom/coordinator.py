"""The classroom parts of the reader: quizzes, teacher notes, progress, handouts, glossary.

MainWindow owns one ``Classroom`` and asks it for the per-chapter widgets; the pages and
exports it builds report back through the window, so all wiring stays in two places.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from desktop_app.core.classroom.quiz import Quiz
from desktop_app.core.story.chapters import Chapter

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


class Classroom(QObject):
    def __init__(self, window) -> None:  # window: MainWindow
        super().__init__(window)
        self.window = window
        self.teacher_mode = window.settings.value("view/teacher_notes", "0") == "1"
        self.quiz_panels: list[QWidget] = []
        self.teacher_panels: list[QWidget] = []
        self.progress_page = None

    # --- per-chapter widgets (ChapterPage calls these) --------------------------------
    def quiz_widget(self, chapter: Chapter, font: QFont) -> QWidget | None:
        quiz = self.window.content.quiz(chapter)
        if isinstance(quiz, str):  # the quiz file is broken: say so where the quiz goes
            label = QLabel(
                _tr("The questions for this chapter could not be loaded: %1").replace("%1", quiz)
            )
            label.setObjectName("quiz-error")
            label.setWordWrap(True)
            return label
        if not quiz.questions:
            return None
        from desktop_app.ui.classroom.quiz_panel import QuizPanel

        panel = QuizPanel(quiz, self.window.progress_store, self.window.citations, font)
        panel.linkClicked.connect(self.window.open_link)
        panel.answered.connect(lambda *_: self.refresh_progress())
        self.quiz_panels.append(panel)
        return panel

    def teacher_widget(self, chapter: Chapter, font: QFont) -> QWidget | None:
        from desktop_app.ui.classroom.teacher_panel import TeacherNotesPanel

        panel = TeacherNotesPanel(self.window.content.teacher_notes(chapter), font)
        panel.linkClicked.connect(self.window.open_link)
        panel.setVisible(self.teacher_mode)
        self.teacher_panels.append(panel)
        return panel

    # --- teacher notes ----------------------------------------------------------------
    def set_teacher_mode(self, on: bool) -> None:
        self.teacher_mode = on
        self.window.settings.set_value("view/teacher_notes", "1" if on else "0")
        if on:
            for page in self.window.built_chapter_pages():
                page.ensure_teacher_panel()
        for panel in self.teacher_panels:
            panel.setVisible(on)
        action = getattr(self.window, "teacher_action", None)
        if action is not None and action.isChecked() != on:
            action.setChecked(on)

    # --- progress -----------------------------------------------------------------------
    def make_progress_page(self, font: QFont) -> QWidget:
        from desktop_app.ui.classroom.progress_page import ProgressPage

        page = ProgressPage(
            self.window.story, self.window.content.quizzes(), self.window.progress_store, font
        )
        page.chapterChosen.connect(self.window.show_chapter)
        page.progressReset.connect(self._after_reset)
        self.progress_page = page
        return page

    def refresh_progress(self) -> None:
        if self.progress_page is not None:
            self.progress_page.refresh()

    def _after_reset(self) -> None:
        self.window.forget_read_chapters()
        for panel in self.quiz_panels:
            panel.reload()
        self.refresh_progress()

    # --- pages made of Markdown -----------------------------------------------------
    def make_markdown_page(self, markdown: str, font: QFont, name: str) -> QWidget:
        from desktop_app.ui.widgets.text_block import TextBlock

        block = TextBlock(markdown, font)
        block.setObjectName(name)
        block.linkClicked.connect(self.window.open_link)
        return block

    def lesson_plan_markdown(self) -> str:
        from desktop_app.core.classroom.teacher import TeacherNotesError, load_lesson_plan

        content = self.window.content
        try:
            return load_lesson_plan(content.root, content.lang)
        except TeacherNotesError as exc:
            return _tr("**The lesson plan could not be loaded.** %1").replace("%1", str(exc))

    def glossary_markdown(self) -> str:
        glossary = self.window.content.glossary
        if glossary is None:
            return _tr("**The glossary could not be loaded.** %1").replace(
                "%1", self.window.content.glossary_error or ""
            )
        lines = [f"# {_tr('Glossary')}", ""]
        for term in glossary.alphabetical():
            lines.append(f"**{term.term}**: {term.definition}")
            lines.append("")
        return "\n".join(lines)

    # --- handouts and printing ---------------------------------------------------------
    def _save_path(self, default_name: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder or Path.home()) / default_name)
        chosen, _ = QFileDialog.getSaveFileName(self.window, _tr("Save as"), start, filter_text)
        return Path(chosen) if chosen else None

    def handout_document(self, number: int):
        from desktop_app.ui.handouts.handout import chapter_handout

        content = self.window.content
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return chapter_handout(content.root, content.lang, number)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def export_handout(self, number: int, path: Path) -> bool:
        """Write chapter ``number`` as a PDF handout; report success or the problem."""
        from desktop_app.ui.handouts.handout import export_handout_pdf
        from desktop_app.ui.shell.atomic import WriteError

        try:
            export_handout_pdf(self.handout_document(number), path)
        except (WriteError, OSError) as exc:
            self.window.show_notice(_tr("Could not save the handout: %1").replace("%1", str(exc)))
            return False
        self.window.show_notice(_tr("Handout saved: %1").replace("%1", str(path)))
        return True

    def export_handout_with_dialog(self) -> None:
        from desktop_app.ui.handouts.handout import handout_file_name

        number = max(1, self.window.current)
        chapter = self.window.story.chapters[number - 1]
        path = self._save_path(handout_file_name(chapter), _tr("PDF document (*.pdf)"))
        if path is not None:
            self.export_handout(number, path.with_suffix(".pdf"))

    def print_handout(self) -> None:
        from desktop_app.ui.handouts.handout import print_document

        print_document(self.handout_document(max(1, self.window.current)), self.window)

    def print_lesson_plan(self) -> None:
        from desktop_app.ui.handouts.handout import build_markdown_document, print_document

        doc = build_markdown_document(self.lesson_plan_markdown(), _tr("Lesson plan"))
        print_document(doc, self.window)

    def quizzes(self) -> dict[str, Quiz]:
        return self.window.content.quizzes()
