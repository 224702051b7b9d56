"""What a student sees first: what this is, and one button to begin.

Its own module, so that a fresh start on the title page does not import the chapter
page's text, glossary and heading machinery before the first paint (issue 16).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


def scaled_label(text: str, font: QFont, scale: float, bold: bool = False) -> QLabel:
    """A wrapping, selectable label in ``font`` at ``scale`` (pages share it)."""
    label = QLabel(text)
    f = QFont(font)
    f.setPointSizeF(font.pointSizeF() * scale)
    f.setBold(bold)
    label.setFont(f)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TitlePage(QWidget):
    """What a student sees first: what this is, and one button to begin."""

    startClicked = Signal()

    def __init__(self, chapters: int, font: QFont, icon: QIcon, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("title-page")
        self._font = font
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 48, 0, 24)
        layout.setSpacing(16)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon.pixmap(112, 112))
        self.icon_label.setAccessibleName(self.tr("Lifeline logo"))
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = scaled_label(self.tr("Lifeline"), font, 3.0, bold=True)
        self.subtitle = scaled_label(
            self.tr(
                "How North Korean defectors in the South send money and phone calls home "
                "through brokers in China: a story reported by the South China Morning "
                "Post in August 2018, retold for the classroom, with what happened next: "
                "the data run to 2025."
            ),
            font,
            1.15,
        )
        self.meta = scaled_label(
            self.tr("%1 chapters, with charts, sources and a money calculator").replace(
                "%1", str(chapters)
            ),
            font,
            0.9,
        )
        for w in (self.title, self.subtitle, self.meta):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(w)
        self.start = QPushButton(self.tr("Start reading"))
        self.start.setDefault(True)
        self.start.setMinimumHeight(44)
        self.start.setAccessibleName(self.tr("Start reading"))
        self.start.clicked.connect(self.startClicked)
        layout.addSpacing(12)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Title page"))
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        for label, scale, bold in (
            (self.title, 3.0, True),
            (self.subtitle, 1.15, False),
            (self.meta, 0.9, False),
        ):
            f = QFont(font)
            f.setPointSizeF(font.pointSizeF() * scale)
            f.setBold(bold)
            label.setFont(f)
        f = QFont(font)
        f.setBold(True)
        self.start.setFont(f)
