#!/usr/bin/python3
"""Listen to AT-SPI events for N seconds, then print JSON and exit (never blocks forever).

Run with Debian's /usr/bin/python3 (python3-pyatspi / gir1.2-atspi-2.0), with DISPLAY and
DBUS_SESSION_BUS_ADDRESS of the private stack.

usage: atspi_listen.py [--seconds 5] [--pid PID] [--ready FILE] [--quiet-after-ready]
                       [--event TYPE ...]
  --ready FILE  touched once the listeners are registered (wait for it before acting)
  --pid PID     keep only events whose source belongs to that process
Output (stdout, one JSON object):
  {"counts": {type: n}, "events": [{"t", "type", "detail1", "detail2", "any_data",
              "role", "name", "states"}], "elapsed": s}
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

DEFAULT_EVENTS = [
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:property-change:accessible-value",
    "object:value-changed",
    "object:text-changed",  # covers :insert and :delete
    "object:text-caret-moved",
    "object:state-changed:focused",
    "object:state-changed:checked",
    "object:state-changed:selected",
    "object:state-changed:showing",
    "object:children-changed",
    "object:selection-changed",
    "object:visible-data-changed",
    "focus:",
    "window:activate",
    "window:create",
]


def jsonable(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, Atspi.Accessible):
        try:
            return {"role": v.get_role_name(), "name": v.get_name()}
        except Exception:
            return "<accessible>"
    return repr(v)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--pid", type=int, default=None)
    ap.add_argument("--ready", default=None)
    ap.add_argument("--event", action="append", default=None)
    ap.add_argument("--max-events", type=int, default=2000)
    args = ap.parse_args()
    types = args.event or DEFAULT_EVENTS

    t0 = time.monotonic()
    counts: dict[str, int] = {}
    events: list[dict] = []

    def on_event(ev):
        try:
            src = ev.source
            if args.pid is not None:
                try:
                    if src.get_process_id() != args.pid:
                        return
                except Exception:
                    return
            counts[ev.type] = counts.get(ev.type, 0) + 1
            if len(events) >= args.max_events:
                return
            rec = {
                "t": round(time.monotonic() - t0, 3),
                "type": ev.type,
                "detail1": ev.detail1,
                "detail2": ev.detail2,
                "any_data": jsonable(ev.any_data),
            }
            try:
                rec["role"] = src.get_role_name()
                rec["name"] = src.get_name()
            except Exception as exc:
                rec["source_error"] = repr(exc)
            events.append(rec)
        except Exception as exc:  # never let an exception kill the loop
            events.append({"type": "listener-error", "error": repr(exc)})

    # Keep a reference: a collected listener silently stops receiving.
    listener = Atspi.EventListener.new(on_event)
    for t in types:
        listener.register(t)

    loop = GLib.MainLoop()
    GLib.timeout_add(int(args.seconds * 1000), loop.quit)
    if args.ready:
        # Let the registrations reach the registry (and the app's bridge) first.
        def ready():
            Path(args.ready).write_text("ready\n")
            return False

        GLib.timeout_add(300, ready)
    loop.run()
    for t in types:
        listener.deregister(t)
    json.dump(
        {"counts": counts, "events": events, "elapsed": round(time.monotonic() - t0, 3)},
        sys.stdout,
        ensure_ascii=False,
    )
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
