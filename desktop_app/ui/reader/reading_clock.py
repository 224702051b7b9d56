"""How long the open chapter has been on screen, kept in the student's progress.

A chapter counts as read only when its end is reached and it was open long enough
(:mod:`desktop_app.core.classroom.reading`). The clock adds the time to the progress when
another page opens, and says ``due`` when the open chapter has just been open long enough,
so a reader already at the end is ticked without scrolling again. ``clock`` is any
monotonic seconds function (tests pass their own).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app.core.classroom.progress import Progress, ProgressError
from desktop_app.core.classroom.reading import required_seconds, word_count


class ReadingClock(QObject):
    due = Signal()

    def __init__(
        self,
        progress: Progress,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self.clock = clock
        self.chapter_id: str | None = None
        self.words = 0
        self._since = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.due)
        app = QCoreApplication.instance()
        if app is not None:  # the time in the chapter open at the end is kept too
            app.aboutToQuit.connect(self.save)

    def open(self, chapter_id: str | None, text: str = "") -> None:
        """Stop timing the chapter open until now and start ``chapter_id`` (None: none)."""
        self.stop()
        self.chapter_id = chapter_id
        self.words = word_count(text)
        self._since = self.clock()
        if chapter_id is not None:
            left = self.required() - self.progress.seconds_in(chapter_id)
            if left > 0:
                self._timer.start(int(left * 1000) + 50)

    def stop(self) -> None:
        self._timer.stop()
        self.flush()

    def flush(self) -> None:
        """Add the time so far to the progress; the open chapter stays timed."""
        if self.chapter_id is not None:
            now = self.clock()
            self.progress.add_seconds(self.chapter_id, now - self._since)
            self._since = now

    def save(self) -> None:
        self.flush()
        # A failed save is said when answers are saved; on the way out there is no one to tell.
        with contextlib.suppress(ProgressError):
            self.progress.save()

    def required(self) -> float:
        return required_seconds(self.words)

    def seconds(self) -> float:
        """Seconds the open chapter has been on screen, this time and before."""
        if self.chapter_id is None:
            return 0.0
        return self.progress.seconds_in(self.chapter_id) + self.clock() - self._since

    def long_enough(self) -> bool:
        # A millisecond's grace: the sum of clock readings is a float (65.4719999 for 65.472).
        return self.chapter_id is not None and self.seconds() + 0.001 >= self.required()
