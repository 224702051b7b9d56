"""A strip of the key results and the chain chart, pinned to the top of the reading pane
while the inputs show.

The big results and a small chain chart sit above the inputs; once the student scrolls down
to the later inputs they leave the screen, so this strip (a child of the scroll area's
viewport, not of the page) shows the key numbers and the chain at the top until the inputs
are scrolled past.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.ui.calculator.chain_view import ChainPicture
from desktop_app.ui.calculator.results import ResultsGrid

PINNED_KEYS = ("arrives", "brokers", "rice", "months")


class PinnedResults(QFrame):
    """The key results in one line and the chain below; ``follow(results, inputs_end)``
    shows or hides it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area.viewport())
        self.area = area
        self.setObjectName("calculator-pinned")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid is the Tab stop and reads out
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        self.line = QLabel(self)
        self.line.setObjectName("calculator-pinned-line")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.line)
        self.chain = ChainPicture(self)
        column.addWidget(self.chain)
        self.hide()

    def text(self) -> str:
        return self.line.text()

    def set_values(self, pairs: list[tuple[str, str]]) -> None:
        self.line.setText("   ·   ".join(f"{name}: {value}" for name, value in pairs))
        # Named as what it is, a copy of the grid above: a screen reader that lands on it
        # knows these are the key results, not new ones.
        self.line.setAccessibleName(self.tr("Key results: %1").replace("%1", self.line.text()))

    def follow(self, results: ResultsGrid, chain: QWidget, inputs_end: QWidget) -> None:
        """Shown while a key number of the grid is above the viewport's top (on a 768 px
        screen the grid, the chain and the first input do not all fit) and the inputs
        still show; its chain only while the page's own ``chain`` is under it or gone."""
        viewport = self.area.viewport()
        if not results.isVisible():
            self.hide()
            return
        first = results.values[PINNED_KEYS[0]]
        key_top = first.mapTo(viewport, QPoint(0, 0)).y()
        inputs_bottom = inputs_end.mapTo(viewport, QPoint(0, inputs_end.height())).y()
        left = max(0, results.mapTo(viewport, QPoint(0, 0)).x())
        width = min(results.width(), viewport.width() - left)
        margins = self.layout().contentsMargins()
        line_bottom = (
            margins.top()
            + self.line.heightForWidth(width - margins.left() - margins.right())
            + margins.bottom()
        )
        chain_top = chain.mapTo(viewport, QPoint(0, 0)).y()
        self.chain.setVisible(self.chain.source is not None and chain_top < line_bottom)
        height = self.heightForWidth(width)
        if height < 0:
            height = self.sizeHint().height()
        wanted = key_top < 0 and inputs_bottom > height
        if wanted:
            self.setGeometry(left, 0, width, height)
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
