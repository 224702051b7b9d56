"""Helpers shared by the figure builders: theme-driven figures, fonts, axes and text.

Nothing here touches pyplot or ``rcParams``; every size, colour and family comes from
the :class:`ChartTheme` handed in, and every user-visible sentence from the catalogue
(``FigureInfo``) or the CSV.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Rectangle

from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import CATALOGUE, DatasetError, FigureInfo

Size = Literal["title", "body", "small"]

# Figure size in inches for 11 pt body text; it grows with the text so nothing crowds.
WIDTH_IN = 8.0
DESIGN_PT = 11.0


def growth(theme: ChartTheme) -> float:
    """How much bigger than its design size a figure is drawn, to fit the theme's text."""
    return max(1.0, theme.font_pt / DESIGN_PT)


def new_figure(theme: ChartTheme, height_in: float, width_in: float = WIDTH_IN) -> Figure:
    """A constrained-layout figure painted in the theme, sized for its text.

    The size is only the starting (and export) size: a Qt canvas resizes the figure to its
    widget, and the constrained layout then re-fits the axes around the text.
    """
    grow = growth(theme)
    width = width_in * grow
    if theme.room_in > 0:
        # Bigger text on a page no wider: only the height grows, so the canvas need not
        # shrink the figure (and its text) back to 100 % (issue 11, defect 8).
        width = min(width, max(width_in, theme.room_in))
    return Figure(
        figsize=(width, height_in * grow),
        layout=ConstrainedLayoutEngine(w_pad=0.08, h_pad=0.08),
        facecolor=theme.background,
        edgecolor=theme.background,
    )


def pt(theme: ChartTheme, size: Size) -> float:
    return {"title": theme.title_pt, "body": theme.font_pt, "small": theme.small_pt}[size]


def font(theme: ChartTheme, size: Size = "body", color: str | None = None) -> dict[str, Any]:
    """Keyword arguments that give a text artist the theme's font, size and colour."""
    return {
        "fontsize": pt(theme, size),
        "fontfamily": list(theme.font_family),
        "color": theme.foreground if color is None else color,
        "parse_math": False,  # "US$700 ... US$300" is money, not mathtext
    }


def chars_per_line(
    theme: ChartTheme, width_in: float, size: Size = "body", bold: bool = False
) -> int:
    """Roughly how many characters of ``size`` text fit across ``width_in`` inches."""
    # An average character is about 0.55 em wide in DejaVu Sans, 0.62 em in bold.
    em = 0.62 if bold else 0.55
    return max(12, int(width_in * 72 / (pt(theme, size) * em)))


def display_width(text: str) -> int:
    """Width in Latin-character units: Hangul and other wide characters count as two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _fill(part: str, width: int) -> str:
    if display_width(part) == len(part):
        return textwrap.fill(part, width)
    lines: list[str] = []
    line = ""
    for word in part.split():
        candidate = f"{line} {word}" if line else word
        if line and display_width(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return "\n".join(lines)


def wrap(text: str, width: int) -> str:
    """Wrap ``text`` to ``width`` Latin characters' room (wide characters count double),
    keeping any line breaks it already has."""
    return "\n".join(_fill(part, width) for part in text.split("\n"))


def say(info: FigureInfo, key: str, **values: object) -> str:
    """Catalogue text ``key`` with ``{placeholders}`` filled from ``values``."""
    template = info.text(key)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        raise DatasetError(
            CATALOGUE, f"figure '{info.id}': text '{key}' has a bad placeholder ({exc})"
        ) from None


def add_title(fig: Figure, info: FigureInfo, theme: ChartTheme) -> None:
    width_in = fig.get_figwidth()
    fig.suptitle(
        wrap(info.title, chars_per_line(theme, width_in * 0.95, "title", bold=True)),
        fontweight="bold",
        **font(theme, "title"),
    )


def add_footer(fig: Figure, theme: ChartTheme, *lines: str) -> None:
    """Small left-aligned notes under the chart (caveats, then the source line)."""
    width = chars_per_line(theme, fig.get_figwidth() * 0.95, "small")
    text = "\n".join(wrap(line, width) for line in lines if line)
    if text:
        fig.supxlabel(text, x=0.01, ha="left", linespacing=1.3, **font(theme, "small"))


def style_axes(ax: Axes, theme: ChartTheme, grid: Literal["x", "y", "none"] = "none") -> None:
    """Theme colours and fonts for an axes: ticks, spines, grid, background."""
    ax.set_facecolor(theme.background)
    for side, spine in ax.spines.items():
        spine.set_color(theme.muted)
        spine.set_visible(side in ("left", "bottom"))
    ax.tick_params(
        colors=theme.foreground,
        labelcolor=theme.foreground,
        labelsize=theme.font_pt,
        labelfontfamily=theme.font_family[0],
    )
    if grid != "none":
        ax.grid(True, axis=grid, color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)


def axis_label(ax: Axes, theme: ChartTheme, x: str = "", y: str = "") -> None:
    if x:
        ax.set_xlabel(x, **font(theme, "body"))
    if y:
        ax.set_ylabel(y, **font(theme, "body"))


def ink_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (WCAG relative luminance)."""
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(color))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.179 else "#FFFFFF"


def style_bar(bar: Rectangle, theme: ChartTheme, i: int, *, hollow: bool = False) -> None:
    """Fill (or outline) a bar in series ``i``'s colour with its hatch, so colour is never
    the only cue; ``hollow`` bars stand for what is not known."""
    color = theme.color(i)
    if hollow:
        bar.set_facecolor(theme.background)
        bar.set_edgecolor(theme.muted)
        bar.set_hatchcolor(theme.muted)
        bar.set_linestyle("--")
    else:
        bar.set_facecolor(color)
        bar.set_edgecolor(theme.foreground)
        bar.set_hatchcolor(ink_on(color))
    bar.set_hatch(theme.hatch(i))
    bar.set_linewidth(1.0)


def label_box(theme: ChartTheme) -> dict[str, Any]:
    """A background-coloured box so a label stays readable over hatching or gridlines."""
    return {
        "boxstyle": "round,pad=0.2",
        "facecolor": theme.background,
        "edgecolor": "none",
        "alpha": 0.9,
    }


def end_label(
    ax: Axes, theme: ChartTheme, text: str, x: float, y: float, bold: bool = False
) -> None:
    """Write ``text`` just past the end of a horizontal bar ending at (``x``, ``y``)."""
    extra: dict[str, Any] = {"fontweight": "bold"} if bold else {}
    ax.annotate(
        text,
        (x, y),
        xytext=(theme.font_pt * 0.5, 0),
        textcoords="offset points",
        va="center",
        **extra,
        **font(theme),
    )
