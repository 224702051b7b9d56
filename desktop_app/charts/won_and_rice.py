"""won-and-rice: won per US dollar and the rice price, 2018-2025, on a log scale.

A log scale shows equal multiples as equal steps, so a doubling looks the same in 2018 as in
2025. Every point is labelled with its place and date (the surveys differ); the article's
May 2018 values are dashed reference lines. Rice prices whose unit the source does not state
are hollow, and no kilograms per dollar are worked out for them.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, NullFormatter

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    chars_per_line,
    font,
    label_box,
    new_figure,
    pt,
    say,
    style_axes,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

TICKS = (2_000, 5_000, 10_000, 20_000, 50_000)


def rice_text(data: Dataset, info: FigureInfo, i: int) -> str:
    """The rice label of row ``i``: with kg per US$1 only where the source gives the unit."""
    price = data.number(i, "rice_won_per_kg")
    kg = data.optional_number(i, "rice_kg_per_usd")
    if kg is None or data.value(i, "rice_unit_stated") != "yes":
        return say(info, "rice_value_no_kg", value=price)
    return say(info, "rice_value", value=price, kg=kg)


def key_line(data: Dataset, info: FigureInfo, i: int) -> str:
    """The key entry of row ``i``: number, place and date, the rate and (if any) rice."""
    where = say(info, "point_label", place=data.value(i, "place"), when=data.value(i, "when"))
    parts = [say(info, "rate_value", value=data.number(i, "won_per_usd"))]
    if data.optional_number(i, "rice_won_per_kg") is not None:
        parts.append(rice_text(data, info, i))
    return f"{i + 1}. {where}: " + "; ".join(parts)


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    n = len(data)
    fig = new_figure(theme, height_in=6.2 + 0.3 * n)
    ax, key = fig.subplots(2, 1, gridspec_kw={"height_ratios": [3.2, 0.34 * n]})
    style_axes(ax, theme, grid="y")
    key.set_axis_off()
    key.set_facecolor(theme.background)
    add_title(fig, info, theme)
    ax.set_yscale("log")

    x = data.numbers("position")
    rate = data.numbers("won_per_usd")
    (rate_line,) = ax.plot(x, rate, marker="o", color=theme.color(0), label=info.text("rate_label"))
    add_tooltip(fig, rate_line, f"{info.text('rate_label')}: {rate[0]:,.0f} → {rate[-1]:,.0f}")
    rice_rows = [i for i in range(n) if data.optional_number(i, "rice_won_per_kg") is not None]
    rice = [data.number(i, "rice_won_per_kg") for i in rice_rows]
    (rice_line,) = ax.plot(
        [x[i] for i in rice_rows],
        rice,
        marker="s",
        linestyle="--",
        color=theme.color(1),
        label=info.text("rice_label"),
    )
    add_tooltip(fig, rice_line, f"{info.text('rice_label')}: {rice[0]:,.0f} → {rice[-1]:,.0f}")
    for i in range(n):
        line = key_line(data, info, i)
        (dot,) = ax.plot(x[i], rate[i], marker="o", color=theme.color(0), linestyle="none")
        add_tooltip(fig, dot, line)
        ax.annotate(
            str(i + 1),
            (x[i], rate[i]),
            xytext=(-theme.font_pt * 0.4, theme.font_pt * 0.5),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontweight="bold",
            **font(theme, "small"),
        )
        if i in rice_rows:
            hollow = data.value(i, "rice_unit_stated") != "yes"
            price = data.number(i, "rice_won_per_kg")
            (mark,) = ax.plot(
                x[i],
                price,
                marker="s",
                linestyle="none",
                color=theme.color(1),
                markerfacecolor=theme.background if hollow else theme.color(1),
            )
            add_tooltip(fig, mark, line)
            ax.annotate(
                str(i + 1),
                (x[i], price),
                xytext=(theme.font_pt * 0.4, -theme.font_pt * 0.5),
                textcoords="offset points",
                ha="left",
                va="top",
                fontweight="bold",
                **font(theme, "small"),
            )
        key.text(
            0.0,
            1 - (i + 0.5) / n,
            wrap(line, chars_per_line(theme, fig.get_figwidth() * 0.95, "small")),
            transform=key.transAxes,
            va="center",
            **font(theme, "small"),
        )
    reference = next(i for i in range(n) if data.value(i, "reference") == "yes")
    for column, text_key, series in (
        ("won_per_usd", "reference_rate", 0),
        ("rice_won_per_kg", "reference_rice", 1),
    ):
        value = data.number(reference, column)
        ax.axhline(value, color=theme.color(series), linestyle=":", linewidth=1.2)
        ax.annotate(
            say(info, text_key, value=value),
            (2018.05, value),
            xytext=(0, theme.font_pt * 0.3),
            textcoords="offset points",
            va="bottom",
            ha="left",
            bbox=label_box(theme),
            **font(theme, "small"),
        )
    ax.set_yticks(TICKS)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_ylim(3_000, 60_000)
    ax.set_xlim(2018.0, 2026.0)
    ax.set_xticks(range(2018, 2027), [str(y) for y in range(2018, 2027)])
    axis_label(ax, theme, y=info.text("y_label"))
    ax.legend(
        loc="upper left",
        frameon=False,
        prop={"size": pt(theme, "body"), "family": list(theme.font_family)},
        labelcolor=theme.foreground,
    )
    add_footer(fig, theme, info.text("note"), info.text("source"))
    return fig
