#!/usr/bin/python3
"""Act on one accessible of an application, as a screen reader's commands do.

Run with Debian's /usr/bin/python3 (python3-pyatspi / gir1.2-atspi-2.0), with DISPLAY and
DBUS_SESSION_BUS_ADDRESS (or AT_SPI_BUS_ADDRESS) of the private stack.

usage: atspi_act.py --pid PID (focus | press) --name NAME [--prefix] [--role ROLE]
  focus  Component.grab_focus (Qt gives the widget the keyboard focus)
  press  the first action (a button's "Press")
prints {"ok": bool, "role": ..., "name": ..., "error": ...}
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def find_app(pid: int, wait: float):
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.2)
    return None


def find(acc, name: str, prefix: bool, role: str | None, depth: int = 0):
    try:
        mine = acc.get_name() or ""
        hit = mine.startswith(name) if prefix else mine == name
        if hit and (role is None or acc.get_role_name() == role):
            return acc
        count = acc.get_child_count()
    except Exception:
        return None
    if depth > 40:
        return None
    for i in range(min(count, 500)):
        child = acc.get_child_at_index(i)
        if child is not None and (found := find(child, name, prefix, role, depth + 1)):
            return found
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("what", choices=["focus", "press"])
    ap.add_argument("--name", required=True)
    ap.add_argument("--prefix", action="store_true")
    ap.add_argument("--role", default=None)
    args = ap.parse_args()
    out: dict = {"ok": False}
    app = find_app(args.pid, 20)
    target = find(app, args.name, args.prefix, args.role) if app is not None else None
    if target is None:
        out["error"] = f"no accessible named {args.name!r}"
    else:
        out.update(role=target.get_role_name(), name=target.get_name())
        if args.what == "focus":
            out["ok"] = bool(Atspi.Component.grab_focus(target))
        else:
            out["ok"] = bool(Atspi.Action.do_action(target, 0))
    json.dump(out, sys.stdout, ensure_ascii=False)
    print()
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
