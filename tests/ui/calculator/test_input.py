"""Bad input in the calculator: refused with a message next to the field, results kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.core.money.remittance import RemittanceInputs, compute
from desktop_app.ui.calculator.panel import CalculatorPanel
from desktop_app.ui.calculator.results import result_values

ROOT = Path(__file__).resolve().parents[3] / "resources"
NAMES = (
    "Amount per transfer (US$)",
    "Transfers per year",
    "Years",
    "Brokers in the chain",
    "Cut per broker (%)",
    "Chance a transfer is lost (%)",
    "Formal channel cost (%)",
    "Won per US dollar (market)",
    "Rice price (won per kg)",
    "Corn price (won per kg)",
    "Monthly state wage (won)",
)


def find(root: QWidget, name: str) -> QWidget:
    hits = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert len(hits) == 1, f"{len(hits)} widgets are named {name!r}"
    return hits[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses carrying each character (any Unicode, unlike QTest)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, panel: CalculatorPanel, name: str, text: str, finish=Qt.Key.Key_Return):
    box = find(panel, name)
    box.setFocus()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), text)
    if finish is not None:
        qtbot.keyClick(box.lineEdit(), finish)
    return box


def message(panel: CalculatorPanel, name: str) -> QLabel:
    label = find(panel, f"{name}: message")
    assert isinstance(label, QLabel)
    return label


def arrives(panel: CalculatorPanel) -> str:
    return panel.ui.results.values["arrives"].text()


def test_typed_number_updates_everything(panel, qtbot) -> None:
    """Typing a valid number (with or without separators) and Enter updates the results."""
    type_into(qtbot, panel, "Amount per transfer (US$)", "2,500")
    assert panel.inputs.amount_usd == 2500
    assert arrives(panel) == "1,750"
    type_into(qtbot, panel, "Amount per transfer (US$)", "999.99")
    assert arrives(panel) == "699.99"
    assert message(panel, "Amount per transfer (US$)").isHidden()


def test_text_that_is_not_a_number_is_refused_next_to_the_field(panel, qtbot) -> None:
    """'abc' shows a message naming the field at once; Enter keeps the last valid value."""
    box = type_into(qtbot, panel, "Cut per broker (%)", "abc", finish=None)
    label = message(panel, "Cut per broker (%)")
    assert label.isVisible()
    assert label.text() == "Cut per broker (%) must be a number, got 'abc'"
    assert arrives(panel) == "700"
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert label.text() == "Cut per broker (%) must be a number, got 'abc'. Kept 30."
    assert box.value() == 30
    assert box.lineEdit().text() == "30"
    assert panel.last_error == label.text()
    assert arrives(panel) == "700"


def test_out_of_range_keeps_the_value_from_before_the_edit(panel, qtbot) -> None:
    """'75' in a 0 to 60 box is refused at Enter and the 30 from before comes back."""
    box = type_into(qtbot, panel, "Cut per broker (%)", "75")
    label = message(panel, "Cut per broker (%)")
    assert label.text() == "Cut per broker (%) must be between 0 and 60, got 75. Kept 30."
    assert box.value() == 30
    assert panel.inputs.cut_per_broker == 30
    assert arrives(panel) == "700"


def test_too_many_decimals_and_too_small_are_refused(panel, qtbot) -> None:
    """Extra decimals and values under the minimum get their own messages."""
    type_into(qtbot, panel, "Amount per transfer (US$)", "12.345")
    assert (
        "allows at most 2 decimal places, got 12.345"
        in message(panel, "Amount per transfer (US$)").text()
    )
    type_into(qtbot, panel, "Rice price (won per kg)", "5")
    text = message(panel, "Rice price (won per kg)").text()
    assert text == "Rice price (won per kg) must be between 100 and 50,000, got 5. Kept 5,041."
    type_into(qtbot, panel, "Years", "2.5")
    assert "Years must be a whole number" in message(panel, "Years").text()
    assert panel.inputs == RemittanceInputs.defaults()


def test_focus_out_refuses_too(panel, qtbot) -> None:
    """Leaving the field with bad text (Tab) refuses it just like Enter."""
    box = type_into(qtbot, panel, "Transfers per year", "13", finish=Qt.Key.Key_Tab)
    assert (
        "must be between 1 and 12, got 13. Kept 1." in message(panel, "Transfers per year").text()
    )
    assert box.value() == 1


def test_pasted_text_is_refused(panel) -> None:
    """Pasting text that is not a number shows the message too."""
    box = find(panel, "Monthly state wage (won)")
    box.setFocus()
    QApplication.clipboard().setText("lots of won")
    box.lineEdit().selectAll()
    box.lineEdit().paste()
    assert (
        "must be a number, got 'lots of won'" in message(panel, "Monthly state wage (won)").text()
    )
    box.clearFocus()
    QApplication.processEvents()
    assert panel.inputs.monthly_wage_won == 1800


def test_message_clears_when_a_valid_value_is_typed(panel, qtbot) -> None:
    """After a refusal, typing a valid number hides the message and updates the results."""
    type_into(qtbot, panel, "Cut per broker (%)", "x")
    assert message(panel, "Cut per broker (%)").isVisible()
    type_into(qtbot, panel, "Cut per broker (%)", "10")
    assert message(panel, "Cut per broker (%)").isHidden()
    assert arrives(panel) == "900"


def test_half_typed_numbers_are_not_scolded(panel, qtbot) -> None:
    """An empty box or a lone minus sign while typing is not an error yet."""
    type_into(qtbot, panel, "Years", "", finish=None)
    box = find(panel, "Years")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Backspace)
    assert message(panel, "Years").isHidden()
    type_text(box.lineEdit(), "-")
    assert message(panel, "Years").isHidden()


def check_consistent(panel: CalculatorPanel) -> None:
    """The window answers, the inputs are valid and every number shown is the model's."""
    QApplication.processEvents()
    assert panel.isVisible()
    inputs = panel.inputs
    assert RemittanceInputs.from_mapping(inputs.to_mapping()) == inputs
    result = compute(inputs)
    assert panel.result == result
    for _, flow in result.levels():
        assert flow.sent_cents == flow.arrives_cents + flow.brokers_cents + flow.transit_cents
        assert 0 <= flow.arrives_cents <= flow.sent_cents
    values = result_values(result, panel.texts)
    assert panel.ui.results.values["arrives"].text() == values["arrives"]
    assert panel.ui.results.values["sent"].text() == values["sent"]
    for name in NAMES:
        box = find(panel, name)
        assert box.minimum() <= box.value() <= box.maximum()


