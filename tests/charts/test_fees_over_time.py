"""Tests for desktop_app.charts.fees_over_time: agreed and charged fees side by side."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop_app.charts.fees_over_time import build
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["fees-over-time"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_every_reported_fee_is_a_bar() -> None:
    """30% and 29.3% (2018) alone; then 30.9/33.5, 38/41.5 and 41.8/48.1 in pairs (Y06)."""
    ax = figure().axes[0]
    assert [p.get_height() for p in ax.patches] == [30, 29.3, 30.9, 33.5, 38, 41.5, 41.8, 48.1]
    assert [t.get_text() for t in ax.texts][-1] == "48.1%"


def test_the_taken_fee_is_never_below_the_agreed_fee() -> None:
    """In each NKDB pair the fee actually taken is the higher bar, and the legend says which."""
    ax = figure().axes[0]
    heights = [p.get_height() for p in ax.patches][2:]
    assert all(b > a for a, b in zip(heights[::2], heights[1::2], strict=True))
    legend = ax.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == [
        "One reported figure",
        "Fee agreed in advance",
        "Fee actually taken",
    ]


def test_draws_something() -> None:
    """Rendered with Agg, the chart is not blank."""
    canvas = FigureCanvasAgg(figure())
    canvas.draw()
    assert len(np.unique(np.asarray(canvas.buffer_rgba()).reshape(-1, 4), axis=0)) > 20
