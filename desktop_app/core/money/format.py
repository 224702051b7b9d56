"""Numbers for people: money, plain numbers and units, the way every screen prints them.

One place for the formatting that results, prose, charts, quiz feedback and teacher notes
share, so they never disagree by a digit. Whatever is printed here,
:func:`desktop_app.core.money.number_input.parse_number` reads back. Pure Python.
"""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.money.inputs import canonical
from desktop_app.core.money.remittance import dollars, round_half_even


def money_text(cents: int, whole: bool = False) -> str:
    """Dollars with thousands separators: 210000 -> '2,100', 210050 -> '2,100.50'.

    Cents are shown only when there are any; ``whole`` rounds (half to even) to dollars,
    for prose and chart labels that say "about".
    """
    value = dollars(cents)
    if whole:
        return f"{round_half_even(value):,f}"
    if cents % 100 == 0:
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def number_text(value: Decimal | int, places: int | None = None) -> str:
    """A number with separators and no trailing zeros, rounded half to even to ``places``."""
    number = Decimal(value)
    if places is not None:
        number = round_half_even(number, Decimal(1).scaleb(-places))
    return f"{canonical(number):,f}"


def people_number(value: Decimal) -> str:
    """Kilograms or months as people say them: whole from 10 up (1,119, not 1,119.36), else
    to 0.01 (0.4). Half to even, like every other screen; the model keeps the exact value."""
    return number_text(value, 0 if abs(value) >= 10 else 2)


def format_number(value: Decimal) -> str:
    """700 -> "700", 5642700 -> "5,642,700", 27.10 -> "27.1" (never exponent notation)."""
    text = format(value.normalize(), ",f")
    return "0" if text in ("-0", "") else text


def with_unit(number: str, unit: str) -> str:
    """ "700 US dollars", "27.1%"; a one-word Korean unit is attached: "700달러", "3개월"."""
    if not unit:
        return number
    attached = unit.startswith("%") or (is_hangul(unit[0]) and " " not in unit)
    return f"{number}{unit}" if attached else f"{number} {unit}"


def is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"
