"""Numbers as students type them, and as people read them.

:func:`parse_number` reads one number from an answer box, leniently (currency signs,
thousands separators, a unit after the number, "about", "5.64 million") but never
guessing: two numbers, a decimal comma or letters mixed into digits give None.
:func:`format_number` prints a Decimal with thousands separators and no exponent, so
whatever the app prints, :func:`parse_number` reads back. Pure Python.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_NUMBER_CHARS = 60


def format_number(value: Decimal) -> str:
    """700 -> "700", 5642700 -> "5,642,700", 27.10 -> "27.1" (never exponent notation)."""
    text = format(value.normalize(), ",f")
    return "0" if text in ("-0", "") else text


def with_unit(number: str, unit: str) -> str:
    if not unit:
        return number
    return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}"


_PREFIX = re.compile(
    r"^(?:about|around|approximately|approx\.?|roughly|circa|~|≈)\s*", re.IGNORECASE
)
_CURRENCY = re.compile(r"^(?:US\s*\$|USD|\$|₩|KRW|KPW)\s*", re.IGNORECASE)
_NUMBER = re.compile(
    r"^(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)?"
    r"(?:\.(?P<frac>[0-9]+))?"
)
_ATTACHED_UNITS = frozenset({"kg", "won", "usd", "million", "millions", "thousand", "months"})
_SCALE = re.compile(r"^(millions?|thousands?)\b", re.IGNORECASE)
_OTHER_SCALE = re.compile(r"^(?:billions?|trillions?|hundreds?|bn|mn|m|k)\b", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r"^[+-]?[0-9]+,[0-9]{1,2}(?:[^0-9,]|$)|^[+-]?[0-9]+,[0-9]{4,}")
_UNIT_TAIL = re.compile(r"^[^\W\d_]*(?:[\s%$./'’-]+[^\W\d_]*)*$")


def parse_number(raw: str) -> Decimal | None:
    """The number in a student's answer, or None if it is not one readable number.

    Accepts "700", " 700.0 ", "US$700", "1,000", "1 000", "27.1%", "about 700", "-3",
    "5.64 million" and a trailing unit word ("700 dollars", "1,119 kg of rice"). Refuses
    empty text, two numbers, a decimal comma and anything else.
    """
    text = raw.strip().replace("\u2212", "-")
    if not text or len(text) > MAX_NUMBER_CHARS:
        return None
    text = _PREFIX.sub("", text)
    sign = ""
    if text[:1] in ("+", "-"):
        sign, text = text[0], text[1:].lstrip()
    text = _CURRENCY.sub("", text)
    match = _NUMBER.match(text)
    if match is None or (match.group("int") is None and match.group("frac") is None):
        return None
    digits = re.sub(r"[, \u00a0\u202f]", "", match.group("int") or "0")
    rest = text[match.end() :].strip()
    attached = text[match.end() : match.end() + 1].isalpha()
    if attached and rest.split()[0].casefold() not in _ATTACHED_UNITS:
        return None  # "7OO" (letter O for zero) must not read as 7
    if _OTHER_SCALE.match(rest):
        return None  # "700 billion", "5.6m": not read as a plain 700 or 5.6
    factor = Decimal(1)
    scale = _SCALE.match(rest)
    if scale:
        factor = Decimal(10**6 if scale.group(1).lower().startswith("m") else 10**3)
        rest = rest[scale.end() :].strip()
    if rest and not _UNIT_TAIL.match(rest):
        return None
    try:
        return Decimal(f"{sign}{digits}.{match.group('frac') or '0'}") * factor
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None


def looks_like_decimal_comma(raw: str) -> bool:
    """True for "27,1" or "0,25": a decimal comma, which parse_number refuses."""
    text = _CURRENCY.sub("", _PREFIX.sub("", raw.strip()))
    return bool(_DECIMAL_COMMA.match(text))
