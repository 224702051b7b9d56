"""Tests for desktop_app.charts.who_sends: separate survey answers, honestly labelled."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.text import Text

from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.charts.who_sends import build
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["who-sends"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_one_bar_per_answer_with_value_labels() -> None:
    """Bars are 50%, 58.5% and 26% (2016, two questions) and 62%, each labelled."""
    fig = figure()
    ax = fig.axes[0]
    assert [p.get_height() for p in ax.patches] == [50, 58.5, 26, 62]
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["50%", "58.5%", "26%", "62%"]
    assert ax.get_ylim() == (0, 100)


def test_questions_and_sample_sizes_are_stated() -> None:
    """Different questions get different hatches; unknown n is said to be unknown."""
    fig = figure()
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks[0].startswith("2013") and "not reported" in ticks[0]
    assert ticks[1].startswith("2016") and "400 asked" in ticks[1]
    assert ticks[3].startswith("2018") and "not reported" in ticks[3]
    hatches = [p.get_hatch() for p in ax.patches]
    assert hatches[0] == hatches[3] != hatches[1] != hatches[2]
    legend = ax.get_legend()
    assert legend is not None
    entries = [t.get_text() for t in legend.get_texts()]
    assert any("ever sent" in e for e in entries)
    assert any("past year" in e for e in entries)
    assert any("not a point on one trend" in t.get_text() for t in fig.findobj(Text))
    tips = [t for _, t in tooltips(fig)]
    assert any("58.5%" in t and "ever sent" in t and "400 asked" in t for t in tips)
