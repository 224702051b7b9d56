"""The calculator's live figure: built once, updated in place, labelled from the model."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.layout_engine import ConstrainedLayoutEngine

from desktop_app.charts.calculator_charts import (
    ARRIVES,
    MAX_HOPS,
    SENT,
    TEXT_KEYS,
    TRANSIT,
    build,
)
from desktop_app.charts.style import theme_named
from desktop_app.core.money.remittance import RemittanceInputs, compute, preset

REPO = Path(__file__).resolve().parents[2]
TEXTS = tomllib.loads((REPO / "resources" / "calculator" / "en.toml").read_text())["figures"]


def _charts(inputs: RemittanceInputs | None = None, theme: str = "light"):
    return build(compute(inputs or RemittanceInputs.defaults()), theme_named(theme), TEXTS)


def frozen(charts) -> bool:
    return not isinstance(charts.figure.get_layout_engine(), ConstrainedLayoutEngine)


def _visible(artists) -> list:
    return [a for a in artists if a.get_visible()]


def test_text_file_has_every_chart_text() -> None:
    """en.toml's [figures] table holds every text the charts use."""
    assert set(TEXT_KEYS) <= set(TEXTS)


def test_missing_texts_are_named() -> None:
    """A text file without a chart text gives a KeyError naming it, not a crash later."""
    texts = {k: v for k, v in TEXTS.items() if k != "chain_title"}
    with pytest.raises(KeyError, match="chain_title"):
        build(compute(RemittanceInputs.defaults()), theme_named("light"), texts)


def test_waterfall_shows_sent_each_broker_and_arrives() -> None:
    """Three brokers at 10%: bars for 1,000 sent, 100/90/81 kept and 729 arriving."""
    charts = _charts(preset("three_brokers").inputs())
    bars = charts.chain_bars
    assert [round(b.get_height(), 2) for b in _visible(bars)] == [1000, 100, 90, 81, 729]
    assert bars[1].get_y() == pytest.approx(900)
    assert bars[3].get_y() == pytest.approx(729)
    assert not bars[TRANSIT].get_visible()
    assert charts.chain_labels[SENT].get_text() == "US$1,000"
    assert charts.chain_labels[ARRIVES].get_text() == "US$729"
    assert charts.chain_labels[3].get_text() == "−US$81\n10%"
    ticks = [t.get_text() for t in charts.chain_ax.get_xticklabels()]
    assert ticks[0] == TEXTS["step_sent"] and ticks[-1] == TEXTS["step_arrives"]
    assert len(ticks) == 5


def test_transit_loss_gets_its_own_step() -> None:
    """With a loss chance the chain shows what goes missing before the family gets the rest."""
    inputs = RemittanceInputs.defaults().with_field("loss_chance", 10)
    charts = _charts(inputs)
    flow = compute(inputs).per_year
    assert charts.chain_bars[TRANSIT].get_visible()
    assert charts.chain_bars[TRANSIT].get_height() == pytest.approx(flow.transit_cents / 100)
    assert charts.chain_bars[ARRIVES].get_height() == pytest.approx(flow.arrives_cents / 100)
    assert "missing" in charts.chain_ax.get_xticklabels()[2].get_text()


def test_update_moves_the_same_artists_and_never_rebuilds() -> None:
    """An input change reuses every artist: same objects, new heights, widths and labels."""
    charts = _charts()
    figure = charts.figure
    artists = [*charts.chain_bars, *charts.channel_bars, *charts.food_bars]
    texts = charts.live_texts()
    children = len(figure.get_children())
    before = [b.get_height() for b in charts.chain_bars]
    charts.update(compute(preset("mother_2017").inputs()))
    assert charts.figure is figure
    assert [*charts.chain_bars, *charts.channel_bars, *charts.food_bars] == artists
    assert charts.live_texts() == texts
    assert len(figure.get_children()) == children
    assert [b.get_height() for b in charts.chain_bars] != before
    assert charts.chain_bars[ARRIVES].get_height() == pytest.approx(2100)
    assert charts.channel_bars[0].get_width() == pytest.approx(2100)
    assert charts.channel_bars[1].get_width() == pytest.approx(2787)
    assert charts.chain_labels[ARRIVES].get_text() == "US$2,100"
    assert charts.updates == 2


