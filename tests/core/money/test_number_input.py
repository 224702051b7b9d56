"""Numbers as Korean students type them ("700달러", "약 700", "564만"), read without guessing;
the English rules themselves are tested with the quiz (tests/core/test_quiz.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.classroom.quiz import check_answer, load_quiz
from desktop_app.core.money.number_input import looks_like_decimal_comma, parse_number

ROOT = Path(__file__).resolve().parents[3] / "resources"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("700달러", "700"),
        ("700 달러", "700"),
        ("약 700", "700"),
        ("약700달러", "700"),
        ("대략 700", "700"),
        ("미화 700달러", "700"),
        ("27.1%", "27.1"),
        ("27.1 퍼센트", "27.1"),
        ("564만", "5640000"),
        ("564만 원", "5640000"),
        ("약 564만원", "5640000"),
        ("5.64백만", "5640000"),
        ("1.2억", "120000000"),
        ("1천만 원", "10000000"),
        ("3천", "3000"),
        ("1,119kg", "1119"),
        ("1.1개월", "1.1"),
        ("140명", "140"),
        ("1,110원/달러", "1110"),
        ("5,642,700 북한 원", "5642700"),
        ("₩1,000원", "1000"),
        ("-3달러", "-3"),
    ],
)
def test_korean_answers_are_read(raw: str, value: str) -> None:
    """Korean unit words, 약/대략 and the 만/억 scales give the number meant."""
    assert parse_number(raw) == Decimal(value)


@pytest.mark.parametrize(
    "raw",
    [
        "7백",
        "1만 2천",
        "5조",
        "칠백",
        "약",
        "만",
        "달러",
        "700달러 800달러",
        "5만 million",
        "약 27,1",
    ],
)
def test_korean_numbers_it_cannot_read_are_refused(raw: str) -> None:
    """Numeral words it does not read, two numbers or no digits give None, never a guess."""
    assert parse_number(raw) is None


def test_korean_decimal_comma_is_recognised() -> None:
    """ "약 27,1" is a decimal comma (the student is told to use a point), not a number."""
    assert looks_like_decimal_comma("약 27,1")
    assert looks_like_decimal_comma("미화 27,1달러")


def test_every_korean_answer_as_shown_is_marked_right() -> None:
    """What the answer key shows for each Korean question is itself a right answer."""
    checked = 0
    for path in sorted((ROOT / "quizzes" / "ko").glob("*.toml")):
        for question in load_quiz(ROOT, "ko", path.stem):
            if question.gradable:
                assert check_answer(question, question.answer_text()).correct is True
                checked += 1
    assert checked >= 10
