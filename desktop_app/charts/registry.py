"""Which builder draws which figure.

``builder_for`` imports a builder's module only when it is first asked for, so loading the
registry does not pull in every chart (or the map, which has its own geometry loader).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from matplotlib.figure import Figure

from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, FigureInfo

Builder = Callable[[Dataset, FigureInfo, ChartTheme], Figure]

# figure ID -> module in desktop_app.charts that defines ``build(data, info, theme)``
MODULES: dict[str, str] = {
    "amounts-sent": "amounts_sent",
    "who-sends": "who_sends",
    "mothers-transfers": "mothers_transfers",
    "where-1000-goes": "where_1000_goes",
    "broker-chain": "broker_chain",
    "what-money-buys": "what_money_buys",
    "corn-claim": "corn_claim",
    "route-map": "route_map",
    "since-2018-timeline": "since_2018_timeline",
    "arrivals-per-year": "arrivals_per_year",
    "fees-over-time": "fees_over_time",
    "senders-and-contact": "senders_and_contact",
    "won-and-rice": "won_and_rice",
}


class UnknownFigure(KeyError):
    """No builder is registered for a figure ID."""


def builder_for(figure_id: str) -> Builder:
    """The ``build`` function for ``figure_id`` (imports its module on first use)."""
    try:
        module = MODULES[figure_id]
    except KeyError:
        raise UnknownFigure(f"no chart builder for figure '{figure_id}'") from None
    build: Builder = import_module(f"desktop_app.charts.{module}").build
    return build


class _LazyBuilders(Mapping[str, Builder]):
    """A read-only mapping of every figure ID to its builder, imported on lookup."""

    def __getitem__(self, figure_id: str) -> Builder:
        return builder_for(figure_id)

    def __iter__(self) -> Iterator[str]:
        return iter(MODULES)

    def __len__(self) -> int:
        return len(MODULES)


BUILDERS: Mapping[str, Builder] = _LazyBuilders()
