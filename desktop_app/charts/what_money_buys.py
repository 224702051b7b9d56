"""what-money-buys: one sum followed through different units, as small multiples.

Quantities in dollars, won, kilograms and months cannot share an axis, so each ``panel`` of
the CSV gets its own row of the figure with its own title (which names the unit) and its
own scale. A panel with several rows (the wage, which is reported as a range) shows them
as bars on a shared scale with a visible axis; single-bar panels rely on the direct label.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desktop_app.charts.base import (
    add_footer,
    add_title,
    chars_per_line,
    end_label,
    font,
    new_figure,
    say,
    style_axes,
    style_bar,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

ROW_IN = 0.62  # height of one bar row, in inches at design size
PANEL_IN = 0.75  # panel title and axis


def _panels(data: Dataset) -> list[tuple[str, list[int]]]:
    """(panel title, row indices) in the order panels first appear in the CSV."""
    order: list[str] = []
    rows: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for i, panel in enumerate(data.column("panel")):
        if panel not in rows:
            order.append(panel)
            rows[panel] = []
            titles[panel] = data.value(i, "panel_title")
        rows[panel].append(i)
    return [(titles[p], rows[p]) for p in order]


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    panels = _panels(data)
    heights = [PANEL_IN + ROW_IN * len(rows) for _, rows in panels]
    fig = new_figure(theme, height_in=sum(heights) + 1.6)
    add_title(fig, info, theme)
    axes = fig.subplots(len(panels), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)

    title_width = chars_per_line(theme, fig.get_figwidth() * 0.66, bold=True)
    label_width = chars_per_line(theme, fig.get_figwidth() * 0.24)
    thousands = FuncFormatter(lambda x, _pos: f"{x:,.0f}")
    for p, (title, rows) in enumerate(panels):
        ax = axes[p][0]
        style_axes(ax, theme, grid="x" if len(rows) > 1 else "none")
        ax.set_title(wrap(title, title_width), loc="left", fontweight="bold", **font(theme))
        values = [data.number(i, "value") for i in rows]
        labels: list[str] = []
        for y, i in enumerate(rows):
            label = data.value(i, "label")
            unit = data.value(i, "unit")
            value = values[y]
            (bar,) = ax.barh(y, value, height=0.6)
            style_bar(bar, theme, p)
            text = say(info, "value", value=value, unit=unit)
            end_label(ax, theme, text, value, y, bold=True)
            add_tooltip(fig, bar, f"{label}: {text}")
            labels.append(wrap(label, label_width))
        ax.set_yticks(range(len(rows)), labels, parse_math=False)
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_xlim(0, max(values) * 1.45)  # room for the value label past the bar
        if len(rows) > 1:
            ax.xaxis.set_major_formatter(thousands)
            ax.spines["bottom"].set_bounds(0, max(values))
            ax.set_xticks([t for t in ax.get_xticks() if 0 <= t <= max(values)])
        else:
            ax.set_xticks([])
            ax.spines["bottom"].set_visible(False)
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
