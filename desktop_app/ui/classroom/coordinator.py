"""The classroom parts of the reader: quizzes, teacher notes, progress, handouts, glossary.

MainWindow owns one ``Classroom`` and asks it for the per-chapter widgets; the pages and
exports it builds report back through the window, so all wiring stays in two places.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.story.chapters import Chapter
from desktop_app.ui.shell import file_dialogs

if TYPE_CHECKING:  # the quiz model and the PIN gate are imported on first use
    from desktop_app.core.classroom.quiz import Quiz
    from desktop_app.ui.classroom.teacher_mode import TeacherGate

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


class Classroom(QObject):
    def __init__(self, window) -> None:  # window: MainWindow
        super().__init__(window)
        self.window = window
        # Teacher mode is unlocked by the PIN once per session, so it always starts closed.
        self._gate: TeacherGate | None = None
        self.teacher_mode = False
        self.quiz_panels: list[QWidget] = []
        self.teacher_panels: list[QWidget] = []
        self.progress_page = None

    @property
    def gate(self) -> TeacherGate:
        """The teacher PIN gate, made on first use (opening the window never needs it)."""
        if self._gate is None:
            from desktop_app.ui.classroom.teacher_mode import TeacherGate

            self._gate = TeacherGate(self.window.settings, self)
        return self._gate

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
        if on and not self.gate.unlock(self.window):
            on = False
            if self.gate.last_problem:
                self.window.show_notice(self.gate.last_problem)
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

    # --- the side pages: My progress, the lesson plan, the glossary ------------------
    def side_page(self, kind: str, font: QFont) -> QWidget:
        """``kind`` is "progress", "lesson-plan" or "glossary"."""
        if kind == "progress":
            return self.make_progress_page(font)
        if kind == "lesson-plan":
            return self.make_markdown_page(self.lesson_plan_markdown(), font, "lesson-plan")
        return self.make_markdown_page(self.glossary_markdown(), font, "glossary")

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
        return file_dialogs.ask_save_path(self.window, _tr("Save as"), default_name, filter_text)

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

    def open_lesson_plan(self) -> None:
        if self.gate.unlock(self.window):
            self.window.show_page(-2)

    def print_lesson_plan(self) -> None:
        if not self.gate.unlock(self.window):
            return
        from desktop_app.ui.handouts.handout import build_markdown_document, print_document

        doc = build_markdown_document(self.lesson_plan_markdown(), _tr("Lesson plan"))
        print_document(doc, self.window)

    def quizzes(self) -> dict[str, Quiz]:
        return self.window.content.quizzes()

    # --- hand in and the class report ---------------------------------------------------
    def hand_in(self, folder: Path) -> Path | None:
        """Write a new hand-in file into ``folder``; say where, or what went wrong."""
        from desktop_app import __version__
        from desktop_app.core.classroom.handin import (
            HandInError,
            hand_in_document,
            write_hand_in,
        )

        progress = self.window.progress_store
        if not progress.record.name:
            self.window.show_page(-1)
            self.window.show_notice(_tr("Type your name and class first, then hand in."))
            return None
        self.window.reading_clock.flush()  # the time so far goes in too
        doc = hand_in_document(progress, self.quizzes(), __version__, self.window.content.lang)
        try:
            path = write_hand_in(folder, doc)
        except HandInError as exc:
            self.window.show_notice(str(exc))
            return None
        self.window.show_notice(_tr("Your answers were handed in: %1").replace("%1", str(path)))
        return path

    def hand_in_with_dialog(self) -> Path | None:
        folder = file_dialogs.ask_folder(
            self.window, _tr("Hand in my answers: choose the folder (a USB stick, a shared drive)")
        )
        return self.hand_in(folder) if folder else None

    def class_report(self, folder: Path):  # -> ClassReportDialog | None
        """Teacher mode > Class report: read ``folder`` and show the report window."""
        if not self.gate.unlock(self.window):
            return None
        from desktop_app.core.classroom.report import find_hand_ins
        from desktop_app.ui.classroom.class_report import ClassReportDialog, read_with_progress

        if not find_hand_ins(folder):
            self.window.show_notice(
                _tr("There are no hand-in files (*.lifeline-answers) in %1.").replace(
                    "%1", str(folder)
                )
            )
            return None
        from desktop_app.ui.shell.fonts import register_fonts

        # Hangul names show even in the English edition on a laptop with no Korean font.
        register_fonts(self.window.content.root)
        report = read_with_progress(folder, self.quizzes(), self.window)
        titles = {c.id: f"{c.number}. {c.title}" for c in self.window.story.chapters}
        dialog = ClassReportDialog(report, titles, self.window.reading_font(), self.window)
        dialog.show()
        return dialog

    def class_report_with_dialog(self):
        if not self.gate.unlock(self.window):
            return None
        folder = file_dialogs.ask_folder(
            self.window, _tr("Class report: choose the folder with the hand-ins")
        )
        return self.class_report(folder) if folder else None
