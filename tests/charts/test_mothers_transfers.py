"""Tests for desktop_app.charts.mothers_transfers: sent, and what a 30% cut leaves."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from desktop_app.charts.marks import tooltips
from desktop_app.charts.mothers_transfers import build
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["mothers-transfers"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_sent_arrived_and_cut_bars() -> None:
    """Per year: sent bar, arrived bar, and the cut stacked on arrived up to the sent height."""
    ax = figure().axes[0]
    bars = [(p.get_y(), p.get_height()) for p in ax.patches]
    assert bars == [
        (0, 3000),
        (0, 2100),
        (2100, 900),
        (0, 2000),
        (0, 1400),
        (1400, 600),
    ]


def test_value_labels_and_estimate_note() -> None:
    """Labels carry the dollar amounts; the note says the arrivals are an estimate."""
    fig = figure()
    labels = " | ".join(t.get_text() for t in fig.axes[0].texts)
    for amount in ("US$3,000", "US$2,100", "US$900 (30%)", "US$2,000", "US$1,400", "US$600"):
        assert amount in labels
    assert "estimate" in fig.get_supxlabel()
    tips = [t for _, t in tooltips(fig)]
    assert any("2017" in t and "US$2,100" in t and "70% of US$3,000" in t for t in tips)
