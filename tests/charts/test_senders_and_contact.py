"""Tests for desktop_app.charts.senders_and_contact: two questions, two panels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop_app.charts.senders_and_contact import build
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["senders-and-contact"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_sent_that_year_and_contact_are_separate_panels() -> None:
    """Left: 28.5 to 20.0% (2019-2023, Y04); right: 46.9% (2018) and 23.7% (2023, Y07)."""
    sent, contact = figure().axes
    assert [p.get_height() for p in sent.patches] == [28.5, 26.6, 20.9, 17.8, 20.0]
    assert [p.get_height() for p in contact.patches] == [46.9, 23.7]
    assert [t.get_text() for t in sent.texts][-1] == "20.0%"  # not "20%"


def test_sample_sizes_are_stated() -> None:
    """Each tick names the year and how many were asked, or that it is not given."""
    sent, contact = figure().axes
    ticks = [t.get_text() for t in sent.get_xticklabels()]
    assert ticks[0].startswith("2019") and "not given" in ticks[0]
    assert ticks[1] == "2020\n414 asked"
    assert contact.get_xticklabels()[0].get_text() == "2018\n414 asked"


def test_draws_something() -> None:
    """Rendered with Agg, the chart is not blank."""
    canvas = FigureCanvasAgg(figure())
    canvas.draw()
    assert len(np.unique(np.asarray(canvas.buffer_rgba()).reshape(-1, 4), axis=0)) > 20
