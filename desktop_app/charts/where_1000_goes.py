"""where-1000-goes: US$1,000 split into what arrives and what the route costs.

One horizontal stacked bar per route: a solid 'arrives' segment (labelled inside) and a
hatched 'cost' segment (labelled just past the end of the bar, since some are thin).
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    chars_per_line,
    end_label,
    font,
    ink_on,
    new_figure,
    say,
    style_axes,
    style_bar,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

ARRIVED, COST = 0, 1  # series: colour and hatch index


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=4.6)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="x")
    add_title(fig, info, theme)

    routes = data.column("route")
    sent_all = data.numbers("sent_usd")
    label_width = chars_per_line(theme, fig.get_figwidth() * 0.22)
    for i, route in enumerate(routes):
        sent = sent_all[i]
        arrived = data.number(i, "arrived_usd")
        cost = data.number(i, "cost_usd")
        percent = data.number(i, "cost_percent")

        (arrived_bar,) = ax.barh(i, arrived, height=0.62)
        style_bar(arrived_bar, theme, ARRIVED)
        arrived_text = say(info, "arrived_value", value=arrived, sent=sent)
        ax.text(
            arrived / 2,
            i,
            arrived_text,
            ha="center",
            va="center",
            fontweight="bold",
            **font(theme, "body", ink_on(theme.color(ARRIVED))),
        )
        add_tooltip(fig, arrived_bar, f"{route}: {arrived_text} of US${sent:,.0f}")

        (cost_bar,) = ax.barh(i, cost, left=arrived, height=0.62)
        style_bar(cost_bar, theme, COST)
        cost_text = say(info, "cost_value", value=cost, percent=percent)
        end_label(ax, theme, cost_text, arrived + cost, i)
        add_tooltip(fig, cost_bar, f"{route}: {cost_text}")

    top = max(sent_all)
    ax.set_yticks(range(len(routes)), [wrap(r, label_width) for r in routes], parse_math=False)
    ax.set_ylim(len(routes) - 0.5, -0.5)  # first row at the top
    ax.set_xlim(0, top * 1.42)  # room for the cost labels past the end of each bar
    ax.set_xticks([top * k / 5 for k in range(6)])
    ax.spines["bottom"].set_bounds(0, top)
    ax.xaxis.set_major_formatter(StrMethodFormatter(info.text("x_tick")))
    axis_label(ax, theme, x=info.text("x_label"))
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
