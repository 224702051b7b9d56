"""One calculator input: a spin box and a matching slider, its facts and its inline message.

The spin box accepts any typed or pasted text while the user is editing (so a wrong entry
can be explained rather than silently swallowed). Text that is not a number, has too many
decimals or is out of range is refused when editing ends (Enter, Tab, focus out): the box
goes back to its last valid value and the row shows a message naming the field and the
problem, e.g. "Cut per broker (%) must be between 0 and 60, got 75. Kept 30."

An optional field (the wage) can also be unknown: its box gets one position below the model's
minimum, shown as "no data" (Qt's special value text); typing a number there brings a value
back, and typing "no data" (or the file keyword) makes it unknown again.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSizePolicy, QSlider, QWidget

from desktop_app.core.money.format import number_text
from desktop_app.core.money.inputs import NO_DATA, check_value
from desktop_app.core.money.remittance import LABELS, FieldSpec, RemittanceInputError

_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
# Refusals worth showing while the user is still typing (range errors wait for the end:
# "5" on the way to "5041" is not a mistake yet).
_SHOW_AT_ONCE = {"err_not_number", "err_not_finite", "err_places", "err_whole"}
_UNFINISHED = {"", "-", "+", "."}  # a number being started, not a mistake
_NOT_EDITING = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
}


def clean(text: str) -> str:
    """Typed text without surrounding spaces and with thousands separators removed."""
    text = text.strip().replace("\u00a0", "").replace("\u202f", "")
    return text.replace(",", "") if _GROUPED.match(text) else text


class NumberBox(QDoubleSpinBox):
    """A spin box for one FieldSpec that reads and writes exact decimals.

    Signals: ``refused(message, kept)`` when typed text is not accepted (``kept`` is the value
    put back once editing ended, "" while the user is still typing); ``accepted()`` when the
    user types valid text or steps the value.

    While typing, each acceptable number is shown at once (keyboard tracking). A refused
    entry puts back the value from before the edit began, not a number passed on the way
    ("75" refused in a 0 to 60 box keeps the 30 it had, not the 7 typed first).
    """

    refused = Signal(str, str)
    accepted = Signal()

    def __init__(self, spec: FieldSpec, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unknown_text = ""  # set first: Qt calls validate() while the range is set
        self.spec = spec
        self.label = label
        # What a person can type: the UI's decimals, whatever the model would accept.
        self._ui_spec = replace(spec, max_places=spec.decimals)
        self._last_refused = ""
        self.setDecimals(spec.decimals)
        self.setRange(float(spec.minimum), float(spec.maximum))
        self.setSingleStep(float(spec.step))
        self.setAccelerated(True)
        self.setKeyboardTracking(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        self._editing = False
        self._refused_edit = False
        self._edit_start = self.value()
        self.lineEdit().textEdited.connect(self._edited)
        self.lineEdit().installEventFilter(self)
        self.editingFinished.connect(self._finished)
        self.valueChanged.connect(self._moved)

    def allow_unknown(self, text: str) -> None:
        """Let this box be "no data" (shown as ``text``), one step below the model's minimum."""
        self.unknown_text = text
        self.setSpecialValueText(text)
        self.setMinimum(float(self.spec.minimum - self.spec.step))

    def is_unknown(self) -> bool:
        return bool(self.unknown_text) and self.value() == self.minimum()

    def _says_unknown(self, text: str) -> bool:
        words = clean(text).lower()
        return bool(self.unknown_text) and words in (self.unknown_text.lower(), NO_DATA)

    # --- exact values -------------------------------------------------------------------
    def known(self) -> Decimal | None:
        """The shown value, or None where the box says "no data"."""
        return None if self.is_unknown() else self.exact()

    def exact(self) -> Decimal:
        """The shown value as an exact decimal (no float noise)."""
        return Decimal(f"{self.value():.{self.spec.decimals}f}")

    def set_exact(self, value: Decimal | int | None) -> None:
        """Show ``value`` (None: "no data") without emitting valueChanged (ends any edit)."""
        was = self.blockSignals(True)
        self.setValue(self.minimum() if value is None else float(value))
        self.blockSignals(was)
        self._editing = self._refused_edit = False
        self._edit_start = self.value()

    def check(self, text: str) -> Decimal:
        """The number in ``text`` if it is acceptable here; RemittanceInputError otherwise."""
        return check_value(self._ui_spec, clean(text), label=self.label)

    def message_for(self, error: RemittanceInputError) -> str:
        """The model's message for ``error``, naming this field by its on-screen label."""
        params = {**error.params, "label": self.label}
        return LABELS[error.reason].format(**params)

    # --- Qt hooks -----------------------------------------------------------------------
    def textFromValue(self, value: float) -> str:
        return number_text(Decimal(f"{value:.{self.spec.decimals}f}"))

    def valueFromText(self, text: str) -> float:
        if self._says_unknown(text):
            return self.minimum()
        try:
            return float(self.check(text))
        except RemittanceInputError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._says_unknown(text):
            return QValidator.State.Acceptable, text, pos
        try:
            self.check(text)
        except RemittanceInputError:
            # Let any text stand while editing; it is refused, with a reason, at the end.
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        # Qt calls this with text that is not acceptable, just before it restores a valid
        # value: the moment to say why.
        if text != self.textFromValue(self.value()) and not self._says_unknown(text):
            try:
                self.check(text)
            except RemittanceInputError as exc:
                self._refused_edit = True
                self._refuse(exc, self.textFromValue(self._edit_start))
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A key that edits text starts an edit (before Qt commits the first digit typed).
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() not in _NOT_EDITING
        ):
            if not self._editing:
                self._edit_start = self.value()
            self._editing = True
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.accepted.emit()

    def _edited(self, text: str) -> None:
        self._editing = True
        if self._says_unknown(text):
            self._last_refused = ""
            self.accepted.emit()
            return
        try:
            self.check(text)
        except RemittanceInputError as exc:
            if exc.reason in _SHOW_AT_ONCE and clean(text) not in _UNFINISHED:
                self._refuse(exc, "")
            return
        self._last_refused = ""
        self.accepted.emit()

    def _moved(self, _value: float) -> None:
        if not self._editing:
            self._edit_start = self.value()

    def _finished(self) -> None:
        if self._refused_edit and self.value() != self._edit_start:
            self.setValue(self._edit_start)  # emits valueChanged: the results follow
        self._editing = self._refused_edit = False
        self._edit_start = self.value()
        self._last_refused = ""

    def _refuse(self, error: RemittanceInputError, kept: str) -> None:
        message = self.message_for(error)
        if f"{message}|{kept}" != self._last_refused:
            self._last_refused = f"{message}|{kept}"
            self.refused.emit(message, kept)


