"""Short spoken updates for screen readers, through Qt's own announcement event.

A result that changes while the student moves a slider must be heard once the hand stops,
not forty times on the way: :class:`Announcer` waits for a pause (debounce) and then posts a
``QAccessibleAnnouncementEvent`` (Qt 6.8+; AT-SPI ``object:announcement`` on Linux, UIA
notifications on Windows, NSAccessibility announcements on macOS). Nothing is sent when no
assistive technology is listening; Qt drops the event itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

PAUSE_MS = 700  # a slider drag pauses longer than this only when the student has stopped


class Announcer(QObject):
    """Says text to screen readers on behalf of ``source``.

    Signals: ``announced(str)`` each time an announcement is posted (tests and logs use it).
    """

    announced = Signal(str)

    def __init__(self, source: QWidget, pause_ms: int = PAUSE_MS) -> None:
        super().__init__(source)
        self._source = source
        self._pending = ""
        self._assertive = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)
        self.last = ""

    def say(self, text: str, *, assertive: bool = False) -> None:
        """Announce ``text`` after the pause; a newer text replaces one still waiting."""
        text = " ".join(text.split())
        if not text:
            return
        self._pending = text
        self._assertive = assertive
        self._timer.start()

    def say_now(self, text: str, *, assertive: bool = False) -> None:
        """Announce at once (for a reply to a key press, such as quiz feedback)."""
        self.say(text, assertive=assertive)
        self.flush()

    def flush(self) -> None:
        """Post what is waiting now (also what the timer calls)."""
        self._timer.stop()
        text, self._pending = self._pending, ""
        if not text:
            return
        event = QAccessibleAnnouncementEvent(self._source, text)
        politeness = (
            QAccessible.AnnouncementPoliteness.Assertive
            if self._assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
        self.last = text
        self.announced.emit(text)

    @property
    def waiting(self) -> str:
        return self._pending
