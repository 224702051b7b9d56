"""A private X11 + D-Bus + AT-SPI desktop for real-window tests (standard library only).

Runs inside the project's venv (any Python >= 3.11). Every process is a child started
with subprocess.Popen and stopped by its PID; nothing is found or killed by name.

    with Stack(size="1366x768") as s:
        app = s.launch_app(["-m", "desktop_app", "--chapter", "8"], cwd=REPO)
        win = s.wait_window(app.pid)
        s.screenshot("shot.png")
        tree = s.atspi_dump(app.pid)            # runs /usr/bin/python3 atspi_dump.py

Needs (Debian 12): xvfb openbox xdotool imagemagick python3-pyatspi gir1.2-atspi-2.0
libxcb-icccm4 libxcb-keysyms1 (+ at-spi2-core, dbus, python3-gi from the base image).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's: has gi + Atspi; the venv's Python does not
DUMP = HERE / "atspi_dump.py"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRYD = "/usr/libexec/at-spi2-registryd"


class StackError(RuntimeError):
    pass


def _wait(pred, timeout: float, what: str, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while True:
        v = pred()
        if v:
            return v
        if time.monotonic() > deadline:
            raise StackError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(step)


class Stack:
    def __init__(
        self,
        size: str = "1366x768",
        depth: int = 24,
        wm: bool = True,
        a11y: bool = True,
        workdir: str | None = None,
    ) -> None:
        self.size, self.depth, self.wm, self.a11y = size, depth, wm, a11y
        self._own_dir = workdir is None
        self.dir = Path(workdir or tempfile.mkdtemp(prefix="rwstack-"))
        self.procs: list[tuple[str, subprocess.Popen]] = []
        self.env: dict[str, str] = {}
        self.timings: dict[str, float] = {}

    # -- lifecycle -------------------------------------------------------------------
    def __enter__(self) -> Stack:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _spawn(self, name: str, cmd: list[str], **kw) -> subprocess.Popen:
        # The child keeps its own copy of the log; ours closes at once (no ResourceWarning).
        with open(self.dir / f"{name}.log", "wb") as log:
            kw.setdefault("stdout", log)
            kw.setdefault("stderr", log)
            p = subprocess.Popen(cmd, env=kw.pop("env", self.env), **kw)
        self.procs.append((name, p))
        return p

    def start(self) -> None:
        t0 = time.monotonic()
        run = self.dir / "run"
        home = self.dir / "home"
        for d in (run, home, home / "config", home / "data", home / "mpl"):
            d.mkdir(parents=True, exist_ok=True)
        run.chmod(0o700)
        base = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_")) and k != "DISPLAY"
        }
        base.update(
            XDG_RUNTIME_DIR=str(run),  # a11y bus socket lands in run/at-spi/, not ~/.cache
            HOME=str(home),
            LIFELINE_CONFIG_DIR=str(home / "config"),
            LIFELINE_DATA_DIR=str(home / "data"),
            MPLCONFIGDIR=str(home / "mpl"),
            NO_AT_BRIDGE="0",
        )
        self.env = base

        # 1. Xvfb on a free display: -displayfd makes the server pick one and print it.
        rfd, wfd = os.pipe()
        self._spawn(
            "xvfb",
            [
                "Xvfb",
                "-displayfd",
                str(wfd),
                "-screen",
                "0",
                f"{self.size}x{self.depth}",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(wfd,),
        )
        os.close(wfd)
        with os.fdopen(rfd) as r:
            display = r.readline().strip()
        if not display:
            raise StackError("Xvfb did not report a display (see xvfb.log)")
        self.env["DISPLAY"] = f":{display}"
        self.timings["xvfb"] = time.monotonic() - t0

        # 2. Private session bus, not forked, so we own its PID and reap it.
        p = self._spawn(
            "dbus",
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        addr = p.stdout.readline().decode().strip()
        if not addr:
            raise StackError("dbus-daemon printed no address")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = addr
        self.timings["dbus"] = time.monotonic() - t0

        if self.a11y:
            # 3. AT-SPI bus (its own dbus-daemon child) + registry, both ours.
            self._spawn("atspi-bus", [BUS_LAUNCHER, "--launch-immediately"])
            _wait(lambda: self._name_has_owner("org.a11y.Bus"), 10, "org.a11y.Bus")
            self._dbus_send(
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.freedesktop.DBus.Properties.Set",
                "string:org.a11y.Status",
                "string:IsEnabled",
                "variant:boolean:true",
            )
            a11y_addr = self._dbus_send(
                "--print-reply=literal",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ).strip()
            self.env["AT_SPI_BUS_ADDRESS"] = a11y_addr  # clients skip the lookup
            # Start the registry ourselves (else the a11y bus activates it and it is
            # re-parented to init, outside our PID bookkeeping).
            self._spawn("registryd", [REGISTRYD])
            _wait(
                lambda: self._name_has_owner("org.a11y.atspi.Registry", a11y_addr),
                10,
                "org.a11y.atspi.Registry",
            )
            self.timings["atspi"] = time.monotonic() - t0

        if self.wm:
            # 4. Window manager: focus, activation, decorations, _NET_WORKAREA.
            self._spawn("openbox", ["openbox", "--sm-disable"])
            _wait(
                lambda: "window id" in self._xprop_root("_NET_SUPPORTING_WM_CHECK"), 10, "openbox"
            )
            self.timings["openbox"] = time.monotonic() - t0
        self.timings["stack"] = time.monotonic() - t0

    def stop(self) -> None:
        """Stop every child in reverse start order, by PID: TERM, wait, then KILL."""
        for _name, p in reversed(self.procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait(timeout=5)
            if p.stdout:
                p.stdout.close()
        self.procs.clear()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------
    def _dbus_send(self, *args: str, address: str | None = None) -> str:
        bus = [f"--bus={address}"] if address else ["--session"]
        cmd = ["dbus-send", *bus, "--print-reply", *args]
        if any(a.startswith("--print-reply=") for a in args):
            cmd.remove("--print-reply")
        return subprocess.run(
            cmd, env=self.env, check=True, capture_output=True, text=True, timeout=10
        ).stdout

    def _name_has_owner(self, name: str, address: str | None = None) -> bool:
        try:
            out = self._dbus_send(
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
                address=address,
            )
        except subprocess.CalledProcessError:
            return False
        return "boolean true" in out

    def _xprop_root(self, prop: str) -> str:
        r = subprocess.run(
            ["xprop", "-root", prop], env=self.env, capture_output=True, text=True, timeout=10
        )
        return r.stdout

    def launch_app(
        self,
        args: list[str],
        cwd: str | os.PathLike | None = None,
        python: str = sys.executable,
        extra_env: dict | None = None,
        name: str = "app",
    ) -> subprocess.Popen:
        env = dict(self.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        env.update(extra_env or {})
        return self._spawn(name, [python, *args], cwd=cwd, env=env)

    def wait_window(self, pid: int, timeout: float = 30, name: str = ".") -> str:
        """X window id (decimal string) of the first visible window of PID."""

        def find():
            r = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", name],
                env=self.env,
                capture_output=True,
                text=True,
            )
            ids = r.stdout.split()
            return ids[0] if ids else None

        return _wait(find, timeout, f"a window of pid {pid}", step=0.1)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *map(str, args)],
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout

    def screenshot(self, path: str | os.PathLike) -> Path:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, check=True, timeout=30
        )
        return Path(path)

    def atspi_dump(
        self, pid: int, wait: float = 20, text: bool = False, max_depth: int = 40
    ) -> dict:
        cmd = [
            SYSTEM_PYTHON,
            str(DUMP),
            "--pid",
            str(pid),
            "--wait",
            str(wait),
            "--max-depth",
            str(max_depth),
        ]
        if text:
            cmd.append("--text")
        r = subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=wait + 60)
        if r.returncode != 0:
            raise StackError(f"atspi_dump failed: {r.stdout[-500:]} {r.stderr[-1500:]}")
        return json.loads(r.stdout)


if __name__ == "__main__":  # smoke test: python rwstack.py [WxH]
    size = sys.argv[1] if len(sys.argv) > 1 else "1366x768"
    with Stack(size=size) as s:
        print(
            json.dumps(
                {
                    "env": {
                        k: s.env[k]
                        for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")
                    },
                    "timings": {k: round(v, 3) for k, v in s.timings.items()},
                    "pids": {n: p.pid for n, p in s.procs},
                },
                indent=1,
            )
        )
