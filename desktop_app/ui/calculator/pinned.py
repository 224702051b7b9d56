"""A strip of the key results pinned to the top of the reading pane while the inputs show.

The big results sit above the inputs; once the student scrolls down to the later inputs the
grid leaves the screen, so this strip (a child of the scroll area's viewport, not of the
page) shows the key numbers at the top until the inputs are scrolled past.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from desktop_app.ui.calculator.results import ResultsGrid

PINNED_KEYS = ("arrives", "brokers", "rice", "months")


class PinnedResults(QLabel):
    """The key results in one line; ``follow(results, inputs_end)`` shows or hides it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area.viewport())
        self.area = area
        self.setObjectName("calculator-pinned")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.setMargin(6)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid is the Tab stop and reads out
        self.hide()

    def set_values(self, pairs: list[tuple[str, str]]) -> None:
        self.setText("   ·   ".join(f"{name}: {value}" for name, value in pairs))
        # Named as what it is, a copy of the grid above: a screen reader that lands on it
        # knows these are the key results, not new ones.
        self.setAccessibleName(self.tr("Key results: %1").replace("%1", self.text()))

    def follow(self, results: QWidget, inputs_end: QWidget) -> None:
        """Shown while the grid is above the viewport's top and the inputs still show."""
        viewport = self.area.viewport()
        if not results.isVisible():
            self.hide()
            return
        grid_bottom = results.mapTo(viewport, QPoint(0, results.height())).y()
        inputs_bottom = inputs_end.mapTo(viewport, QPoint(0, inputs_end.height())).y()
        wanted = grid_bottom < 0 and inputs_bottom > self.sizeHint().height()
        if wanted:
            left = results.mapTo(viewport, QPoint(0, 0)).x()
            width = min(results.width(), viewport.width() - max(0, left))
            self.setGeometry(max(0, left), 0, width, self.heightForWidth(width))
            self.raise_()
        self.setVisible(wanted)


def pinned_values(results: ResultsGrid) -> list[tuple[str, str]]:
    """(caption, number) of each key result, as the grid shows them."""
    return [(results.captions[k].text(), results.values[k].text()) for k in PINNED_KEYS]


def pin_for(panel: QWidget, results: ResultsGrid) -> PinnedResults | None:
    """A strip on the scroll area ``panel`` sits in (None outside one); it is deleted with
    ``panel``, since it belongs to the viewport and would outlive a rebuilt page."""
    area = panel.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    if area is None:
        return None
    pin = PinnedResults(area)
    panel.destroyed.connect(pin.deleteLater)
    pin.set_values(pinned_values(results))
    return pin
