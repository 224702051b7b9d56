"""The calculator's live figure: three charts in one figure, updated in place.

The chain (a waterfall: sent, each broker's cut, what goes missing, what arrives); another
way (what the chain, a formal channel and the SDG target cost deliver, against the amount
sent); what it buys (kg of rice and corn, months of a state wage). ``build`` makes every
artist once, for the longest chain; ``update`` only moves, resizes, hides and relabels them.
Numeric axes are hidden (each bar has a direct label), so the layout is worked out once and
frozen. Colour is never the only cue: each kind of bar has its own hatch and a label.
Live mode (``set_live``) marks the changing artists animated, for blitting: a canvas keeps
the static parts and redraws the ``parts`` in ``dirty``; ``steps_changed`` asks for a full
draw. Texts come from ``[figures]`` in resources/calculator/en.toml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation, Text
from matplotlib.transforms import BboxBase

from desktop_app.charts.base import Size, font, ink_on, label_box, new_figure, style_axes
from desktop_app.charts.style import ChartTheme
from desktop_app.core.money.format import money_text, number_text, people_number
from desktop_app.core.money.remittance import FIELD_BY_NAME, Flow, RemittanceResult

MAX_HOPS = int(FIELD_BY_NAME["brokers"].maximum)
# Waterfall slots: sent, one per possible broker, missing on the way, arrives.
SENT, TRANSIT, ARRIVES = 0, MAX_HOPS + 1, MAX_HOPS + 2
SLOTS = MAX_HOPS + 3
WIDTH = 0.62
# Series: (palette index, hatch). Meanings repeat across the three axes. Line hatches only:
# Agg re-renders a hatch tile on every draw, and dotted or circled tiles cost about 1 ms a
# bar, several times a line pattern (too slow for a redraw within one frame).
SERIES = {
    "sent": (0, ""),
    "hop": (1, "//"),
    "transit": (5, "x"),
    "arrives": (2, "--"),
    "formal": (4, "\\\\"),
    "sdg": (3, "++"),
    "corn": (2, "||"),
}
_KEY_GROUPS = (
    ("chain_title", "step_sent", "step_hop", "step_transit", "step_arrives", "value_money"),
    ("value_hop", "tip_sent", "tip_hop", "tip_transit", "tip_arrives", "channels_title"),
    ("channel_brokers", "channel_formal", "channel_sdg", "channel_value", "tip_channel"),
    ("sent_line", "buys_title", "food_rice", "food_corn", "food_value", "tip_food"),
    ("wages_note", "wages_no_data", "wages_no_data_for"),
)
TEXT_KEYS = tuple(key for group in _KEY_GROUPS for key in group)


def _style(bar: Rectangle, theme: ChartTheme, series: str) -> None:
    colour = theme.color(SERIES[series][0])
    bar.set(facecolor=colour, edgecolor=theme.foreground, hatch=SERIES[series][1], linewidth=1)
    bar.set_hatchcolor(ink_on(colour))


def _bare(ax: Axes, theme: ChartTheme, numbers_on: str) -> None:
    """Hide the numeric axis: the bars carry their values as direct labels."""
    style_axes(ax, theme)
    (ax.set_yticks if numbers_on == "y" else ax.set_xticks)([])
    ax.spines["left" if numbers_on == "y" else "bottom"].set_visible(False)


@dataclass(frozen=True)
class Part:
    """One of the three charts: its axes, the artists that move and the labels that change."""

    ax: Axes
    shapes: tuple[Artist, ...]
    texts: tuple[Text, ...]

    @property
    def box(self) -> BboxBase:
        """Where the chart (title, axes and labels) is, in display pixels."""
        owner = self.ax.get_figure(root=False)
        assert owner is not None
        return owner.bbox

    def signature(self) -> tuple[object, ...]:
        """Everything about the picture that an update can change."""
        shapes = tuple(
            (a.get_visible(), *(a.get_bbox().bounds if isinstance(a, Rectangle) else ()))
            for a in self.shapes
        )
        texts = tuple((t.get_visible(), t.get_text(), tuple(t.get_position())) for t in self.texts)
        return (shapes, texts, self.ax.get_xlim(), self.ax.get_ylim())


@dataclass
class CalculatorCharts:
    """The live figure and handles on every artist :meth:`update` changes."""

    figure: Figure
    theme: ChartTheme
    texts: Mapping[str, str]
    chain_ax: Axes
    channels_ax: Axes
    buys_ax: Axes
    chain_bars: list[Rectangle]
    chain_labels: list[Annotation]
    connectors: list[Line2D]
    channel_bars: list[Rectangle]
    channel_labels: list[Annotation]
    sent_line: Line2D
    sent_label: Annotation
    food_bars: list[Rectangle]
    food_labels: list[Annotation]
    wages_label: Annotation
    tips: dict[Artist, str] = field(default_factory=dict)
    updates: int = 0
    steps_changed: bool = True
    dirty: set[str] = field(default_factory=set)
    _order: tuple[int, ...] = ()
    _signatures: dict[str, tuple[object, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ends = (self.chain_labels[SENT], self.chain_labels[ARRIVES])  # painted last, on top
        self.parts = {
            "chain": Part(
                self.chain_ax,
                (*self.connectors, *self.chain_bars),
                (*(t for t in self.chain_labels if t not in ends), *ends),
            ),
            "channels": Part(
                self.channels_ax,
                (*self.channel_bars, self.sent_line),
                (*self.channel_labels, self.sent_label),
            ),
            "buys": Part(
                self.buys_ax, tuple(self.food_bars), (*self.food_labels, self.wages_label)
            ),
        }

    def live_shapes(self) -> list[Artist]:
        """Bars and lines that :meth:`update` changes, in drawing order."""
        return [a for part in self.parts.values() for a in part.shapes]

    def live_texts(self) -> list[Text]:
        """Labels that :meth:`update` changes (a live canvas may paint these itself)."""
        return [t for part in self.parts.values() for t in part.texts]

    def set_live(self, live: bool) -> None:
        """Mark the changing artists animated (for blitting), or make the figure whole."""
        for artist in (*self.live_shapes(), *self.live_texts()):
            artist.set_animated(live)

    def freeze_layout(self) -> None:
        """Keep the axes where the last constrained layout put them (cheap redraws)."""
        self.figure.set_layout_engine("none")

    def relayout(self) -> None:
        """Let the next draw work the layout out again (after a resize)."""
        self.figure.set_layout_engine("constrained", w_pad=0.08, h_pad=0.1, hspace=0.08)

    def tooltip_at(self, event: MouseEvent) -> str:
        """The exact values under the mouse, or '' when it is over no bar."""
        for artist, text in self.tips.items():
            if artist.get_visible() and artist.contains(event)[0]:
                return text
        return ""

    def update(self, result: RemittanceResult) -> None:
        """Show ``result`` by moving and relabelling the artists; set ``dirty``."""
        self.steps_changed = False
        flow = result.per_year
        self._update_chain(result, flow)
        self._update_channels(result, flow)
        self._update_buys(result, flow)
        self.updates += 1
        self.dirty = set()
        for name, part in self.parts.items():
            if self._signatures.get(name) != part.signature():
                self._signatures[name] = part.signature()
                self.dirty.add(name)

    def _say(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)

    def _set_hbar(
        self, bar: Rectangle, label: Annotation, width: float, text: str, tip: str
    ) -> None:
        bar.set_width(width)
        label.xy = (width, bar.get_y() + bar.get_height() / 2)
        label.set_text(text)
        self.tips[bar] = tip

    def _update_chain(self, result: RemittanceResult, flow: Flow) -> None:
        hops = len(flow.hop_cents)
        show_transit = flow.transit_cents > 0 or result.inputs.loss_chance > 0
        order = [SENT, *range(1, hops + 1), *([TRANSIT] if show_transit else []), ARRIVES]
        position = {slot: x for x, slot in enumerate(order)}
        sent = flow.sent_cents
        spans: dict[int, tuple[int, int]] = {SENT: (0, sent)}  # slot -> (bottom, top) in cents
        running = sent
        for n, kept in enumerate(flow.hop_cents, start=1):
            spans[n] = (running - kept, running)
            running -= kept
        spans[TRANSIT] = (running - flow.transit_cents, running)
        spans[ARRIVES] = (0, flow.arrives_cents)
        ticks = []
        for slot in range(SLOTS):
            bar, label = self.chain_bars[slot], self.chain_labels[slot]
            bar.set_visible(slot in position)
            label.set_visible(slot in position)
            if slot not in position:
                continue
            bottom, top = spans[slot]
            x, kept = position[slot], top - bottom
            bar.set_bounds(x - WIDTH / 2, bottom / 100, WIDTH, kept / 100)
            label.xy = (x, top / 100)
            exact, rounded = money_text(kept), money_text(kept, whole=True)
            if slot in (SENT, ARRIVES):
                kind = "sent" if slot == SENT else "arrives"
                label.set_text(self._say("value_money", value=rounded))
                self.tips[bar] = self._say(f"tip_{kind}", value=exact)
                ticks.append(self._say(f"step_{kind}"))
                continue
            share = number_text(Decimal(100 * kept) / top, 2) if top else "0"
            label.set_text(self._say("value_hop", value=rounded, percent=share))
            if slot == TRANSIT:
                loss = number_text(result.inputs.loss_chance)
                self.tips[bar] = self._say("tip_transit", value=exact, percent=loss)
                ticks.append(self._say("step_transit"))
            else:
                cut = number_text(result.inputs.cuts[slot - 1])
                before, after = money_text(top), money_text(bottom)
                self.tips[bar] = self._say(
                    "tip_hop", n=slot, value=exact, percent=cut, before=before, after=after
                )
                ticks.append(self._say("step_hop", n=slot))
        for i, line in enumerate(self.connectors):
            visible = i + 1 < len(order)
            line.set_visible(visible)
            if visible:
                # The amount carried on: what is left after this step.
                level = sent if order[i] == SENT else spans[order[i]][0]
                line.set_data([i + WIDTH / 2, i + 1 - WIDTH / 2], [level / 100, level / 100])
        if tuple(order) != self._order:
            self._order = tuple(order)
            self.steps_changed = True
            self.chain_ax.set_xticks(range(len(order)), ticks)
            self.chain_ax.set_xlim(-0.5, len(order) - 0.5)
        self.chain_ax.set_ylim(0, max(sent, 1) / 100 * 1.32)

    def _update_channels(self, result: RemittanceResult, flow: Flow) -> None:
        inputs = result.inputs
        values = (
            (flow.arrives_cents, result.effective_cut_pct),
            (flow.formal_cents, inputs.formal_cost),
            (flow.sdg_cents, inputs.sdg_target),
        )
        names = ("channel_brokers", "channel_formal", "channel_sdg")
        for bar, label, name, (cents, cost) in zip(
            self.channel_bars, self.channel_labels, names, values, strict=True
        ):
            pct = number_text(cost, 2)
            text = self._say("channel_value", value=money_text(cents, whole=True), percent=pct)
            tip = self._say(
                "tip_channel", channel=self._say(name), value=money_text(cents), percent=pct
            )
            self._set_hbar(bar, label, cents / 100, text, tip)
        sent = flow.sent_cents / 100
        self.sent_line.set_xdata([sent, sent])
        self.sent_label.xy = (sent, 2.45)
        self.sent_label.set_text(
            self._say("sent_line", value=money_text(flow.sent_cents, whole=True))
        )
        self.channels_ax.set_xlim(0, max(sent, 0.01) * 1.45)

    def _update_buys(self, result: RemittanceResult, flow: Flow) -> None:
        inputs = result.inputs
        foods = (
            (flow.rice_kg, "food_rice", inputs.rice_won_per_kg),
            (flow.corn_kg, "food_corn", inputs.corn_won_per_kg),
        )
        for bar, label, (kg, name, price) in zip(
            self.food_bars, self.food_labels, foods, strict=True
        ):
            text = self._say("food_value", value=number_text(kg, 0))
            tip = self._say(
                "tip_food", food=self._say(name), value=number_text(kg), price=number_text(price)
            )
            self._set_hbar(bar, label, float(kg), text, tip)
        widest = max(float(flow.rice_kg), float(flow.corn_kg), 0.01)
        self.buys_ax.set_xlim(0, widest * 1.3)
        if flow.wage_months is None or inputs.monthly_wage_won is None:
            # No wage for the year of the prices: say so, never another year's months.
            year = inputs.prices_year
            text = self._say("wages_no_data_for", year=year) if year else self._say("wages_no_data")
            self.wages_label.set_text(text)
            return
        self.wages_label.set_text(
            self._say(
                "wages_note",
                months=people_number(flow.wage_months),
                wage=number_text(inputs.monthly_wage_won),
            )
        )


def _value_label(ax: Axes, theme: ChartTheme, offset: tuple[float, float], **kw: str) -> Annotation:
    return _note(ax, theme, (0, 0), offset, "body", fontweight="bold", bbox=label_box(theme), **kw)


def _note(
    ax: Axes, theme: ChartTheme, xy: tuple[float, float], offset: tuple[float, float],
    size: Size = "body", **kw: object,
) -> Annotation:  # fmt: skip
    """An empty text at ``xy``, ``offset`` points away, never clipped (update fills it)."""
    style = {**font(theme, size), "annotation_clip": False, **kw}
    return ax.annotate("", xy, xytext=offset, textcoords="offset points", **style)  # type: ignore[arg-type]


def _hbars(
    ax: Axes, theme: ChartTheme, rows: tuple[tuple[str, str], ...], height: float
) -> tuple[list[Rectangle], list[Annotation]]:
    """One horizontal bar per (series, label) row, top to bottom, each with a value label."""
    _bare(ax, theme, "x")
    ax.tick_params(axis="y", length=0, pad=theme.font_pt * 0.4)
    bars, labels = [], []
    ys = range(len(rows) - 1, -1, -1)
    for y, (kind, _) in zip(ys, rows, strict=True):
        (bar,) = ax.barh(y, 1.0, height=height)
        _style(bar, theme, kind)
        bars.append(bar)
        labels.append(_value_label(ax, theme, (theme.font_pt * 0.4, 0), ha="left", va="center"))
    ax.set_yticks(list(ys), [label for _, label in rows])
    return bars, labels


def build(
    result: RemittanceResult, theme: ChartTheme, texts: Mapping[str, str]
) -> CalculatorCharts:
    """Make the figure and every artist once, then show ``result``."""
    missing = [key for key in TEXT_KEYS if key not in texts]
    if missing:  # a KeyError naming them now, not a crash at the first update
        raise KeyError(f"calculator chart texts are missing: {', '.join(missing)}")
    fig = new_figure(theme, height_in=7.6, width_in=7.8)
    # One subfigure per chart, so each title starts at the figure's left edge.
    grid = fig.add_gridspec(3, 1, height_ratios=(3.3, 1.9, 1.5))
    parts = [fig.add_subfigure(grid[i]) for i in range(3)]
    axes = []
    for part, key in zip(parts, ("chain_title", "channels_title", "buys_title"), strict=True):
        part.set_facecolor(theme.background)
        part.suptitle(texts[key], x=0.0, ha="left", fontweight="bold", **font(theme, "title"))
        axes.append(part.add_subplot())
    chain_ax, channels_ax, buys_ax = axes

    _bare(chain_ax, theme, "y")
    chain_ax.tick_params(axis="x", length=0, labelsize=theme.small_pt, pad=theme.font_pt * 0.4)
    kinds = ["sent", *["hop"] * MAX_HOPS, "transit", "arrives"]
    chain_bars = []
    chain_labels = []
    for slot, kind in enumerate(kinds):
        (bar,) = chain_ax.bar(slot, 1.0, width=WIDTH)
        _style(bar, theme, kind)
        chain_bars.append(bar)
        label = _value_label(chain_ax, theme, (0, theme.font_pt * 0.35), ha="center", va="bottom")
        if kind in ("hop", "transit"):
            label.set_fontsize(theme.small_pt)
            label.set_fontweight("normal")
        else:
            label.set_zorder(label.get_zorder() + 1)  # on top of a crowded neighbour
        chain_labels.append(label)
    connectors = [
        chain_ax.plot([0, 0], [0, 0], color=theme.muted, linestyle="--", linewidth=1.2)[0]
        for _ in range(SLOTS - 1)
    ]

    names = ("channel_brokers", "channel_formal", "channel_sdg")
    rows = tuple(zip(("arrives", "formal", "sdg"), (texts[n] for n in names), strict=True))
    channel_bars, channel_labels = _hbars(channels_ax, theme, rows, 0.64)
    channels_ax.set_ylim(-0.6, 3.0)
    sent_line = channels_ax.axvline(1.0, color=theme.foreground, linestyle=":", linewidth=1.6)
    offset = (-theme.font_pt * 0.4, 0.0)
    sent_label = _note(channels_ax, theme, (1.0, 2.45), offset, "small", ha="right", va="bottom")

    rows = (("arrives", texts["food_rice"]), ("corn", texts["food_corn"]))
    food_bars, food_labels = _hbars(buys_ax, theme, rows, 0.62)
    buys_ax.set_ylim(-0.55, 1.55)
    offset = (0.0, -theme.font_pt * 0.6)
    wages_label = _note(
        buys_ax, theme, (0, 0), offset, xycoords="axes fraction", ha="left", va="top"
    )

    charts = CalculatorCharts(
        fig, theme, texts, chain_ax, channels_ax, buys_ax, chain_bars, chain_labels, connectors,
        channel_bars, channel_labels, sent_line, sent_label, food_bars, food_labels, wages_label,
    )  # fmt: skip
    charts.relayout()
    charts.update(result)
    return charts
