"""Nothing calls into a widget Qt has deleted (issue 11, defect 3).

Each test does what a student does, deletes the window (or panel) as closing it or a
language switch does, lets Qt carry out the deletion, then runs the event loop: work that
was queued for the dead widget must be dropped, not raise "Internal C++ object already
deleted" (pytest-qt fails a test on an exception in a Qt callback).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window


def _delete_and_run(qtbot, widget) -> None:
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)  # queued zero-timers would fire here
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_back_from_the_glossary_then_closing_the_window(qtbot) -> None:
    """Back to the chapter queues a second scroll to where the reader was; if the window
    is deleted first, that scroll is dropped (it used a deleted scroll bar)."""
    window = create_window(["--chapter", "3"])
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(-3)
    window._return_scroll = 10**6  # further than the page is tall before its layout
    window._back_to_reading()
    _delete_and_run(qtbot, window)


def test_closing_the_window_before_the_calculator_draws(qtbot) -> None:
    """The calculator builds its charts on a zero-timer after it is first shown; a window
    deleted before then (a quick language switch) must not have them built."""
    window = create_window(["--chapter", "8"])
    window.resize(1024, 768)
    window.show()  # no event loop yet: the charts' timer is pending
    _delete_and_run(qtbot, window)


def test_closing_the_window_just_after_my_progress_opens(qtbot) -> None:
    """My progress fits its table on a zero-timer; the window may be gone by then."""
    window = create_window(["--chapter", "3"])
    window.resize(1024, 768)
    window.show()
    window.show_page(-1)
    _delete_and_run(qtbot, window)


def test_the_presentation_is_not_deleted_inside_its_own_close(qtbot) -> None:
    """Esc closes the presentation from its own key handler; the window let go of its only
    reference there, which deleted the view in the middle of its own event (undefined
    behaviour in Qt). It is kept until the next presentation closes, and then goes."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = create_window(["--chapter", "3"])
    qtbot.addWidget(window)
    window.show()
    window.start_presentation()
    gone: list[int] = []
    window.presentation.destroyed.connect(lambda *_: gone.append(1))
    QTest.keyClick(window.presentation, Qt.Key.Key_Escape)
    assert window.presentation is None
    assert gone == []  # not deleted while handling its own Esc
    assert window.current == 3
    window.start_presentation()
    QTest.keyClick(window.presentation, Qt.Key.Key_Escape)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone == [1]  # the first one went when the second closed: no pile of old views
