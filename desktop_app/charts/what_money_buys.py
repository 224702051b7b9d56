"""what-money-buys: the money sent home and a month's state wage, in one unit (rice).

Dollars, won and months cannot share an axis, so the figure converts every sum into
kilograms of rice at one market price (the CSV holds the worked values, from X04, X06 and
D04). On one scale the remittance's bar runs the width of the chart and the wage bars are
slivers: that difference is the lesson, so the direct labels carry the small values.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
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

ROW_IN = 0.8  # height of one bar row, in inches at design size
SERIES = {"remittance": 0, "wage": 1}


def amount(value: float) -> str:
    """Kilograms for people: whole kilograms from 10 kg up, else two decimals (0.36)."""
    return f"{value:,.0f}" if value >= 10 else f"{value:,.2f}"


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    rows = range(len(data))
    fig = new_figure(theme, height_in=ROW_IN * len(data) + 2.6)
    add_title(fig, info, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="x")
    width = fig.get_figwidth()
    ax.set_title(wrap(info.text("subtitle"), chars_per_line(theme, width * 0.62)), loc="left",
                 **font(theme))  # fmt: skip
    label_width = chars_per_line(theme, width * 0.28)
    values = [data.number(i, "value") for i in rows]
    labels = []
    for i in rows:
        label, unit, value = data.value(i, "label"), data.value(i, "unit"), values[i]
        (bar,) = ax.barh(i, value, height=0.6)
        style_bar(bar, theme, SERIES.get(data.value(i, "kind"), 2))
        text = say(info, "value", value=amount(value), unit=unit)
        end_label(ax, theme, text, value, i, bold=True)
        add_tooltip(fig, bar, f"{label}: {text}")
        labels.append(wrap(label, label_width))
    ax.set_yticks(list(rows), labels, parse_math=False)
    ax.set_ylim(len(data) - 0.5, -0.5)
    top = max(values)
    ax.set_xlim(0, top * 1.25)  # room for the value label past the longest bar
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:,.0f}"))
    ax.spines["bottom"].set_bounds(0, top)
    ax.set_xticks([t for t in ax.get_xticks() if 0 <= t <= top])
    axis_label(ax, theme, x=info.text("x_label"))
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