# Sliders on a log scale over the story's range: every amount in the story (US$900 to
# US$9,000 a year) sat in the first 9% of a 1 to 100,000 slider. The box still takes the
# model's whole range; the slider then rests at its end.
LOG_SPANS: dict[str, tuple[Decimal, Decimal]] = {"amount_usd": (Decimal(100), Decimal(10_000))}
LOG_POSITIONS = 200


class FieldRow:
    """The widgets of one input (not a widget itself: the panel lays them out in a grid).

    The slider follows the box and moves it; the panel listens to ``box.valueChanged``.
    Refused text shows an inline message under the row (``refused_template`` fills in
    ``{problem}`` and the ``{value}`` kept) and is passed to ``report(field, message)``.
    """

    def __init__(
        self,
        spec: FieldSpec,
        name: str,
        help_text: str,
        facts: str,
        fact_tip: str,
        refused_template: str,
        report: Callable[[str, str], None],
        parent: QWidget,
    ) -> None:
        self.spec = spec
        self.name = name
        self._refused_template = refused_template
        self._report = report
        self.label = QLabel(name, parent)
        self.label.setWordWrap(True)
        self.box = NumberBox(spec, name, parent)
        self.box.setAccessibleName(name)
        self.box.setAccessibleDescription(f"{help_text} {fact_tip}".strip())
        self.box.setToolTip(f"{help_text}\n{fact_tip}".strip())
        self.box.setMinimumWidth(96)
        self.label.setBuddy(self.box)
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        slider_name = QCoreApplication.translate("CalculatorPanel", "%1 slider")
        self.slider.setAccessibleName(slider_name.replace("%1", name))
        # Its description is the value with its unit (CalculatorSpeech keeps it up to date).
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setMinimumWidth(80)
        self._span = LOG_SPANS.get(spec.name)
        if self._span is None:
            low = int(spec.minimum // spec.step)
            high = int(-(-spec.maximum // spec.step))
        else:
            low, high = 0, LOG_POSITIONS
        self.slider.setRange(low, high)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(max(1, (high - low) // 20))
        self.facts = QLabel(facts, parent)
        self.facts.setObjectName("calculator-facts")
        self.facts.setToolTip(fact_tip)
        self.facts.setAccessibleName(fact_tip)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(parent)
        self.message.setObjectName("calculator-field-message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(f"{name}: message")
        self.message.hide()
        self.box.valueChanged.connect(self._sync_slider)
        self.slider.valueChanged.connect(self._slider_moved)
        self.box.refused.connect(self._refused)
        self.box.accepted.connect(self.clear_message)
        self._sync_slider()

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.box, self.slider, self.facts, self.message)

    def allow_unknown(self, text: str) -> None:
        """The lowest position of the box and the slider means "no data" (see NumberBox)."""
        self.box.allow_unknown(text)
        self.slider.setMinimum(int(Decimal(self.box.minimum()) // self.spec.step))
        self._sync_slider()

    def set_value(self, value: Decimal | int | None) -> None:
        """Show a value set by the program (preset, load, reset): no signals."""
        self.box.set_exact(value)
        self._sync_slider()

    def _sync_slider(self, *_: object) -> None:
        was = self.slider.blockSignals(True)
        self.slider.setValue(self._position(self.box.exact()))
        self.slider.blockSignals(was)

    def _position(self, value: Decimal) -> int:
        if self._span is None:
            return int((value / self.spec.step).to_integral_value())
        low, high = self._span
        clamped = min(high, max(low, value))
        share = math.log(clamped / low) / math.log(high / low)
        return round(share * LOG_POSITIONS)

    def _value_at(self, position: int) -> Decimal:
        if self._span is None:
            return position * self.spec.step
        low, high = self._span
        raw = float(low) * (float(high) / float(low)) ** (position / LOG_POSITIONS)
        # Round numbers a person would type: US$10 steps below US$1,000, US$100 above.
        step = 10 if raw < 1000 else 100
        return Decimal(round(raw / step) * step)

    def _refused(self, problem: str, kept: str) -> None:
        if kept:
            problem = self._refused_template.format(problem=problem, value=kept)
        self.show_message(problem)
        self._report(self.spec.name, problem)

    def _slider_moved(self, position: int) -> None:
        lowest = Decimal(f"{self.box.minimum():.{self.spec.decimals}f}")
        value = min(self.spec.maximum, max(lowest, self._value_at(position)))
        if value != self.box.exact():
            self.box.setValue(float(value))
        self.clear_message()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        if self.message.text():
            self.message.clear()
            self.message.hide()
