"""Teacher mode > Class report…: the whole class's hand-ins in one window.

Tabs for Students, Difficult questions (choose one to see each student's attempts),
Reflections and Files it could not use; Export CSV… and Export PDF… beside them. The
report itself is built in the core; this window only shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classroom.quiz import Quiz
from desktop_app.core.classroom.report import ClassReport, QuestionStat, report_from_folder
from desktop_app.core.classroom.report_export import (
    MESSAGES,
    local_time,
    report_markdown,
    title,
    wrong_text,
)
from desktop_app.ui.classroom.report_files import file_count, write_report
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.atomic import WriteError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassReport", text)


def read_with_progress(
    folder: Path, quizzes: Mapping[str, Quiz], parent: QWidget | None = None
) -> ClassReport:
    """Build the report, showing a progress bar while the files are read."""
    bar = QProgressDialog(_tr("Reading hand-ins…"), "", 0, 0, parent)
    bar.setObjectName("report-progress")
    bar.setCancelButton(None)
    bar.setMinimumDuration(300)
    bar.setWindowModality(Qt.WindowModality.WindowModal)

    def step(done: int, total: int) -> None:
        bar.setMaximum(total)
        bar.setValue(done)
        if done % 25 == 0:
            QCoreApplication.processEvents()

    try:
        return report_from_folder(folder, quizzes, step)
    finally:
        bar.close()
        bar.deleteLater()


def _table(headers: list[str], rows: list[list[object]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, value)  # numbers sort as numbers
            table.setItem(r, c, item)
    # Fit columns to the first rows only: measuring every row of a school is slow.
    table.horizontalHeader().setResizeContentsPrecision(100)
    table.verticalHeader().setResizeContentsPrecision(100)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ClassReportDialog(QDialog):
    def __init__(
        self,
        report: ClassReport,
        titles: Mapping[str, str],
        font: QFont,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.titles = dict(titles)
        self.last_message = ""
        self.printed = None  # the QTextDocument of the last PDF written
        self.setObjectName("class-report")
        self.setWindowTitle(title(report))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.students = self._students_table()
        self.questions = self._questions_table()
        self.detail = QTextBrowser()
        self.detail.setObjectName("question-attempts")
        self.detail.setAccessibleName(_tr("Each student's attempts at this question"))
        difficult = QWidget()
        column = QVBoxLayout(difficult)
        column.addWidget(self.questions, 2)
        column.addWidget(QLabel(_tr("Each student's attempts (choose a question above):")))
        column.addWidget(self.detail, 1)
        self.questions.currentCellChanged.connect(lambda row, *_: self.show_attempts(row))
        self.reflections = QTextBrowser()
        self.reflections.setObjectName("report-reflections")
        markdown = report_markdown(report, "", file_count(report), self.titles)
        start = markdown.find(f"## {MESSAGES['reflections']}")
        end = markdown.find("\n## ", start + 3)
        self.reflections.setMarkdown(markdown[start : end if end > 0 else None])
        self.unusable = _table(
            [MESSAGES["h_file"], MESSAGES["h_reason"]],
            [[str(p.path), p.reason] for p in report.unusable]
            + [
                [str(s.hand_in.path), _tr("superseded by %1").replace("%1", s.by.path.name)]
                for s in report.superseded
            ],
            "report-unusable",
        )
        self.students.setAccessibleName(MESSAGES["students"])
        self.questions.setAccessibleName(MESSAGES["difficult"])
        self.reflections.setAccessibleName(MESSAGES["reflections"])
        self.unusable.setAccessibleName(MESSAGES["unusable"])
        self.tabs.addTab(self.students, MESSAGES["students"])
        self.tabs.addTab(difficult, MESSAGES["difficult"])
        self.tabs.addTab(self.reflections, MESSAGES["reflections"])
        self.tabs.addTab(self.unusable, MESSAGES["unusable"])
        self.csv_button = QPushButton(_tr("Export CSV…"))
        self.pdf_button = QPushButton(_tr("Export PDF…"))
        close = QPushButton(_tr("Close"))
        self.csv_button.clicked.connect(lambda: self.export_with_dialog(".csv"))
        self.pdf_button.clicked.connect(lambda: self.export_with_dialog(".pdf"))
        close.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setObjectName("report-status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setFont(font)

    def _students_table(self) -> QTableWidget:
        chapters = [c for c in self.report.chapters if self.report.gradable.get(c)]
        headers = [MESSAGES["h_name"], MESSAGES["h_class"], MESSAGES["h_read"]]
        headers += [self.titles.get(c, c) for c in chapters]
        headers += [MESSAGES["h_percent"], MESSAGES["h_handed_in"]]
        rows: list[list[object]] = []
        for s in self.report.students:
            row: list[object] = [s.name, s.class_name, len(s.hand_in.read)]
            row += [f"{s.scores[c][0]}/{s.scores[c][1]}" for c in chapters]
            row += ["" if s.percent is None else s.percent, local_time(s.hand_in.handed_in)]
            rows.append(row)
        return _table(headers, rows, "report-students")

    def _questions_table(self) -> QTableWidget:
        headers = [MESSAGES["h_chapter"], MESSAGES["h_question"], MESSAGES["h_answered"]]
        headers += [MESSAGES["h_right"], MESSAGES["h_percent"], MESSAGES["h_wrong"]]
        rows: list[list[object]] = [
            [
                self.titles.get(q.chapter, q.chapter),
                q.prompt or q.question,
                q.answered,
                q.right_first,
                "" if q.percent is None else q.percent,
                wrong_text(q),
            ]
            for q in self.report.questions
        ]
        table = _table(headers, rows, "report-questions")
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(1, 360)
        return table

    def show_attempts(self, row: int) -> None:
        """Every student's attempts at the chosen question, in order."""
        if not 0 <= row < len(self.report.questions):
            self.detail.clear()
            return
        stat: QuestionStat = self.report.questions[row]
        lines = [f"**{stat.prompt or stat.question}**", ""]
        for student, tries in stat.attempts:
            shown = []
            for attempt in tries:
                key = "attempt_right" if attempt.correct else "attempt_wrong"
                text = MESSAGES[key].format(answer=attempt.answer)
                shown.append(text + (" " + MESSAGES["attempt_carried"] if attempt.carried else ""))
            name = student.name or MESSAGES["no_name"]
            lines += [MESSAGES["attempts_of"].format(name=name, attempts=" → ".join(shown)), ""]
        self.detail.setMarkdown("\n".join(lines))

    def export(self, path: Path) -> bool:
        try:
            # The printed document is kept, so what went on paper can be read back.
            self.printed = write_report(self.report, Path(path), self.titles)
        except (WriteError, OSError) as exc:
            self.last_message = _tr("The report was not saved. %1").replace("%1", str(exc))
            self.status.setText("⚠ " + self.last_message)
            return False
        self.last_message = _tr("The report was saved to %1").replace("%1", str(path))
        self.status.setText("✓ " + self.last_message)
        return True

    def export_with_dialog(self, suffix: str) -> bool:
        kind = _tr("CSV file (*.csv)") if suffix == ".csv" else _tr("PDF file (*.pdf)")
        name = "class-report" + suffix
        path = file_dialogs.ask_save_path(self, _tr("Export the class report"), name, kind)
        if path is None:
            return False
        return self.export(path if path.suffix else path.with_suffix(suffix))
