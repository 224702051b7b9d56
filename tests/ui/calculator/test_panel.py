"""The remittance calculator panel: controls, presets, live results, prose, charts, look."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel, QSlider, QWidget

from desktop_app.core.money.remittance import FIELD_BY_NAME, PRESETS, RemittanceInputs, compute
from desktop_app.core.money.scenario import results_text
from desktop_app.core.story.sources import load_citations
from desktop_app.ui.calculator.panel import SETTINGS_KEY, CalculatorPanel
from desktop_app.ui.calculator.results import result_values
from desktop_app.ui.shell.settings import Settings

REPO = Path(__file__).resolve().parents[3]
ROOT = REPO / "resources"
CONTROLS = {
    "Amount per transfer (US$)": "amount_usd",
    "Transfers per year": "transfers_per_year",
    "Years": "years",
    "Brokers in the chain": "brokers",
    "Cut per broker (%)": "cut_per_broker",
    "Chance a transfer is lost (%)": "loss_chance",
    "Formal channel cost (%)": "formal_cost",
    "Won per US dollar (market)": "nk_won_per_usd",
    "Rice price (won per kg)": "rice_won_per_kg",
    "Corn price (won per kg)": "corn_won_per_kg",
    "Monthly state wage (won)": "monthly_wage_won",
}
RESULTS = {
    "Sent per year (US$)": "sent",
    "Arrives per year (US$)": "arrives",
    "Lost to brokers per year (US$)": "brokers",
    "Effective cut (%)": "effective",
    "Arrives via formal channel per year (US$)": "formal",
    "Rice it buys (kg)": "rice",
    "Corn it buys (kg)": "corn",
    "Months of state wages": "months",
}


def find(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one widget of ``kind`` whose accessible name is exactly ``name``."""
    hits = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(hits) == 1, f"{len(hits)} widgets are named {name!r}"
    return hits[0]


def make_panel(qtbot, settings: Settings, root: Path = ROOT) -> CalculatorPanel:
    panel = CalculatorPanel(settings=settings, citations=load_citations(ROOT), root=root)
    qtbot.addWidget(panel)
    panel.resize(760, 900)
    return panel


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config")


@pytest.fixture
def panel(qtbot, settings: Settings) -> CalculatorPanel:
    made = make_panel(qtbot, settings)
    with qtbot.waitSignal(made.rendered, timeout=20_000):
        made.show()
    assert made.ready
    return made


def shown(panel: CalculatorPanel, name: str) -> str:
    return panel.ui.results.values[RESULTS[name]].text()


def test_every_control_and_result_has_its_exact_accessible_name(panel) -> None:
    """Screen readers (and acceptance tests) find each control and result by its name."""
    for name in CONTROLS:
        assert isinstance(find(panel, name), QDoubleSpinBox)
        assert isinstance(find(panel, f"{name} slider"), QSlider)
    for name in RESULTS:
        label = panel.ui.results.values[RESULTS[name]]
        assert isinstance(find(panel, f"{name}: {label.text()}"), QLabel)


def test_defaults_come_from_the_facts_with_their_ids_shown(panel) -> None:
    """Each control starts at its FIELDS default and shows the facts behind it."""
    for name, field in CONTROLS.items():
        spec = FIELD_BY_NAME[field]
        box = find(panel, name)
        assert box.value() == pytest.approx(float(spec.default))
        row = panel.ui.rows[field]
        assert row.facts.text() == " · ".join(spec.fact_ids)
        for fid in spec.fact_ids:
            assert panel.citations.facts[fid].claim in row.facts.toolTip()
            assert fid in box.accessibleDescription()
    assert panel.inputs == RemittanceInputs.defaults()


def test_default_results_are_the_story_numbers(panel) -> None:
    """US$1,000 through one broker at 30%: 700 arrives, 929 by a formal channel (D01)."""
    assert shown(panel, "Sent per year (US$)") == "1,000"
    assert shown(panel, "Arrives per year (US$)") == "700"
    assert shown(panel, "Lost to brokers per year (US$)") == "300"
    assert shown(panel, "Effective cut (%)") == "30"
    assert shown(panel, "Arrives via formal channel per year (US$)") == "929"
    assert shown(panel, "Rice it buys (kg)") == "1,119"  # rounded for people, not 1,119.36


