"""The reading column: a page centred at a comfortable reading width."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QWidget

# Measured on running text: a font's averageCharWidth() is wider than the average letter of
# prose (with its spaces), so lines held ~90 characters instead of the ~72 asked for.
SAMPLE = "Remittances from defectors reach families in the North through brokers, "


def reading_width(font: QFont, chars: int) -> int:
    """Pixels for a column whose lines hold about ``chars`` characters of prose."""
    per_char = QFontMetricsF(font).horizontalAdvance(SAMPLE) / len(SAMPLE)
    return round(per_char * chars) + 48


class Column(QWidget):
    """Centres a page at a comfortable reading width."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.addStretch(1)
        row.addWidget(page, 100)
        row.addStretch(1)

    def set_reading_width(self, pixels: int) -> None:
        self.page.setMaximumWidth(pixels)
