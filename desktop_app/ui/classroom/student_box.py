"""Who is answering: the student's name and class, asked once on My progress, editable.

Saved with the progress as soon as a field is left (or Enter is pressed), so a hand-in
always says whose answers it holds. Times are shown in the student's own locale.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.classroom.attempts import MAX_NAME_CHARS
from desktop_app.core.classroom.progress import Progress, ProgressError


def local_time(iso: str) -> str:
    """An ISO 8601 time as the student's locale writes a date and time ("" if unreadable)."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


def _instant(iso: str) -> float:
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return when.toSecsSinceEpoch() if when.isValid() else 0.0


class StudentBox(QFrame):
    """Signals: ``changed()`` after the name or class was saved."""

    changed = Signal()

    def __init__(self, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.setObjectName("student-box")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.ask = QLabel(
            self.tr("Who is answering? Type your name and class once; they go with your answers.")
        )
        self.ask.setWordWrap(True)
        self.name_edit = QLineEdit(progress.record.name)
        self.name_edit.setObjectName("student-name")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.class_edit = QLineEdit(progress.record.class_name)
        self.class_edit.setObjectName("student-class")
        self.class_edit.setAccessibleName(self.tr("Your class"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Class:"), self.class_edit)
        for edit in (self.name_edit, self.class_edit):
            edit.setMaxLength(MAX_NAME_CHARS)
            edit.editingFinished.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("student-status")
        self.status.setWordWrap(True)
        self.last = QLabel()
        self.last.setObjectName("student-last-answer")
        column.addWidget(self.ask)
        column.addLayout(form)
        column.addWidget(self.last)
        column.addWidget(self.status)
        self._update_ask()

    def _update_ask(self) -> None:
        self.ask.setVisible(not (self.progress.record.name and self.progress.record.class_name))
        times = [
            a.at
            for questions in self.progress.record.attempts.values()
            for tries in questions.values()
            for a in tries
        ]
        latest = max(times, default="", key=_instant)
        self.last.setText(
            self.tr("Last answer: %1").replace("%1", local_time(latest)) if latest else ""
        )
        self.last.setVisible(bool(latest))

    def save(self) -> bool:
        record = self.progress.record
        name, class_name = self.name_edit.text(), self.class_edit.text()
        if (name.strip(), class_name.strip()) == (record.name, record.class_name):
            return True
        self.progress.set_student(name, class_name)
        try:
            self.progress.save()
        except ProgressError as exc:
            self.status.setText("⚠ " + str(exc))
            return False
        self.status.setText("")
        self._update_ask()
        self.changed.emit()
        return True

    def reload(self) -> None:
        self.name_edit.setText(self.progress.record.name)
        self.class_edit.setText(self.progress.record.class_name)
        self._update_ask()
