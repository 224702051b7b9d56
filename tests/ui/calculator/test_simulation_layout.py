"""The calculator as a simulation: the results stay in view while the inputs change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.app import create_window
from desktop_app.ui.calculator.panel import CalculatorPanel
from desktop_app.ui.calculator.results import result_values


def _rect_in(viewport: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())


def _calculator_window(qtbot, size: tuple[int, int]):
    """The app opened on the calculator's chapter at a school screen size."""
    window = create_window(["--chapter", "8"])
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    panel = window.findChild(CalculatorPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=10_000)
    return window, panel


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_results_and_an_input_are_in_view_together(qtbot, size: tuple[int, int]) -> None:
    """At school screen sizes, with the first input scrolled into view, the big results are
    on screen at the same time (they were about 600 px below the inputs)."""
    window, panel = _calculator_window(qtbot, size)
    viewport = window.scroll.viewport()
    box = panel.ui.rows["amount_usd"].box
    window.scroll.ensureWidgetVisible(panel.ui.results, 0, 0)
    QApplication.processEvents()
    window.scroll.ensureWidgetVisible(box, 0, 20)
    QApplication.processEvents()
    inside = viewport.rect()
    assert inside.contains(_rect_in(viewport, box)), (size, _rect_in(viewport, box), inside)
    assert inside.contains(_rect_in(viewport, panel.ui.results)), (
        size,
        _rect_in(viewport, panel.ui.results),
        inside,
    )


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_key_results_are_pinned_while_the_last_inputs_show(qtbot, size) -> None:
    """Scrolled down to the last input, the key results are pinned at the top of the pane;
    scrolled back up to the grid, or past the inputs, the strip goes away."""
    window, panel = _calculator_window(qtbot, size)
    viewport = window.scroll.viewport()
    last = panel.ui.rows["monthly_wage_won"].box
    window.scroll.ensureWidgetVisible(last, 0, 0)
    QApplication.processEvents()
    pin = viewport.findChild(QWidget, "calculator-pinned")
    assert pin is not None and pin.isVisible()
    assert viewport.rect().contains(_rect_in(viewport, last))
    assert viewport.rect().contains(pin.geometry())
    assert not pin.geometry().intersects(_rect_in(viewport, last))
    assert "Arrives per year (US$): 700" in pin.text()
    panel.ui.rows["monthly_wage_won"].box.setValue(3600)
    assert (
        f"Months of state wages: {result_values(panel.result, panel.texts)['months']}" in pin.text()
    )
    window.scroll.ensureWidgetVisible(panel.ui.results, 0, 0)
    QApplication.processEvents()
    assert not pin.isVisible()


def test_the_small_chain_chart_follows_the_inputs(qtbot) -> None:
    """The chain chart shown above the inputs (and in the pinned strip) is taken from the
    live chart after each change: it shows the same update, whose numbers are the results."""
    from desktop_app.charts.calculator_charts import ARRIVES

    window = create_window(["--chapter", "8"])
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    panel = window.findChild(CalculatorPanel)
    qtbot.waitUntil(lambda: panel.charts is not None and panel.sim.captures > 0, timeout=10_000)
    assert panel.ui.chain.isVisible() and panel.ui.chain.height() > 50
    panel.ui.rows["amount_usd"].box.setValue(2500)
    charts = panel.charts
    qtbot.waitUntil(lambda: panel.sim.shown_update == charts.updates, timeout=5_000)
    assert result_values(panel.result, panel.texts)["arrives"] == "1,750"
    assert charts.chain_labels[ARRIVES].get_text() == "US$1,750"
    assert panel.ui.chain.height() <= panel.ui.chain.max_height
