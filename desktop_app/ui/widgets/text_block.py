"""A read-only Markdown block that grows to fit its text (no inner scroll bars).

Chapters are a column of these blocks with figure panels between them, inside one
scroll area, so the page scrolls as a whole like a document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from desktop_app.ui.widgets.content_document import ContentDocument

LINE_HEIGHT_PERCENT = 145
# A heading that wraps reads as one heading only when its lines sit close together.
HEADING_LINE_HEIGHT_PERCENT = 112


def space_lines(doc: QTextDocument, percent: int) -> None:
    """Give every paragraph of ``doc`` a comfortable line height (Markdown has none) and
    headings a tighter one; lines holding an image keep their natural height."""
    heading = min(percent, HEADING_LINE_HEIGHT_PERCENT)
    proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    block = doc.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat()
        if "\ufffc" in block.text():  # an image: a proportional height would pad below it
            fmt.setLineHeight(100, proportional)
        else:
            fmt.setLineHeight(
                heading if block.blockFormat().headingLevel() else percent, proportional
            )
        cursor.mergeBlockFormat(fmt)
        block = block.next()


class TextBlock(QTextBrowser):
    """Markdown text; emits ``linkClicked(QUrl)`` and never navigates by itself.

    ``linkFocused(text)`` says that Tab (or Shift+Tab) moved the keyboard to a link: Qt
    exposes no link objects for a QTextBrowser and sends no focus event when Tab moves
    inside one, so the reader announces the link itself.
    """

    linkClicked = Signal(QUrl)
    linkFocused = Signal(str)

    def __init__(
        self,
        markdown: str,
        font: QFont,
        parent: QWidget | None = None,
        base: Path | None = None,
        root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._markdown = markdown
        # Images only from inside resources/, relative to the chapter (base): never a
        # file:// URL or a path from the working directory.
        self.setDocument(ContentDocument(self, base, root))
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

    def focusNextPrevChild(self, next: bool) -> bool:
        # QTextBrowser moves Tab to its next link here (selecting it) or hands the focus on.
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        text = cursor.selectedText().strip()
        if self.hasFocus() and text and cursor.charFormat().isAnchor():
            self.linkFocused.emit(text)
        return moved

    def markdown(self) -> str:
        return self._markdown

    def set_font(self, font: QFont) -> None:
        doc: QTextDocument = self.document()
        self._link_colour = self.palette().link().color().name()
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

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # Markdown bakes the palette's link colour into the document when it is read, so
        # a theme change must read it again (issue 11, defect 5: old blue on dark).
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            link = self.palette().link().color().name()
            if link != getattr(self, "_link_colour", link):
                self.set_font(self.document().defaultFont())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def plain_text(self) -> str:
        return self.document().toPlainText()
