"""The teacher's PIN, stored only as a salted scrypt hash: ``scrypt$n$r$p$salt$hash``.

This keeps the answer key out of casual reach on a student's laptop; anyone who can edit
the settings file (or read the quiz files) can still get at the answers. Pure Python.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1  # about 16 MB and a few tens of milliseconds
MIN_LENGTH = 4


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches ``stored``; False for a wrong PIN or an unreadable hash."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(
            pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(found.hex(), digest)


def acceptable(pin: str) -> bool:
    return len(pin.strip()) >= MIN_LENGTH
