"""Honest quiz records: every attempt kept, "correct" = right first time, v1 migrated."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.classroom.attempts import Attempt, clean_name, first_right, right_at
from desktop_app.core.classroom.progress import FILE_NAME, MESSAGES, VERSION, Progress
from desktop_app.core.classroom.progress_export import answer_rows
from desktop_app.core.classroom.quiz import Question, Quiz
from desktop_app.core.classroom.reading import counts_as_read, required_seconds, word_count

WHEN = datetime(2024, 5, 2, 9, 15, tzinfo=UTC)
QUIZ = Quiz(
    "broker-chain",
    Path("broker-chain.toml"),
    (
        Question("arrives", "numeric", "How much?", "700.", ("A09",), answer=Decimal(700)),
        Question("which", "choice", "Which?", "Because.", ("X01",), ("a", "b"), 0),
        Question("why", "reflection", "Why?", guidance="Think."),
    ),
)
V1 = {
    "format": "lifeline-progress",
    "version": 1,
    "read": ["lifeline", "broker-chain"],
    "answers": {
        "broker-chain": {
            "arrives": {"answer": "700", "correct": True, "at": "2024-05-02T09:15:00+00:00"},
            "which": {"answer": "b", "correct": False, "at": "2024-05-02T09:16:00+00:00"},
            "why": {"answer": "Trust.", "correct": None, "at": "2024-05-02T09:17:00+00:00"},
        }
    },
}


def test_every_attempt_is_kept_and_saved(tmp_path: Path) -> None:
    """A wrong then a right answer are both kept, in order, across a save and load."""
    progress = Progress(tmp_path)
    progress.record_answer("broker-chain", "arrives", "1000", False, at=WHEN)
    progress.record_answer("broker-chain", "arrives", "700", True, at=WHEN)
    progress.save()
    again, notice = Progress.load(tmp_path)
    assert notice is None
    tries = again.attempts_for("broker-chain", "arrives")
    assert [(a.answer, a.correct) for a in tries] == [("1000", False), ("700", True)]
    assert again.answer_for("broker-chain", "arrives").answer == "700"  # the latest


def test_correct_means_right_at_the_first_attempt(tmp_path: Path) -> None:
    """Right only at the second try is not counted correct, and the export says so."""
    progress = Progress(tmp_path)
    progress.record_answer("broker-chain", "arrives", "1000", False, at=WHEN)
    progress.record_answer("broker-chain", "arrives", "700", True, at=WHEN)
    progress.record_answer("broker-chain", "which", "a", True, at=WHEN)
    (row,) = progress.summary([QUIZ])
    assert (row.answered, row.correct, row.gradable) == (2, 1, 2)
    results = {r[1]: r[4] for r in answer_rows(progress, [QUIZ])}
    assert results["arrives"] == MESSAGES["result_correct_later"].format(number=2)
    assert results["which"] == MESSAGES["result_correct"]


def test_version_1_files_migrate_without_losing_anything(tmp_path: Path) -> None:
    """Reads and answers survive; each answer becomes one attempt marked carried, which
    is shown but never counted as right at the first attempt; saving writes version 2."""
    (tmp_path / FILE_NAME).write_text(json.dumps(V1), encoding="utf-8")
    progress, notice = Progress.load(tmp_path)
    assert notice is None
    assert progress.read == ["lifeline", "broker-chain"]
    assert progress.answer_for("broker-chain", "why").answer == "Trust."
    (attempt,) = progress.attempts_for("broker-chain", "arrives")
    assert attempt == Attempt("700", True, "2024-05-02T09:15:00+00:00", carried=True)
    (row,) = progress.summary([QUIZ])
    assert (row.answered, row.correct) == (3, 0)
    results = {r[1]: r[4] for r in answer_rows(progress, [QUIZ])}
    assert results["arrives"] == MESSAGES["result_carried"]
    progress.save()
    doc = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert doc["version"] == VERSION == 2
    assert doc["answers"] == V1["answers"]
    assert doc["attempts"]["broker-chain"]["which"][0]["carried"] is True
    again, _ = Progress.load(tmp_path)
    assert again.attempts_for("broker-chain", "which")[0].carried


def test_a_malformed_attempt_sets_the_file_aside(tmp_path: Path) -> None:
    """A version-2 file whose attempts are damaged is set aside, like any corrupt file."""
    doc = dict(V1, version=2, attempts={"broker-chain": {"arrives": [{"answer": 7}]}})
    (tmp_path / FILE_NAME).write_text(json.dumps(doc), encoding="utf-8")
    progress, notice = Progress.load(tmp_path)
    assert notice is not None and "attempts" in notice
    assert progress.answers == {}
    assert len(list(tmp_path.glob(FILE_NAME + ".corrupt-*"))) == 1


def test_student_name_and_seconds_round_trip(tmp_path: Path) -> None:
    """Name and class (Hangul too) and time per chapter are saved with the progress."""
    progress = Progress(tmp_path)
    progress.set_student("  김민지\n", "10B\t")
    progress.add_seconds("calls", 12.5)
    assert progress.add_seconds("calls", 10) == 22.5
    progress.save()
    again, _ = Progress.load(tmp_path)
    assert (again.record.name, again.record.class_name) == ("김민지", "10B")
    assert again.seconds_in("calls") == 22.5
    assert again.seconds_in("other") == 0


def test_recorded_times_carry_the_local_offset(tmp_path: Path) -> None:
    """Attempts made now are stamped in the student's time zone (an offset is present)."""
    progress = Progress(tmp_path)
    progress.record_answer("calls", "x", "a", True)
    stamp = progress.attempts_for("calls", "x")[0].at
    assert datetime.fromisoformat(stamp).utcoffset() is not None


