"""``--startup-only``: quit as soon as the opened page, with everything on it, has painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.page(window.current)  # type: ignore[attr-defined]
        self.pending: list[QWidget] = []
        self.painted = False
        self.page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.page and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # Wait for the figures on screen; those further down build only when reached.
            for fig in getattr(self.page, "figures", {}).values():
                if not getattr(fig, "ready", True) and not fig.visibleRegion().isEmpty():
                    self.pending.append(fig)
                    fig.rendered.connect(lambda fig=fig: self._figure_done(fig))
            self._maybe_quit()
        return False

    def _figure_done(self, fig: QWidget) -> None:
        if fig in self.pending:
            self.pending.remove(fig)
        self._maybe_quit()

    def _maybe_quit(self) -> None:
        if self.painted and not self.pending:
            # Let the current paint cycle finish, then leave the event loop.
            QTimer.singleShot(0, QApplication.quit)


def quit_after_first_paint(window: QWidget) -> None:
    _FirstPaint(window)
