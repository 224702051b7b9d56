"""The reading clock: time on screen is added to the progress, chapter by chapter."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.classroom.progress import Progress
from desktop_app.ui.reader.reading_clock import ReadingClock


def test_time_is_kept_per_chapter_and_survives_reopening(qtbot, tmp_path: Path) -> None:
    """Seconds add up across visits; a short chapter needs 20 s; a page that is not a
    chapter is never timed."""
    now = [0.0]
    progress = Progress(tmp_path)
    clock = ReadingClock(progress, clock=lambda: now[0])
    clock.open("calls", "word " * 50)
    now[0] = 15
    assert not clock.long_enough()
    clock.open(None)
    assert progress.seconds_in("calls") == 15
    now[0] = 100  # time on another page does not count
    clock.open("calls", "word " * 50)
    now[0] = 105
    assert clock.seconds() == 20 and clock.long_enough()
    clock.stop()
    assert progress.seconds_in("calls") == 20


def test_save_keeps_the_time_of_the_open_chapter(qtbot, tmp_path: Path) -> None:
    """Saving (as on quitting) writes the time so far, and the chapter stays timed."""
    now = [0.0]
    clock = ReadingClock(Progress(tmp_path), clock=lambda: now[0])
    clock.open("calls", "")
    now[0] = 12
    clock.save()
    assert Progress.load(tmp_path)[0].seconds_in("calls") == 12
    now[0] = 20
    assert clock.seconds() == 20
