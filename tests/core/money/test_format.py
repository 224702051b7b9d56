"""Numbers for people: money, plain numbers and units, printed one way everywhere."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.money.format import (
    format_number,
    is_hangul,
    money_text,
    number_text,
    with_unit,
)
from desktop_app.core.money.number_input import parse_number


def test_money_text_shows_cents_only_when_there_are_any() -> None:
    """US$2,100 and US$2,100.50; ``whole`` rounds half to even for prose that says "about"."""
    assert money_text(210000) == "2,100"
    assert money_text(210050) == "2,100.50"
    assert money_text(5) == "0.05"
    assert money_text(210050, whole=True) == "2,100"
    assert money_text(210150, whole=True) == "2,102"
    assert money_text(0) == "0"


def test_number_text_rounds_half_to_even_and_drops_trailing_zeros() -> None:
    """1,119.36 kg to 0 places is 1,119; 9,404.5 months is 9,404 (half to even)."""
    assert number_text(Decimal("1119.36"), 0) == "1,119"
    assert number_text(Decimal("9404.5"), 0) == "9,404"
    assert number_text(Decimal("9405.5"), 0) == "9,406"
    assert number_text(Decimal("27.10")) == "27.1"
    assert number_text(Decimal("0.125"), 2) == "0.12"
    assert number_text(8061) == "8,061"


def test_format_number_never_uses_exponents() -> None:
    """Answers print as people write them: separators, no trailing zeros, no 7E+2."""
    assert format_number(Decimal("700")) == "700"
    assert format_number(Decimal("7E+2")) == "700"
    assert format_number(Decimal("5642700")) == "5,642,700"
    assert format_number(Decimal("27.10")) == "27.1"
    assert format_number(Decimal("-0")) == "0"


def test_with_unit_attaches_one_word_korean_units() -> None:
    """Korean writes 700달러 and 3개월; English and multi-word units keep their space."""
    assert with_unit("700", "달러") == "700달러"
    assert with_unit("1.1", "개월") == "1.1개월"
    assert with_unit("5,642,700", "북한 원") == "5,642,700 북한 원"
    assert with_unit("700", "US dollars") == "700 US dollars"
    assert with_unit("27.1", "%") == "27.1%"
    assert with_unit("1,119", "kg") == "1,119 kg"


def test_is_hangul_knows_syllables_only() -> None:
    assert is_hangul("달") and not is_hangul("d") and not is_hangul("%")


@given(cents=st.integers(min_value=0, max_value=10**13))
def test_money_as_printed_reads_back(cents: int) -> None:
    """Whatever the calculator prints as money, parse_number reads back to the cent."""
    assert parse_number(money_text(cents)) == Decimal(cents) / 100
