"""The calculator's live figure: one figure, three axes, updated in place.

* **The chain** (a waterfall): what you send, what each broker keeps, what goes missing on
  the way (when there is a loss chance) and what the family gets.
* **Another way**: what would arrive through the broker chain, a formal money-transfer
  channel and at the UN's SDG target cost, against a line at the amount sent.
* **What it buys**: kilograms of rice and corn in a North Korean market, and the months of
  a state wage the same money equals.

:func:`build` makes every artist once, for the largest chain the model allows (5 brokers);
:meth:`CalculatorCharts.update` then only moves, resizes, shows or hides them and changes
their text (``set_x``/``set_height``/``set_width``/``set_text``/``set_data``), so a change of
input costs one redraw and never a rebuild. Numeric axes are hidden (every bar carries its
value as a direct label), so the layout does not depend on the numbers: it is worked out
once by the constrained layout and then frozen (:meth:`freeze_layout`), which keeps a redraw
cheap. Colour is never the only cue: each kind of bar has its own hatch and a label.

Live mode (:meth:`CalculatorCharts.set_live`) marks the artists that change as *animated*,
matplotlib's convention for blitting: an ordinary draw then paints only the static parts
(titles, category labels, spines), which a canvas keeps as a background, and the canvas
draws :meth:`~CalculatorCharts.live_shapes` over it and the :meth:`~CalculatorCharts.live_texts`
itself. :attr:`~CalculatorCharts.steps_changed` says when the static part changed too (the
chain's steps), so the background must be drawn again. Out of live mode (the default, and
what exports use) the figure is complete on its own.

Text comes from the ``texts`` mapping (``[figures]`` in ``resources/calculator/en.toml``);
numbers are formatted here, from the model's exact values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation, Text
from matplotlib.transforms import BboxBase

from desktop_app.charts.base import font, ink_on, label_box, new_figure, style_axes
from desktop_app.charts.style import ChartTheme
from desktop_app.core.remittance import FIELD_BY_NAME, Flow, RemittanceResult
from desktop_app.core.scenario import money_text, number_text

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
PARTS = ("chain", "channels", "buys")
TEXT_KEYS = (
    "chain_title",
    "step_sent",
    "step_hop",
    "step_transit",
    "step_arrives",
    "value_money",
    "value_hop",
    "tip_sent",
    "tip_hop",
    "tip_transit",
    "tip_arrives",
    "channels_title",
    "channel_brokers",
    "channel_formal",
    "channel_sdg",
    "channel_value",
    "tip_channel",
    "sent_line",
    "buys_title",
    "food_rice",
    "food_corn",
    "food_value",
    "tip_food",
    "wages_note",
)


def _style(bar: Rectangle, theme: ChartTheme, series: str) -> None:
    colour_index, hatch = SERIES[series]
    colour = theme.color(colour_index)
    bar.set_facecolor(colour)
    bar.set_edgecolor(theme.foreground)
    bar.set_hatchcolor(ink_on(colour))
    bar.set_hatch(hatch)
    bar.set_linewidth(1.0)


def _bare(ax: Axes, theme: ChartTheme, numbers_on: str) -> None:
    """Hide the numeric axis: the bars carry their values as direct labels."""
    style_axes(ax, theme)
    if numbers_on == "y":
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
    else:
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)


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
    live: bool = False
    dirty: set[str] = field(default_factory=set)
    _order: tuple[int, ...] = ()
    _signatures: dict[str, tuple[object, ...]] = field(default_factory=dict)

    # --- the three charts ---------------------------------------------------------------
    def part_names(self) -> tuple[str, ...]:
        return PARTS

    def part_box(self, name: str) -> BboxBase:
        """Where chart ``name`` (its title, axes and labels) is, in display pixels."""
        axes = {"chain": self.chain_ax, "channels": self.channels_ax, "buys": self.buys_ax}
        part = axes[name].get_figure(root=False)
        assert part is not None
        return part.bbox

    def part_shapes(self, name: str) -> list[Artist]:
        shapes: dict[str, list[Artist]] = {
            "chain": [*self.connectors, *self.chain_bars],
            "channels": [*self.channel_bars, self.sent_line],
            "buys": [*self.food_bars],
        }
        return shapes[name]

    def part_texts(self, name: str) -> list[Text]:
        ends = [self.chain_labels[SENT], self.chain_labels[ARRIVES]]
        texts: dict[str, list[Text]] = {
            "chain": [*(t for t in self.chain_labels if t not in ends), *ends],
            "channels": [*self.channel_labels, self.sent_label],
            "buys": [*self.food_labels, self.wages_label],
        }
        return texts[name]

    def _signature(self, name: str) -> tuple[object, ...]:
        shapes = tuple(
            (a.get_visible(), *(a.get_bbox().bounds if isinstance(a, Rectangle) else ()))
            for a in self.part_shapes(name)
        )
        texts = tuple(
            (t.get_visible(), t.get_text(), tuple(t.get_position())) for t in self.part_texts(name)
        )
        axes = {"chain": self.chain_ax, "channels": self.channels_ax, "buys": self.buys_ax}[name]
        return (shapes, texts, axes.get_xlim(), axes.get_ylim())

    # --- live mode ------------------------------------------------------------------------
    def live_shapes(self) -> list[Artist]:
        """Bars and lines that :meth:`update` changes, in drawing order."""
        return [a for name in PARTS for a in self.part_shapes(name)]

    def live_texts(self) -> list[Text]:
        """Labels that :meth:`update` changes (a live canvas may paint these itself), in
        painting order: the amounts sent and arriving last, on top of any crowded neighbour."""
        return [t for name in PARTS for t in self.part_texts(name)]

    def set_live(self, live: bool) -> None:
        """Mark the changing artists animated (for blitting), or make the figure whole."""
        self.live = live
        for artist in (*self.live_shapes(), *self.live_texts()):
            artist.set_animated(live)

    # --- layout -------------------------------------------------------------------------
    def freeze_layout(self) -> None:
        """Keep the axes where the last constrained layout put them (cheap redraws)."""
        self.figure.set_layout_engine("none")

    def relayout(self) -> None:
        """Let the next draw work the layout out again (after a resize)."""
        self.figure.set_layout_engine("constrained", w_pad=0.08, h_pad=0.1, hspace=0.08)

    @property
    def layout_frozen(self) -> bool:
        return not isinstance(self.figure.get_layout_engine(), ConstrainedLayoutEngine)

    # --- hover ----------------------------------------------------------------------------
    def tooltip_at(self, event: MouseEvent) -> str:
        """The exact values under the mouse, or '' when it is over no bar."""
        for artist, text in self.tips.items():
            if artist.get_visible() and artist.contains(event)[0]:
                return text
        return ""

    # --- live update ----------------------------------------------------------------------
    def update(self, result: RemittanceResult) -> None:
        """Show ``result``: move and relabel the existing artists, never rebuild.

        Sets :attr:`steps_changed` when the chain's steps (and so the static part) changed,
        and :attr:`dirty` to the names of the charts whose picture changed.
        """
        self.steps_changed = False
        flow = result.per_year
        self._update_chain(result, flow)
        self._update_channels(result, flow)
        self._update_buys(result, flow)
        self.updates += 1
        self.dirty = set()
        for name in PARTS:
            signature = self._signature(name)
            if self._signatures.get(name) != signature:
                self._signatures[name] = signature
                self.dirty.add(name)

    def _say(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)

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
            visible = slot in position
            bar.set_visible(visible)
            label.set_visible(visible)
            if not visible:
                continue
            x = position[slot]
            bottom, top = spans[slot]
            bar.set_x(x - WIDTH / 2)
            bar.set_y(bottom / 100)
            bar.set_height((top - bottom) / 100)
            label.xy = (x, top / 100)
            amount = money_text(top - bottom, whole=True)
            if slot in (SENT, ARRIVES):
                label.set_text(self._say("value_money", value=amount))
                key = "tip_sent" if slot == SENT else "tip_arrives"
                self.tips[bar] = self._say(key, value=money_text(top - bottom))
                ticks.append(self._say("step_sent" if slot == SENT else "step_arrives"))
                continue
            share = number_text(Decimal(100 * (top - bottom)) / top, 2) if top else "0"
            label.set_text(self._say("value_hop", value=amount, percent=share))
            if slot == TRANSIT:
                ticks.append(self._say("step_transit"))
                self.tips[bar] = self._say(
                    "tip_transit",
                    value=money_text(top - bottom),
                    percent=number_text(result.inputs.loss_chance),
                )
            else:
                ticks.append(self._say("step_hop", n=slot))
                self.tips[bar] = self._say(
                    "tip_hop",
                    n=slot,
                    value=money_text(top - bottom),
                    percent=number_text(result.inputs.cuts[slot - 1]),
                    before=money_text(top),
                    after=money_text(bottom),
                )
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
            bar.set_width(cents / 100)
            label.xy = (cents / 100, bar.get_y() + bar.get_height() / 2)
            cost_text = number_text(cost, 2)
            label.set_text(
                self._say("channel_value", value=money_text(cents, whole=True), percent=cost_text)
            )
            self.tips[bar] = self._say(
                "tip_channel", channel=self._say(name), value=money_text(cents), percent=cost_text
            )
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
            bar.set_width(float(kg))
            label.xy = (float(kg), bar.get_y() + bar.get_height() / 2)
            label.set_text(self._say("food_value", value=number_text(kg, 0)))
            self.tips[bar] = self._say(
                "tip_food", food=self._say(name), value=number_text(kg), price=number_text(price)
            )
        widest = max(float(flow.rice_kg), float(flow.corn_kg), 0.01)
        self.buys_ax.set_xlim(0, widest * 1.3)
        self.wages_label.set_text(
            self._say(
                "wages_note",
                months=number_text(flow.wage_months, 0 if flow.wage_months >= 10 else 2),
                wage=number_text(inputs.monthly_wage_won),
            )
        )


def _value_label(
    ax: Axes, theme: ChartTheme, offset: tuple[float, float], **kw: object
) -> Annotation:
    return ax.annotate(
        "",
        (0, 0),
        xytext=offset,
        textcoords="offset points",
        fontweight="bold",
        bbox=label_box(theme),
        annotation_clip=False,
        **kw,  # type: ignore[arg-type]
        **font(theme),
    )


def build(
    result: RemittanceResult, theme: ChartTheme, texts: Mapping[str, str]
) -> CalculatorCharts:
    """Make the figure and every artist once, then show ``result``."""
    missing = [key for key in TEXT_KEYS if key not in texts]
    if missing:
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

    _bare(channels_ax, theme, "x")
    channels_ax.tick_params(axis="y", length=0, pad=theme.font_pt * 0.4)
    channel_bars = []
    channel_labels = []
    for y, kind in zip((2, 1, 0), ("arrives", "formal", "sdg"), strict=True):
        (bar,) = channels_ax.barh(y, 1.0, height=0.64)
        _style(bar, theme, kind)
        channel_bars.append(bar)
        channel_labels.append(
            _value_label(channels_ax, theme, (theme.font_pt * 0.4, 0), ha="left", va="center")
        )
    channels_ax.set_yticks(
        (2, 1, 0), [texts["channel_brokers"], texts["channel_formal"], texts["channel_sdg"]]
    )
    channels_ax.set_ylim(-0.6, 3.0)
    sent_line = channels_ax.axvline(1.0, color=theme.foreground, linestyle=":", linewidth=1.6)
    sent_label = channels_ax.annotate(
        "",
        (1.0, 2.45),
        xytext=(-theme.font_pt * 0.4, 0),
        textcoords="offset points",
        ha="right",
        va="bottom",
        annotation_clip=False,
        **font(theme, "small"),
    )

    _bare(buys_ax, theme, "x")
    buys_ax.tick_params(axis="y", length=0, pad=theme.font_pt * 0.4)
    food_bars = []
    food_labels = []
    for y, kind in zip((1, 0), ("arrives", "corn"), strict=True):
        (bar,) = buys_ax.barh(y, 1.0, height=0.62)
        _style(bar, theme, kind)
        food_bars.append(bar)
        food_labels.append(
            _value_label(buys_ax, theme, (theme.font_pt * 0.4, 0), ha="left", va="center")
        )
    buys_ax.set_yticks((1, 0), [texts["food_rice"], texts["food_corn"]])
    buys_ax.set_ylim(-0.55, 1.55)
    wages_label = buys_ax.annotate(
        "",
        (0, 0),
        xycoords="axes fraction",
        xytext=(0, -theme.font_pt * 0.6),
        textcoords="offset points",
        ha="left",
        va="top",
        annotation_clip=False,
        **font(theme),
    )

    charts = CalculatorCharts(
        figure=fig,
        theme=theme,
        texts=texts,
        chain_ax=chain_ax,
        channels_ax=channels_ax,
        buys_ax=buys_ax,
        chain_bars=chain_bars,
        chain_labels=chain_labels,
        connectors=connectors,
        channel_bars=channel_bars,
        channel_labels=channel_labels,
        sent_line=sent_line,
        sent_label=sent_label,
        food_bars=food_bars,
        food_labels=food_labels,
        wages_label=wages_label,
    )
    charts.relayout()
    charts.update(result)
    return charts
