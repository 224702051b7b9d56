"""The reading column: a page centred at a comfortable reading width."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


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
