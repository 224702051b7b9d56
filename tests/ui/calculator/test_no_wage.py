"""The wage as "no data" in the calculator (issue 14): the May 2025 preset shows "no data for
2025" wherever months of wages would be, and typing a wage brings the number back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.money.remittance import compute
from desktop_app.core.story.sources import load_citations
from desktop_app.ui.calculator.panel import CalculatorPanel
from desktop_app.ui.calculator.results import result_values
from desktop_app.ui.shell.settings import Settings
from tests.ui.calculator.test_input import type_into

ROOT = Path(__file__).resolve().parents[3] / "resources"
WAGE = "Monthly state wage (won)"


@pytest.fixture
def panel(panel: CalculatorPanel) -> CalculatorPanel:
    """The shared panel (conftest.py), with its charts drawn."""
    panel.render_now()
    return panel


def months(panel: CalculatorPanel) -> str:
    return panel.ui.results.values["months"].text()


def test_the_2025_preset_says_no_data_and_a_typed_wage_brings_the_number_back(panel, qtbot) -> None:
    """Applying "Pyongyang prices, May 2025" shows "no data for 2025" in the months card,
    the wage box, the prose, the chart and the slider's description, never a number from
    the 2017 wage; typing 5000 gives the months at that wage everywhere."""
    qtbot.mouseClick(panel.ui.presets["pyongyang_2025"], Qt.MouseButton.LeftButton)
    row = panel.ui.rows["monthly_wage_won"]
    assert panel.inputs.monthly_wage_won is None
    assert months(panel) == "no data for 2025"
    assert row.box.text() == "no data" and row.box.is_unknown()
    assert row.slider.value() == row.slider.minimum()
    assert row.slider.accessibleDescription() == "no data"
    assert "no state wage for 2025" in panel.prose_text
    # Neither months at the setting nor at the 2017-2022 range of wages.
    assert not re.search(r"\d months", panel.prose_text)
    assert "Reported state wages" not in panel.prose_text
    assert panel.charts is not None
    assert panel.charts.wages_label.get_text().endswith("no data for 2025")
    assert "no data" in panel.ui.preset_note.text()

    type_into(qtbot, panel, WAGE, "5000")
    assert panel.inputs.monthly_wage_won == 5000
    # 1,000 x 0.7 x 24,700 = 17,290,000 won; / 5,000 = 3,458 months (Y16, the typed wage).
    assert months(panel) == "3,458" == result_values(compute(panel.inputs), panel.texts)["months"]
    assert "3,458 months of a 5,000-won state wage" in panel.prose_text
    assert "3,458 months of a 5,000-won" in panel.charts.wages_label.get_text()
    assert not row.message.isVisible()

    type_into(qtbot, panel, WAGE, "no data")  # and back to unknown by typing
    assert panel.inputs.monthly_wage_won is None
    assert months(panel) == "no data for 2025"


def test_the_slider_reaches_no_data_and_back(panel) -> None:
    """The wage slider's lowest position is "no data"; one step up is the lowest wage."""
    row = panel.ui.rows["monthly_wage_won"]
    row.slider.setValue(row.slider.minimum())
    assert panel.inputs.monthly_wage_won is None
    assert months(panel) == "no data"  # no year: the defaults' prices are 2017-18's
    row.slider.setValue(row.slider.minimum() + 1)
    assert panel.inputs.monthly_wage_won == 100


def test_no_wage_scenario_saves_loads_and_exports(panel, tmp_path: Path, qtbot) -> None:
    """A scenario with no wage saves as "no data" with its year, loads back the same, and the
    CSV export says "no data" for the months instead of a number."""
    qtbot.mouseClick(panel.ui.presets["pyongyang_2025"], Qt.MouseButton.LeftButton)
    saved = panel.inputs
    path = tmp_path / "2025.json"
    assert panel.save_scenario(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["inputs"]["monthly_wage_won"] == "no data"
    assert document["inputs"]["prices_year"] == 2025
    panel.reset()
    assert panel.inputs.monthly_wage_won == 1800
    assert panel.load_scenario(path)
    assert panel.inputs == saved
    assert panel.ui.rows["monthly_wage_won"].box.text() == "no data"
    assert months(panel) == "no data for 2025"
    csv_path = tmp_path / "2025.csv"
    assert panel.export_csv(csv_path)
    rows = [r for r in csv_path.read_text(encoding="utf-8").splitlines() if ",wage_months," in r]
    assert len(rows) == 3 and all(r.endswith(",no data,") for r in rows)
    panel.copy_text()  # the clipboard text must not crash on "no data"
    assert panel.last_error == ""


def test_the_pinned_strip_and_the_description_cope_with_no_data(panel, qtbot) -> None:
    """The grid's "no data for 2025" is what the pinned strip would show; describing the
    result still works."""
    from desktop_app.ui.calculator.pinned import pinned_values

    qtbot.mouseClick(panel.ui.presets["pyongyang_2025"], Qt.MouseButton.LeftButton)
    assert ("Months of state wages", "no data for 2025") in pinned_values(panel.ui.results)
    assert "US$700 arrives" in panel.speech.describe()


def test_korean_says_no_data_in_korean(qtbot, tmp_path: Path) -> None:
    """In Korean the card and the box say 자료 없음 (with the year), and the box also takes
    the Korean words typed back in; a typed wage gives the number again."""
    ko = CalculatorPanel(Settings(tmp_path / "ko"), load_citations(ROOT, "ko"), ROOT, lang="ko")
    qtbot.addWidget(ko)
    ko.show()
    qtbot.waitExposed(ko)
    ko.apply_preset("pyongyang_2025")
    assert months(ko) == "2025년 자료 없음"
    assert ko.ui.rows["monthly_wage_won"].box.text() == "자료 없음"
    assert "2025년 국가 임금은 자료에 없으므로" in ko.prose_text
    name = ko.ui.rows["monthly_wage_won"].box.accessibleName()
    type_into(qtbot, ko, name, "5000")
    assert months(ko) == "3,458"
    type_into(qtbot, ko, name, "자료 없음")
    assert ko.inputs.monthly_wage_won is None
