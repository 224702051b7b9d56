"""Tests for desktop_app.charts.where_1000_goes: arrived vs cost for US$1,000."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.charts.where_1000_goes import build
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["where-1000-goes"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_arrived_and_cost_segments() -> None:
    """Arrivals are 700, 929, 970; each cost segment starts where the arrival ends."""
    ax = figure().axes[0]
    arrived = ax.patches[0::2]
    cost = ax.patches[1::2]
    assert [p.get_width() for p in arrived] == [700, 929, 970]
    assert [(p.get_x(), p.get_width()) for p in cost] == [(700, 300), (929, 71), (970, 30)]
    assert all(a.get_hatch() != c.get_hatch() for a, c in zip(arrived, cost, strict=True))


def test_labels_name_amounts_and_percentages() -> None:
    """Each segment is labelled with its dollars, and costs with their percentage."""
    fig = figure()
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels == [
        "US$700 arrives",
        "US$300 cost (30%)",
        "US$929 arrives",
        "US$71 cost (7.1%)",
        "US$970 arrives",
        "US$30 cost (3%)",
    ]
    tips = [t for _, t in tooltips(fig)]
    assert "Brokers (usual cut): US$700 arrives of US$1,000" in tips
