"""Accessibility: names for every focusable control, no keyboard traps, 200% text fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from desktop_app.app import create_window


@pytest.fixture
def window(qtbot):
    win = create_window([])
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def _visit_everything(window) -> None:
    for n in range(0, len(window.story) + 1):
        window.show_chapter(n)
        page = window.page(n)
        for fig in getattr(page, "figures", {}).values():
            if hasattr(fig, "render_now"):
                fig.render_now()
        QApplication.processEvents()


def _accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return iface.text(QAccessible.Text.Name).strip()


def _walk(iface, seen: list) -> None:
    if iface is None or not iface.isValid():
        return
    seen.append(iface)
    for i in range(iface.childCount()):
        _walk(iface.child(i), seen)


def test_every_focusable_control_has_an_accessible_name(window) -> None:
    """Walk the QAccessible tree of every page; no focusable control is nameless."""
    _visit_everything(window)
    nameless = []
    for n in range(0, len(window.story) + 1):
        window.show_chapter(n)
        QApplication.processEvents()
        nodes: list = []
        _walk(QAccessible.queryAccessibleInterface(window), nodes)
        for iface in nodes:
            state = iface.state()
            if (
                state.focusable
                and not state.invisible
                and not iface.text(QAccessible.Text.Name).strip()
            ):
                obj = iface.object()
                nameless.append(
                    f"chapter {n}: {type(obj).__name__} '{obj.objectName() if obj else ''}'"
                    f" role={iface.role()}"
                )
    assert nameless == []


def test_tab_moves_through_the_window_without_a_trap(window, qtbot) -> None:
    """Tab keeps moving focus to new widgets and comes back round: no keyboard trap."""
    window.show_chapter(4)
    window.chapter_list.setFocus()
    seen: list[QWidget] = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        seen.append(widget)
    distinct = {id(w) for w in seen}
    assert len(distinct) >= 5, "focus should visit many controls"
    assert any(w is window.chapter_list for w in seen[5:]), "focus comes back round"


@pytest.mark.parametrize("chapter", [1, 3, 4, 5, 8])
def test_text_at_200_percent_fits_without_clipping(window, chapter: int) -> None:
    """At 200% text, every visible label and text block is as tall as its text needs."""
    window.set_zoom(200)
    window.show_chapter(chapter)
    page = window.page(chapter)
    for fig in getattr(page, "figures", {}).values():
        if hasattr(fig, "render_now"):
            fig.render_now()
    for _ in range(10):  # let re-layout after the zoom settle
        QApplication.processEvents()
    window.grab()  # lay out and paint at 200%
    problems = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QAbstractScrollArea) and not hasattr(widget, "plain_text"):
            continue
        hint = widget.minimumSizeHint()
        if hasattr(widget, "plain_text"):  # text blocks size to their document
            needed = int(widget.document().size().height())
            if widget.height() + 2 < needed:
                problems.append(f"{type(widget).__name__} {widget.height()} < {needed}")
        elif widget.height() + 1 < hint.height() and hint.height() > 0:
            problems.append(f"{type(widget).__name__} '{widget.objectName()}' clipped")
    assert problems == []
    assert page.width() <= window.scroll.viewport().width()
