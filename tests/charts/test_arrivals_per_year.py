"""Tests for desktop_app.charts.arrivals_per_year: one bar per year, the closure shaded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop_app.charts.arrivals_per_year import build, positions
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["arrivals-per-year"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_bars_are_the_ministrys_counts() -> None:
    """2009's record, 2017-2025 as Y01 gives them; 2018 marked provisional."""
    ax = figure().axes[0]
    bars = [p for p in ax.patches if p.get_width() < 1]
    assert [round(b.get_height()) for b in bars] == [
        2914,
        1127,
        1137,
        1047,
        229,
        63,
        67,
        196,
        236,
        224,
    ]
    labels = [t.get_text() for t in ax.texts]
    assert "1,137*" in labels and "63" in labels


def test_missing_years_are_a_gap_not_zero() -> None:
    """2010-2016 are not in the sources: an empty slot with a label, not bars of zero."""
    assert positions((2009.0, 2017.0, 2018.0)) == [0.0, 2.0, 3.0]
    ax = figure().axes[0]
    assert any("2010–2016" in t.get_text() for t in ax.texts)
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert "2010" not in ticks and ticks[0] == "2009"


def test_closure_is_shaded_over_2020_to_2023() -> None:
    """The shaded span covers exactly the bars of 2020-2023."""
    ax = figure().axes[0]
    span = next(p for p in ax.patches if p.get_width() >= 1)
    x0 = span.get_x()
    assert x0 == positions((2009, 2017, 2018, 2019, 2020))[-1] - 0.5
    assert span.get_width() == 4


def test_draws_something() -> None:
    """Rendered with Agg, the chart is not blank."""
    canvas = FigureCanvasAgg(figure())
    canvas.draw()
    assert len(np.unique(np.asarray(canvas.buffer_rgba()).reshape(-1, 4), axis=0)) > 20
