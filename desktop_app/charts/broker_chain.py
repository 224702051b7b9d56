"""broker-chain: a waterfall from the amount sent, one step per broker, to what arrives.

CSV rows: one ``start`` (the amount sent), any number of ``hop`` rows (the amount each
broker keeps, as a positive number) and one ``end`` (what arrives). Each hop is a floating
bar from the amount left after it up to the amount before it; thin dashed connectors carry
the running amount from step to step. The total taken, worked out from the data, heads the
plot.
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
from desktop_app.core.story.datasets import Dataset, DatasetError, FigureInfo

SERIES = {"start": 0, "hop": 1, "end": 2}  # colour and hatch index for each kind of step
WIDTH = 0.6


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    kinds = data.column("kind")
    for i, kind in enumerate(kinds):
        if kind not in SERIES:
            raise DatasetError(
                data.path, f"line {data.line_numbers[i]}: kind '{kind}' is not start, hop or end"
            )
    if kinds.count("start") != 1 or kinds[0] != "start":
        raise DatasetError(data.path, "the first row, and only it, should be of kind 'start'")

    fig = new_figure(theme, height_in=5.4)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="y")
    add_title(fig, info, theme)

    steps = data.column("step")
    amounts = data.numbers("amount_usd")
    sent = amounts[0]
    running = sent
    hop_shares: list[float] = []  # each broker's cut as a % of what reached them
    for i, (step, kind, amount) in enumerate(zip(steps, kinds, amounts, strict=True)):
        if kind == "hop":
            bottom, height = running - amount, amount
            text = say(
                info,
                "hop_value",
                value=amount,
                before=running,
                after=running - amount,
                percent=round(100 * amount / running, 2),
            )
            tip = f"{step}: {text} (US${running:,.0f} → US${running - amount:,.0f})"
            tip = tip.replace("\n", " ")
            hop_shares.append(round(100 * amount / running, 2))
            running -= amount
        else:
            bottom, height = 0.0, amount
            text = say(info, f"{kind}_value", value=amount)
            tip = f"{step}: {text}"
            if kind == "start":
                running = amount
        (bar,) = ax.bar(i, height, bottom=bottom, width=WIDTH)
        style_bar(bar, theme, SERIES[kind])
        add_tooltip(fig, bar, tip)
        if kind == "hop":
            # Under the floating bar: the connector to the next step leaves from its side.
            ax.annotate(
                text,
                (i, bottom),
                xytext=(0, -theme.font_pt * 0.4),
                textcoords="offset points",
                ha="center",
                va="top",
                fontweight="bold",
                bbox=label_box(theme),
                **font(theme),
            )
        else:
            ax.annotate(
                text,
                (i, amount),
                xytext=(0, theme.font_pt * 0.4),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontweight="bold",
                **font(theme),
            )
        if i + 1 < len(steps):
            level = running if kind != "end" else amount
            ax.plot(
                [i + WIDTH / 2, i + 1 - WIDTH / 2],
                [level, level],
                color=theme.muted,
                linestyle="--",
                linewidth=1.2,
            )

    arrived = amounts[-1] if kinds[-1] == "end" else running
    if abs(arrived - running) > 0.5:
        raise DatasetError(
            data.path,
            f"the steps leave US${running:,.0f} but the 'end' row says US${arrived:,.0f}",
        )
    taken = sent - arrived
    ax.set_title(
        wrap(
            say(
                info,
                "total_note",
                taken=taken,
                sent=sent,
                percent=100 * taken / sent,
                hops=len(hop_shares),
                hop_percent=hop_shares[0] if len(set(hop_shares)) == 1 else 0,
                simple_sum=sum(hop_shares),
            ),
            chars_per_line(theme, fig.get_figwidth() * 0.85),
        ),
        loc="left",
        pad=theme.font_pt,
        **font(theme),
    )

    label_width = chars_per_line(theme, fig.get_figwidth() / len(steps) * 0.75)
    ax.set_xticks(range(len(steps)), [wrap(s, label_width) for s in steps], parse_math=False)
    ax.set_xlim(-0.5, len(steps) - 0.5)
    ax.set_ylim(0, sent * 1.15)
    ax.yaxis.set_major_formatter(StrMethodFormatter(info.text("y_tick")))
    axis_label(ax, theme, y=info.text("y_label"))
    add_footer(fig, theme, info.text("source"))
    return fig
