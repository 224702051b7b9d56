"""Scroll bars are visible in every theme (issue 11, defect 13).

The colours are read from a real scroll bar drawn under the applied theme (grab()), so
the test checks what the student sees, not only the table: the handle reaches 3:1
against its track (WCAG 1.4.11, non-text contrast).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollBar

from desktop_app.ui.shell.theme import SCROLLBAR, apply_theme
from tests.ui.shell.test_theme_contrast import contrast


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_scrollbar_handle_stands_out_from_its_track(qtbot, theme: str) -> None:
    """A vertical scroll bar's handle and track, as painted, differ by 3:1 or more."""
    app = QApplication.instance()
    apply_theme(app, theme)
    try:
        bar = QScrollBar(Qt.Orientation.Vertical)
        qtbot.addWidget(bar)
        bar.setRange(0, 100)
        bar.setPageStep(20)
        bar.setValue(0)
        bar.resize(bar.sizeHint().width(), 300)
        bar.show()
        qtbot.waitExposed(bar)
        image = bar.grab().toImage()
        x = image.width() // 2
        handle = QColor(image.pixel(x, 20))  # the handle sits at the top (value 0)
        track = QColor(image.pixel(x, image.height() - 20))
        assert contrast(handle, track) >= 3.0, (theme, handle.name(), track.name())
        assert (track.name().upper(), handle.name().upper()) == SCROLLBAR[theme][:2]
    finally:
        apply_theme(app, "light")
