"""fees-over-time: brokers' fees from the article's 30% to NKDB's 48.1% (2023).

Each report is a group: the two 2018 figures are single bars ("one reported figure"); from
2019 NKDB gives the fee agreed and the fee actually taken, drawn side by side.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    chars_per_line,
    font,
    new_figure,
    pt,
    say,
    style_axes,
    style_bar,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

WIDTH = 0.38
# (CSV column, legend text key, colour/hatch series)
SERIES: tuple[tuple[str, str, int], ...] = (
    ("average_percent", "average_label", 2),
    ("agreed_percent", "agreed_label", 0),
    ("charged_percent", "charged_label", 1),
)


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=5.4)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="y")
    add_title(fig, info, theme)

    legend: dict[str, Rectangle] = {}
    for i in range(len(data)):
        label = data.value(i, "label")
        present = [s for s in SERIES if data.optional_number(i, s[0]) is not None]
        offsets = [0.0] if len(present) == 1 else [-WIDTH / 2, WIDTH / 2]
        for (column, legend_key, series), dx in zip(present, offsets, strict=True):
            value = data.number(i, column)
            (bar,) = ax.bar(i + dx, value, width=WIDTH)
            style_bar(bar, theme, series)
            legend.setdefault(legend_key, bar)
            text = say(info, "value", value=value)
            ax.annotate(
                text,
                (i + dx, value),
                xytext=(0, theme.font_pt * 0.3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontweight="bold",
                **font(theme, "small"),
            )
            add_tooltip(fig, bar, f"{label}: {info.text(legend_key)} {text}")
    width = chars_per_line(theme, fig.get_figwidth() / max(len(data), 1) * 0.7, "body")
    ax.set_xticks(range(len(data)), [wrap(v, width) for v in data.column("label")])
    ax.set_ylim(0, 70)
    axis_label(ax, theme, y=info.text("y_label"))
    ax.legend(
        list(legend.values()),
        [info.text(k) for k in legend],
        loc="upper left",
        frameon=False,
        prop={"size": pt(theme, "body"), "family": list(theme.font_family)},
        labelcolor=theme.foreground,
    )
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
