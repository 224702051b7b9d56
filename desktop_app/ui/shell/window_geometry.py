"""The window's size and place: fitted to the screen, remembered, and kept on-screen.

A fixed 1180×820 ran off 1366×768 laptops and 1024×768 projectors (issue 11, defect 2),
so the first size comes from the screen's available geometry, and later starts restore
the saved geometry, moved back inside the screen if the screen has changed since.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.ui.shell.settings import Settings

KEY = "window/geometry"
PREFERRED = (1180, 820)
# Room for the window manager's title bar and borders, which Qt cannot know before showing.
FRAME_W, FRAME_H = 16, 48


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget) -> None:
    """Resize to the preferred size or the screen, whichever is smaller, and centre it."""
    area = available(widget)
    w = max(widget.minimumWidth(), min(PREFERRED[0], area.width() - FRAME_W))
    h = max(widget.minimumHeight(), min(PREFERRED[1], area.height() - FRAME_H))
    widget.resize(w, h)
    widget.move(
        area.x() + (area.width() - w - FRAME_W) // 2, area.y() + (area.height() - h - FRAME_H) // 2
    )


def bring_on_screen(widget: QWidget) -> None:
    """Shrink to the screen and move inside it (a saved place from a bigger screen)."""
    area = available(widget)
    w = min(widget.width(), area.width() - FRAME_W)
    h = min(widget.height(), area.height() - FRAME_H)
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)
    x = min(max(widget.x(), area.x()), area.right() - w - FRAME_W)
    y = min(max(widget.y(), area.y()), area.bottom() - h - FRAME_H)
    widget.move(max(area.x(), x), max(area.y(), y))


def restore(widget: QWidget, settings: Settings) -> None:
    """The saved geometry if there is one that Qt accepts, else a fitted one; on-screen."""
    saved = settings.value(KEY)
    data = QByteArray.fromBase64(saved.encode("ascii", "ignore")) if saved else QByteArray()
    if data.isEmpty() or not widget.restoreGeometry(data):
        fit_to_screen(widget)
    bring_on_screen(widget)


def save(widget: QWidget, settings: Settings) -> None:
    settings.set_value(KEY, bytes(widget.saveGeometry().toBase64().data()).decode("ascii"))
    settings.sync()
