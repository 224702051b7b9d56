"""Reading keys: Space/Shift+Space and PgDn/PgUp scroll a page, arrows scroll a line.

These are the keys of every reader and browser (issue 11, defect 7). They used to change
chapter (PgDn/PgUp) or do nothing (Space), and once a paragraph had the focus the arrows
stopped scrolling. Chapters change with Alt+Left/Right, Ctrl+PgUp/PgDn and the buttons.

An application filter, because the key goes to whichever paragraph has the focus. Keys
belong to the page only when the focus is on something that does not use them itself:
a paragraph (read-only text), a label, the pane, or the window. Buttons keep Space, text
fields keep every key, spin boxes keep PgUp/PgDn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

PAGE = QAbstractSlider.SliderAction
_KEYS = {
    (Qt.Key.Key_Space, False): PAGE.SliderPageStepAdd,
    (Qt.Key.Key_Space, True): PAGE.SliderPageStepSub,
    (Qt.Key.Key_PageDown, False): PAGE.SliderPageStepAdd,
    (Qt.Key.Key_PageUp, False): PAGE.SliderPageStepSub,
    (Qt.Key.Key_Down, False): PAGE.SliderSingleStepAdd,
    (Qt.Key.Key_Up, False): PAGE.SliderSingleStepSub,
}
_PAGE_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}


def _passive(widget: QWidget) -> bool:
    """Does the focused widget leave these keys alone?"""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.isReadOnly()
    return type(widget) in (QWidget, QLabel, QScrollArea) or isinstance(widget, QMainWindow)


class ReaderKeys(QObject):
    """Scrolls ``pane`` for the reading keys pressed anywhere in ``window``."""

    def __init__(self, window: QWidget, pane: QScrollArea) -> None:
        super().__init__(window)
        self._window, self._pane = window, pane
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda *_: app.removeEventFilter(self))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        action = _KEYS.get((Qt.Key(event.key()), shift))
        if action is None or obj.window() is not self._window:
            return False
        inside = obj is self._window or self._pane.isAncestorOf(obj) or obj is self._pane
        if not inside:
            return False
        if not _passive(obj) and not (event.key() in _PAGE_KEYS and _leaves_pages(obj)):
            return False
        self._pane.verticalScrollBar().triggerAction(action)
        return True


def _leaves_pages(widget: QWidget) -> bool:
    """PgUp/PgDn mean nothing to buttons and one-line fields: the page may have them."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    return isinstance(widget, QAbstractButton | QLineEdit)
