"""Tests for desktop_app.charts.registry, and what every registered figure must do."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from desktop_app.charts.marks import tooltips
from desktop_app.charts.registry import BUILDERS, MODULES, UnknownFigure, builder_for
from desktop_app.charts.style import DARK, HIGH_CONTRAST, LIGHT, ChartTheme
from desktop_app.core.story.datasets import load_catalogue, load_dataset

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
CHARTS = sorted(set(MODULES) - {"route-map"})  # the map has its own tests
THEMES = (LIGHT, DARK, HIGH_CONTRAST)


def build(figure_id: str, theme: ChartTheme) -> Figure:
    info = load_catalogue(RESOURCES)[figure_id]
    return builder_for(figure_id)(load_dataset(RESOURCES, info), info, theme)


def marks(fig: Figure) -> list[object]:
    """Every bar and every point (a line with a marker) in the figure's axes."""
    found: list[object] = []
    for ax in fig.axes:
        found.extend(ax.patches)
        found.extend(line for line in ax.lines if line.get_marker() not in (None, "None", ""))
    return found


def text_sizes(fig: Figure) -> list[float]:
    return sorted({round(t.get_fontsize(), 3) for t in fig.findobj(Text) if t.get_text().strip()})


def test_registry_maps_every_catalogued_figure() -> None:
    """Every figure in figures.toml has a builder, and BUILDERS lists exactly those."""
    assert set(load_catalogue(RESOURCES)) == set(MODULES) == set(BUILDERS)
    assert len(BUILDERS) == 13
    assert BUILDERS["broker-chain"] is builder_for("broker-chain")
    with pytest.raises(UnknownFigure, match="no chart builder for figure 'nope'"):
        builder_for("nope")


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("figure_id", CHARTS)
def test_every_figure_follows_the_theme_and_tips_every_mark(
    figure_id: str, theme: ChartTheme
) -> None:
    """Background follows the theme; every bar and point has a tooltip with a number."""
    fig = build(figure_id, theme)
    assert fig.get_facecolor() == to_rgba(theme.background)
    for ax in fig.axes:
        assert ax.get_facecolor() == to_rgba(theme.background)
    tipped = [artist for artist, _ in tooltips(fig)]
    found = marks(fig)
    assert found, figure_id
    for mark in found:
        assert any(mark is artist for artist in tipped), (figure_id, mark)
    for _, text in tooltips(fig):
        assert text.strip() and any(ch.isdigit() for ch in text), text
    assert " ".join(fig.get_suptitle().split()) == load_catalogue(RESOURCES)[figure_id].title


@pytest.mark.parametrize("figure_id", CHARTS)
def test_text_scales_with_font_scale(figure_id: str) -> None:
    """At font scale 2.0 every piece of text is exactly twice its size at 1.0."""
    normal = text_sizes(build(figure_id, LIGHT.scaled(1.0)))
    double = text_sizes(build(figure_id, LIGHT.scaled(2.0)))
    assert double == [pytest.approx(2 * s) for s in normal]
    assert normal[0] >= LIGHT.small_pt - 0.01  # nothing smaller than the theme's small text


@pytest.mark.parametrize("figure_id", CHARTS)
def test_renders_something(figure_id: str) -> None:
    """Drawn with Agg, the figure is not one flat colour (and drawing raises nothing)."""
    fig = build(figure_id, DARK)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    assert len(np.unique(pixels.reshape(-1, 4), axis=0)) > 20
    out = io.BytesIO()
    fig.savefig(out, format="png")
    assert out.getvalue().startswith(b"\x89PNG")


def test_no_chart_line_is_a_trend_across_surveys() -> None:
    """who-sends must not join separate surveys with a line (they are not one series)."""
    fig = build("who-sends", LIGHT)
    for line in fig.axes[0].lines:
        assert isinstance(line, Line2D)
        assert len(line.get_xdata()) <= 1  # type: ignore[arg-type]


def test_builders_leave_global_state_alone() -> None:
    """Building every chart changes no rcParams."""
    before = dict(mpl.rcParams)
    for figure_id in CHARTS:
        for theme in THEMES:
            build(figure_id, theme.scaled(1.6))
    assert dict(mpl.rcParams) == before


def test_no_pyplot_and_style_is_light() -> None:
    """Charts never import pyplot; the theme module does not even import matplotlib."""
    code = (
        "import sys\n"
        "import desktop_app.charts.style\n"
        "assert 'matplotlib' not in sys.modules, 'style imported matplotlib'\n"
        "from pathlib import Path\n"
        "from desktop_app.charts.registry import builder_for\n"
        "from desktop_app.charts.style import LIGHT\n"
        "from desktop_app.core.story.datasets import load_catalogue, load_dataset\n"
        f"root = Path({str(RESOURCES)!r})\n"
        "cat = load_catalogue(root)\n"
        f"for fid in {CHARTS!r}:\n"
        "    builder_for(fid)(load_dataset(root, cat[fid]), cat[fid], LIGHT)\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
