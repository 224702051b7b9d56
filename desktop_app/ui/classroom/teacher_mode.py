"""Teacher mode: teacher notes, the answer key, the lesson plan and the class report sit
behind a PIN the teacher sets the first time, unlocked for the rest of the session.

The PIN is kept only as a salted scrypt hash in the settings (:mod:`core.classroom.pin`).
It keeps answers out of casual reach, not out of a determined student's. ``ask`` is the
function that asks for a PIN (``first_time``: set one) and returns it, or None if the
teacher cancelled; tests give their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.core.classroom.pin import acceptable, check_pin, hash_pin

PIN_KEY = "teacher/pin"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeacherMode", text)


def ask_pin(parent: QWidget | None, first_time: bool) -> str | None:
    """The PIN dialog: asks twice when setting one; None when cancelled or not matching."""
    title = _tr("Teacher mode")
    if first_time:
        label = _tr("Choose a teacher PIN (at least 4 characters). Students should not see it.")
    else:
        label = _tr("Teacher PIN:")
    pin, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if first_time:
        again, ok = QInputDialog.getText(
            parent, title, _tr("Type the same PIN again:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if again != pin:
            QMessageBox.warning(parent, title, _tr("The two PINs are not the same. Try again."))
            return None
    return pin


class TeacherGate(QObject):
    def __init__(self, settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.unlocked = False
        self.ask: Callable[[QWidget | None, bool], str | None] = ask_pin
        self.last_problem = ""

    @property
    def has_pin(self) -> bool:
        return bool(self.settings.value(PIN_KEY, ""))

    def unlock(self, parent: QWidget | None = None) -> bool:
        """True when teacher mode is open (asking for, or setting, the PIN if needed)."""
        if self.unlocked:
            return True
        first_time = not self.has_pin
        pin = self.ask(parent, first_time)
        if pin is None:
            return False
        return self.unlock_with(pin)

    def unlock_with(self, pin: str) -> bool:
        if not self.has_pin:
            if not acceptable(pin):
                self.last_problem = _tr("A teacher PIN needs at least 4 characters.")
                return False
            self.settings.set_value(PIN_KEY, hash_pin(pin))
            self.settings.sync()
        elif not check_pin(pin, str(self.settings.value(PIN_KEY, ""))):
            self.last_problem = _tr("That is not the teacher PIN.")
            return False
        self.last_problem = ""
        self.unlocked = True
        return True

    def lock(self) -> None:
        self.unlocked = False
