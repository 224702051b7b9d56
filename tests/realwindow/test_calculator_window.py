"""The calculator as a simulation, in a real window: a change and its effect on one screen."""

from __future__ import annotations

import pytest

AMOUNT = "Amount per transfer (US$)"
LAST = "Monthly state wage (won)"
ARRIVES = "Arrives per year (US$)"
MONTHS = "Months of state wages"
CHAIN = "Broker chain chart"


def _inside(box: list[int], pane: list[int]) -> bool:
    x, y, w, h = box
    px, py, pw, ph = pane
    return w > 0 and h > 0 and x >= px and y >= py and x + w <= px + pw and y + h <= py + ph


def _showing(nodes: list[dict], name: str, role: str | None = None) -> list[dict]:
    return [
        n
        for n in nodes
        if n["name"] == name
        and (role is None or n["role"] == role)
        and "showing" in n["states"]
        and n["extents"][3] > 0
    ]


def _scroll_into_view(app, name: str, pane: list[int]) -> dict:
    """Real wheel clicks over the pane's margin until the spin box ``name`` is in it."""
    px, py, pw, ph = pane
    for _ in range(40):
        (box,) = _showing(app.nodes(), name, "spin button") or [None]
        if box is not None and _inside(box["extents"], [px, py + 40, pw, ph - 80]):
            return box
        below = box is None or box["extents"][1] > py + ph // 2
        app.wheel(px + 20, py + ph // 2, 2, down=below)  # the left margin: no control there
        app.settle(0.3)
    raise AssertionError(f"{name} never came into view")


def _result(nodes: list[dict], caption: str) -> dict:
    """A big number, e.g. "Arrives per year (US$): 700" (named with its value, for speech)."""
    found = [n for n in nodes if n["name"].startswith(caption + ": ") and "·" not in n["name"]]
    assert found, "no results value named " + caption
    return found[0]


def _pinned(nodes: list[dict]) -> list[dict]:
    return [
        n
        for n in nodes
        if n["name"].startswith("Key results: " + ARRIVES + ": ")
        and "·" in n["name"]
        and "showing" in n["states"]
    ]


@pytest.mark.parametrize("size", ["1366x768", "1024x768"])
@pytest.mark.parametrize("field", [AMOUNT, LAST])
def test_typing_into_an_input_keeps_results_and_chain_in_view(launch, size, field) -> None:
    """Defect 12: with an input focused and changed with real keys, the results and the
    chain chart are inside the reading pane, and the numbers they show changed."""
    app = launch(size, "--chapter", "8")
    app.settle(2.0)
    pane = app.node("Reading pane")["extents"]
    box = _scroll_into_view(app, field, pane)
    caption = ARRIVES if field == AMOUNT else MONTHS  # the result this input changes
    before = _result(app.nodes(), caption)["name"]
    x, y, w, h = box["extents"]
    app.stack.xdotool("mousemove", x + w // 2, y + h // 2)
    app.stack.xdotool("click", 1)
    value = "2500" if field == AMOUNT else "7000"
    app.key("ctrl+a", *value)
    app.settle(1.0)
    slug = "amount" if field == AMOUNT else "wage"
    app.shot(f"calculator-{slug}-{size}")
    nodes = app.nodes()
    (focused,) = [n for n in nodes if n["name"] == field and n["role"] == "spin button"]
    assert "focused" in focused["states"], focused["states"]
    assert _inside(focused["extents"], pane), (focused["extents"], pane)
    charts = [n for n in _showing(nodes, CHAIN, "image") if _inside(n["extents"], pane)]
    assert charts, ([n["extents"] for n in nodes if n["name"] == CHAIN], pane)
    for chart in charts:  # never under the focused input
        _, top, _, height = chart["extents"]
        assert top + height <= focused["extents"][1] or top >= focused["extents"][1] + h
    grid = _result(nodes, caption)
    assert grid["name"] != before, before
    # The number is on screen: in the grid, or in the strip pinned above the inputs.
    pinned = _pinned(nodes)
    if not _inside(grid["extents"], pane):
        assert pinned and _inside(pinned[0]["extents"], pane), (grid, pinned)
    if pinned:
        assert grid["name"] in pinned[0]["name"], (pinned[0]["name"], grid["name"])
    else:
        assert field == AMOUNT, "the strip shows once the grid is scrolled away"
