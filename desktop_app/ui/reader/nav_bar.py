"""The bar under the reading pane: Previous, where the reader is, chapters read, Next.

The count of chapters read is a label beside the bar, not text drawn on the bar: drawn
text collided with the bar's fill at some widths and zoom levels (issue 11, defect 13).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

BUTTON_MIN_HEIGHT = 36
PROGRESS_MIN_WIDTH = 60  # below this the bar is not worth showing


class NavBar(QWidget):
    """Owns its buttons; the window connects them (children never reach into each other)."""

    def __init__(self, chapters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav-bar")
        self._chapters = chapters
        self.prev_button = QPushButton(self.tr("◀  Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous chapter"))
        self.next_button = QPushButton(self.tr("Next  ▶"))
        self.next_button.setAccessibleName(self.tr("Next chapter"))
        for button in (self.prev_button, self.next_button):
            button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.progress = QProgressBar()
        self.progress.setObjectName("reading-progress")
        self.progress.setAccessibleName(self.tr("Chapters read"))
        self.progress.setRange(0, max(1, chapters))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        # Tiny explicit minimums: these two may step aside (resizeEvent), so they must not
        # set the window's minimum width.
        self.progress.setMinimumWidth(1)
        self.position_label = QLabel()
        self.position_label.setObjectName("position-label")
        self.read_label = QLabel()
        self.read_label.setObjectName("read-label")
        self.read_label.setMinimumWidth(1)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 8)
        row.addWidget(self.prev_button)
        row.addStretch(1)
        row.addWidget(self.position_label)
        row.addSpacing(16)
        row.addWidget(self.progress)
        row.addWidget(self.read_label)
        row.addStretch(1)
        row.addWidget(self.next_button)

    def resizeEvent(self, event) -> None:
        # Half a laptop screen leaves no room for the read count: the bar and its label
        # step aside (the chapter list still shows what is read) rather than hold the
        # whole window wider than the screen.
        row = self.layout()
        margins = row.contentsMargins()
        parts = (self.prev_button, self.next_button, self.position_label, self.read_label)
        needed = sum(w.sizeHint().width() for w in parts) + PROGRESS_MIN_WIDTH
        needed += margins.left() + margins.right() + 16 + 4 * row.spacing()
        roomy = event.size().width() >= needed
        self.progress.setVisible(roomy)
        self.read_label.setVisible(roomy)
        super().resizeEvent(event)

    def show_read(self, done: int) -> None:
        text = self.tr("%1 of %2 read").replace("%1", str(done))
        text = text.replace("%2", str(self._chapters))
        self.progress.setValue(done)
        self.progress.setFormat(text)  # what a screen reader reads for the bar
        self.progress.setAccessibleDescription(text)
        self.read_label.setText(text)

    def show_position(self, current: int) -> None:
        """``current`` > 0 is a chapter; anything else is the title page or a side page."""
        if current > 0:
            text = self.tr("Chapter %1 of %2").replace("%1", str(current))
            text = text.replace("%2", str(self._chapters))
        else:
            text = self.tr("Title page")
        self.position_label.setText(text)

    def set_font(self, font: QFont) -> None:
        """Follow text zoom: the buttons and labels at the reading size, a little smaller."""
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        for widget in (self.prev_button, self.next_button, self.position_label, self.read_label):
            widget.setFont(small)
        height = max(BUTTON_MIN_HEIGHT, round(small.pointSizeF() * 2.6))
        for button in (self.prev_button, self.next_button):
            button.setMinimumHeight(height)
