"""The classroom parts as wired into the reader: quiz, teacher notes, progress, handouts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window, main
from desktop_app.core.classroom.progress import Progress

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(qtbot):
    win = create_window(["--chapter", "4"])
    qtbot.addWidget(win)
    win.show()
    return win


def test_every_story_chapter_ends_with_its_quiz(window) -> None:
    """Chapters 1-9 carry a quiz panel with 2-4 questions; the sources chapter has none."""
    for n in range(1, 11):
        page = window.page(n)
        if window.story.chapters[n - 1].id == "sources":
            assert page.quiz_panel is None
        else:
            assert page.quiz_panel is not None
            assert 2 <= len(page.quiz_panel.quiz) <= 4


def test_answer_is_marked_saved_and_counted(window, _private_dirs: Path) -> None:
    """Answering in a chapter saves progress and the My progress page counts it."""
    panel = window.page(4).quiz_panel
    question = next(q for q in panel.quiz if q.kind == "numeric")
    feedback = panel.answer(question.id, question.answer_text())
    assert feedback.correct is True
    saved, _ = Progress.load(_private_dirs / "data")
    assert saved.answer_for("broker-chain", question.id) is not None
    window.show_page(-1)
    page = window.classroom.progress_page
    assert page is not None and page.isVisible()
    assert "1" in " ".join(page.table.item(r, 2).text() for r in range(page.table.rowCount()))


def test_teacher_notes_are_behind_a_pin_set_the_first_time(window, qtbot) -> None:
    """Ctrl+T asks the teacher to set a PIN, then shows the notes; the next session starts
    locked and only the right PIN opens it; the PIN is stored only as a salted hash."""
    asked: list[bool] = []

    def ask(pin):
        return lambda parent, first_time: asked.append(first_time) or pin

    page = window.page(4)
    assert page.teacher_panel is None  # built only when first asked for
    window.classroom.gate.ask = ask("2468")
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True] and page.teacher_panel.isVisible()
    stored = window.settings.value("teacher/pin")
    assert stored.startswith("scrypt$") and "2468" not in stored
    again = create_window(["--chapter", "4"])
    qtbot.addWidget(again)
    again.show()
    assert not again.classroom.teacher_mode
    again.classroom.gate.ask = ask("1111")
    again.classroom.set_teacher_mode(True)
    assert asked == [True, False] and not again.classroom.teacher_mode
    assert not again.teacher_action.isChecked()
    assert "not the teacher PIN" in again.statusBar().currentMessage()
    again.classroom.gate.ask = ask("2468")
    again.classroom.set_teacher_mode(True)
    assert again.page(4).teacher_panel.isVisible()
    again.classroom.set_teacher_mode(False)
    assert not again.page(4).teacher_panel.isVisible()
    again.classroom.set_teacher_mode(True)  # unlocked for the rest of the session
    assert asked == [True, False, False]


def test_lesson_plan_menu_needs_teacher_mode(window) -> None:
    """Help > Lesson plan asks for the PIN; cancelling leaves the chapter on screen."""
    window.classroom.gate.ask = lambda parent, first_time: None
    window.classroom.open_lesson_plan()
    assert window.current == 4


def test_reset_progress_asks_and_clears_ticks(window) -> None:
    """Reset my progress only acts when confirmed, then unticks every chapter."""
    window.mark_read(4)
    window.show_page(-1)
    page = window.classroom.progress_page
    assert not page.reset(confirm=lambda: False)
    assert window.is_read(4)
    assert page.reset(confirm=lambda: True)
    assert not window.is_read(4)
    assert not window.chapter_list.is_marked_read(4)


def test_glossary_and_lesson_plan_pages(window) -> None:
    """Help > Glossary and Lesson plan show their pages; Next returns to the chapter."""
    window.show_page(-3)
    assert "Glossary" in window.windowTitle()
    assert "broker" in window.page(-3).plain_text().lower()
    window.show_page(-2)
    assert "Lesson plan" in window.windowTitle()
    window.next_chapter()
    assert window.current == 4


def test_export_handout_from_the_window(window, tmp_path: Path) -> None:
    """File > Export handout writes a PDF of the current chapter."""
    target = tmp_path / "chapter4.pdf"
    assert window.classroom.export_handout(4, target)
    assert target.read_bytes().startswith(b"%PDF")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert not window.classroom.export_handout(4, blocker / "y.pdf")
    assert "Could not save the handout" in window.statusBar().currentMessage()


def test_export_handout_command_line(tmp_path: Path, capsys) -> None:
    """--export-handout writes a PDF with no window; a bad chapter is exit 2, one line."""
    target = tmp_path / "h.pdf"
    assert main(["--export-handout", "3", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    capsys.readouterr()
    assert main(["--export-handout", "42", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "chapter 42 does not exist" in err
    assert main(["--export-handout", "three", str(tmp_path / "x.pdf")]) == 2


@pytest.mark.slow
def test_export_handout_runs_offscreen_as_a_process(subprocess_env, tmp_path: Path) -> None:
    """Batch printing works from a shell with no display."""
    target = tmp_path / "c1.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--export-handout", "1", str(target)],
        env=subprocess_env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr
    assert target.stat().st_size > 20_000
