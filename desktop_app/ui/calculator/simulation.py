"""Keeps the effect of a change in view beside the change: the results and the chain chart.

Owned by the panel (a child QObject, so it and its connections go with it). After every new
result it grabs the live canvas's chain chart, a moment later (the canvas may be drawing),
for the small chain above the inputs and the pinned strip; it moves the pinned strip as the
page scrolls, and scrolls a focused input out from under the strip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.calculator.layout import Ui
from desktop_app.ui.calculator.pinned import PinnedResults, pin_for, pinned_values

if TYPE_CHECKING:
    from desktop_app.ui.calculator.live_figures import LiveCanvas

CAPTURE_DELAY_MS = 30  # coalesce a burst of edits (a dragged slider) into one grab
CHAIN_SHARE = 0.3  # of the reading pane's height, for the chain above the inputs
PIN_CHAIN_SHARE = 0.25  # and in the pinned strip, which covers the pane's top


class Simulation(QObject):
    """``schedule()`` after each result; ``attach()`` on show; ``hide_pin()`` on hide."""

    def __init__(self, panel: QWidget, ui: Ui) -> None:
        super().__init__(panel)
        self.panel, self.ui = panel, ui
        self.pin: PinnedResults | None = None
        self.canvas: LiveCanvas | None = None
        self.captures = 0
        self.shown_update = -1  # the charts' update count the pictures show
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CAPTURE_DELAY_MS)
        self._timer.timeout.connect(self.capture)
        for row in ui.rows.values():
            row.box.installEventFilter(self)
            row.slider.installEventFilter(self)

    def attach(self) -> None:
        if self.pin is not None:
            return
        self.pin = pin_for(self.panel, self.ui.results)
        if self.pin is not None:
            self.pin.destroyed.connect(self._pin_gone)
            self.pin.area.verticalScrollBar().valueChanged.connect(self.follow)

    def _pin_gone(self, *_: object) -> None:
        self.pin = None

    def set_canvas(self, canvas: LiveCanvas | None) -> None:
        self.canvas = canvas
        if canvas is not None:
            canvas.drawn.connect(self.schedule)
            self.schedule()

    def show_values(self) -> None:
        if self.pin is not None:
            self.pin.set_values(pinned_values(self.ui.results))

    def hide_pin(self) -> None:
        if self.pin is not None:
            self.pin.hide()

    def schedule(self) -> None:
        self._timer.start()

    def capture(self) -> None:
        """Show the chain chart as the canvas now draws it, above the inputs and pinned."""
        self._timer.stop()
        canvas = self.canvas
        if canvas is None or canvas.width() <= 0:
            return
        picture = canvas.part_picture("chain")
        text = canvas.accessibleDescription()
        self._fit_heights()
        self.ui.chain.show_picture(picture, text)
        self.ui.chain.show()
        if self.pin is not None:
            self.pin.chain.show_picture(picture, text)
        self.captures += 1
        self.shown_update = canvas.charts.updates
        self.follow()

    def _fit_heights(self) -> None:
        if self.pin is None:
            return
        pane = self.pin.area.viewport().height()
        self.ui.chain.set_max_height(round(pane * CHAIN_SHARE))
        self.pin.chain.set_max_height(round(pane * PIN_CHAIN_SHARE))

    def follow(self, *_: object) -> None:
        if self.pin is not None:
            inputs_end = self.ui.forms[-1][1][-1].box.parentWidget()
            self.pin.follow(self.ui.results, self.ui.chain, inputs_end)

    # --- a focused input is never under the pinned strip ---------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            # The scroll area brings the focused input into view after this event.
            QTimer.singleShot(0, self, self.uncover)
        return False

    def uncover(self) -> None:
        focused = QApplication.focusWidget()
        pin = self.pin
        if pin is None or focused is None or not self.panel.isAncestorOf(focused):
            return
        self.follow()
        if not pin.isVisible():
            return
        viewport = pin.area.viewport()
        where = QRect(focused.mapTo(viewport, QPoint(0, 0)), focused.size())
        cover = pin.geometry()
        if where.intersects(cover):
            bar = pin.area.verticalScrollBar()
            bar.setValue(bar.value() - (cover.bottom() - where.top() + 12))
