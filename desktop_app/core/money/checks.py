"""Reading and checking one calculator number: exact, in range, in the right precision.

Split from :mod:`.inputs` (which re-exports all of this): the error type, a field's spec and
the number rules its module docstring lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation, localcontext

from desktop_app.core.money.labels import LABELS


class RemittanceInputError(ValueError):
    """A remittance input is missing, malformed or out of range.

    ``field`` is the FIELDS name (or ``"cuts"`` for the explicit chain, ``""`` for the
    mapping as a whole); ``reason`` is the LABELS key of the message template and
    ``params`` its values, so a UI can rebuild the message in another language.
    """

    def __init__(self, field: str, reason: str, **params: str) -> None:
        self.field = field
        self.reason = reason
        self.params = params
        super().__init__(LABELS[reason].format(**params))


@dataclass(frozen=True)
class FieldSpec:
    """One calculator input: its range, default, UI step and the facts behind the default.

    ``decimals`` is what a UI spin box shows; ``max_places`` is what the model accepts.
    """

    name: str
    label_key: str
    minimum: Decimal
    maximum: Decimal
    default: Decimal
    step: Decimal
    decimals: int
    max_places: int
    fact_ids: tuple[str, ...]
    integer: bool = False
    optional: bool = False  # may be NO_DATA (None): the sources have no value for the year

    @property
    def label(self) -> str:
        return LABELS[self.label_key]


PERCENT_PLACES = 20
# Reading text: malformed numbers must raise, whatever the caller's global context says.
_PARSE = Context(traps=[InvalidOperation])
_EXOTIC = re.compile(r"[0-9][_eE]|[eE][+-]?[0-9]")


def short_text(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def show_number(value: Decimal) -> str:
    """Plain text for a number in a message: ``75``, ``100,000``; scientific only when huge."""
    if value.is_finite() and abs(value.adjusted()) <= 20:
        return short_text(format(canonical(value), ",f"))
    return short_text(str(value))


def _stripped(value: Decimal) -> tuple[int, tuple[int, ...], int]:
    """Sign, digits and exponent with trailing fractional zeros removed."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if value.is_zero():
        return 0, (0,), 0
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:
        digits, exponent = digits[:-1], exponent + 1
    return sign, digits, exponent


def canonical(value: Decimal) -> Decimal:
    """The same finite number without trailing fractional zeros or a negative zero."""
    sign, digits, exponent = _stripped(value)
    return Decimal((sign, digits + (0,) * max(0, exponent), min(0, exponent)))


def raw_text(raw: object) -> str:
    return short_text(repr(raw) if isinstance(raw, str) else str(raw))


def parse_number(raw: object, field: str, label: str) -> Decimal:
    """Read one number from str/int/float/Decimal exactly; refuse anything else."""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | Decimal):
        raise RemittanceInputError(field, "err_not_number", label=label, value=raw_text(raw))
    if isinstance(raw, str) and _EXOTIC.search(raw):
        # Decimal() also reads "1_000" and "1e3": refused, naming the form wanted, rather
        # than normalised to a number the student did not see.
        raise RemittanceInputError(field, "err_plain_digits", label=label, value=raw_text(raw))
    try:
        with localcontext(_PARSE):
            value = Decimal(repr(raw) if isinstance(raw, float) else raw)
    except (InvalidOperation, ValueError):
        raise RemittanceInputError(
            field, "err_not_number", label=label, value=raw_text(raw)
        ) from None
    if not value.is_finite():
        raise RemittanceInputError(field, "err_not_finite", label=label, value=str(value))
    return value


def check_value(spec: FieldSpec, raw: object, field: str = "", label: str = "") -> Decimal:
    """Parse ``raw`` for ``spec`` and check range and precision; return it canonical."""
    field = field or spec.name
    label = label or spec.label
    value = parse_number(raw, field, label)
    if not spec.minimum <= value <= spec.maximum:
        raise RemittanceInputError(
            field,
            "err_range",
            label=label,
            minimum=show_number(spec.minimum),
            maximum=show_number(spec.maximum),
            value=show_number(value),
        )
    if -_stripped(value)[2] > spec.max_places:
        reason = "err_whole" if spec.max_places == 0 else "err_places"
        raise RemittanceInputError(
            field, reason, label=label, places=str(spec.max_places), value=show_number(value)
        )
    return canonical(value)