def test_steps_changed_only_when_the_chain_changes() -> None:
    """Only a change of the chain's steps asks for a full redraw of the static parts."""
    charts = _charts()
    charts.update(compute(RemittanceInputs.defaults().with_field("amount_usd", 5000)))
    assert not charts.steps_changed
    charts.update(compute(RemittanceInputs.defaults().with_field("brokers", 4)))
    assert charts.steps_changed
    assert len(_visible(charts.chain_bars)) == 6


def test_largest_chain_fits_every_slot() -> None:
    """Five brokers and a loss chance use every slot of the waterfall."""
    inputs = RemittanceInputs.defaults().with_field("brokers", MAX_HOPS)
    charts = _charts(inputs.with_field("loss_chance", 5))
    assert len(_visible(charts.chain_bars)) == MAX_HOPS + 3
    assert len(_visible(charts.connectors)) == MAX_HOPS + 2


def test_comparison_and_buys_follow_the_model() -> None:
    """Formal and SDG bars and the food bars show the model's per-year values."""
    inputs = preset("survey_1800").inputs()
    result = compute(inputs)
    charts = _charts(inputs)
    flow = result.per_year
    widths = [b.get_width() for b in charts.channel_bars]
    assert widths == pytest.approx([flow.arrives_cents / 100, 1672.2, 1746])
    assert charts.sent_line.get_xdata()[0] == pytest.approx(1800)
    assert "US$1,800" in charts.sent_label.get_text()
    assert charts.food_bars[0].get_width() == pytest.approx(float(flow.rice_kg))
    assert charts.food_bars[1].get_width() == pytest.approx(float(flow.corn_kg))
    assert "1,800-won" in charts.wages_label.get_text()


def test_zero_cut_is_drawn_without_dividing_by_zero() -> None:
    """A chain that keeps nothing still draws (0% labels, nothing lost)."""
    charts = _charts(RemittanceInputs.defaults().with_field("cut_per_broker", 0))
    assert charts.chain_labels[1].get_text().endswith("0%")
    assert charts.chain_bars[ARRIVES].get_height() == pytest.approx(1000)


def test_every_bar_has_a_hatch_edge_and_an_exact_tooltip() -> None:
    """Colour is never the only cue, and hovering gives the exact amount."""
    charts = _charts(RemittanceInputs.defaults().with_field("loss_chance", 3))
    kinds = {}
    for bar in _visible([*charts.chain_bars, *charts.channel_bars, *charts.food_bars]):
        kinds.setdefault(bar.get_hatch(), []).append(bar)
        assert bar in charts.tips
    assert len(kinds) >= 5
    assert "US$700.00" not in charts.tips[charts.chain_bars[ARRIVES]]  # 3% goes missing
    assert "US$679" in charts.tips[charts.chain_bars[ARRIVES]]


def test_tooltip_at_finds_the_bar_under_the_mouse() -> None:
    """tooltip_at returns the exact text for a point over a bar, '' elsewhere."""
    from matplotlib.backend_bases import MouseEvent

    charts = _charts()
    canvas = FigureCanvasAgg(charts.figure)
    canvas.draw()
    bar = charts.chain_bars[ARRIVES]
    box = bar.get_window_extent()
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    assert "700" in charts.tooltip_at(MouseEvent("motion_notify_event", canvas, x, y))
    assert charts.tooltip_at(MouseEvent("motion_notify_event", canvas, 1, 1)) == ""


def test_live_mode_marks_changing_artists_animated() -> None:
    """In live mode the moving artists are animated (for blitting); out of it, whole."""
    charts = _charts()
    charts.set_live(True)
    assert all(a.get_animated() for a in (*charts.live_shapes(), *charts.live_texts()))
    charts.set_live(False)
    assert not any(a.get_animated() for a in (*charts.live_shapes(), *charts.live_texts()))


