"""who-sends: the share of defectors who send money, one bar per survey answer.

Deliberately not a line: the surveys asked differently worded questions and some do not
report how many people answered. Bars for the same question share a colour and hatch (named
in the legend); bars of one year stand together, years apart; each tick says how many were
asked or that the number is not reported.
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

YEAR_GAP = 0.6  # extra space between years, so each year's bars read as a group


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=5.6)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="y")
    add_title(fig, info, theme)

    questions: list[str] = []
    first_bar: dict[str, Rectangle] = {}
    positions: list[float] = []
    ticks: list[str] = []
    x = -1.0
    previous_year: float | None = None
    for i in range(len(data)):
        year = data.number(i, "year")
        percent = data.number(i, "percent")
        asked = data.optional_number(i, "asked")
        question = data.value(i, "question")
        x += 1.0 + (YEAR_GAP if previous_year is not None and year != previous_year else 0.0)
        previous_year = year
        if question not in questions:
            questions.append(question)
        series = questions.index(question)

        (bar,) = ax.bar(x, percent, width=0.8)
        style_bar(bar, theme, series)
        first_bar.setdefault(question, bar)
        value = say(info, "value", percent=percent)
        ax.annotate(
            value,
            (x, percent),
            xytext=(0, theme.font_pt * 0.4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontweight="bold",
            **font(theme),
        )
        asked_text = (
            say(info, "asked_unknown") if asked is None else say(info, "asked_known", asked=asked)
        )
        positions.append(x)
        ticks.append(f"{year:.0f}\n{asked_text}")
        tip = f"{year:.0f}: {value} {question} ({asked_text})"
        add_tooltip(fig, bar, tip.replace("\n", " "))

    ax.set_xticks(positions, ticks, parse_math=False)
    ax.set_xlim(positions[0] - 0.7, positions[-1] + 0.7)
    ax.set_ylim(0, 100)
    ax.set_yticks(range(0, 101, 20))
    axis_label(ax, theme, y=info.text("y_label"))

    width = chars_per_line(theme, fig.get_figwidth() * 0.8)
    legend = ax.legend(
        [first_bar[q] for q in questions],
        [wrap(q, width) for q in questions],
        loc="lower left",
        bbox_to_anchor=(0.0, 1.02),
        borderaxespad=0.0,
        frameon=False,
        title=info.text("legend_title"),
        alignment="left",
        prop={"size": pt(theme, "body"), "family": list(theme.font_family)},
        title_fontproperties={
            "size": pt(theme, "body"),
            "family": list(theme.font_family),
            "weight": "bold",
        },
        labelcolor=theme.foreground,
        handleheight=1.4,
        handlelength=2.4,
    )
    legend.get_title().set_color(theme.foreground)
    for text in (legend.get_title(), *legend.get_texts()):
        text.set_parse_math(False)
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
