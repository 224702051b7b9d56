"""Tests for desktop_app.charts.amounts_sent: only what the 2016 survey reported."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.text import Text

from desktop_app.charts.amounts_sent import build
from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["amounts-sent"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text)]


def test_known_shares_and_unreported_rest() -> None:
    """60% and 70% are bars; the other 40% and 30% are hollow 'not reported' segments."""
    ax = figure().axes[0]
    bars = [(p.get_x(), p.get_width(), p.get_fill() and p.get_facecolor()) for p in ax.patches]
    assert [(x, w) for x, w, _ in bars] == [(0, 60), (60, 40), (0, 70), (70, 30)]
    known, rest = ax.patches[0], ax.patches[1]
    assert known.get_facecolor() != rest.get_facecolor()
    assert rest.get_hatch() and rest.get_linestyle() == "--"


def test_labels_say_what_is_known_and_what_is_not() -> None:
    """Direct labels give each share, the unreported rest and the single US$9,000 sender."""
    fig = figure()
    joined = " | ".join(texts(fig))
    for expected in ("about 60%", "about 70%", "other 40%", "other 30%", "not reported"):
        assert expected in joined
    assert "1 person of 200 (0.5%)" in joined
    assert "US$9,000" in joined
    (point,) = fig.axes[0].lines
    assert list(point.get_xdata()) == [0.5]  # type: ignore[arg-type]
    tips = [t for _, t in tooltips(fig)]
    assert any("US$9,000" in t and "1 person of 200" in t for t in tips)
    assert any("about 60%" in t and "US$900–1,800" in t for t in tips)
