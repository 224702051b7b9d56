"""A read-only Markdown block that grows to fit its text (no inner scroll bars).

Chapters are a column of these blocks with figure panels between them, inside one
scroll area, so the page scrolls as a whole like a document.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

LINE_HEIGHT_PERCENT = 145


def space_lines(doc: QTextDocument, percent: int) -> None:
    """Give every paragraph of ``doc`` a comfortable line height (Markdown has none)."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(fmt)


class TextBlock(QTextBrowser):
    """Markdown text; emits ``linkClicked(QUrl)`` and never navigates by itself."""

    linkClicked = Signal(QUrl)

    def __init__(self, markdown: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markdown = markdown
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        # Tab walks the links inside, then moves on: no keyboard trap.
        self.setTabChangesFocus(False)
        self.anchorClicked.connect(self.linkClicked)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.set_font(font)

    def markdown(self) -> str:
        return self._markdown

    def set_font(self, font: QFont) -> None:
        doc: QTextDocument = self.document()
        doc.setDefaultFont(font)
        doc.setMarkdown(self._markdown)
        space_lines(doc, LINE_HEIGHT_PERCENT)
        text = doc.toPlainText().strip()
        first = text.splitlines()[0] if text else ""
        self.setAccessibleName(self.tr("Text: %1").replace("%1", first[:80]))
        self.setAccessibleDescription(text[:200])
        self._fit()

    def _fit(self, *_: object) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def plain_text(self) -> str:
        return self.document().toPlainText()
