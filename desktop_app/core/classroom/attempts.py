"""Every attempt at every question, who is answering, and how long each chapter was open.

Version 2 of ``progress.json`` adds three entries beside version 1's ``read`` and
``answers`` (which still hold the latest answer, so older code reading them keeps working)::

    "attempts": {"broker-chain": {"what-arrives": [
        {"answer": "1000", "correct": false, "at": "2024-05-02T09:15:00+09:00"},
        {"answer": "700", "correct": true, "at": "2024-05-02T09:15:40+09:00"}]}},
    "seconds": {"broker-chain": 312.5},
    "student": {"name": "김민지", "class": "10B"}

"Correct" everywhere means **right at the first attempt**. A version-1 file kept only the
latest answer, so its answers are migrated as one attempt each marked ``"carried": true``:
shown, kept and handed in, but never counted as right at the first attempt, because the
tries before it were not kept. Pure Python.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeGuard

MAX_NAME_CHARS = 80


@dataclass(frozen=True)
class Attempt:
    answer: str
    correct: bool | None  # None for a reflection
    at: str  # ISO 8601 with the student's UTC offset
    carried: bool = False  # migrated from a version-1 file: earlier tries unknown

    def to_json(self) -> dict[str, object]:
        doc: dict[str, object] = {"answer": self.answer, "correct": self.correct, "at": self.at}
        if self.carried:
            doc["carried"] = True
        return doc


@dataclass
class Record:
    """The version-2 additions to a student's progress."""

    attempts: dict[str, dict[str, list[Attempt]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    name: str = ""
    class_name: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "attempts": {
                chapter: {qid: [a.to_json() for a in tries] for qid, tries in questions.items()}
                for chapter, questions in self.attempts.items()
            },
            "seconds": {c: round(s, 1) for c, s in self.seconds.items()},
            "student": {"name": self.name, "class": self.class_name},
        }


class InvalidRecord(ValueError):
    """An entry of the version-2 additions is not in the expected form (message: which)."""


def first_right(tries: list[Attempt]) -> bool | None:
    """True/False: right or wrong at the first attempt; None: no attempt, a reflection, or
    an answer carried over from version 1 (whose first attempt is unknown)."""
    if not tries or tries[0].carried or tries[0].correct is None:
        return None
    return tries[0].correct


def right_at(tries: list[Attempt]) -> int | None:
    """Which attempt (1-based) was first right; None if none was (or it is unknown)."""
    for number, attempt in enumerate(tries, 1):
        if attempt.correct:
            return None if attempt.carried else number
    return None


def savable(text: object) -> TypeGuard[str]:
    """Text that can be written back: a lone surrogate ("\\ud800") parses but cannot be."""
    if not isinstance(text, str):
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_attempt(entry: object) -> Attempt:
    if not isinstance(entry, dict):
        raise InvalidRecord("attempt")
    answer, correct, at = entry.get("answer"), entry.get("correct"), entry.get("at", "")
    carried = entry.get("carried", False)
    if not savable(answer) or not savable(at) or not isinstance(carried, bool):
        raise InvalidRecord("attempt")
    if correct is not None and not isinstance(correct, bool):
        raise InvalidRecord("attempt")
    return Attempt(answer, correct, at, carried)


def parse_attempts(raw: object) -> dict[str, dict[str, list[Attempt]]]:
    if not isinstance(raw, dict):
        raise InvalidRecord('"attempts"')
    result: dict[str, dict[str, list[Attempt]]] = {}
    for chapter, questions in raw.items():
        if not isinstance(questions, dict) or not savable(chapter):
            raise InvalidRecord('"attempts"')
        for qid, tries in questions.items():
            where = f'"attempts/{chapter}/{qid}"'
            if not isinstance(tries, list) or not savable(qid):
                raise InvalidRecord(where)
            try:
                result.setdefault(chapter, {})[qid] = [parse_attempt(t) for t in tries]
            except InvalidRecord:
                raise InvalidRecord(where) from None
    return result


def parse_record(doc: Mapping[str, object], version: int, answers: Mapping[str, object]) -> Record:
    """The version-2 entries of a progress document; version 1 is migrated from ``answers``.

    ``answers`` is the parsed ``answers`` table: chapter -> question -> an object with
    ``answer``, ``correct`` and ``at`` (progress.Answer). Raises InvalidRecord.
    """
    record = Record()
    if version < 2:
        for chapter, questions in answers.items():
            assert isinstance(questions, dict)
            for qid, given in questions.items():
                attempt = Attempt(given.answer, given.correct, given.at, carried=True)
                record.attempts.setdefault(chapter, {})[qid] = [attempt]
        return record
    record.attempts = parse_attempts(doc.get("attempts", {}))
    seconds = doc.get("seconds", {})
    if not isinstance(seconds, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v < math.inf and savable(k)
        for k, v in seconds.items()
    ):
        raise InvalidRecord('"seconds"')
    record.seconds = {str(k): float(v) for k, v in seconds.items()}
    student = doc.get("student", {})
    if not isinstance(student, dict):
        raise InvalidRecord('"student"')
    name, class_name = student.get("name", ""), student.get("class", "")
    if not savable(name) or not savable(class_name):
        raise InvalidRecord('"student"')
    record.name, record.class_name = clean_name(name), clean_name(class_name)
    return record


def clean_name(text: str) -> str:
    """A name or class as typed, on one line, without control characters, not too long."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_NAME_CHARS]
