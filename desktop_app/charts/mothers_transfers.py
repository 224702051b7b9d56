"""mothers-transfers: what one mother sent, and what arrives if brokers keep the usual cut.

For each period a 'sent' bar stands beside an 'arrives' bar; on top of the 'arrives' bar a
hollow dashed segment reaching up to the amount sent marks the brokers' share. The arrived
amounts are an estimate (the note and the derivation say so).
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

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

WIDTH = 0.38  # of each bar; a period's pair sits either side of its tick


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    fig = new_figure(theme, height_in=5.2)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="y")
    add_title(fig, info, theme)

    periods = data.column("period")
    sent_all = data.numbers("sent_usd")
    for i, period in enumerate(periods):
        sent = sent_all[i]
        arrived = data.number(i, "arrived_usd")
        cut_percent = data.number(i, "cut_percent")
        kept = sent - arrived

        (sent_bar,) = ax.bar(i - WIDTH / 2 - 0.01, sent, width=WIDTH)
        style_bar(sent_bar, theme, 0)
        sent_text = say(info, "sent_value", value=sent)
        ax.annotate(
            sent_text,
            (i - WIDTH / 2 - 0.01, sent),
            xytext=(0, theme.font_pt * 0.3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontweight="bold",
            **font(theme),
        )
        add_tooltip(fig, sent_bar, f"{period}: {sent_text}".replace("\n", " "))

        x = i + WIDTH / 2 + 0.01
        (arrived_bar,) = ax.bar(x, arrived, width=WIDTH)
        style_bar(arrived_bar, theme, 1)
        arrived_text = say(info, "arrived_value", value=arrived)
        ax.text(
            x,
            arrived / 2,
            arrived_text,
            ha="center",
            va="center",
            fontweight="bold",
            bbox=label_box(theme),
            **font(theme),
        )
        add_tooltip(
            fig,
            arrived_bar,
            f"{period}: {arrived_text} ({100 - cut_percent:g}% of US${sent:,.0f})".replace(
                "\n", " "
            ),
        )

        (kept_bar,) = ax.bar(x, kept, bottom=arrived, width=WIDTH)
        style_bar(kept_bar, theme, 4, hollow=True)
        kept_text = say(info, "cut_value", value=kept, percent=cut_percent)
        ax.text(
            x,
            arrived + kept / 2,
            kept_text,
            ha="center",
            va="center",
            bbox=label_box(theme),
            **font(theme, "body", theme.muted),
        )
        add_tooltip(fig, kept_bar, f"{period}: {kept_text}".replace("\n", " "))

    label_width = chars_per_line(theme, fig.get_figwidth() / max(2, len(periods)) * 0.8)
    ax.set_xticks(range(len(periods)), [wrap(p, label_width) for p in periods], parse_math=False)
    ax.set_xlim(-0.6, len(periods) - 0.4)
    ax.set_ylim(0, max(sent_all) * 1.18)
    ax.yaxis.set_major_formatter(StrMethodFormatter(info.text("y_tick")))
    axis_label(ax, theme, y=info.text("y_label"))
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
