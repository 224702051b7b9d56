"""The calculator refuses 1_000 and 1e3 (Decimal reads them) with a message naming the form."""

from __future__ import annotations

import pytest

from desktop_app.core.money.inputs import FIELDS, RemittanceInputError, check_value

AMOUNT = next(spec for spec in FIELDS if spec.name == "amount_usd")


@pytest.mark.parametrize("typed", ["1_000", "1e3", "1E3", "2.5e2", "1_0"])
def test_underscores_and_exponents_are_refused_with_the_form_wanted(typed: str) -> None:
    """Not silently normalised: the student is told to write plain digits."""
    with pytest.raises(RemittanceInputError, match="plain digits, such as 1000") as caught:
        check_value(AMOUNT, typed)
    assert caught.value.reason == "err_plain_digits"


@pytest.mark.parametrize("typed", ["NaN", "Infinity", "0x10", "--5", " "])
def test_other_non_numbers_are_refused(typed: str) -> None:
    """Words Decimal would read (NaN, Infinity) are not numbers here."""
    with pytest.raises(RemittanceInputError):
        check_value(AMOUNT, typed)


@pytest.mark.parametrize(("typed", "value"), [("1000", "1000"), (" 700.50 ", "700.5"), ("+5", "5")])
def test_plain_numbers_still_read(typed: str, value: str) -> None:
    """Ordinary typing is unchanged."""
    assert str(check_value(AMOUNT, typed)) == value