def test_layout_freezes_after_a_draw_and_thaws_on_request() -> None:
    """The constrained layout runs once, then stays put until relayout()."""
    charts = _charts()
    assert not frozen(charts)
    FigureCanvasAgg(charts.figure).draw()
    charts.freeze_layout()
    assert frozen(charts)
    charts.relayout()
    assert not frozen(charts)


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_renders_non_blank_in_every_theme(theme: str) -> None:
    """The figure draws in each theme, on the theme's background, and is not blank."""
    charts = _charts(preset("three_brokers").inputs(), theme)
    out = io.BytesIO()
    charts.figure.savefig(out, format="rgba")
    data = out.getvalue()
    colours = {data[i : i + 4] for i in range(0, len(data), 4 * 97)}
    assert len(colours) > 8
    assert charts.figure.get_facecolor()[:3] == pytest.approx(
        tuple(int(theme_named(theme).background[i : i + 2], 16) / 255 for i in (1, 3, 5))
    )


def test_font_scale_grows_the_figure_and_its_text() -> None:
    """At 200% text the figure is drawn larger, with larger labels."""
    small = build(compute(RemittanceInputs.defaults()), theme_named("light", 1.0), TEXTS)
    large = build(compute(RemittanceInputs.defaults()), theme_named("light", 2.0), TEXTS)
    assert large.figure.get_figwidth() > small.figure.get_figwidth()
    assert large.chain_labels[0].get_fontsize() == pytest.approx(
        2 * small.chain_labels[0].get_fontsize()
    )


def test_only_the_charts_that_changed_are_marked_dirty() -> None:
    """A new rice price redraws only 'what it buys'; a new amount redraws all three."""
    inputs = RemittanceInputs.defaults()
    charts = _charts(inputs)
    assert charts.dirty == {"chain", "channels", "buys"}  # the first update shows everything
    charts.update(compute(inputs.with_field("rice_won_per_kg", 6000)))
    assert charts.dirty == {"buys"}
    charts.update(compute(inputs.with_field("rice_won_per_kg", 6000).with_field("formal_cost", 5)))
    assert charts.dirty == {"channels"}
    charts.update(compute(inputs.with_field("amount_usd", 4000)))
    assert charts.dirty == {"chain", "channels", "buys"}
    charts.update(compute(inputs.with_field("amount_usd", 4000)))
    assert charts.dirty == set()


def test_each_chart_has_its_own_area_and_artists() -> None:
    """The three charts sit one above the other, and every live artist belongs to one."""
    charts = _charts()
    FigureCanvasAgg(charts.figure).draw()
    assert list(charts.parts) == ["chain", "channels", "buys"]
    boxes = [part.box for part in charts.parts.values()]
    assert boxes[0].y0 >= boxes[1].y1 - 1 and boxes[1].y0 >= boxes[2].y1 - 1
    shapes = [a for part in charts.parts.values() for a in part.shapes]
    assert sorted(map(id, shapes)) == sorted(map(id, charts.live_shapes()))
    texts = charts.live_texts()
    assert texts[-1] is charts.wages_label
    chain_texts = charts.parts["chain"].texts
    assert chain_texts[-2:] == (charts.chain_labels[SENT], charts.chain_labels[ARRIVES])


def test_no_wage_says_no_data_and_a_wage_brings_the_months_back() -> None:
    """Issue 14: with the wage "no data" (the May 2025 preset) the note says "no data for
    2025" and no months; updated with a wage, the same figure shows the months again."""
    inputs = preset("pyongyang_2025").inputs()
    charts = _charts(inputs)
    assert charts.wages_label.get_text() == "… months of a state wage: no data for 2025"
    FigureCanvasAgg(charts.figure).draw()  # draws without a number to format
    charts.update(compute(inputs.with_field("monthly_wage_won", 5000)))
    assert "3,458 months of a 5,000-won state wage" in charts.wages_label.get_text()
    charts.update(compute(RemittanceInputs.defaults().with_field("monthly_wage_won", None)))
    assert charts.wages_label.get_text() == "… months of a state wage: no data"