def test_results_are_rounded_for_people(panel) -> None:
    """Kilograms and months are whole numbers in the grid (the model keeps 9,404.50)."""
    panel.apply_preset("mother_2017")
    assert panel.result.per_year.wage_months == Decimal("9404.50")
    assert shown(panel, "Months of state wages") == "9,404"  # half to even, as in the prose
    assert shown(panel, "Rice it buys (kg)") == "3,358"
    assert shown(panel, "Corn it buys (kg)") == "8,464"


def test_amount_slider_spans_the_story_amounts(panel) -> None:
    """The amount slider runs US$100 to US$10,000 on a log scale, so the story's amounts
    (US$900 to US$9,000) spread over it; the box still takes the model's whole range."""
    slider = find(panel, "Amount per transfer (US$) slider")
    box = find(panel, "Amount per transfer (US$)")
    slider.setValue(slider.minimum())
    assert box.value() == 100
    slider.setValue(slider.maximum())
    assert box.value() == 10_000
    slider.setValue((slider.minimum() + slider.maximum()) // 2)
    assert box.value() == 1000
    positions = []
    span = slider.maximum() - slider.minimum()
    for amount in (900, 1800, 3000, 9000):
        box.setValue(amount)
        positions.append((slider.value() - slider.minimum()) / span)
    assert positions == sorted(positions) and positions[0] > 0.4 and positions[-1] < 1
    box.setValue(50_000)
    assert panel.inputs.amount_usd == 50_000 and slider.value() == slider.maximum()
    box.setValue(1)
    assert panel.inputs.amount_usd == 1 and slider.value() == slider.minimum()


@pytest.mark.parametrize("item", PRESETS, ids=lambda p: p.id)
def test_each_preset_applies_and_names_its_sources(panel, item) -> None:
    """A preset button loads its inputs, shows its sources and every number follows."""
    button = panel.ui.presets[item.id]
    for fid in item.fact_ids:
        assert fid in button.text()
    qtbot_click(button)
    assert panel.inputs == item.inputs()
    values = result_values(compute(item.inputs()), panel.texts)
    for name, key in RESULTS.items():
        assert shown(panel, name) == values[key]
    assert panel.ui.preset_note.text()
    for name, field in CONTROLS.items():
        expected = item.inputs().value(field)
        if expected is None:  # "no data": the box's lowest position, shown as such
            assert find(panel, name).text() == "no data"
            continue
        assert find(panel, name).value() == pytest.approx(float(expected))


def qtbot_click(button) -> None:
    button.click()
    QApplication.processEvents()


def test_mothers_transfer_reads_2100_arriving(panel) -> None:
    """The mother's US$3,000 through brokers at 30%: about US$2,100 arrives (A05, A09)."""
    qtbot_click(panel.ui.presets["mother_2017"])
    assert shown(panel, "Sent per year (US$)") == "3,000"
    assert shown(panel, "Arrives per year (US$)") == "2,100"
    assert "Of the US$3,000 you send each year, about US$2,100 arrives" in panel.ui.prose.text()


def test_three_brokers_compound_to_27_1_percent(panel) -> None:
    """Three brokers at 10% keep 27.1% in all, not 30% (D02), and the prose says why."""
    qtbot_click(panel.ui.presets["three_brokers"])
    assert shown(panel, "Effective cut (%)") == "27.1"
    assert shown(panel, "Arrives per year (US$)") == "729"
    assert "27.1% of what you send, not 30%" in panel.ui.prose.text()


def test_slider_and_spin_box_follow_each_other(panel) -> None:
    """Moving the slider moves the box (and the results); typing in the box moves the slider."""
    slider = find(panel, "Cut per broker (%) slider")
    box = find(panel, "Cut per broker (%)")
    slider.setValue(20)
    assert box.value() == 20
    assert shown(panel, "Arrives per year (US$)") == "800"
    box.setValue(45)
    assert slider.value() == 45
    assert find(panel, "Formal channel cost (%) slider").value() == 71  # steps of 0.1


def test_keyboard_changes_values(panel, qtbot) -> None:
    """Arrow keys on a box and on a slider change the value and the results."""
    box = find(panel, "Brokers in the chain")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 2
    assert panel.inputs.brokers == 2
    assert shown(panel, "Arrives per year (US$)") == "490"
    slider = find(panel, "Cut per broker (%) slider")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert find(panel, "Cut per broker (%)").value() == 29
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert find(panel, "Cut per broker (%)").value() == 32


def test_tab_reaches_every_control(panel) -> None:
    """Every box and slider takes keyboard focus (none is mouse-only)."""
    for name in CONTROLS:
        for widget in (find(panel, name), find(panel, f"{name} slider")):
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_live_prose_and_totals_follow_the_inputs(panel) -> None:
    """The sentences and the totals line change with every input."""
    find(panel, "Amount per transfer (US$)").setValue(2000)
    assert "Of the US$2,000 you send each year, about US$1,400 arrives" in panel.ui.prose.text()
    assert not panel.ui.totals.isVisibleTo(panel)
    find(panel, "Years").setValue(3)
    assert panel.ui.totals.isVisibleTo(panel)
    assert "US$6,000 sent" in panel.ui.totals.text()
    assert "Over 3 years" in panel.ui.prose.text()
    find(panel, "Chance a transfer is lost (%)").setValue(10)
    assert "10% chance" in panel.ui.prose.text()
    assert shown(panel, "Arrives per year (US$)") == "1,260"
    assert shown(panel, "Effective cut (%)") == "37"


def test_charts_update_in_place_without_a_full_redraw(panel, qtbot) -> None:
    """An input change moves the same artists and repaints, without rebuilding or redrawing."""
    charts, canvas = panel.charts, panel.canvas
    bars = list(charts.chain_bars)
    heights = [b.get_height() for b in bars]
    draws, paints = canvas.draws, canvas.paints
    find(panel, "Amount per transfer (US$)").setValue(2500)
    qtbot.waitUntil(lambda: canvas.paints > paints)
    assert panel.charts is charts and panel.canvas is canvas
    assert charts.chain_bars == bars
    assert [b.get_height() for b in bars] != heights
    assert charts.chain_labels[-1].get_text() == "US$1,750"
    assert canvas.draws == draws
    # A new step in the chain needs the static parts drawn again, still with the same bars.
    find(panel, "Brokers in the chain").setValue(3)
    qtbot.waitUntil(lambda: canvas.draws > draws)
    assert charts.chain_bars == bars


def test_charts_describe_themselves(panel) -> None:
    """The chart canvas has a name and the live sentences as its description."""
    assert panel.canvas.accessibleName().startswith("Charts")
    find(panel, "Years").setValue(2)
    assert panel.canvas.accessibleDescription() == panel.prose_text
    assert panel.prose_text in panel.ui.prose.text()


def test_copy_as_text_puts_the_results_on_the_clipboard(panel) -> None:
    """Copy results as text puts the settings and all three levels on the clipboard."""
    find(panel, "Copy results as text").click()
    assert QApplication.clipboard().text() == results_text(panel.result)
    assert "Copied" in panel.ui.status.text()


def test_reset_returns_to_the_story(panel) -> None:
    """Reset puts every control back to the story's starting values."""
    qtbot_click(panel.ui.presets["survey_9000"])
    find(panel, "Monthly state wage (won)").setValue(5000)
    find(panel, "Reset to the story").click()
    assert panel.inputs == RemittanceInputs.defaults()
    assert find(panel, "Monthly state wage (won)").value() == 1800
    assert shown(panel, "Arrives per year (US$)") == "700"
    panel.ui.start.click()
    assert panel.inputs == RemittanceInputs.defaults()


def test_font_scale_grows_numbers_and_charts(panel, qtbot) -> None:
    """At 200% text the big numbers double and the charts are rebuilt larger."""
    number = panel.ui.results.values["arrives"]
    size = number.base_point_size
    width = panel.charts.figure.get_figwidth()
    panel.set_font_scale(2.0)
    assert number.base_point_size == pytest.approx(2 * size)
    assert number.font().pointSizeF() == pytest.approx(2 * size)  # "700" fits at full size
    assert find(panel, "Years").font().pointSizeF() == pytest.approx(26)
    assert panel.charts.figure.get_figwidth() > width
    assert panel.charts.theme.font_scale == 2.0
    panel.set_font_scale(9)  # clamped
    assert panel.font_scale == 2.5


@pytest.mark.parametrize("theme", ["dark", "high-contrast", "light"])
def test_theme_is_followed_by_the_charts(panel, theme) -> None:
    """set_theme rebuilds the charts in that theme's colours."""
    panel.set_theme(theme)
    assert panel.charts.theme.name == theme
    assert panel.theme_name == theme


def test_render_now_exercises_everything_and_changes_nothing(panel, settings) -> None:
    """The self-test returns None and leaves the student's scenario (and settings) alone."""
    find(panel, "Years").setValue(4)
    stored = settings.value(SETTINGS_KEY)
    inputs = panel.inputs
    assert panel.render_now() is None
    assert panel.inputs == inputs
    assert settings.value(SETTINGS_KEY) == stored
    assert find(panel, "Years").value() == 4


def test_render_now_works_before_the_panel_is_shown(qtbot, settings) -> None:
    """The self-test builds the charts itself when the panel was never shown."""
    hidden = make_panel(qtbot, settings)
    assert hidden.charts is None
    assert hidden.render_now() is None
    assert hidden.charts is not None


def test_broken_text_file_is_reported_not_a_crash(qtbot, settings, tmp_path) -> None:
    """A calculator text file with a typo gives a message naming it; render_now reports it."""
    root = tmp_path / "resources"
    (root / "calculator").mkdir(parents=True)
    text = (ROOT / "calculator" / "en.toml").read_text(encoding="utf-8")
    (root / "calculator" / "en.toml").write_text(text.replace("{arrives}", "{arrive}", 1))
    broken = make_panel(qtbot, settings, root)
    broken.show()
    assert broken.error is not None and "en.toml" in broken.error and "{arrive}" in broken.error
    assert "en.toml" in broken.render_now()


def test_first_paint_does_not_import_matplotlib(python, subprocess_env) -> None:
    """Making the panel (before it is shown) must not load matplotlib."""
    code = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.core.story.sources import load_citations\n"
        "from desktop_app.ui.shell.settings import Settings\n"
        "from desktop_app.ui.calculator.panel import CalculatorPanel\n"
        f"root = Path({str(ROOT)!r})\n"
        "p = CalculatorPanel(Settings(Path(tempfile.mkdtemp())), load_citations(root), root)\n"
        "p.set_font_scale(1.5); p.set_theme('dark')\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run(
        [python, "-c", code], env=subprocess_env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_large_text_reflows_instead_of_growing_sideways(panel) -> None:
    """At 200% text in a narrow column, settings stack on two lines and nothing overflows."""
    panel.set_font_scale(2.0)
    panel.resize(900, panel.height())
    QApplication.processEvents()
    assert panel.minimumSizeHint().width() <= 900
    row = panel.ui.rows["loss_chance"]
    assert row.box.geometry().top() > row.label.geometry().top()  # box under its label
    buttons = [*panel.ui.presets.values(), panel.ui.start]
    assert len({b.geometry().left() for b in buttons}) == 1  # one preset per row
    panel.set_font_scale(1.0)
    panel.resize(760, panel.height())
    QApplication.processEvents()
    assert row.box.geometry().top() == pytest.approx(row.label.geometry().top(), abs=12)
    assert len({b.geometry().left() for b in buttons}) == 2


def test_long_numbers_shrink_to_fit_their_card(panel) -> None:
    """A huge result keeps every digit on screen by shrinking, never by being cut off."""
    inputs = RemittanceInputs.defaults().with_field("amount_usd", "99999.99")
    inputs = inputs.with_field("transfers_per_year", 12).with_field("nk_won_per_usd", 50_000)
    panel.apply(inputs.with_field("rice_won_per_kg", 100))  # 419,999,960 kg of rice
    QApplication.processEvents()
    label = panel.ui.results.values["rice"]
    needed = label.fontMetrics().horizontalAdvance(label.text())
    assert needed <= label.width() + 1
    assert label.font().pointSizeF() < label.base_point_size


def test_hovering_a_bar_shows_its_exact_value(panel) -> None:
    """Moving the mouse over a bar shows its exact amount as a tooltip."""
    canvas, charts = panel.canvas, panel.charts
    canvas.draw()
    box = charts.chain_bars[-1].get_window_extent()
    ratio = canvas.device_pixel_ratio
    x = (box.x0 + box.x1) / 2 / ratio
    y = (canvas.figure.bbox.height - (box.y0 + box.y1) / 2) / ratio
    point = QPointF(x, y)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        canvas.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas, move)
    assert canvas.last_tooltip == "The family gets US$700 a year"
