"""Tests for desktop_app.charts.since_2018_timeline: events in order, the article marked."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop_app.charts.since_2018_timeline import build
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def data():
    info = load_catalogue(RESOURCES)["since-2018-timeline"]
    return info, load_dataset(RESOURCES, info)


def figure() -> Figure:
    info, dataset = data()
    return build(dataset, info, LIGHT)


def test_events_run_in_date_order_and_cover_the_issue() -> None:
    """From the 2016 survey to October 2025, with the closure, law, returns and panel's end."""
    _, dataset = data()
    positions = dataset.numbers("position")
    assert list(positions) == sorted(positions)
    facts = {f for i in range(len(dataset)) for f in dataset.facts_of_row(i)}
    assert {"A04", "Y18", "A09", "Y09", "Y12", "Y13", "Y19", "Y15", "Y17"} <= facts


def test_the_article_is_bold_and_every_event_is_written() -> None:
    """Each event's date and text are on the chart; the article's are bold."""
    _, dataset = data()
    ax = figure().axes[0]
    texts = {t.get_text(): t for t in ax.texts}
    for i in range(len(dataset)):
        assert dataset.value(i, "when") in texts
    assert texts["27 Aug 2018"].get_fontweight() == "bold"
    assert texts["Jan 2020"].get_fontweight() == "normal"


def test_draws_something() -> None:
    """Rendered with Agg, the chart is not blank."""
    canvas = FigureCanvasAgg(figure())
    canvas.draw()
    assert len(np.unique(np.asarray(canvas.buffer_rgba()).reshape(-1, 4), axis=0)) > 20
