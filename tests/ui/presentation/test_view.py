"""Presentation mode: full screen, projector colours, clicker keys, blank screen, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window


@pytest.fixture
def window(qtbot):
    win = create_window(["--chapter", "4"])
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def view(window, qtbot):
    v = window.start_presentation()
    qtbot.addWidget(v)
    yield v
    if v.isVisible():
        v.close()


def test_f5_starts_full_screen_at_the_current_chapter(window, qtbot) -> None:
    """F5 opens presentation mode on the chapter being read, in the projector theme."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.presentation
    qtbot.addWidget(view)
    assert view.isFullScreen()
    assert view.current_slide.chapter == 4 and view.current_slide.kind == "title"
    assert QApplication.palette().base().color().name() == "#000000"
    view.close()


def test_clicker_keys_step_forward_and_back(view, qtbot) -> None:
    """PgDn, Right, Down and Space go forward; PgUp, Left, Up and Backspace go back."""
    start = view.index
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
        qtbot.keyClick(view, key)
    assert view.index == start + 4
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
        qtbot.keyClick(view, key)
    assert view.index == start
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.index == len(view.slides) - 1
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.index == len(view.slides) - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.index == 0


def test_figures_are_shown_one_at_a_time_chart_only(view, qtbot) -> None:
    """A figure slide shows just that chart, large and in projector colours."""
    index = next(i for i, s in enumerate(view.slides) if s.kind == "figure" and s.chapter == 4)
    view.go_to(index)
    panel = next(w for w in view.current_widget().findChildren(object) if hasattr(w, "figure_id"))
    assert panel.figure_id == view.current_slide.body
    assert panel.render_now() is None
    assert not panel.tabs.tabBar().isVisible()
    assert panel.theme_name == "high-contrast" and panel.font_scale > 1.5


def test_b_blanks_and_any_key_returns(view, qtbot) -> None:
    """B blanks the screen; the next key only brings the slide back."""
    index = view.index
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.blanked and view.blank.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert not view.blanked and not view.blank.isVisible()
    assert view.index == index


def test_escape_returns_to_reader_at_the_chapter_shown(window, view, qtbot) -> None:
    """Esc leaves presentation mode, restores the reader's theme and opens that chapter."""
    index = next(i for i, s in enumerate(view.slides) if s.chapter == 6)
    view.go_to(index)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert window.current == 6
    assert QApplication.palette().base().color().name() != "#000000"


def test_presentation_option_is_accepted() -> None:
    """--presentation is a documented option."""
    from desktop_app.app import build_parser

    assert build_parser().parse_args(["--presentation"]).presentation
