"""since-2018-timeline: events from the 2016 survey to the 2025 fall of the won.

Read top to bottom: one dot per event on a vertical line, its date and a short description
beside it. The article's own date is drawn bold and in its own colour.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from desktop_app.charts.base import (
    add_footer,
    add_title,
    chars_per_line,
    font,
    new_figure,
    pt,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

KINDS = {"before": 0, "article": 1, "after": 2}
MARKERS = {"before": "s", "article": "D", "after": "o"}


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    n = len(data)
    fig = new_figure(theme, height_in=1.6 + 0.42 * n)
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    ax.set_axis_off()
    add_title(fig, info, theme)
    ax.plot([0, 0], [-0.5, n - 0.5], color=theme.muted, linewidth=1.5)
    width = chars_per_line(theme, fig.get_figwidth() * 0.62, "body")
    seen: dict[str, Line2D] = {}
    for i in range(n):
        y = n - 1 - i  # earliest at the top
        kind = data.value(i, "kind")
        (dot,) = ax.plot(
            0,
            y,
            marker=MARKERS[kind],
            markersize=pt(theme, "body") * 0.8,
            color=theme.color(KINDS[kind]),
            markeredgecolor=theme.foreground,
            linestyle="none",
        )
        seen.setdefault(kind, dot)
        when = data.value(i, "when")
        event = data.value(i, "event")
        weight = "bold" if kind == "article" else "normal"
        ax.text(-0.08, y, when, ha="right", va="center", fontweight=weight, **font(theme))
        ax.text(
            0.08, y, wrap(event, width), ha="left", va="center", fontweight=weight, **font(theme)
        )
        add_tooltip(fig, dot, f"{when}: {event}")
    ax.set_xlim(-1.0, 3.2)
    ax.set_ylim(-0.8, n - 0.2)
    ax.legend(
        [seen[k] for k in KINDS if k in seen],
        [info.text(f"{k}_label") for k in KINDS if k in seen],
        loc="lower right",
        frameon=False,
        prop={"size": pt(theme, "small"), "family": list(theme.font_family)},
        labelcolor=theme.foreground,
    )
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
