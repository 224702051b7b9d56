"""My progress page: the table, totals, exports to hand in, and a reset that asks first."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import Quiz, load_quiz
from desktop_app.core.story.chapters import Story, load_story
from desktop_app.paths import resources_dir
from desktop_app.ui.classroom.progress_page import ProgressPage


@pytest.fixture(scope="module")
def story() -> Story:
    return load_story(resources_dir(), "en")


@pytest.fixture(scope="module")
def quizzes(story: Story) -> dict[str, Quiz]:
    root = resources_dir()
    return {c.id: load_quiz(root, "en", c.id) for c in story.chapters}


def _font(size: float = 13.0) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(size)
    return font


def _progress(folder: Path) -> Progress:
    """Chapters 1 and 4 read; in chapter 4 one right, one wrong and a reflection."""
    progress = Progress(folder)
    progress.mark_read("lifeline")
    progress.mark_read("broker-chain")
    progress.record_answer("broker-chain", "what-arrives", "700", True)
    progress.record_answer("broker-chain", "three-hops", "30", False)
    progress.record_answer("broker-chain", "why-use-brokers", "=SUM(A1) no contract", None)
    progress.save()
    return progress


def _page(qtbot, story, quizzes, progress) -> ProgressPage:
    page = ProgressPage(story, quizzes, progress, _font())
    qtbot.addWidget(page)
    page.resize(800, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _row(page: ProgressPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_table_counts_reading_and_answers(qtbot, story, quizzes, tmp_path) -> None:
    """Read ✓/–, answered x of n and correct x of y (choice and numeric only), and totals."""
    page = _page(qtbot, story, quizzes, _progress(tmp_path))
    assert page.title.text() == "My progress"
    assert page.table.rowCount() == len(story)
    assert _row(page, 3) == ["4. The broker chain", "✓ Read", "3 of 4", "1 of 3"]
    assert _row(page, 1) == [f"2. {story.chapters[1].title}", "– Not yet", "0 of 4", "0 of 3"]
    assert _row(page, 9)[2:] == ["—", "—"]  # the source list (chapter 10) has no questions
    assert page.totals.text().startswith("Chapters read: 2 of 10 · Questions answered: 3 of 36")
    spoken = page.table.item(3, 3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "4. The broker chain: 1 of 3 right at the first attempt"
    for button in page.findChildren(QPushButton):
        assert button.accessibleName()


def test_refresh_picks_up_new_answers(qtbot, story, quizzes, tmp_path) -> None:
    """After more answers are recorded, refresh() shows the new counts."""
    progress = _progress(tmp_path)
    page = _page(qtbot, story, quizzes, progress)
    progress.record_answer("broker-chain", "formal-channel", "US$929", True)
    page.refresh()
    assert _row(page, 3)[2:] == ["4 of 4", "2 of 3"]


def test_enter_on_a_row_opens_that_chapter(qtbot, story, quizzes, tmp_path) -> None:
    """Enter on a row emits chapterChosen with the chapter number; Tab leaves the table."""
    page = _page(qtbot, story, quizzes, _progress(tmp_path))
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    page.table.setCurrentCell(4, 0)
    with qtbot.waitSignal(page.chapterChosen) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [5]
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.csv_button


def test_csv_export_holds_every_question(qtbot, story, quizzes, tmp_path) -> None:
    """The CSV has a header and a row per question, with answers and results; formulas quoted."""
    page = _page(qtbot, story, quizzes, _progress(tmp_path / "progress"))
    target = tmp_path / "out" / "lifeline-my-answers.csv"
    target.parent.mkdir()
    assert page.export_csv(target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0][:5] == ["chapter", "question id", "question", "your answer", "result"]
    assert len(rows) == 1 + sum(len(q) for q in quizzes.values())
    mine = {r[1]: r for r in rows if r[0] == "4. The broker chain"}
    assert mine["what-arrives"][3:5] == ["700", "correct"]
    assert mine["three-hops"][4] == "not correct"
    assert mine["why-use-brokers"][3].startswith("'=SUM")
    assert mine["formal-channel"][4] == "not answered"
    assert str(target) in page.last_message
    assert list(target.parent.iterdir()) == [target]


def test_pdf_export_is_a_pdf(qtbot, story, quizzes, tmp_path) -> None:
    """The PDF export writes a real PDF, and its page holds the student's answers."""
    page = _page(qtbot, story, quizzes, _progress(tmp_path / "progress"))
    assert "Your answer: 700" in page.answers_markdown()
    assert "Name:" in page.answers_markdown()
    target = tmp_path / "answers.pdf"
    assert page.export_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5_000


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_unwritable_place_says_so_and_leaves_nothing(qtbot, story, quizzes, tmp_path, kind) -> None:
    """An export to a place that cannot be written names the path; no file is left."""
    page = _page(qtbot, story, quizzes, _progress(tmp_path / "progress"))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / f"answers.{kind}"
    assert not getattr(page, f"export_{kind}")(target)
    assert page.status.isVisible()
    assert "not saved" in page.last_message and str(target) in page.last_message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder", "progress"]


