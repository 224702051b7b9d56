"""Tests for desktop_app.charts.broker_chain: the three-hop waterfall."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from desktop_app.charts.broker_chain import build
from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import (
    Dataset,
    DatasetError,
    FigureInfo,
    load_catalogue,
    load_dataset,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def real() -> tuple[Dataset, FigureInfo]:
    info = load_catalogue(RESOURCES)["broker-chain"]
    return load_dataset(RESOURCES, info), info


def figure() -> Figure:
    data, info = real()
    return build(data, info, LIGHT)


def test_waterfall_steps() -> None:
    """Start 1,000; hops of 100, 90, 81 floating at the running amount; 729 arrives."""
    ax = figure().axes[0]
    steps = [(p.get_y(), p.get_height()) for p in ax.patches]
    assert steps == [(0, 1000), (900, 100), (810, 90), (729, 81), (0, 729)]


def test_labels_and_total() -> None:
    """Each step is labelled, and the heading works out 27.1%, not 30%."""
    fig = figure()
    ax = fig.axes[0]
    labels = " | ".join(t.get_text() for t in ax.texts)
    for part in ("US$1,000", "−US$100", "10% of\nUS$1,000", "−US$90", "−US$81", "US$729"):
        assert part in labels
    assert "US$271" in ax.get_title(loc="left")
    assert "27.1%" in ax.get_title(loc="left")
    assert "30%" in ax.get_title(loc="left")
    tips = [t for _, t in tooltips(fig)]
    assert any("Broker 2" in t and "US$900 → US$810" in t for t in tips)


def test_steps_that_do_not_add_up_are_reported() -> None:
    """An 'end' row that disagrees with the hops raises DatasetError naming the file."""
    data, info = real()
    rows = list(data.rows)
    rows[-1] = ("Arrives", "end", "700", "D02")
    with pytest.raises(DatasetError, match="the steps leave US\\$729 but the 'end' row says"):
        build(replace(data, rows=tuple(rows)), info, LIGHT)
    rows[1] = ("Broker 1", "fee", "100", "X11")
    with pytest.raises(DatasetError, match="kind 'fee' is not start, hop or end"):
        build(replace(data, rows=tuple(rows)), info, LIGHT)
