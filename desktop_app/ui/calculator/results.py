"""The calculator's results: big numbers in a grid, and the live prose under the charts.

Every number shown is the model's value, formatted (US$ to the cent, shown only when there
are cents; percentages to 0.01); kilograms and months are rounded for people (whole from 10
up: 1,119 kg, not 1,119.36), the model stays exact. Prose rounds money to whole dollars, as
its "about" says.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.core.money.format import money_text, number_text, people_number
from desktop_app.core.money.remittance import (
    REPORTED_WAGES,
    Flow,
    RemittanceResult,
    wage_months_range,
)
from desktop_app.core.money.texts import RESULT_KEYS, CalculatorTexts
from desktop_app.ui.calculator.labels import FitLabel, LabelBox

COLUMNS = 4
WIDE_NUMBER = "88,888"  # a typical result, to decide how many cards fit in a row


NUMBER_SCALE = 1.7  # big numbers, relative to the panel's body text


def no_data(texts: CalculatorTexts, year: int | None) -> str:
    """ "no data for 2025" (or "no data" when the year of the prices is not known)."""
    if year is None:
        return texts.get("panel", "no_data")
    return texts.say("panel", "no_data_for", year=year)


def result_values(result: RemittanceResult, texts: CalculatorTexts) -> dict[str, str]:
    """The text of each big number (per year), keyed like ``[results]`` in the text file;
    months of wages read "no data for 2025" where the wage is unknown."""
    flow = result.per_year
    months = flow.wage_months
    return {
        "sent": money_text(flow.sent_cents),
        "arrives": money_text(flow.arrives_cents),
        "brokers": money_text(flow.brokers_cents),
        "effective": number_text(result.effective_cut_pct, 2),
        "formal": money_text(flow.formal_cents),
        "rice": people_number(flow.rice_kg),
        "corn": people_number(flow.corn_kg),
        "months": (
            no_data(texts, result.inputs.prices_year) if months is None else people_number(months)
        ),
    }


class ResultsGrid(QWidget):
    """Eight labelled big numbers; ``values[key]`` is the QLabel whose text is the number."""

    def __init__(self, texts: CalculatorTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculator-results")
        self.texts = texts
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, FitLabel] = {}
        self.cards: list[QFrame] = []
        self.boxes: list[LabelBox] = []
        self.columns = 0
        for key in RESULT_KEYS:
            name = texts.get("results", key)
            card = QFrame(self)
            card.setObjectName(f"result-{key}")
            card.setProperty("resultCard", True)
            column = QVBoxLayout(card)
            column.setContentsMargins(10, 8, 10, 8)
            column.setSpacing(2)
            caption = QLabel(name, card)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = FitLabel()
            value.setAccessibleName(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # A long number may shrink its card's share of the row but never push the page.
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setMinimumWidth(40)
            column.addWidget(caption, 1)
            box = LabelBox(value, card)
            self.boxes.append(box)
            column.addWidget(box)
            self.cards.append(card)
            self.captions[key] = caption
            self.values[key] = value
        self.set_columns(COLUMNS)

    def set_columns(self, columns: int) -> None:
        """Lay the cards out in ``columns`` columns (4 when there is room, else 2)."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for col in range(COLUMNS):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)

    def width_needed(self, columns: int) -> int:
        """Width for ``columns`` cards in a row, each wide enough for a long number."""
        metrics = QFontMetrics(self.values["sent"].base_font)
        card = metrics.horizontalAdvance(WIDE_NUMBER) + 24
        return columns * card + (columns - 1) * self.grid.horizontalSpacing()

    def show_result(self, result: RemittanceResult) -> None:
        for key, text in result_values(result, self.texts).items():
            label = self.values[key]
            label.setText(text)
            # The name a screen reader reads carries the number, and changes with it.
            label.setAccessibleName(f"{self.captions[key].text()}: {text}")
            label.setToolTip(f"{self.captions[key].text()}: {text}")

    def set_font(self, body: QFont) -> None:
        small = QFont(body)
        small.setPointSizeF(body.pointSizeF() * 0.85)
        big = QFont(body)
        big.setPointSizeF(body.pointSizeF() * NUMBER_SCALE)
        big.setBold(True)
        for key in RESULT_KEYS:
            self.captions[key].setFont(small)
            self.values[key].set_base_font(big)
        for box in self.boxes:
            box.refit()


