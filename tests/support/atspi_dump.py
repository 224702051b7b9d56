#!/usr/bin/python3
"""Dump the AT-SPI tree of one application as JSON (run with Debian's /usr/bin/python3).

Needs: python3-pyatspi (brings python3-gi + gir1.2-atspi-2.0).
Env:   DISPLAY and DBUS_SESSION_BUS_ADDRESS of the private stack (the a11y bus is
       found through org.a11y.Bus on that session bus).

usage: atspi_dump.py [--app NAME] [--pid PID] [--wait SECONDS] [--max-depth N] [--text]
prints {"app": ..., "pid": ..., "nodes": [{"depth", "path", "role", "name",
        "description", "states", "attrs", "value", "text", "links", "extents"}]}
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def find_app(name: str | None, pid: int | None, wait: float):
    deadline = time.monotonic() + wait
    while True:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None:
                continue
            try:
                if pid is not None and app.get_process_id() == pid:
                    return app
                if name is not None and app.get_name() == name:
                    return app
            except Exception:  # an app that just went away
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)


def states_of(acc) -> list[str]:
    ss = acc.get_state_set()
    return sorted(
        Atspi.StateType(s).value_nick
        for s in range(Atspi.StateType.LAST_DEFINED)
        if ss.contains(Atspi.StateType(s))
    )


def node_info(acc, depth: int, path: str, want_text: bool) -> dict:
    info: dict = {
        "depth": depth,
        "path": path,
        "role": acc.get_role_name(),
        "name": acc.get_name(),
        "description": acc.get_description(),
        "states": states_of(acc),
    }
    try:
        attrs = acc.get_attributes()
        if attrs:
            info["attrs"] = dict(attrs)
    except Exception:
        pass
    ifaces = acc.get_interfaces()
    info["interfaces"] = list(ifaces)
    if "Value" in ifaces:
        V = Atspi.Value
        info["value"] = {
            "current": V.get_current_value(acc),
            "min": V.get_minimum_value(acc),
            "max": V.get_maximum_value(acc),
            "step": V.get_minimum_increment(acc),
        }
    if "Text" in ifaces and want_text:
        n = Atspi.Text.get_character_count(acc)
        info["text"] = Atspi.Text.get_text(acc, 0, min(n, 300))
        info["text_len"] = n
        try:  # text attributes (font, weight, size ...) at a few offsets
            runs = []
            off = 0
            while off < n and len(runs) < 8:
                attrs, start, end = Atspi.Text.get_attribute_run(acc, off, False)
                runs.append({"start": start, "end": end, "attrs": dict(attrs or {})})
                if end <= off:
                    break
                off = end
            info["text_runs"] = runs
        except Exception as exc:
            info["text_runs"] = repr(exc)
    if "Hypertext" in ifaces:
        try:
            nlinks = Atspi.Hypertext.get_n_links(acc)
            links = []
            for k in range(min(nlinks, 50)):
                link = Atspi.Hypertext.get_link(acc, k)
                links.append(
                    {
                        "uri": link.get_uri(0),
                        "start": link.get_start_index(),
                        "end": link.get_end_index(),
                    }
                )
            info["links"] = {"n": nlinks, "first": links}
        except Exception as exc:
            info["links"] = {"error": repr(exc)}
    try:
        e = acc.get_extents(Atspi.CoordType.SCREEN)
        info["extents"] = [e.x, e.y, e.width, e.height]
    except Exception:
        pass
    return info


def walk(acc, depth, path, out, max_depth, want_text):
    try:
        out.append(node_info(acc, depth, path, want_text))
    except Exception as exc:
        out.append({"depth": depth, "path": path, "error": repr(exc)})
        return
    if depth >= max_depth:
        return
    try:
        n = acc.get_child_count()
    except Exception:
        return
    for i in range(min(n, 500)):
        child = acc.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, f"{path}/{i}", out, max_depth, want_text)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", default=None)
    ap.add_argument("--pid", type=int, default=None)
    ap.add_argument("--wait", type=float, default=10.0)
    ap.add_argument("--max-depth", type=int, default=40)
    ap.add_argument("--text", action="store_true", help="include up to 300 chars of Text")
    args = ap.parse_args()
    if args.app is None and args.pid is None:
        args.app = "Lifeline"
    app = find_app(args.app, args.pid, args.wait)
    if app is None:
        print(json.dumps({"error": "application not found on the a11y bus"}))
        return 1
    nodes: list[dict] = []
    walk(app, 0, "", nodes, args.max_depth, args.text)
    json.dump(
        {"app": app.get_name(), "pid": app.get_process_id(), "nodes": nodes},
        sys.stdout,
        ensure_ascii=False,
        indent=None,
    )
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
