"""A radio button whose text wraps: long options at large text sizes, never clipped."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QRadioButton, QSizePolicy, QStyle, QWidget


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """Greedy word wrap to ``width`` pixels, lines joined with newlines."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return "\n".join(lines)


class WrapRadio(QRadioButton):
    """A radio button whose option text wraps to the width it is given."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setAccessibleName(text)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self._rewrap()

    def _rewrap(self) -> None:
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        room = max(60, self.width() - indicator - spacing - 20)
        wrapped = wrap_text(self.full_text, self.fontMetrics(), room).replace("&", "&&")
        if wrapped != self.text():
            self.setText(wrapped)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rewrap()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._rewrap()
