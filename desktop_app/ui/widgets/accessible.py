"""Accessible roles Qt's own widgets cannot give: page tabs that tell the truth, headings.

Qt's QTabBar reports its current tab as *focused* whenever it is current, even while the
keyboard focus is elsewhere (three "Chart" tabs claimed focus in chapter 3), and a QLabel
can only be a label. A factory installed with ``QAccessible.installFactory`` gives our own
widget classes a :class:`QAccessibleWidget` with the right role and state. From Python an
interface can set role, name, description and state, but not add the Value, Hypertext or
Attributes interfaces (so a heading has no ``level`` attribute; its level is in its
description, "heading level 2").

The factory must be installed after the QApplication exists (before, Qt never asks it):
:func:`ensure_factory` is called by each widget here when it is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QKeyEvent
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QWidget,
)

_installed = False
_alive: dict[int, QAccessibleWidget] = {}  # Qt asks once per widget; keep the answer alive


class _TabAccessible(QAccessibleWidget):
    """A page tab: selected when it is the shown page, focused only when it has the focus."""

    def __init__(self, button: PageTab) -> None:
        super().__init__(button, QAccessible.Role.PageTab)
        self._button = button

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text().replace("&", "")
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.selectable = True
        state.selected = self._button.isChecked()
        state.focused = self._button.hasFocus()
        return state

    # A tab is pressed to show its page, as QTabBar's tabs are: without this a screen
    # reader's "activate" only moved the focus to it (found when the Sources tab became
    # filled on first opening, issue 16).
    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self._button.click()
        else:
            super().doAction(name)


class _HeadingAccessible(QAccessibleWidget):
    """A heading: role Heading, named by its text, its level in the description."""

    def __init__(self, label: Heading) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        if kind == QAccessible.Text.Description:
            return self._label.accessibleDescription()
        return super().text(kind)


def _factory(class_name: str, obj: QObject) -> QAccessibleWidget | None:
    if class_name == "PageTab" and isinstance(obj, PageTab):
        made: QAccessibleWidget = _TabAccessible(obj)
    elif class_name == "PageTabs" and isinstance(obj, PageTabs):
        made = QAccessibleWidget(obj, QAccessible.Role.PageTabList)
    elif class_name == "Group" and isinstance(obj, Group):
        made = QAccessibleWidget(obj, QAccessible.Role.Grouping)
    elif class_name == "Heading" and isinstance(obj, Heading):
        made = _HeadingAccessible(obj)
    else:
        return None
    key = id(obj)
    _alive[key] = made
    obj.destroyed.connect(lambda *_: _alive.pop(key, None))
    return made


def ensure_factory() -> None:
    global _installed
    if not _installed and QApplication.instance() is not None:
        QAccessible.installFactory(_factory)
        _installed = True


class PageTab(QToolButton):
    """One tab of :class:`PageTabs` (a checkable button; arrows move to its neighbours)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        owner = self.parentWidget()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
        if step and isinstance(owner, PageTabs):
            owner.select(owner.current + step, focus=True)
            return
        super().keyPressEvent(event)


class PageTabs(QWidget):
    """A row of page tabs for :class:`Pages`.

    Looks and works like a tab bar (one Tab stop, the shown tab; click, Space, Left/Right
    to move between them), but each tab tells a screen
    reader the truth: *selected* when shown, *focused* only when it has the keyboard focus.
    ``changed(index)`` is the QButtonGroup's ``idClicked``.
    """

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        ensure_factory()
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[PageTab] = []
        for index, name in enumerate(names):
            button = PageTab(self)
            button.setText(name)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.group.addButton(button, index)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        self.group.idToggled.connect(self._roving)
        self.buttons[0].setChecked(True)
        self.changed = self.group.idClicked

    def _roving(self, index: int, checked: bool) -> None:
        # One Tab stop for the row, as a tab bar has: the shown tab; arrows reach the rest.
        policy = Qt.FocusPolicy.StrongFocus if checked else Qt.FocusPolicy.ClickFocus
        self.buttons[index].setFocusPolicy(policy)

    @property
    def current(self) -> int:
        return self.group.checkedId()

    def select(self, index: int, focus: bool = False) -> None:
        """Show tab ``index`` (wrapping around), as a click on it would."""
        index %= len(self.buttons)
        button = self.buttons[index]
        if not button.isChecked():
            button.click()
        if focus:
            button.setFocus(Qt.FocusReason.TabFocusReason)

    def follow(self, index: int) -> None:
        """Mark ``index`` as shown when the page changed from elsewhere."""
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)


class Pages(QStackedWidget):
    """The pages :class:`PageTabs` switches between, with the QTabWidget calls we use.

    Not a QTabWidget with its bar hidden: a hidden QTabBar's tabs stay in the accessible
    tree, still claiming focus.
    """

    def __init__(self, tabs: PageTabs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._texts: list[str] = []
        tabs.changed.connect(self.setCurrentIndex)
        self.currentChanged.connect(tabs.follow)

    def addTab(self, page: QWidget, text: str) -> int:
        self._texts.append(text)
        return self.addWidget(page)

    def tabText(self, index: int) -> str:
        return self._texts[index]

    def tabBar(self) -> PageTabs:
        return self._tabs


class Group(QFrame):
    """A frame a screen reader hears as a named group (role Grouping), e.g. one question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        ensure_factory()
        super().__init__(parent)


class Heading(QLabel):
    """A heading that a screen reader knows is one (role Heading, level in description)."""

    def __init__(self, text: str, level: int, parent: QWidget | None = None) -> None:
        ensure_factory()
        super().__init__(text, parent)
        self.level = level
        self.setAccessibleDescription(
            QCoreApplication.translate("Heading", "heading level %1").replace("%1", str(level))
        )
