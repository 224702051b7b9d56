"""The class report window and the hand-in action: the cases that go wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from desktop_app.app import create_window
from desktop_app.core.classroom.report import build_report
from desktop_app.ui.classroom.class_report import ClassReportDialog


@pytest.fixture
def window(qtbot):
    win = create_window(["--chapter", "4"])
    qtbot.addWidget(win)
    win.classroom.gate.ask = lambda parent, first_time: "2468"
    return win


def test_hand_in_without_a_name_asks_for_it(window, tmp_path: Path) -> None:
    """No name yet: My progress opens with a message, and nothing is written."""
    assert window.classroom.hand_in(tmp_path) is None
    assert window.current == -1
    assert "name and class" in window.statusBar().currentMessage()
    assert list(tmp_path.iterdir()) == []


def test_hand_in_to_a_missing_folder_says_so(window, tmp_path: Path) -> None:
    """A folder that is gone (a stick pulled out) is named in the message."""
    window.progress_store.set_student("Ana", "10B")
    assert window.classroom.hand_in(tmp_path / "gone") is None
    assert "could not be handed in" in window.statusBar().currentMessage()


def test_report_of_a_folder_without_hand_ins(window, tmp_path: Path) -> None:
    """An empty folder gives a clear message, not an empty report."""
    assert window.classroom.class_report(tmp_path) is None
    assert "no hand-in files" in window.statusBar().currentMessage()


def test_report_needs_teacher_mode(window, tmp_path: Path) -> None:
    """Without the PIN there is no report."""
    window.classroom.gate.ask = lambda parent, first_time: None
    assert window.classroom.class_report(tmp_path) is None


def test_export_to_an_unwritable_place_says_so(qtbot, tmp_path: Path) -> None:
    """The report window names the problem and leaves no file behind."""
    dialog = ClassReportDialog(build_report([]), {}, QFont())
    qtbot.addWidget(dialog)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert not dialog.export(blocker / "r.csv")
    assert "not saved" in dialog.last_message
    assert not dialog.export(tmp_path / "r.txt")
    assert not (tmp_path / "r.txt").exists()
    assert dialog.export(tmp_path / "r.csv") and (tmp_path / "r.csv").exists()
