"""What the calculator tells a screen reader, beyond what each widget says by itself.

* Each slider's description is its real value with its unit ("US$1,000", "7.1%"): Qt's
  AT-SPI bridge does not implement the value-text call, and a Python accessible interface
  cannot add a Value interface, so the slider's own value stays in steps of the field
  (10 for US$1,000) and the description carries what it means.
* After the student changes an input, the key results are announced politely once the hand
  stops (debounced by :class:`Announcer`), as PhET's interactive description does.
* "Describe the result" (Ctrl+Shift+D) shows the whole state in sentences under the prose and
  announces it; the big numbers, the charts and the prose are Tab stops after the inputs.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QPushButton, QWidget

from desktop_app.core.money.describe import describe_state
from desktop_app.core.money.format import money_text, number_text, people_number
from desktop_app.core.money.remittance import RemittanceResult
from desktop_app.core.money.texts import CalculatorTexts
from desktop_app.ui.shell.announce import Announcer

if TYPE_CHECKING:
    from desktop_app.ui.calculator.layout import Ui

DESCRIBE_KEY = "Ctrl+Shift+D"  # not Ctrl+D: on Linux that deletes a character in a text field
SPOKEN_RESULTS = ("arrives", "rice")  # what a student listens for after each change
UNITS = {
    "amount_usd": "usd",
    "cut_per_broker": "percent",
    "loss_chance": "percent",
    "formal_cost": "percent",
    "nk_won_per_usd": "won",
    "rice_won_per_kg": "won",
    "corn_won_per_kg": "won",
    "monthly_wage_won": "won",
}
# Keyboard focus on a label that is a Tab stop must be visible to sighted keyboard users.
FOCUS_STYLE = "QLabel:focus { border: 2px solid palette(highlight); border-radius: 3px; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalculatorPanel", text)


def value_text(texts: CalculatorTexts, field: str, value: Decimal | int | None) -> str:
    """A setting's value as a person says it: 'US$1,000', '7.1%', '5,000 won', '3', 'no data'."""
    if value is None:
        return texts.get("panel", "no_data")
    return texts.say("units", UNITS.get(field, "count"), value=number_text(value))


def key_results(result: RemittanceResult, texts: CalculatorTexts) -> str:
    """'Arrives per year (US$): 700. Rice it buys (kg): 1,119.4.' for the announcement."""
    flow = result.per_year
    values = {"arrives": money_text(flow.arrives_cents), "rice": people_number(flow.rice_kg)}
    return " ".join(f"{texts.get('results', key)}: {values[key]}." for key in SPOKEN_RESULTS)


def _layout_holding(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    # The prose may sit in a nested layout (a side-by-side arrangement): look inside.
    index = layout.indexOf(widget)
    if index >= 0:
        return layout, index
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None and (found := _layout_holding(child, widget)) is not None:
            return found
    return None


def tab_stop(widget: QWidget) -> None:
    """Make a read-only widget reachable by Tab (not by click), with a visible focus frame."""
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if isinstance(widget, QLabel):
        widget.setStyleSheet(FOCUS_STYLE)


class CalculatorSpeech:
    """The calculator's announcements, state description and Tab order."""

    def __init__(self, panel: QWidget, ui: Ui, texts: CalculatorTexts) -> None:
        self.ui = ui
        self.texts = texts
        self.result: RemittanceResult | None = None
        self.announcer = Announcer(ui.results)
        self.button = QPushButton(_tr("Describe the result"), panel)
        self.button.setObjectName("calculator-describe")
        self.button.setShortcut(QKeySequence(DESCRIBE_KEY))
        self.button.setToolTip(
            _tr("Read the whole calculation in sentences (%1)").replace(
                "%1", QKeySequence(DESCRIBE_KEY).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.button.clicked.connect(self.describe)
        self.description = QLabel(panel)
        self.description.setObjectName("calculator-description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.hide()
        tab_stop(self.description)
        ui.styled.append((self.description, 1.05, False))
        ui.prose.setAccessibleName(texts.get("panel", "prose_heading"))
        tab_stop(ui.prose)
        for label in ui.results.values.values():
            tab_stop(label)
        placed = _layout_holding(panel.layout(), ui.prose_box)
        if placed is not None and isinstance(placed[0], QBoxLayout):
            layout, index = placed
            layout.insertWidget(index + 1, self.button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.insertWidget(index + 2, self.description)
        self.order_tabs(None)

    def order_tabs(self, canvas: QWidget | None) -> None:
        """Inputs, then the big numbers, the charts, the prose, Describe and the file actions."""
        chain: list[QWidget] = []
        for row in self.ui.rows.values():
            chain += [row.box, row.slider]
        chain += list(self.ui.results.values.values())
        if canvas is not None:
            canvas.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chain.append(canvas)
        chain += [self.ui.prose, self.button, self.description, *self.ui.actions]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def show(self, result: RemittanceResult, prose: str) -> None:
        """Keep every spoken text in step with ``result`` (called on every new result)."""
        self.result = result
        for name, row in self.ui.rows.items():
            row.slider.setAccessibleDescription(
                value_text(self.texts, name, result.inputs.value(name))
            )
        self.ui.prose.setAccessibleName(prose)
        self.ui.prose.setAccessibleDescription(self.texts.get("panel", "prose_heading"))
        if self.description.isVisibleTo(self.description.parentWidget()):
            self._set_description(describe_state(result, self.texts))

    def edited(self, result: RemittanceResult) -> None:
        """The student changed an input: say the key results once they pause."""
        self.announcer.say(key_results(result, self.texts))

    def describe(self) -> str:
        """Show the whole state under the button and announce it (politely: see README)."""
        if self.result is None:
            return ""
        text = describe_state(self.result, self.texts)
        self._set_description(text)
        self.description.show()
        self.announcer.say_now(text)
        return text

    def _set_description(self, text: str) -> None:
        self.description.setText(text)
        self.description.setAccessibleName(text)
