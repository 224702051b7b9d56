"""The chapter page for a screen reader: headings are heading objects, links are announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window
from desktop_app.ui.shell.announce import Announcer


@pytest.fixture
def window(qtbot):
    win = create_window([])
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_each_heading_is_a_heading_object_with_its_level(window) -> None:
    """Chapter 3's '# How much is sent' and its '##' sections have role Heading and say
    their level; the page's text still reads them in order."""
    window.show_chapter(3)
    page = window.page(3)
    texts = [h.text() for h in page.headings]
    assert texts[0] == "How much is sent"
    assert "One survey, two currencies" in texts
    for heading in page.headings:
        iface = QAccessible.queryAccessibleInterface(heading)
        assert iface.role() == QAccessible.Role.Heading
        assert iface.text(QAccessible.Text.Name) == heading.text()
        assert iface.text(QAccessible.Text.Description) == f"heading level {heading.level}"
    assert [h.level for h in page.headings][:2] == [1, 2]
    text = page.plain_text()
    assert text.index("How much is sent") < text.index("One survey, two currencies")
    assert all("#" not in b.markdown().lstrip()[:1] for b in page.blocks)


def test_tab_onto_a_link_announces_it(window, qtbot) -> None:
    """Tab inside a paragraph moves to its next link: 'Link: <its text>' is announced."""
    window.show_chapter(3)
    page = window.page(3)
    block = next(b for b in page.blocks if "](cite:" in b.markdown())
    block.setFocus()
    qtbot.waitUntil(block.hasFocus)
    qtbot.keyClick(block, Qt.Key.Key_Tab)
    announcer = page.findChild(Announcer)
    assert announcer is not None
    selected = block.textCursor().selectedText()
    assert selected and QApplication.focusWidget() is block
    assert announcer.last == f"Link: {selected}"


def test_the_quiz_follows_the_first_paint_and_appears_at_once_when_asked_for(qtbot) -> None:
    """Issue 16: a chapter's quiz (15-30 widgets) is not built before its page first
    paints; it arrives by itself a moment after, and reading ``quiz_panel`` builds it."""
    from desktop_app.ui.classroom.quiz_panel import QuizPanel

    win = create_window(["--chapter", "4"])
    qtbot.addWidget(win)
    page = win.page(4)
    assert not page.findChildren(QuizPanel), "built before the page was on screen"
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: bool(page.findChildren(QuizPanel)), timeout=5000)
    assert page.quiz_panel is page.findChildren(QuizPanel)[0]
    assert win.classroom.quiz_panels == [page.quiz_panel]
    other = win.page(5)  # built, never shown: the property builds it on the spot
    assert not other.findChildren(QuizPanel)
    panel = other.quiz_panel
    assert isinstance(panel, QuizPanel) and panel.parentWidget() is not None
