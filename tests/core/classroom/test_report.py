"""The class report, built in the core from hand-in files (no Qt)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.core.classroom.handin import hand_in_document, write_hand_in
from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import Quiz, load_quiz
from desktop_app.core.classroom.report import build_report, load_folder, report_from_folder
from desktop_app.core.classroom.report_export import MESSAGES, csv_bytes, report_markdown
from desktop_app.core.story.chapters import load_story
from desktop_app.paths import resources_dir
from tests.support.handins import START, make_class, pattern, student_name


@pytest.fixture(scope="module")
def quizzes() -> dict[str, Quiz]:
    root = resources_dir()
    story = load_story(root, "en")
    loaded = {c.id: load_quiz(root, "en", c.id) for c in story.chapters}
    return {k: q for k, q in loaded.items() if len(q)}


def _hand_in(folder: Path, name: str, quizzes, answers, hours=0) -> Path:
    progress = Progress(folder / ".p")
    progress.set_student(name, "10B")
    for chapter, qid, answer, correct in answers:
        progress.record_answer(chapter, qid, answer, correct, START)
    doc = hand_in_document(progress, quizzes, "t", "en", START + timedelta(hours=hours))
    return write_hand_in(folder, doc)


def test_students_questions_and_reflections_add_up(tmp_path: Path, quizzes) -> None:
    """Three students: scores right at the first attempt, share per question, common
    wrong answers, and every reflection by student."""
    chapter = "broker-chain"
    _hand_in(tmp_path, "Ana", quizzes, [(chapter, "what-arrives", "700", True),
                                        (chapter, "why-use-brokers", "Trust.", None)])  # fmt: skip
    _hand_in(tmp_path, "Ben", quizzes, [(chapter, "what-arrives", "1000", False),
                                        (chapter, "what-arrives", "700", True)])  # fmt: skip
    _hand_in(tmp_path, "김민지", quizzes, [(chapter, "what-arrives", "1,000", False)])
    report = report_from_folder(tmp_path, quizzes)
    rows = {s.name: s for s in report.students}
    assert [s.name for s in report.students] == ["Ana", "Ben", "김민지"]
    assert rows["Ana"].scores[chapter] == (1, 3) and rows["Ben"].scores[chapter] == (0, 3)
    stat = next(q for q in report.questions if q.question == "what-arrives")
    assert (stat.answered, stat.right_first, stat.percent) == (3, 1, 33.3)
    assert [(w.answer, w.count) for w in stat.wrong] == [("1,000", 1), ("1000", 1)]
    assert [(r.name, tuple(a.answer for a in t)) for r, t in stat.attempts] == [
        ("Ana", ("700",)),
        ("Ben", ("1000", "700")),
        ("김민지", ("1,000",)),
    ]
    (why,) = [r for r in report.reflections if r.question == "why-use-brokers"]
    assert [(s.name, a.answer) for s, a in why.answers] == [("Ana", "Trust.")]
    assert report.questions[-1].percent is None  # questions nobody answered go last
    shares = [q.percent for q in report.questions if q.percent is not None]
    assert shares == sorted(shares)


def test_latest_hand_in_wins_and_the_older_is_listed(tmp_path: Path, quizzes) -> None:
    """The same student (any case) twice is one row; the older file is superseded."""
    old = _hand_in(tmp_path, "Ana", quizzes, [("calls", "x", "a", False)], hours=0)
    new = _hand_in(tmp_path, "ANA ", quizzes, [("calls", "x", "b", True)], hours=2)
    report = report_from_folder(tmp_path, quizzes)
    assert [s.hand_in.path for s in report.students] == [new]
    ((gone, by),) = [(s.hand_in.path, s.by.path) for s in report.superseded]
    assert (gone, by) == (old, new)


def test_bad_files_are_named_and_the_rest_is_still_made(tmp_path: Path, quizzes) -> None:
    """Damaged and foreign files are listed with reasons; good ones still count."""
    good = _hand_in(tmp_path, "Ana", quizzes, [("calls", "x", "a", True)])
    (tmp_path / "sub").mkdir()
    damaged = tmp_path / "sub" / "cut.lifeline-answers"
    damaged.write_bytes(good.read_bytes()[:-30])
    (tmp_path / "sub" / "foreign.lifeline-answers").write_text('{"a": 1}', encoding="utf-8")
    seen = []
    hand_ins, problems = load_folder(tmp_path, lambda n, total: seen.append((n, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    report = build_report(hand_ins, problems, quizzes)
    assert [s.name for s in report.students] == ["Ana"]
    reasons = {p.path.name: p.reason for p in report.unusable}
    assert "cut short" in reasons["cut.lifeline-answers"]
    assert "not a Lifeline hand-in" in reasons["foreign.lifeline-answers"]


def test_a_whole_class_in_every_pattern(tmp_path: Path, quizzes) -> None:
    """40 students: each question's first-attempt share matches the generated patterns,
    carried-over answers are never counted right at the first attempt."""
    make_class(tmp_path, quizzes, students=40)
    report = report_from_folder(tmp_path, quizzes)
    assert len(report.students) == 40 and not report.unusable
    chapters = list(quizzes)
    for stat in report.questions:
        ci = chapters.index(stat.chapter)
        qi = [q.id for q in quizzes[stat.chapter]].index(stat.question)
        kinds = [pattern(n, qi + ci) for n in range(40)]
        assert stat.right_first == kinds.count("right")
        assert stat.answered == 40 - kinds.count("none") - kinds.count("carried")
    assert student_name(0) in {s.name for s in report.students}


def test_csv_numbers_are_numbers_with_a_bom(tmp_path: Path, quizzes) -> None:
    """UTF-8 with BOM, Hangul names intact, counts and the percentage as bare numbers."""
    _hand_in(tmp_path, "김민지", quizzes, [("broker-chain", "what-arrives", "700", True)])
    _hand_in(tmp_path, "Ben", quizzes, [("broker-chain", "what-arrives", "1", False)])
    data = csv_bytes(report_from_folder(tmp_path, quizzes))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert '"50.0"' not in text and "50.0%" not in text
    rows = list(csv.reader(io.StringIO(text)))
    start = rows.index([MESSAGES["difficult"]])
    header = rows[start + 1]
    line = next(r for r in rows[start + 2 :] if r[1] == "what-arrives")
    assert line[header.index(MESSAGES["h_percent"])] == "50.0"
    assert line[header.index(MESSAGES["h_right"])] == "1"
    assert any(r[:2] == ["김민지", "10B"] for r in rows)


def test_markdown_page_has_every_part(tmp_path: Path, quizzes) -> None:
    """The printable page names the class, the date and every part of the report."""
    _hand_in(tmp_path, "Ana", quizzes, [("broker-chain", "why-use-brokers", "Trust.", None)])
    (tmp_path / "bad.lifeline-answers").write_text("nope", encoding="utf-8")
    text = report_markdown(report_from_folder(tmp_path, quizzes), "2026-12-01", 2)
    for part in (
        "Class report: 10B",
        "2026-12-01",
        "Students",
        "Difficult questions",
        "Reflections",
        "Files it could not use",
        "bad\\.lifeline\\-answers",
        "Trust\\.",
    ):
        assert part in text  # fmt: skip


def test_korean_report_headings_and_hangul_names(tmp_path: Path, quizzes) -> None:
    """In Korean the CSV's headings, the page and the hand-in's file name are Korean, and
    Hangul names survive the round trip."""
    from desktop_app.core.story.messages import apply_language

    assert apply_language(resources_dir(), "ko") == []
    try:
        path = _hand_in(tmp_path, "김민지", quizzes, [("broker-chain", "what-arrives", "7", False)])
        assert path.name.startswith("Lifeline 답안 - 김민지 - ")
        report = report_from_folder(tmp_path, quizzes)
        text = csv_bytes(report).decode("utf-8-sig")
        assert "첫 시도 정답률(%)" in text and "어려운 문제" in text and "김민지" in text
        assert "학급 보고서: 10B" in report_markdown(report, "2026-12-01", 1)
    finally:
        apply_language(resources_dir(), "en")


def test_misconceptions_come_from_the_quizs_own_feedback() -> None:
    """A wrong option or a likely wrong number names its misconception (the quiz's
    ``feedback`` and ``wrong_answers``); a quiz without them gives "" rather than failing."""
    from decimal import Decimal

    from desktop_app.core.classroom.quiz import Question
    from desktop_app.core.classroom.report import misconception

    plain = Question("q", "choice", "?", "why", ("A01",), ("700", "1000"), 0)
    assert misconception(plain, "1000") == "" and misconception(None, "x") == ""
    choice = Question(
        "q",
        "choice",
        "?",
        "why",
        ("A01",),
        ("700", "1000"),
        0,
        option_feedback=("", "You forgot the brokers' cut."),
    )
    assert misconception(choice, " 1000 ") == "You forgot the brokers' cut."
    assert misconception(choice, "2") == "You forgot the brokers' cut."  # by its position
    assert misconception(choice, "700") == ""
    numeric = Question(
        "n",
        "numeric",
        "?",
        "why",
        ("D02",),
        answer=Decimal("27.1"),
        tolerance=Decimal("0.1"),
        wrong_answers=((Decimal(30), "You added the cuts."),),
    )
    assert misconception(numeric, "30%") == "You added the cuts."
    assert misconception(numeric, "about 30") == "You added the cuts."
    assert misconception(numeric, "12") == "" and misconception(numeric, "lots") == ""
