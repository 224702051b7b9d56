"""The calculator's self-test (``CalculatorPanel.render_now``): build, exercise, draw.

Applies every preset and checks that money is conserved to the cent, that the big numbers
and the prose show the model's values and that the charts' labels follow; then draws the
charts, both live and as a complete figure, and checks the pictures are not blank. The
student's scenario is put back afterwards (and was never written to settings meanwhile).
"""

from __future__ import annotations

import io
from typing import Any, Protocol

from desktop_app.core.money.format import money_text
from desktop_app.core.money.remittance import PRESETS, RemittanceInputs, RemittanceResult
from desktop_app.ui.calculator.results import result_values


class CalculatorPanel(Protocol):
    """What the self-test uses of a calculator panel (the panel imports this module, and
    this module never imports the panel back)."""

    error: str | None
    last_error: str | None
    inputs: RemittanceInputs
    result: RemittanceResult
    charts: Any  # CalculatorCharts, once built
    canvas: Any  # LiveCanvas, once built
    ui: Any  # layout.Ui
    _persist: bool

    def build_charts(self) -> None: ...
    def apply_preset(self, preset_id: str) -> None: ...
    def apply(self, inputs: RemittanceInputs) -> None: ...


def _conserved(result: RemittanceResult) -> bool:
    return all(
        flow.sent_cents == flow.arrives_cents + flow.brokers_cents + flow.transit_cents
        for _, flow in result.levels()
    )


def _problems_for(panel: CalculatorPanel, name: str) -> list[str]:
    result = panel.result
    problems = []
    if not _conserved(result):
        problems.append(f"preset {name}: money is not conserved")
    for key, text in result_values(result, panel.texts).items():
        shown = panel.ui.results.values[key].text()
        if shown != text:
            problems.append(f"preset {name}: '{key}' shows {shown!r}, the model says {text!r}")
    arrives = money_text(result.per_year.arrives_cents, whole=True)
    if arrives not in panel.ui.prose.text():
        problems.append(f"preset {name}: the prose does not mention US${arrives}")
    charts = panel.charts
    if charts is not None and arrives not in charts.chain_labels[-1].get_text():
        problems.append(f"preset {name}: the chart does not label US${arrives} arriving")
    return problems


def _not_blank(rgba: memoryview) -> bool:
    data = bytes(rgba)
    # Sample pixels across the picture: a drawn chart has many distinct colours.
    step = max(4, (len(data) // 4 // 5000) * 4)
    return len({data[i : i + 4] for i in range(0, len(data) - 3, step)}) > 8


def exercise(panel: CalculatorPanel) -> str | None:
    if panel.error is not None:
        return f"calculator: {panel.error}"
    saved = panel.inputs
    problems: list[str] = []
    panel._persist = False
    try:
        panel.build_charts()
        if panel.charts is None or panel.canvas is None:
            return f"calculator: the charts could not be built ({panel.last_error})"
        for item in PRESETS:
            panel.apply_preset(item.id)
            problems += _problems_for(panel, item.id)
        canvas, charts = panel.canvas, panel.charts
        canvas.draw()
        if not _not_blank(canvas.buffer_rgba()):
            problems.append("the live charts drew a blank picture")
        charts.set_live(False)
        try:
            picture = io.BytesIO()
            charts.figure.savefig(picture, format="rgba")
            if not _not_blank(memoryview(picture.getvalue())):
                problems.append("the complete charts drew a blank picture")
        finally:
            charts.set_live(True)
            canvas.draw()
    except Exception as exc:  # the self-test must report, not crash
        problems.append(f"{type(exc).__name__}: {exc}")
    finally:
        panel.apply(saved)
        panel.ui.preset_note.clear()
        panel.ui.preset_note.hide()
        panel._persist = True
    if problems:
        return "calculator: " + "; ".join(problems)
    return None
