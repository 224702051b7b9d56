"""Feedback for particular wrong answers: the misconception a wrong choice or number shows.

A choice question may carry ``feedback``, one text per option in option order ("" for the
right option, or for a wrong one with nothing particular to say). A numeric question may
carry ``wrong_answers``: tables of a likely wrong ``answer`` and the ``feedback`` that names
the mistake behind it (for example 30 for three 10% cuts: the cuts were added).

Parsing raises ``ValueError`` with the message; :mod:`.quiz` adds the file and question.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal


def option_feedback(value: object, options: Sequence[str], answer_index: int) -> tuple[str, ...]:
    """The ``feedback`` list of a choice question, checked against its options."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("'feedback' must be a list of texts, one for each option")
    if len(value) != len(options):
        raise ValueError(f"'feedback' has {len(value)} texts for {len(options)} options")
    texts = tuple(v.strip() for v in value)
    if texts[answer_index]:
        raise ValueError("'feedback' for the right option must be \"\" (the explanation says why)")
    return texts


def wrong_answers(value: object) -> tuple[tuple[Decimal, str], ...]:
    """The ``wrong_answers`` of a numeric question: (number, feedback) pairs."""
    if value is None:
        return ()
    shape = "'wrong_answers' must be a list of {answer = 30, feedback = \"…\"} tables"
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(shape)
    pairs: list[tuple[Decimal, str]] = []
    for entry in value:
        if set(entry) != {"answer", "feedback"}:
            raise ValueError(shape)
        number, text = entry["answer"], entry["feedback"]
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise ValueError("a wrong answer must be a number without quotation marks")
        if not isinstance(text, str) or not text.strip():
            raise ValueError("a wrong answer needs its 'feedback' text")
        pairs.append((Decimal(str(number)), text.strip()))
    return tuple(pairs)


def for_number(pairs: Sequence[tuple[Decimal, str]], value: Decimal, tolerance: Decimal) -> str:
    """The feedback for the first listed wrong answer ``value`` matches, else ""."""
    return next((text for wrong, text in pairs if abs(value - wrong) <= tolerance), "")
