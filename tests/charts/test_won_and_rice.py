"""Tests for desktop_app.charts.won_and_rice: a log scale, every point named, 2018 reference."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop_app.charts.style import LIGHT
from desktop_app.charts.won_and_rice import build
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def data():
    info = load_catalogue(RESOURCES)["won-and-rice"]
    return info, load_dataset(RESOURCES, info)


def figure() -> Figure:
    info, dataset = data()
    return build(dataset, info, LIGHT)


def test_rice_per_dollar_is_worked_out_only_where_the_unit_is_given() -> None:
    """kg per US$1 = rate ÷ rice price (D07), and blank for ASIAPRESS's unstated unit."""
    _, dataset = data()
    for i in range(len(dataset)):
        kg = dataset.optional_number(i, "rice_kg_per_usd")
        rice = dataset.optional_number(i, "rice_won_per_kg")
        if dataset.value(i, "rice_unit_stated") == "yes":
            assert rice is not None and kg is not None
            assert abs(dataset.number(i, "won_per_usd") / rice - kg) < 0.01
        else:
            assert kg is None


def test_log_scale_reference_lines_and_a_key_for_every_point() -> None:
    """Log y axis; dotted lines at 8,061 and 5,041 (May 2018); each point keyed by place+date."""
    _, dataset = data()
    fig = figure()
    ax, key = fig.axes
    assert ax.get_yscale() == "log"
    flat = [line.get_ydata()[0] for line in ax.lines if line.get_linestyle() == ":"]
    assert sorted(flat) == [5041, 8061]
    lines = [t.get_text() for t in key.texts]
    assert len(lines) == len(dataset)
    for i, text in enumerate(lines):
        flat_text = " ".join(text.split())
        assert flat_text.startswith(
            f"{i + 1}. {dataset.value(i, 'place')}, {dataset.value(i, 'when')}"
        )
    assert any("2.6 kg per US$1" in " ".join(t.split()) for t in lines)
    assert any("unit not stated" in t for t in lines)


def test_draws_something() -> None:
    """Rendered with Agg, the chart is not blank."""
    canvas = FigureCanvasAgg(figure())
    canvas.draw()
    assert len(np.unique(np.asarray(canvas.buffer_rgba()).reshape(-1, 4), axis=0)) > 20
