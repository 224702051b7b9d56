"""Tests for desktop_app.charts.what_money_buys: the money and the wages in one unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.figure import Figure

from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.charts.what_money_buys import amount, build
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure(lang: str = "en") -> Figure:
    info = load_catalogue(RESOURCES, lang)["what-money-buys"]
    return build(load_dataset(RESOURCES, info, lang=lang), info, LIGHT)


def test_every_bar_shares_one_axis_and_one_unit() -> None:
    """Issue 11, defect 13: not four full-length bars on four scales, but one axis in kg
    of rice, so the remittance and a month's wage can be compared: ~3,100 times apart."""
    fig = figure()
    assert len(fig.axes) == 1
    (ax,) = fig.axes
    widths = [p.get_width() for p in ax.patches]
    assert widths == [1119, 0.36, 1.98]
    assert widths[0] / widths[1] == pytest.approx(5_642_700 / 1800, rel=0.01)  # D04: 3,135
    assert ax.get_xlim()[1] < 1.5 * widths[0]  # the longest bar fills the chart
    assert "kilograms of rice" in ax.get_xlabel()
    assert "5,041 won per kg" in ax.get_title(loc="left")


def test_every_value_is_labelled_with_its_unit() -> None:
    """Direct labels carry the small values the slivers cannot show."""
    fig = figure()
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels == ["1,119 kg", "0.36 kg", "1.98 kg"]
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "US$700" in ticks[0] and "1,800 won" in ticks[1] and "10,000 won" in ticks[2]
    tips = [t for _, t in tooltips(fig)]
    assert any("10,000 won" in t and "1.98 kg" in t for t in tips)


def test_the_korean_figure_has_the_same_numbers() -> None:
    """The Korean chart shows the same three values, in Korean."""
    fig = figure("ko")
    assert [p.get_width() for p in fig.axes[0].patches] == [1119, 0.36, 1.98]
    assert "쌀" in fig.axes[0].get_xlabel()


def test_amounts_are_rounded_for_people() -> None:
    """1,119 kg, not 1,119.00; 0.36 kg, not 0."""
    assert (amount(1119), amount(0.357), amount(1.98)) == ("1,119", "0.36", "1.98")
