"""My progress: chapters read and questions answered, exports to hand in, and a reset.

Exports go through :mod:`desktop_app.ui.shell.atomic`, so a file is either complete or not
there; any failure is said on the page, naming the file and the reason. Reset asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classroom.progress import Progress, ProgressError
from desktop_app.core.classroom.progress_export import answers_csv, answers_markdown
from desktop_app.core.classroom.quiz import Quiz
from desktop_app.core.story.chapters import Story
from desktop_app.ui.classroom.student_box import StudentBox
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.atomic import WriteError, write_bytes_atomic

CSV_NAME = "lifeline-my-answers.csv"
PDF_NAME = "lifeline-my-answers.pdf"


class ProgressPage(QWidget):
    """Signals: ``chapterChosen(int)`` (a row opened with Enter or a double-click) and
    ``progressReset()`` after the student confirmed a reset."""

    chapterChosen = Signal(int)
    progressReset = Signal()

    def __init__(
        self,
        story: Story,
        quizzes: dict[str, Quiz],
        progress: Progress,
        font: QFont,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.story = story
        self.quizzes = quizzes
        self.progress = progress
        self.last_message = ""
        self.reset_box: QMessageBox | None = None
        self.setObjectName("progress-page")
        self.setAccessibleName(self.tr("My progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 24)
        layout.setSpacing(12)
        self.title = QLabel(self.tr("My progress"))
        self.title.setObjectName("progress-title")
        self.intro = QLabel(
            self.tr(
                "What you have read and answered, saved on this computer. Open a chapter "
                "with Enter or a double-click. Export your answers to hand them in."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("progress-table")
        self.table.setAccessibleName(self.tr("Progress by chapter"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Chapter"), self.tr("Read"), self.tr("Answered"), self.tr("Right first time")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.setWordWrap(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Column widths settle after layout; fit the rows (wrapped titles) once they have.
        self._fit_pending = False
        header.sectionResized.connect(self._schedule_fit)
        self.table.itemActivated.connect(lambda item: self.chapterChosen.emit(item.row() + 1))
        self.totals = QLabel()
        self.totals.setObjectName("progress-totals")
        self.totals.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("Export my answers (CSV)…"))
        self.csv_button.setAccessibleName(self.tr("Export my answers as a CSV file"))
        self.csv_button.clicked.connect(self.export_csv_with_dialog)
        self.pdf_button = QPushButton(self.tr("Export my answers (PDF)…"))
        self.pdf_button.setAccessibleName(self.tr("Export my answers as a PDF file"))
        self.pdf_button.clicked.connect(self.export_pdf_with_dialog)
        self.reset_button = QPushButton(self.tr("Reset my progress…"))
        self.reset_button.setAccessibleName(self.tr("Reset my progress"))
        self.reset_button.clicked.connect(lambda: self.reset())
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        danger = QHBoxLayout()  # apart from the exports: it cannot be undone
        danger.addWidget(self.reset_button)
        danger.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("progress-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        self.student = StudentBox(progress)
        for widget in (self.title, self.intro, self.student, self.table, self.totals):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addLayout(danger)
        layout.addStretch(1)
        self.set_font(font)
        self.refresh()

    # --- content ------------------------------------------------------------------------
    def _quizzes_in_order(self) -> list[Quiz]:
        return [
            self.quizzes.get(c.id) or Quiz(c.id, Path(f"{c.id}.toml")) for c in self.story.chapters
        ]

    def titles(self) -> dict[str, str]:
        return {c.id: f"{c.number}. {c.title}" for c in self.story.chapters}

    def refresh(self) -> None:
        """Rebuild the table and totals from the progress."""
        self.student.reload()
        rows = self.progress.summary(self._quizzes_in_order())
        self.table.setRowCount(len(rows))
        read = answered = total = correct = gradable = 0
        for i, (chapter, row) in enumerate(zip(self.story.chapters, rows, strict=True)):
            read += row.read
            answered += row.answered
            total += row.total
            correct += row.correct
            gradable += row.gradable
            name = f"{chapter.number}. {chapter.title}"
            cells = [
                (name, name),
                (
                    self.tr("✓ Read") if row.read else self.tr("– Not yet"),
                    self.tr("read") if row.read else self.tr("not read yet"),
                ),
                self._count(row.answered, row.total, self.tr("answered")),
                self._count(row.correct, row.gradable, self.tr("right at the first attempt")),
            ]
            for column, (text, spoken) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, f"{name}: {spoken}" if column else name
                )
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, column, item)
        self.totals.setText(
            self.tr(
                "Chapters read: %1 of %2 · Questions answered: %3 of %4 · "
                "Right at the first attempt: %5 of %6"
            )
            .replace("%1", str(read))
            .replace("%2", str(len(rows)))
            .replace("%3", str(answered))
            .replace("%4", str(total))
            .replace("%5", str(correct))
            .replace("%6", str(gradable))
        )
        self.totals.setAccessibleName(self.totals.text())
        self._fit_table()

    def _count(self, done: int, of: int, what: str) -> tuple[str, str]:
        if not of:
            return "—", self.tr("no questions")
        text = self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(of))
        return text, f"{text} {what}"

    def _schedule_fit(self, *_: object) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_table)  # dropped if the page goes first

    def _fit_table(self) -> None:
        """Show every row: the page scrolls, not the table."""
        self._fit_pending = False
        self.table.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)

    def set_font(self, font: QFont) -> None:
        # Set on each widget: style sheets stop fonts passing from parent to child.
        for widget in (self, *self.findChildren(QWidget)):
            widget.setFont(font)
        title = QFont(font)
        title.setPointSizeF(font.pointSizeF() * 1.6)
        title.setBold(True)
        self.title.setFont(title)
        self.table.horizontalHeader().setFont(font)
        self.table.horizontalHeader().setMinimumHeight(QFontMetrics(font).height() + 12)
        self._fit_table()

    # --- messages -----------------------------------------------------------------------
    def show_message(self, message: str, error: bool = False) -> None:
        self.last_message = message
        self.status.setText(("⚠ " if error else "✓ ") + message)
        self.status.setAccessibleName(message)
        self.status.setVisible(True)

    # --- export -------------------------------------------------------------------------
    def _write(self, path: Path, data: bytes) -> bool:
        try:
            write_bytes_atomic(Path(path), data)
        except (WriteError, OSError) as exc:
            self.show_message(
                self.tr("Your answers were not saved. %1").replace("%1", str(exc)), error=True
            )
            return False
        self.show_message(self.tr("Your answers were saved to %1").replace("%1", str(path)))
        return True

    def export_csv(self, path: Path) -> bool:
        """Write every question and answer as CSV (UTF-8 with BOM, for spreadsheets)."""
        text = answers_csv(self.progress, self._quizzes_in_order(), self.titles())
        return self._write(path, text.encode("utf-8-sig"))

    def answers_markdown(self) -> str:
        """The printable page: the student's answers, with a line for their name."""
        text = answers_markdown(self.progress, self._quizzes_in_order(), self.titles())
        head, _, rest = text.partition("\n")
        name = self.tr("Name: %1 · Exported from Lifeline on %2")
        who = self.progress.record.name or "\\_" * 24
        name = name.replace("%1", who).replace("%2", date.today().isoformat())
        return f"{head}\n\n{name}\n{rest}"

    def export_pdf(self, path: Path) -> bool:
        from desktop_app.ui.handouts.printing import build_markdown_document, pdf_bytes

        doc = build_markdown_document(self.answers_markdown(), self.tr("My answers"))
        return self._write(path, pdf_bytes(doc))

    def _ask_path(self, name: str, kind: str) -> Path | None:
        path = file_dialogs.ask_save_path(self, self.tr("Export my answers"), name, kind)
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(Path(name).suffix)

    def export_csv_with_dialog(self) -> bool:
        path = self._ask_path(CSV_NAME, self.tr("CSV file (*.csv)"))
        return self.export_csv(path) if path is not None else False

    def export_pdf_with_dialog(self) -> bool:
        path = self._ask_path(PDF_NAME, self.tr("PDF file (*.pdf)"))
        return self.export_pdf(path) if path is not None else False

    # --- reset --------------------------------------------------------------------------
    def confirm_reset(self) -> bool:
        """Ask "Reset my progress?" with No as the default answer."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Reset my progress?"))
        box.setText(self.tr("Reset my progress?"))
        box.setInformativeText(
            self.tr(
                "This forgets which chapters you have read and every answer you have given "
                "on this computer. It cannot be undone. Export your answers first if you "
                "need them."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Reset"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep my progress"))
        self.reset_box = box
        try:
            box.exec()
            return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        finally:
            self.reset_box = None
            box.deleteLater()

    def reset(self, confirm: Callable[[], bool] | None = None) -> bool:
        """Forget all progress if the student confirms; True if it was reset."""
        if not (confirm or self.confirm_reset)():
            return False
        try:
            self.progress.reset()
        except ProgressError as exc:
            self.show_message(
                self.tr("Your progress was cleared but could not be saved. %1").replace(
                    "%1", str(exc)
                ),
                error=True,
            )
        else:
            self.show_message(self.tr("Your progress was reset."))
        self.refresh()
        self.progressReset.emit()
        return True