# --- prose ---------------------------------------------------------------------------------
def _about(cents: int) -> str:
    return money_text(cents, whole=cents >= 100_00)


def _pct(value: Decimal) -> str:
    return number_text(value, 2)


def prose(result: RemittanceResult, texts: CalculatorTexts) -> list[str]:
    """The live paragraph, one sentence per entry, from the ``[prose]`` templates."""
    inputs = result.inputs
    flow: Flow = result.per_year
    n = inputs.brokers

    def say(key: str, **values: object) -> str:
        return texts.say("prose", key, **values)

    times = inputs.transfers_per_year
    amount = money_text(int(inputs.amount_usd * 100))
    sentences = [
        say("send_once", amount=amount)
        if times == 1
        else say("send_many", amount=amount, times=times, sent=_about(flow.sent_cents))
    ]
    brokers = _about(flow.brokers_cents)
    combined = _pct(result.broker_cut_pct)
    cut = _pct(inputs.cut_per_broker)
    if n == 1:
        sentences.append(say("chain_one", cut=cut, brokers=brokers))
    elif inputs.uniform_chain and inputs.cut_per_broker > 0:
        simple = _pct(inputs.cut_per_broker * n)
        sentences.append(
            say("chain_equal", n=n, cut=cut, brokers=brokers, combined=combined, simple=simple)
        )
    else:
        cuts = ", ".join(f"{_pct(c)}%" for c in inputs.cuts)
        sentences.append(say("chain_other", n=n, cuts=cuts, brokers=brokers, combined=combined))
    if inputs.loss_chance > 0:
        sentences.append(
            say("loss", loss=_pct(inputs.loss_chance), transit=_about(flow.transit_cents))
        )
    kept = _pct(100 - result.effective_cut_pct)
    arrives = _about(flow.arrives_cents)
    sentences.append(say("arrives", sent=_about(flow.sent_cents), arrives=arrives, kept=kept))
    formal = {
        "cost": _pct(inputs.formal_cost),
        "formal": _about(flow.formal_cents),
        "sdg": _pct(inputs.sdg_target),
        "sdg_arrives": _about(flow.sdg_cents),
    }
    if flow.formal_gain_cents > 0:
        sentences.append(say("formal_more", gain=_about(flow.formal_gain_cents), **formal))
    else:
        sentences.append(say("formal_less", **formal))
    buys = {  # what the money that arrives is worth, with or without a wage to compare
        "arrives": arrives,
        "won": number_text(flow.arrives_nk_won),
        "rice": people_number(flow.rice_kg),
        "corn": people_number(flow.corn_kg),
    }
    if flow.wage_months is None or inputs.monthly_wage_won is None:
        # No wage for the year of the prices: neither the wage setting nor the 2017-2022
        # range describes that year, so no months of pay are worked out at all.
        year = inputs.prices_year
        named = texts.get("panel", "year_unknown") if year is None else None
        year_text = named or texts.say("panel", "year_named", year=year)
        sentences.append(say("buys_no_wage", year=year_text, **buys))
        sentences += _years(result, texts)
        return sentences
    months = people_number(flow.wage_months)
    wage = number_text(inputs.monthly_wage_won)
    sentences.append(say("buys", months=months, wage=wage, **buys))
    fewest, most = wage_months_range(flow.arrives_nk_won)
    sentences.append(
        say(
            "wage_range",
            fewest=number_text(fewest, 0 if fewest >= 10 else 2),
            most=number_text(most, 0 if most >= 10 else 2),
            wage_low=number_text(REPORTED_WAGES[0]),
            wage_high=number_text(REPORTED_WAGES[1]),
        )
    )
    return sentences + _years(result, texts)


def _years(result: RemittanceResult, texts: CalculatorTexts) -> list[str]:
    if result.inputs.years == 1:
        return []
    total = result.total
    years = texts.say(
        "prose",
        "years",
        years=result.inputs.years,
        sent=_about(total.sent_cents),
        arrives=_about(total.arrives_cents),
        lost=_about(total.lost_cents),
    )
    return [years]
