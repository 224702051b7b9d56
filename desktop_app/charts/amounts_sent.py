"""amounts-sent: what the 2016 survey of 200 defectors reported, and only that.

One horizontal bar per reported share (0-100% of those surveyed); the rest of each bar is a
hollow, dashed, hatched segment labelled 'not reported' rather than an invented split. The
single largest sender is a marker at 1 of 200 (0.5%).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    chars_per_line,
    font,
    label_box,
    new_figure,
    say,
    style_axes,
    style_bar,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=4.8)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="x")
    add_title(fig, info, theme)

    labels: list[str] = []
    label_width = chars_per_line(theme, fig.get_figwidth() * 0.3)
    for i in range(len(data)):
        label = data.value(i, "label")
        percent = data.number(i, "percent")
        surveyed = data.number(i, "surveyed")
        labels.append(wrap(label, label_width))
        if data.value(i, "kind") == "single":
            people = round(percent * surveyed / 100)
            text = say(info, "single_value", people=people, surveyed=surveyed, percent=percent)
            (point,) = ax.plot(
                [percent],
                [i],
                linestyle="none",
                marker="D",
                markersize=theme.font_pt * 0.9,
                color=theme.color(i),
                markeredgecolor=theme.foreground,
                clip_on=False,
            )
            ax.annotate(
                text,
                (percent, i),
                xytext=(theme.font_pt, 0),
                textcoords="offset points",
                va="center",
                bbox=label_box(theme),
                **font(theme),
            )
            add_tooltip(fig, point, f"{label}: {text}")
            continue
        (known,) = ax.barh(i, percent, height=0.6)
        style_bar(known, theme, i)
        value = say(info, "share_value", percent=percent, surveyed=surveyed)
        ax.text(
            percent / 2,
            i,
            value,
            ha="center",
            va="center",
            fontweight="bold",
            bbox=label_box(theme),
            **font(theme),
        )
        add_tooltip(fig, known, f"{label}: {value}")
        rest = 100 - percent
        (unknown,) = ax.barh(i, rest, left=percent, height=0.6)
        style_bar(unknown, theme, len(data) + 1, hollow=True)
        rest_text = say(info, "rest_value", percent=rest, surveyed=surveyed)
        ax.text(
            percent + rest / 2,
            i,
            rest_text,
            ha="center",
            va="center",
            bbox=label_box(theme),
            **font(theme, "body", theme.muted),
        )
        add_tooltip(fig, unknown, f"{label}: {rest_text}".replace("\n", " "))

    ax.set_yticks(range(len(data)), labels, parse_math=False)
    ax.set_ylim(len(data) - 0.5, -0.5)  # first row at the top
    ax.set_xlim(0, 100)
    ax.set_xticks(range(0, 101, 20))
    axis_label(ax, theme, x=info.text("x_label"))
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
