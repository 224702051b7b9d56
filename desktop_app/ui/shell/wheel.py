"""The mouse wheel scrolls the page; it never changes a value the student did not pick.

Over a calculator slider or spin box the wheel silently changed inputs, over a figure's
tab bar it flipped Chart → Table → Sources, and over a chart it stopped the page (issue 11,
defect 4). One application-wide filter fixes all of them, for widgets built later too:
value widgets take focus only by click or Tab (StrongFocus, not WheelFocus) and ignore the
wheel until they have it; charts always hand it on. A refused wheel goes to the nearest
scroll area's scroll bar, exactly where QAbstractScrollArea itself sends it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

VALUE_WIDGETS = (QAbstractSpinBox, QAbstractSlider, QComboBox, QTabBar)
# Looked up once: this filter sees every event of the application, so it must be cheap.
_POLISH, _WHEEL = QEvent.Type.Polish, QEvent.Type.Wheel


def _is_chart(obj: QObject) -> bool:
    return any(cls.__name__ == "FigureCanvasQT" for cls in type(obj).__mro__)


def _guarded(obj: QObject) -> bool:
    return isinstance(obj, VALUE_WIDGETS) and not isinstance(obj, QScrollBar)


def _page_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != _POLISH and kind != _WHEEL:
            return False
        if kind == _POLISH and _guarded(obj):
            assert isinstance(obj, QWidget)
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == _WHEEL and isinstance(obj, QWidget) and self._refuses(obj):
            page = _page_of(obj)
            if page is not None:
                horizontal = abs(event.angleDelta().x()) > abs(event.angleDelta().y())
                bar = page.horizontalScrollBar() if horizontal else page.verticalScrollBar()
                QCoreApplication.sendEvent(bar, event.clone())
            return True
        return False

    @staticmethod
    def _refuses(widget: QWidget) -> bool:
        # A button (a figure's Chart/Table/Sources tabs among them) has no use for the
        # wheel, yet Qt stops the wheel there instead of passing it to the page.
        passes_on = _is_chart(widget) or isinstance(widget, QAbstractButton)
        return passes_on or (_guarded(widget) and not widget.hasFocus())


def install_wheel_guard(app: QCoreApplication) -> None:
    """Once per application (a second call does nothing)."""
    if getattr(app, "_lifeline_wheel_guard", None) is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._lifeline_wheel_guard = guard  # type: ignore[attr-defined]
