"""Start-up with damaged user files: every notice reaches the student, none replaces another."""

from __future__ import annotations

from pathlib import Path

from desktop_app.app import create_window


def test_progress_and_settings_both_corrupt_both_are_said(_private_dirs: Path, qtbot) -> None:
    """The settings notice no longer hides that progress was reset: one message names both."""
    config, data = _private_dirs / "config", _private_dirs / "data"
    config.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    (config / "lifeline.ini").write_bytes(b"\x00\xff junk")
    (data / "progress.json").write_bytes(b"{ not json")
    win = create_window([])
    qtbot.addWidget(win)
    shown = win.statusBar().currentMessage()
    assert "saved progress could not be read" in shown
    assert "settings file could not be read" in shown


def test_the_same_notice_twice_is_said_once(_private_dirs: Path, qtbot) -> None:
    """Repeating a notice does not stack copies of it."""
    win = create_window([])
    qtbot.addWidget(win)
    win.show_notice("Handout saved: a.pdf")
    win.show_notice("Handout saved: a.pdf")
    assert win.statusBar().currentMessage() == "Handout saved: a.pdf"