@pytest.mark.parametrize("name", NAMES)
@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(max_size=14))
def test_random_typing_never_breaks_the_calculator(panel, qtbot, name: str, text: str) -> None:
    """Any typed text in any field leaves a working window with consistent numbers."""
    box = type_into(qtbot, panel, name, text)
    check_consistent(panel)
    label = message(panel, name)
    if not label.isHidden():
        assert label.text().startswith(name)
    assert box.lineEdit().text() == box.textFromValue(box.value())


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAMES), st.one_of(st.text(max_size=8), st.integers(-5, 99999))),
        min_size=1,
        max_size=6,
    )
)
def test_random_sequences_of_entries_keep_the_model_invariants(panel, qtbot, entries) -> None:
    """Mixed valid and invalid entries in any order: results always match the model."""
    for name, value in entries:
        type_into(qtbot, panel, name, str(value))
    check_consistent(panel)


@pytest.mark.parametrize("typed", ["1_000", "1e3"])
def test_underscore_and_exponent_are_refused_not_normalised(panel, qtbot, typed: str) -> None:
    """1_000 and 1e3 used to be accepted silently; now Enter refuses them and says why."""
    box = type_into(qtbot, panel, "Amount per transfer (US$)", typed)
    text = message(panel, "Amount per transfer (US$)").text()
    assert "plain digits, such as 1000" in text and text.endswith("Kept 1,000.")
    assert box.value() == 1000 and panel.inputs.amount_usd == 1000


def test_message_clears_when_a_preset_or_reset_makes_the_field_valid(panel, qtbot) -> None:
    """A refusal's message goes once the field holds a valid value again, however it got
    there: a preset or Reset, not only typing."""
    type_into(qtbot, panel, "Cut per broker (%)", "75")
    label = message(panel, "Cut per broker (%)")
    assert label.isVisible()
    panel.apply_preset("three_brokers")
    assert label.isHidden()
    type_into(qtbot, panel, "Years", "0")
    assert message(panel, "Years").isVisible()
    panel.ui.reset.click()
    assert message(panel, "Years").isHidden()
