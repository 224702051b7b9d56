"""The teacher PIN: a salted scrypt hash, checked in constant time, never stored plain."""

from __future__ import annotations

from desktop_app.core.classroom.pin import acceptable, check_pin, hash_pin


def test_right_pin_opens_wrong_pin_does_not() -> None:
    """Only the PIN that was set matches its hash; the hash does not contain the PIN."""
    stored = hash_pin("2468")
    assert stored.startswith("scrypt$") and "2468" not in stored
    assert check_pin("2468", stored)
    assert not check_pin("2469", stored)


def test_each_hash_is_salted() -> None:
    """Two teachers with the same PIN get different hashes."""
    assert hash_pin("2468") != hash_pin("2468")


def test_a_damaged_hash_never_opens() -> None:
    """An edited or foreign settings value is refused, not an error."""
    for stored in ("", "2468", "md5$x", "scrypt$16384$8$1$zz$00", "scrypt$a$b$c$d$e"):
        assert not check_pin("2468", stored)


def test_pins_need_four_characters() -> None:
    """Too short a PIN is refused when it is set."""
    assert not acceptable(" 12 ") and acceptable("1234")
