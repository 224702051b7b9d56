"""Tests for desktop_app.charts.marks: tooltips stored on the figure."""

from __future__ import annotations

from matplotlib.figure import Figure

from desktop_app.charts.marks import add_tooltip, tooltips


def test_tooltips_are_per_figure_and_ordered() -> None:
    """Tips stay with their own figure, in the order added; a new figure has none."""
    fig, other = Figure(), Figure()
    ax = fig.add_subplot()
    (bar,) = ax.bar([0], [3])
    (line,) = ax.plot([1], [2], marker="o")
    assert tooltips(fig) == []
    add_tooltip(fig, bar, "bar: 3")
    add_tooltip(fig, line, "point: 2")
    assert tooltips(fig) == [(bar, "bar: 3"), (line, "point: 2")]
    assert tooltips(other) == []
    tooltips(fig).clear()  # a copy: callers cannot empty the figure's list
    assert len(tooltips(fig)) == 2
