"""Run Lifeline with a guard that fails loudly on any network access.

    python tests/support/netguard.py --self-test

An audit hook (PEP 578) sees every socket connect, DNS lookup and socket creation for
an internet address family made by Python code in this process, including libraries.
"""

from __future__ import annotations

import socket
import sys

BLOCKED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"}


def _hook(event: str, args: tuple) -> None:
    if event in BLOCKED:
        print(f"NETWORK ACCESS BLOCKED: {event} {args!r}", file=sys.stderr, flush=True)
        raise OSError(f"network access is not allowed: {event}")
    if event == "socket.__new__" and args and args[1] in (socket.AF_INET, socket.AF_INET6):
        print(f"NETWORK ACCESS BLOCKED: {event} {args!r}", file=sys.stderr, flush=True)
        raise OSError("network sockets are not allowed")


if __name__ == "__main__":
    sys.addaudithook(_hook)
    from desktop_app.app import main

    sys.exit(main(sys.argv[1:]))
