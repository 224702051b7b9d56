"""senders-and-contact: who sent money that year (2019-2023) beside contact with family.

Two panels, one per question, each with its own bars; a tick says how many were asked (or that
the number is not given), because the samples differ from year to year.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    font,
    new_figure,
    pt,
    say,
    style_axes,
    style_bar,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

PANELS = (("sent", "sent_title", 0), ("contact", "contact_title", 1))


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=5.2)
    axes = fig.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [5, 2.6]})
    add_title(fig, info, theme)
    for ax, (measure, title_key, series) in zip(axes, PANELS, strict=True):
        style_axes(ax, theme, grid="y")
        ax.set_title(info.text(title_key), fontsize=pt(theme, "body"), color=theme.foreground)
        rows = [i for i in range(len(data)) if data.value(i, "measure") == measure]
        ticks: list[str] = []
        for x, i in enumerate(rows):
            percent = data.number(i, "percent")
            asked = data.optional_number(i, "asked")
            (bar,) = ax.bar(x, percent, width=0.7)
            style_bar(bar, theme, series)
            text = say(info, "value", percent=percent)
            ax.annotate(
                text,
                (x, percent),
                xytext=(0, theme.font_pt * 0.3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontweight="bold",
                **font(theme, "small"),
            )
            n = (
                say(info, "asked_unknown")
                if asked is None
                else say(info, "asked_known", asked=asked)
            )
            year = f"{data.number(i, 'year'):.0f}"
            ticks.append(f"{year}\n{n}")
            add_tooltip(fig, bar, f"{year}: {text} {info.text(title_key)} ({n})")
        ax.set_xticks(range(len(rows)), ticks)
        ax.tick_params(axis="x", labelsize=pt(theme, "small"))
    axes[0].set_ylim(0, 60)
    axis_label(axes[0], theme, y=info.text("y_label"))
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
