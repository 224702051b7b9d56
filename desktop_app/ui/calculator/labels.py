"""Labels that change on every input without making Qt lay the whole page out again.

``QLabel.setText`` asks the parent layout to recompute itself; in a long page that is most
of the cost of an update. A :class:`LabelBox` holds one label without a layout, so a new
text only repaints the label; the box asks for a new layout only when the text needs a
different height (a wrapped paragraph that gained or lost a line).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_FIT = 0.5  # a long number may shrink to half size to fit its card, never be cut off


class FitLabel(QLabel):
    """A big number that shrinks its font (down to half) rather than be cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = QFont(self.font())

    @property
    def base_font(self) -> QFont:
        return QFont(self._base)

    @property
    def base_point_size(self) -> float:
        return self._base.pointSizeF()

    def set_base_font(self, font: QFont) -> None:
        self._base = QFont(font)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = QFont(self._base)
        room = self.contentsRect().width()
        needed = QFontMetrics(font).horizontalAdvance(self.text())
        if room > 0 and needed > room:
            scale = max(MIN_FIT, room / needed * 0.98)
            font.setPointSizeF(self._base.pointSizeF() * scale)
            # Text does not shrink exactly in proportion (hinting): check, and step down.
            while scale > MIN_FIT and QFontMetrics(font).horizontalAdvance(self.text()) > room:
                scale = max(MIN_FIT, scale * 0.95)
                font.setPointSizeF(self._base.pointSizeF() * scale)
        if font != self.font():
            self.setFont(font)


class LabelBox(QWidget):
    """A layout-free holder for one label whose text changes often.

    Single-line labels keep the height of their font; word-wrapped labels take the height
    their text needs at the box's width (and ask for a new layout only when it changes).
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._height = -1
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(label.wordWrap())
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.refit()

    def refit(self) -> None:
        """Ask for a new layout if the label now needs a different height."""
        height = self._needed(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def _line(self) -> int:
        font = self.label.base_font if isinstance(self.label, FitLabel) else self.label.font()
        return QFontMetrics(font).height() + 2

    def _needed(self, width: int) -> int:
        if self.label.wordWrap() and width > 0:
            return max(self._line(), self.label.heightForWidth(width))
        return self._line()

    def hasHeightForWidth(self) -> bool:
        return self.label.wordWrap()

    def heightForWidth(self, width: int) -> int:
        return self._needed(width)

    def sizeHint(self) -> QSize:
        # Wrapped text: the layout asks heightForWidth for the real height.
        return QSize(40, self._needed(self.width()) if self.width() > 0 else self._line())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self._line())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(0, 0, self.width(), self.height())
        needed = self._needed(self.width())
        if needed != self.height() and self.label.wordWrap():
            self._height = needed
            self.updateGeometry()  # a new width can need a new height
        else:
            self._height = needed
