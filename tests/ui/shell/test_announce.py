"""Announcements reach screen readers once a change has settled, and never pile up."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.ui.shell.announce import Announcer


def test_a_burst_of_changes_is_announced_once_with_the_last_text(qtbot) -> None:
    """Moving a slider through ten values gives one announcement: where it stopped."""
    label = QLabel("result")
    qtbot.addWidget(label)
    announcer = Announcer(label, pause_ms=30)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    for value in range(10):
        announcer.say(f"Arrives per year: US${value},000")
    assert heard == [] and announcer.waiting == "Arrives per year: US$9,000"
    qtbot.waitUntil(lambda: heard == ["Arrives per year: US$9,000"], timeout=2000)
    assert announcer.last == "Arrives per year: US$9,000" and announcer.waiting == ""


def test_say_now_is_immediate_and_empty_text_is_ignored(qtbot) -> None:
    """Feedback to a key press is said at once; blank text is never sent."""
    label = QLabel("quiz")
    qtbot.addWidget(label)
    announcer = Announcer(label, pause_ms=10_000)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    announcer.say("   ")
    announcer.flush()
    assert heard == []
    announcer.say_now("Correct.  The answer\nis 700.", assertive=True)
    assert heard == ["Correct. The answer is 700."]
