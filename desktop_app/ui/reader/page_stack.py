"""The reading pane's content: every page built so far, one of them shown.

Switching chapters used to take the page out of the scroll area and put the next one in
(``takeWidget``/``setWidget``). Each move reparented a tree of hundreds of widgets, and Qt
re-polished and re-propagated fonts and palettes through all of them: about 40 ms a
switch (issue 16, budget 16 ms). Here every page stays a child of one widget and a switch
only hides one page and shows another. A hidden widget takes no room in a box layout, so
the scroll range is the shown page's height alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageStack(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page-stack")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._shown: QWidget | None = None

    @property
    def shown(self) -> QWidget | None:
        """The page on screen (None before the first)."""
        return self._shown

    def show_only(self, page: QWidget) -> None:
        if page is self._shown:
            return
        if page.parentWidget() is not self:
            page.hide()  # added hidden: it is shown below, once, in its place
            self._layout.addWidget(page)
        old, self._shown = self._shown, page
        if old is not None:
            old.hide()
        page.show()
        # Lay the page out now, as QScrollArea.setWidget did: the scroll range and the
        # positions inside the page are right as soon as this returns (back-to-reading
        # and ensureWidgetVisible rely on them), not after the next turn of the loop.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
