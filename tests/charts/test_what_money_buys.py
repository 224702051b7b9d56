"""Tests for desktop_app.charts.what_money_buys: one sum in four units, one panel each."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.charts.what_money_buys import build
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["what-money-buys"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_one_panel_per_unit() -> None:
    """Four panels: dollars, won, kg of rice, months of wage (both ends of the range)."""
    fig = figure()
    widths = [[p.get_width() for p in ax.patches] for ax in fig.axes]
    assert widths == [[700], [5_642_700], [1119], [3135, 564]]
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert "US$1,000" in titles[0]
    assert "8,061 won" in titles[1]
    assert "5,041 won per kg" in titles[2]
    assert "range" in titles[3]


def test_every_value_is_labelled_with_its_unit() -> None:
    """Direct labels read '700 US dollars', '5,642,700 won', '1,119 kg', '... months'."""
    fig = figure()
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert labels == [
        "700 US dollars",
        "5,642,700 won",
        "1,119 kg",
        "3,135 months",
        "564 months",
    ]
    ticks = [t.get_text() for t in fig.axes[3].get_yticklabels()]
    assert "1,800 won" in ticks[0] and "10,000 won" in ticks[1]
    tips = [t for _, t in tooltips(fig)]
    assert any("10,000 won" in t and "564 months" in t for t in tips)
