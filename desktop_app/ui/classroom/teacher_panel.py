"""Teacher notes for one chapter: goals, timing, prompts, answer key, sensitive topics.

A read-only Markdown view in a frame that looks unlike student text (a rule down the left
and a tinted background from the palette), under a small "For teachers" label. The main
window decides when it is shown (hidden by default, behind the Teacher notes switch).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.widgets.text_block import TextBlock

STYLE = """
QFrame#teacher-notes {
    background: palette(alternate-base);
    border-style: solid; border-width: 0 0 0 6px; border-color: palette(highlight);
    border-radius: 4px;
}
QLabel#teacher-notes-label { color: palette(highlight); }
"""


class TeacherNotesPanel(QFrame):
    """Markdown teacher notes; ``linkClicked(QUrl)`` for any link in them."""

    linkClicked = Signal(QUrl)

    def __init__(self, markdown: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacher-notes")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Teacher notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 14, 12)
        layout.setSpacing(4)
        self.label = QLabel(self.tr("For teachers"))
        self.label.setObjectName("teacher-notes-label")
        self.label.setAccessibleName(self.tr("Teacher notes follow"))
        self.text = TextBlock(markdown, font)
        self.text.setAccessibleName(self.tr("Teacher notes"))
        self.text.linkClicked.connect(self.linkClicked)
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        small.setBold(True)
        small.setCapitalization(QFont.Capitalization.AllUppercase)
        small.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.label.setFont(small)
        self.text.set_font(font)
        self.text.setAccessibleName(self.tr("Teacher notes"))

    def markdown(self) -> str:
        return self.text.markdown()

    def plain_text(self) -> str:
        return self.text.plain_text()
