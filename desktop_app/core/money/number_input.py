"""Numbers as students type them.

:func:`parse_number` reads one number from an answer box, leniently (currency signs,
thousands separators, a unit after the number, "about", "5.64 million", and the Korean
forms "약 700", "700달러", "564만") but never guessing: two numbers, a decimal comma,
letters mixed into digits or a Korean numeral it does not read ("7백") give None.
Whatever :mod:`desktop_app.core.money.format` prints, :func:`parse_number` reads back.
Pure Python.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from desktop_app.core.money.format import is_hangul

MAX_NUMBER_CHARS = 60

_PREFIX = re.compile(
    r"^(?:about|around|approximately|approx\.?|roughly|circa|~|≈|약|대략)\s*", re.IGNORECASE
)
_CURRENCY = re.compile(r"^(?:US\s*\$|USD|\$|₩|KRW|KPW|미화)\s*", re.IGNORECASE)
_NUMBER = re.compile(
    r"^(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)?"
    r"(?:\.(?P<frac>[0-9]+))?"
)
_ATTACHED_UNITS = frozenset({"kg", "won", "usd", "million", "millions", "thousand", "months"})
_SCALE = re.compile(r"^(millions?|thousands?)\b", re.IGNORECASE)
_OTHER_SCALE = re.compile(r"^(?:billions?|trillions?|hundreds?|bn|mn|m|k)\b", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r"^[+-]?[0-9]+,[0-9]{1,2}(?:[^0-9,]|$)|^[+-]?[0-9]+,[0-9]{4,}")
# Korean: 만 is ten thousand, 억 a hundred million ("564만", "1천만 원"); any other numeral
# word right after the digits ("7백", "5조") is refused rather than read as a plain number.
_KO_SCALE = re.compile(r"^(천만|백만|십만|만|억|천)")
_KO_FACTORS = {"천만": 10**7, "백만": 10**6, "십만": 10**5, "만": 10**4, "억": 10**8, "천": 10**3}
_KO_NUMERAL = re.compile(r"^[십백천만억조경]")
_UNIT_TAIL = re.compile(r"^[^\W\d_]*(?:[\s%$./'’-]+[^\W\d_]*)*$")


def parse_number(raw: str) -> Decimal | None:
    """The number in a student's answer, or None if it is not one readable number.

    Accepts "700", " 700.0 ", "US$700", "1,000", "1 000", "27.1%", "about 700", "-3",
    "5.64 million" and a trailing unit word ("700 dollars", "1,119 kg of rice"); in Korean
    "약 700", "700달러", "700 달러", "3개월", "564만" and "1.2억". Refuses empty text, two
    numbers, a decimal comma and anything else.
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
    follows = text[match.end() : match.end() + 1]
    latin = follows.isalpha() and not is_hangul(follows)
    if latin and rest.split()[0].casefold() not in _ATTACHED_UNITS:
        return None  # "7OO" (letter O for zero) must not read as 7
    if _OTHER_SCALE.match(rest):
        return None  # "700 billion", "5.6m": not read as a plain 700 or 5.6
    factor = Decimal(1)
    korean = _KO_SCALE.match(rest)
    if korean:
        factor = Decimal(_KO_FACTORS[korean.group(1)])
        rest = rest[korean.end() :].strip()
    if _KO_NUMERAL.match(rest):
        return None  # "7백", "1만 2천" (two numbers): not guessed
    scale = _SCALE.match(rest)
    if scale and korean:
        return None  # "5만 million"
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
