"""arrivals-per-year: North Koreans reaching the South each year, the closed border shaded.

Bars stand at category positions, not calendar years: 2010-2016 are not in the sources, so a
labelled gap sits between 2009 and 2017 instead of bars of zero.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    font,
    new_figure,
    say,
    style_axes,
    style_bar,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

CLOSED = (2020, 2023)  # border closed January 2020, reopened during 2023 (Y09)


def positions(years: tuple[float, ...]) -> list[float]:
    """One slot per year, with one empty slot wherever years are missing."""
    slots: list[float] = []
    x = 0.0
    for i, year in enumerate(years):
        if i and year - years[i - 1] > 1:
            x += 1.0
        slots.append(x)
        x += 1.0
    return slots


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=5.2)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="y")
    add_title(fig, info, theme)

    years = data.numbers("year")
    slots = positions(years)
    closed = [x for x, y in zip(slots, years, strict=True) if CLOSED[0] <= y <= CLOSED[1]]
    span = ax.axvspan(closed[0] - 0.5, closed[-1] + 0.5, color=theme.grid, alpha=0.6, zorder=0)
    top = max(data.numbers("arrivals"))
    during = [
        data.number(i, "arrivals") for i, y in enumerate(years) if CLOSED[0] <= y <= CLOSED[1]
    ]
    label = " ".join(info.text("closed_label").split())
    add_tooltip(fig, span, f"{label}: " + ", ".join(f"{v:,.0f}" for v in during))
    ax.text(
        (closed[0] + closed[-1]) / 2,
        top * 0.75,
        info.text("closed_label"),
        ha="center",
        va="center",
        **font(theme, "small"),
    )
    for i, x in enumerate(slots):
        value = data.number(i, "arrivals")
        key = "provisional_value" if data.value(i, "provisional") else "value"
        text = say(info, key, value=value)
        (bar,) = ax.bar(x, value, width=0.75)
        style_bar(bar, theme, 0)
        ax.annotate(
            text,
            (x, value),
            xytext=(0, theme.font_pt * 0.3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontweight="bold",
            **font(theme, "small"),
        )
        add_tooltip(fig, bar, f"{years[i]:.0f}: {text}")
    gaps = [slots[i] - 1 for i in range(1, len(slots)) if slots[i] - slots[i - 1] > 1]
    for gap in gaps:
        ax.text(gap, top * 0.08, info.text("gap_label"), ha="center", **font(theme, "small"))
    ax.set_xticks(slots, [f"{y:.0f}" for y in years])
    ax.set_ylim(0, top * 1.15)
    axis_label(ax, theme, y=info.text("y_label"))
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
