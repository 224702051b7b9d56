"""Real-window fixtures: Lifeline in a real X11 window (Xvfb + openbox), driven from outside.

Why a subprocess: tests/conftest.py puts the whole session on the offscreen platform (it
must, for the widget tests), and a QApplication cannot change platform once made. So the
app runs as its own process on ``QT_QPA_PLATFORM=xcb`` inside a private desktop
(tests/support/rwstack.py: Xvfb picked by ``-displayfd``, a private D-Bus and AT-SPI bus,
openbox), receives real input from xdotool, and is inspected through what a person or a
screen reader gets: the window's geometry, the AT-SPI tree, and screenshots saved under
build/screens/ for a person to look at. Every process is started and stopped by PID.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "support"))
from rwstack import BUS_LAUNCHER, SYSTEM_PYTHON, Stack  # noqa: E402

SCREENS = REPO / "build" / "screens"
NEEDED = ["Xvfb", "openbox", "xdotool", "import", "dbus-daemon", "xprop", "xwininfo"]


def missing_tools() -> list[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    missing += [p for p in (BUS_LAUNCHER, SYSTEM_PYTHON) if not Path(p).exists()]
    return missing


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    missing = missing_tools()
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.realwindow)
            if missing:
                reason = f"real-window tools missing: {missing} (.ci/run installs them)"
                item.add_marker(pytest.mark.skip(reason=reason))


class Desktops:
    """One private desktop per screen size, started on first use, all stopped at the end."""

    def __init__(self) -> None:
        self._stacks: dict[str, Stack] = {}

    def at(self, size: str) -> Stack:
        stack = self._stacks.get(size)
        if stack is None:
            stack = Stack(size=size)
            try:
                stack.start()
            except BaseException:
                stack.stop()
                raise
            self._stacks[size] = stack
        return stack

    def stop(self) -> None:
        for stack in self._stacks.values():
            stack.stop()
        self._stacks.clear()


@pytest.fixture(scope="session")
def desktops() -> Iterator[Desktops]:
    d = Desktops()
    try:
        yield d
    finally:
        d.stop()


class Lifeline:
    """The app in a real window: its process, window id and the desktop it is on."""

    def __init__(self, stack: Stack, proc: subprocess.Popen, win: str) -> None:
        self.stack, self.proc, self.win = stack, proc, win

    @property
    def screen(self) -> tuple[int, int]:
        w, h = self.stack.size.split("x")
        return int(w), int(h)

    def key(self, *keys: str) -> None:
        self.stack.xdotool("key", "--window", self.win, "--delay", "60", *keys)

    def wheel(self, x: int, y: int, clicks: int, down: bool = True) -> None:
        """Real wheel clicks (X buttons 5/4) with the pointer at screen position x, y."""
        self.stack.xdotool("mousemove", x, y)
        self.stack.xdotool("click", "--repeat", clicks, "--delay", "40", 5 if down else 4)

    def frame(self, window: str | None = None) -> tuple[int, int, int, int]:
        """The window's outer rectangle on screen (title bar and borders included)."""
        win = window or self.win
        info = subprocess.run(
            ["xwininfo", "-id", win], env=self.stack.env, capture_output=True, text=True
        ).stdout
        fields = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(":")
            fields[key] = value.strip()
        x, y = int(fields["Absolute upper-left X"]), int(fields["Absolute upper-left Y"])
        w, h = int(fields["Width"]), int(fields["Height"])
        raw = subprocess.run(
            ["xprop", "-id", win, "_NET_FRAME_EXTENTS"],
            env=self.stack.env,
            capture_output=True,
            text=True,
        ).stdout
        left = right = top = bottom = 0
        if "=" in raw:
            left, right, top, bottom = (int(v) for v in raw.split("=")[1].split(","))
        return x - left, y - top, w + left + right, h + top + bottom

    def nodes(self, max_depth: int = 40) -> list[dict]:
        return self.stack.atspi_dump(self.proc.pid, max_depth=max_depth)["nodes"]

    def node(self, name: str, role: str | None = None) -> dict:
        found = [
            n for n in self.nodes() if n["name"] == name and (role is None or n["role"] == role)
        ]
        assert found, f"no accessible named {name!r}"
        return found[0]

    def title(self) -> str:
        return self.stack.xdotool("getwindowname", self.win).strip()

    def shot(self, name: str) -> Path:
        SCREENS.mkdir(parents=True, exist_ok=True)
        return self.stack.screenshot(SCREENS / f"{name}.png")

    def settle(self, seconds: float = 0.6) -> None:
        # The app is another process: there is no signal to wait on from here, so give
        # its event loop a moment to handle the X events it was sent.
        time.sleep(seconds)


@pytest.fixture
def launch(desktops: Desktops, tmp_path: Path) -> Iterator:
    """``launch(size, *args)`` starts Lifeline on a desktop of that size; stopped after."""
    started: list[subprocess.Popen] = []

    def start(size: str, *args: str, env: dict[str, str] | None = None) -> Lifeline:
        stack = desktops.at(size)
        home = tmp_path / f"home-{len(started)}"
        extra = {
            "LIFELINE_CONFIG_DIR": str(home / "config"),
            "LIFELINE_DATA_DIR": str(home / "data"),
            **(env or {}),
        }
        proc = stack.launch_app(["-m", "desktop_app", *args], cwd=REPO, extra_env=extra)
        started.append(proc)
        win = stack.wait_window(proc.pid, name="Lifeline")
        stack.xdotool("windowactivate", "--sync", win)
        stack.atspi_dump(proc.pid, max_depth=1)  # on the a11y bus: the event loop runs
        return Lifeline(stack, proc, win)

    try:
        yield start
    finally:
        for proc in started:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)
