"""``--startup-only``: quit as soon as the opened page, with everything on it, has painted.

With ``LIFELINE_BENCH_T0`` set (a ``time.time()`` taken by the benchmark just before it
started this process), the time from that moment to now is printed as ``FIRST_PAINT_MS``:
start-up is measured up to the painted page, not including the exit that follows, which
tears down hundreds of widgets and modules and says nothing about start-up.
``LIFELINE_BENCH_FIGURES=first`` waits for the chapter's first figure only (the one a
reader meets first; the bare matplotlib program draws one chart), not all of them.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.page(window.current)  # type: ignore[attr-defined]
        self.pending: list[QWidget] = []
        self.painted = False
        self.reported = False
        self.page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # "Everything on it": figures further down the chapter normally build only
            # when scrolled to; here they are built and drawn too before quitting.
            figures = list(getattr(self.page, "figures", {}).values())
            if os.environ.get("LIFELINE_BENCH_FIGURES") == "first":
                figures = figures[:1]
            for fig in figures:
                if not getattr(fig, "ready", True):
                    self.pending.append(fig)
                    fig.rendered.connect(lambda fig=fig: self._figure_done(fig))
            QTimer.singleShot(0, self, self._render_rest)
        return False

    def _render_rest(self) -> None:
        for fig in list(self.pending):
            render = getattr(fig, "render_now", None)
            if render is not None:
                render()
            self._figure_done(fig)
        self._maybe_quit()

    def _figure_done(self, fig: QWidget) -> None:
        if fig in self.pending:
            self.pending.remove(fig)
        self._maybe_quit()

    def _maybe_quit(self) -> None:
        if self.painted and not self.pending:
            started = os.environ.get("LIFELINE_BENCH_T0")
            if started and not self.reported:
                self.reported = True
                sys.stdout.write(f"FIRST_PAINT_MS {1000 * (time.time() - float(started)):.1f}\n")
                sys.stdout.flush()
            # Let the current paint cycle finish, then leave the event loop.
            QTimer.singleShot(0, QApplication.quit)


def quit_after_first_paint(window: QWidget) -> None:
    _FirstPaint(window)