def test_reset_asks_and_keeps_progress_when_refused(qtbot, story, quizzes, tmp_path) -> None:
    """Answering No keeps every answer and does not emit progressReset."""
    progress = _progress(tmp_path)
    page = _page(qtbot, story, quizzes, progress)
    asked: list[bool] = []
    with qtbot.assertNotEmitted(page.progressReset):
        assert not page.reset(lambda: asked.append(True) or False)
    assert asked == [True]
    assert Progress.load(tmp_path)[0].answer_for("broker-chain", "what-arrives") is not None


def test_reset_when_confirmed_clears_and_saves(qtbot, story, quizzes, tmp_path) -> None:
    """Answering Yes clears reading and answers, saves, refreshes and emits progressReset."""
    progress = _progress(tmp_path)
    page = _page(qtbot, story, quizzes, progress)
    with qtbot.waitSignal(page.progressReset):
        assert page.reset(lambda: True)
    reloaded, _ = Progress.load(tmp_path)
    assert reloaded.read == [] and reloaded.answers == {}
    assert _row(page, 3)[1:] == ["– Not yet", "0 of 4", "0 of 3"]


def test_reset_dialog_defaults_to_no(qtbot, story, quizzes, tmp_path) -> None:
    """The real question box has No as its default: pressing Enter keeps the progress."""
    progress = _progress(tmp_path)
    page = _page(qtbot, story, quizzes, progress)
    seen: dict[str, object] = {}

    def answer() -> None:
        box = page.reset_box
        assert box is not None
        seen["title"] = box.text()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    with qtbot.assertNotEmitted(page.progressReset):
        page.reset_button.click()  # runs the box; the timer answers it
    assert page.reset_box is None
    assert seen == {"title": "Reset my progress?", "default": True}
    assert progress.answer_for("broker-chain", "what-arrives") is not None


def test_text_zoom_keeps_every_row_whole(qtbot, story, quizzes, tmp_path) -> None:
    """At 200% each row is as tall as its text and the table shows all rows without scrolling."""
    page = _page(qtbot, story, quizzes, _progress(tmp_path))
    page.set_font(_font(26.0))
    page.resize(900, 1400)
    table = page.table

    def fitted() -> bool:
        rows = range(table.rowCount())
        whole = all(table.rowHeight(r) >= table.sizeHintForRow(r) for r in rows)
        total = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in rows)
        return whole and table.height() >= total

    qtbot.waitUntil(fitted)
    assert table.font().pointSizeF() == 26.0
    assert page.title.font().pointSizeF() > 26.0
    assert table.verticalScrollBar().maximum() == 0


def test_name_and_class_are_asked_once_and_saved(qtbot, story, quizzes, tmp_path) -> None:
    """Typing a name (in Hangul) and a class saves them with the progress; the question
    disappears once both are given, and the fields stay editable."""
    page = _page(qtbot, story, quizzes, Progress(tmp_path))
    box = page.student
    assert box.ask.isVisibleTo(page)
    box.name_edit.setFocus()
    box.name_edit.insert("김민지")  # as an input method commits it (keyClicks is ASCII only)
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(box.class_edit, "10B")
    qtbot.keyClick(box.class_edit, Qt.Key.Key_Return)
    saved, _ = Progress.load(tmp_path)
    assert (saved.record.name, saved.record.class_name) == ("김민지", "10B")
    assert not box.ask.isVisibleTo(page)
    box.name_edit.clear()
    qtbot.keyClicks(box.name_edit, "Kim Minji")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert Progress.load(tmp_path)[0].record.name == "Kim Minji"
    assert "Kim Minji" in page.answers_markdown()


def test_last_answer_time_is_shown_in_the_students_locale(qtbot, story, quizzes, tmp_path) -> None:
    """The latest attempt's time is written the way the student's locale writes times."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QDateTime, QLocale

    progress = Progress(tmp_path)
    when = datetime(2026, 12, 1, 1, 5, tzinfo=UTC)
    progress.record_answer("broker-chain", "what-arrives", "700", True, when)
    page = _page(qtbot, story, quizzes, progress)
    expected = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime(),
        QLocale.FormatType.ShortFormat,
    )
    assert page.student.last.text() == f"Last answer: {expected}"
