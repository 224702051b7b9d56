"""Runtime hook: with ``LIFELINE_OFFLINE_GUARD=1``, fail loudly on any network access.

Used by ``build_installer.py`` to prove the frozen app works offline where it cannot run
the app in an empty network namespace (Windows, macOS, Linux without ``unshare``). Off
unless the variable is set; it only installs an audit hook (PEP 578), the same guard as
tests/support/netguard.py, so it costs nothing otherwise.
"""

import os
import sys

BLOCKED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"}


def _hook(event, args, inet=(2, 10)):
    if event in BLOCKED or (event == "socket.__new__" and len(args) > 1 and args[1] in inet):
        print(f"NETWORK ACCESS BLOCKED: {event} {args!r}", file=sys.stderr, flush=True)
        raise OSError(f"network access is not allowed: {event}")


if os.environ.get("LIFELINE_OFFLINE_GUARD") == "1":
    import socket

    _hook.__defaults__ = ((socket.AF_INET, socket.AF_INET6),)
    sys.addaudithook(_hook)
