"""corn-claim: months of pay for 1 kg of corn, as claimed and as reported prices suggest.

Two rows on one scale (months of pay): the claim as a bar, and the reported prices as an
interval from the highest to the lowest wage, with a dot for each wage. The wage at which
the claim would hold and a question for discussion go underneath: a question, not a verdict.

CSV kinds: one ``claim`` row, one or more ``reported`` rows (corn price, wage, months) and
optionally one ``needed`` row (the wage at which the claim would hold).
"""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from desktop_app.charts.base import (
    add_footer,
    add_title,
    axis_label,
    chars_per_line,
    end_label,
    new_figure,
    say,
    style_axes,
    style_bar,
    wrap,
)
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, DatasetError, FigureInfo

CLAIM, REPORTED = 0, 1  # series (colour and hatch) indices
CLAIM_Y, RANGE_Y = 0.0, 1.2  # rows from the top; the wage rows follow the range row
ROW_STEP = 0.7
HEIGHT = 0.5


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    claims = data.indices("kind", "claim")
    reported = data.indices("kind", "reported")
    needed = data.indices("kind", "needed")
    if len(claims) != 1 or not reported:
        raise DatasetError(data.path, "needs one row of kind 'claim' and some of kind 'reported'")

    fig = new_figure(theme, height_in=5.4)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid="x")
    add_title(fig, info, theme)

    claimed = data.number(claims[0], "months_of_pay")
    (claim_bar,) = ax.barh(CLAIM_Y, claimed, height=HEIGHT)
    style_bar(claim_bar, theme, CLAIM)
    claim_text = say(info, "claim_value", months=claimed)
    end_label(ax, theme, claim_text, claimed, CLAIM_Y, bold=True)
    add_tooltip(fig, claim_bar, f"{data.value(claims[0], 'label')}: {claim_text}")

    # Reported prices: the range as an interval bar, then one bar per wage beneath it.
    points = sorted(
        (
            (
                data.number(i, "months_of_pay"),
                data.number(i, "wage_won_per_month"),
                data.number(i, "corn_won_per_kg"),
                data.value(i, "label"),
            )
            for i in reported
        ),
        reverse=True,
    )
    low, high = points[-1][0], points[0][0]
    (range_bar,) = ax.barh(RANGE_Y, high - low, left=low, height=HEIGHT * 0.7)
    style_bar(range_bar, theme, len(points) + 2, hollow=True)
    range_bar.set_linestyle("-")
    range_bar.set_linewidth(2.0)
    range_bar.set_edgecolor(theme.foreground)
    range_text = say(info, "range_value", low=low, high=high)
    end_label(ax, theme, range_text, high, RANGE_Y, bold=True)
    add_tooltip(fig, range_bar, range_text)

    ticks = [CLAIM_Y, RANGE_Y]
    labels = [info.text("claim_row"), say(info, "reported_row", corn=points[0][2])]
    for k, (months, wage, corn, label) in enumerate(points):
        y = RANGE_Y + ROW_STEP * (k + 1)
        (bar,) = ax.barh(y, months, height=HEIGHT)
        style_bar(bar, theme, REPORTED)
        text = say(info, "point_value", months=months, wage=wage, corn=corn)
        end_label(ax, theme, text, months, y)
        add_tooltip(
            fig, bar, f"{label}: {say(info, 'point_tip', months=months, wage=wage, corn=corn)}"
        )
        ticks.append(y)
        labels.append(label)

    width = chars_per_line(theme, fig.get_figwidth() * 0.3)
    ax.set_yticks(ticks, [wrap(label, width) for label in labels], parse_math=False)
    ax.set_ylim(ticks[-1] + 0.55, CLAIM_Y - 0.55)
    top = max(claimed, high)
    ax.set_xlim(0, top * 1.45)
    ax.spines["bottom"].set_bounds(0, math.ceil(top))
    ax.set_xticks(range(math.ceil(top) + 1))
    axis_label(ax, theme, x=info.text("x_label"))

    notes = [info.text("question")]
    if needed:
        notes.insert(0, say(info, "needed_note", wage=data.number(needed[0], "wage_won_per_month")))
    add_footer(fig, theme, *notes, info.text("source"))
    return fig