def test_first_right_and_right_at() -> None:
    """The first-attempt verdict, and which attempt was first right."""
    wrong, right = Attempt("1", False, ""), Attempt("2", True, "")
    assert first_right([]) is None
    assert first_right([right, wrong]) is True
    assert first_right([wrong, right]) is False
    assert first_right([Attempt("2", True, "", carried=True)]) is None
    assert right_at([wrong, wrong, right]) == 3
    assert right_at([wrong]) is None


def test_reading_rule() -> None:
    """40% of the reading time at 250 words a minute, at least 20 s, and the end reached."""
    assert required_seconds(100) == 20.0
    assert required_seconds(1250) == 120.0  # 5 minutes' reading, 40% of it
    assert counts_as_read(True, 120, 1250)
    assert not counts_as_read(True, 119, 1250)
    assert not counts_as_read(False, 999, 1250)
    assert word_count("One two [A01, D02] three\n[[figure: x]]\n") == 3


def test_clean_name() -> None:
    """Names are one line, without control characters, and not endless."""
    assert clean_name(" Kim\x00 Min\nji ") == "Kim Min ji"
    assert len(clean_name("x" * 500)) == 80


@pytest.mark.parametrize(
    "entry",
    [
        {"attempts": {"broker-chain": {"hops": [{"answer": "\ud800", "correct": False}]}}},
        {"attempts": {"\ud800": {"hops": []}}},
        {"student": {"name": "Kim \udfff", "class": "7B"}},
        {"seconds": {"calls": 1e999}},
    ],
)
def test_version_2_entries_that_could_not_be_saved_again_are_damage(tmp_path, entry) -> None:
    """A lone surrogate or an infinite time in the v2 parts sets the file aside, as in v1."""
    doc = {"format": "lifeline-progress", "version": 2, "read": [], "answers": {}, **entry}
    text = json.dumps(doc, ensure_ascii=True).replace("Infinity", "1e999")
    (tmp_path / "progress.json").write_text(text, encoding="utf-8")
    progress, notice = Progress.load(tmp_path)
    assert notice and list(tmp_path.glob("progress.json.corrupt-*"))
    progress.record_answer("broker-chain", "hops", "700", correct=True)
    progress.save()  # what is left can always be written
