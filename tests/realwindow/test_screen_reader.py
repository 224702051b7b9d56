"""What a screen reader gets: the real app in a real window, read through AT-SPI (issue 12).

The client is Debian's /usr/bin/python3 with pyatspi/Atspi, in its own process, exactly as
Orca reads an application: it walks the tree (tests/support/atspi_dump.py), moves the focus
and presses buttons (atspi_act.py), and counts the events the app sends while real keys
arrive from xdotool (atspi_listen.py). Each test is one row of issue 12's table.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rwstack import SYSTEM_PYTHON

SUPPORT = Path(__file__).resolve().parents[1] / "support"
SIZE = "1600x1000"
EVENTS = [
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:state-changed:focused",
    "focus:",
]


class Heard:
    """What the listener heard (filled in when the ``with`` block ends)."""

    def __init__(self) -> None:
        self.events: list[dict] = []

    def of(self, kind: str) -> list[dict]:
        return [e for e in self.events if e["type"].startswith(kind)]

    @property
    def announcements(self) -> list[str]:
        return [str(e["any_data"]) for e in self.of("object:announcement")]

    def focused(self) -> list[str]:
        """Names of the objects that gained the focus, in order, each move once."""
        names: list[str] = []
        for e in self.of("object:state-changed:focused"):
            if e["detail1"] == 1 and (not names or names[-1] != e.get("name")):
                names.append(e.get("name") or "")
        return names


@contextmanager
def listening(app, seconds: float, tmp: Path) -> Iterator[Heard]:
    """Listen to the app's AT-SPI events while the block acts (and ``seconds`` in all)."""
    ready = tmp / f"ready-{time.monotonic_ns()}"
    cmd = [SYSTEM_PYTHON, str(SUPPORT / "atspi_listen.py"), "--seconds", str(seconds)]
    cmd += ["--pid", str(app.proc.pid), "--ready", str(ready)]
    for kind in EVENTS:
        cmd += ["--event", kind]
    heard = Heard()
    proc = subprocess.Popen(
        cmd, env=app.stack.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the AT-SPI listener never got ready"
            time.sleep(0.05)
        time.sleep(0.3)  # registrations reach the registry (events before are lost)
        yield heard
        out, err = proc.communicate(timeout=seconds + 30)
        assert proc.returncode == 0, err[-2000:]
        heard.events = json.loads(out)["events"]
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.communicate(timeout=10)


def act(app, what: str, name: str, role: str | None = None, prefix: bool = False) -> dict:
    """Focus or press the accessible named ``name`` through AT-SPI, as Orca would."""
    cmd = [SYSTEM_PYTHON, str(SUPPORT / "atspi_act.py"), "--pid", str(app.proc.pid), what]
    cmd += ["--name", name] + (["--role", role] if role else []) + (["--prefix"] if prefix else [])
    r = subprocess.run(cmd, env=app.stack.env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, f"{what} {name!r}: {r.stdout} {r.stderr[-1500:]}"
    return json.loads(r.stdout)


def named(nodes: list[dict], start: str, role: str | None = None) -> list[dict]:
    return [
        n
        for n in nodes
        if (n.get("name") or "").startswith(start) and (role is None or n["role"] == role)
    ]


def ready_calculator(launch, *args: str):
    app = launch(SIZE, "--chapter", "8", *args)
    deadline = time.monotonic() + 30
    while not named(app.nodes(), "Charts: ") and not named(app.nodes(), "그래프: "):
        assert time.monotonic() < deadline, "the calculator's charts never appeared"
        app.settle(0.5)
    return app


def test_ten_input_changes_update_result_names_and_are_announced_once(launch, tmp_path) -> None:
    """Row 'The 8 calculator results': ten Up presses on the amount change every result's
    name (the value is in it) and make one polite announcement, after the pause."""
    app = ready_calculator(launch)
    act(app, "focus", "Amount per transfer (US$)", role="spin button")
    app.settle(0.4)
    with listening(app, 4.5, tmp_path) as heard:
        app.key(*["Up"] * 10)
    names = [str(e["any_data"]) for e in heard.of("object:property-change:accessible-name")]
    # The pinned strip's line ("Arrives …: 1,400   ·   Lost …") repeats the grid: not counted.
    arrives = [n for n in names if n.startswith("Arrives per year (US$): ") and "·" not in n]
    assert len(arrives) >= 10, names[:20]
    # The pinned strip above the inputs says it is a copy of the key results.
    copies = [n for n in names if "Arrives per year" in n and n not in arrives]
    assert all(n.startswith("Key results: ") for n in copies), copies
    assert arrives[-1] == "Arrives per year (US$): 1,400"
    polite = [e for e in heard.of("object:announcement") if e["detail1"] == 1]
    # Debounced: one, after the last press (a slow machine may pause mid-way: at most 3).
    assert 1 <= len(polite) <= 3, heard.announcements
    assert polite[-1]["any_data"].startswith("Arrives per year (US$): 1,400. Rice it buys (kg):")
    assert len(heard.of("object:announcement")) == len(polite)  # none assertive
    nodes = app.nodes()
    assert named(nodes, "Arrives per year (US$): 1,400", role="label")
    assert named(nodes, "Sent per year (US$): 2,000", role="label")


def test_sliders_and_in_words_carry_real_values(launch) -> None:
    """Rows 'Calculator sliders' and 'In words': the slider's description is US$1,000 /
    7.1%, and the prose is exposed as its own text."""
    app = ready_calculator(launch)
    nodes = app.nodes()
    amount = named(nodes, "Amount per transfer (US$) slider", role="slider")[0]
    assert amount["description"] == "US$1,000" and amount["value"]["current"] == 100
    formal = named(nodes, "Formal channel cost (%) slider", role="slider")[0]
    assert formal["description"] == "7.1%"
    prose = named(nodes, "You send US$1,000 once a year.")
    assert prose and prose[0]["description"] == "In words"
    assert len([n for n in nodes if n["role"] == "slider" and "slider" in n["name"]]) == 11


def test_describe_the_result_reads_the_whole_state(launch, tmp_path) -> None:
    """What to build 2: Ctrl+Shift+D in the calculator announces the state description, which
    also appears, as its text, under the button."""
    app = ready_calculator(launch)
    act(app, "focus", "Amount per transfer (US$)", role="spin button")
    app.settle(0.4)
    with listening(app, 2.5, tmp_path) as heard:
        app.key("ctrl+shift+d")
    said = heard.announcements
    assert said and said[-1].startswith("You send US$1,000 once a year through one broker")
    assert "US$700 arrives in a year" in said[-1]
    description = named(app.nodes(), "You send US$1,000 once a year through", role="label")
    assert description and "showing" in description[0]["states"]


def test_chapter_8_tab_order_reaches_results_charts_and_prose(launch, tmp_path) -> None:
    """Row 'Results, charts and In words': after the last input, Tab reaches the eight
    results, the charts, the prose and Describe, in that order."""
    app = ready_calculator(launch)
    act(app, "focus", "Monthly state wage (won) slider", role="slider")
    app.settle(0.4)
    with listening(app, 4.0, tmp_path) as heard:
        app.key(*["Tab"] * 11)
    order = heard.focused()  # the slider took the focus before the listener started
    captions = ["Sent per year", "Arrives per year", "Lost to brokers", "Effective cut"]
    captions += ["Arrives via formal", "Rice it buys", "Corn it buys", "Months of state wages"]
    for caption, name in zip(captions, order[:8], strict=True):
        assert name.startswith(caption) and ": " in name, order
    assert order[8].startswith("Charts: "), order
    assert order[9].startswith("You send US$1,000"), order
    assert order[10] == "Describe the result", order


def test_reading_pane_has_headings_and_announces_links(launch, tmp_path) -> None:
    """Rows 'Headings' and 'Links in the chapter text': headings are heading objects that
    say their level; Tab onto a link inside a paragraph announces 'Link: <its text>'."""
    app = launch(SIZE, "--chapter", "3")
    app.settle(1.0)
    nodes = app.stack.atspi_dump(app.proc.pid, text=True)["nodes"]
    headings = [n for n in nodes if n["role"] == "heading"]
    names = [h["name"] for h in headings]
    assert "How much is sent" in names and "One survey, two currencies" in names
    top = headings[names.index("How much is sent")]
    assert top["description"] == "heading level 1"
    assert headings[names.index("One survey, two currencies")]["description"] == ("heading level 2")
    assert not any(n.get("text", "").lstrip().startswith("#") for n in nodes)
    block = next(
        n for n in nodes if n["name"].startswith("Text: ") and "[A" in (n.get("text") or "")
    )
    act(app, "focus", block["name"])
    app.settle(0.4)
    with listening(app, 2.5, tmp_path) as heard:
        app.key("Tab")
    links = [s for s in heard.announcements if s.startswith("Link: ")]
    assert links and links[0][len("Link: ") :].strip() in block["text"], heard.announcements


def test_figures_name_their_buttons_and_tabs_tell_the_truth(launch) -> None:
    """Rows 'Figure buttons', 'The current figure tab' and 'A figure's Description'."""
    app = launch(SIZE, "--chapter", "3")
    app.settle(2.5)
    nodes = app.nodes()
    tabs = [n for n in nodes if n["role"] == "page tab"]
    charts = [t for t in tabs if t["name"] == "Chart"]
    assert len(charts) >= 3
    assert all("selected" in t["states"] for t in charts)
    assert not any("focused" in t["states"] for t in tabs), [t["name"] for t in tabs]
    describe = named(nodes, "Show the text description of ", role="check box")  # a toggle
    exports = named(nodes, "Export ", role="push button")
    copies = named(nodes, "Copy the table of ", role="push button")
    for group in (describe, exports, copies):
        assert len(group) >= 3 and len({n["name"] for n in group}) == len(group)
    first = describe[0]["name"]
    act(app, "press", first, role="check box")
    app.settle(0.6)
    title = first[len("Show the text description of ") :]
    figure = next(n for n in app.nodes() if n["name"] == f"Figure: {title}")
    shown = [
        n
        for n in app.nodes()
        if n["role"] == "label" and n["name"] == figure["description"].strip()
    ]
    assert shown and "showing" in shown[0]["states"]


def test_quiz_questions_group_their_choices_and_feedback_is_announced(launch, tmp_path) -> None:
    """Rows 'Quiz choices', 'Quiz feedback' and "'Choose first' message"."""
    app = launch(SIZE, "--chapter", "4")
    app.settle(1.0)
    nodes = app.nodes()
    # Qt's Grouping role arrives on AT-SPI as a panel: named by its question.
    groups = [n for n in nodes if n["role"] == "panel" and n["name"].startswith("Question ")]
    assert len(groups) >= 4
    radios = [n for n in nodes if n["role"] == "radio button"]
    assert radios and all("Question 3: " in r["description"] for r in radios)
    act(app, "focus", "Check answer 3", role="push button")
    app.settle(0.4)
    with listening(app, 2.5, tmp_path) as heard:
        app.key("space")
    assert heard.announcements == ["⚠ Choose one of the options first."]


def test_korean_names_throughout_the_calculator(launch) -> None:
    """Row 'Korean': no slider name ends in English ' slider'; results carry values."""
    app = ready_calculator(launch, "--lang", "ko")
    nodes = app.nodes()
    sliders = [n for n in nodes if n["role"] == "slider"]
    assert len(sliders) == 11
    assert all(n["name"].endswith(" 슬라이더") for n in sliders), [n["name"] for n in sliders]
    assert sliders[0]["description"].endswith("달러")
    assert named(nodes, "결과 설명", role="push button")
    assert not named(nodes, "Describe the result")


def test_korean_reading_pane_figures_and_sources(launch) -> None:
    """Row 'Korean': headings, tabs, figure buttons and the Sources headings in Korean."""
    app = launch(SIZE, "--chapter", "3", "--lang", "ko")
    app.settle(1.5)
    nodes = app.stack.atspi_dump(app.proc.pid, text=True)["nodes"]
    headings = [n for n in nodes if n["role"] == "heading"]
    assert headings and all(n["description"].endswith("단계 제목") for n in headings)
    tabs = {n["name"] for n in nodes if n["role"] == "page tab"}
    assert tabs and not tabs & {"Chart", "Table", "Sources"}, tabs
    assert not named(nodes, "Show the text description") and not named(nodes, "Export ")
    # A figure's Sources tab is filled when it is first opened: open it, as Orca's user
    # would, then read it.
    act(app, "press", "출처", role="page tab")
    app.settle(0.6)
    nodes = app.stack.atspi_dump(app.proc.pid, text=True)["nodes"]
    sources = [n for n in nodes if (n.get("text") or "").startswith("이 숫자들의 출처")]
    assert sources, "the Sources tab starts with its Korean heading"
