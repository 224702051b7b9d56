"""Check your understanding: questions answered through the real controls, marked, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import Quiz, load_quiz
from desktop_app.core.story.sources import Citations, load_citations
from desktop_app.paths import resources_dir
from desktop_app.ui.classroom.quiz_panel import QuizPanel, WrapRadio


@pytest.fixture(scope="module")
def citations() -> Citations:
    return load_citations(resources_dir())


@pytest.fixture(scope="module")
def quiz() -> Quiz:
    """Chapter 4: two numeric questions, a choice and a reflection."""
    return load_quiz(resources_dir(), "en", "broker-chain")


def _font(size: float = 13.0) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(size)
    return font


def _children(parent, *kinds) -> list:
    return [w for kind in kinds for w in parent.findChildren(kind)]


def _panel(qtbot, quiz: Quiz, citations: Citations, folder: Path, load: bool = True) -> QuizPanel:
    if load:
        progress, notice = Progress.load(folder)
        assert notice is None
    else:
        progress = Progress(folder)
    panel = QuizPanel(quiz, progress, citations, _font())
    qtbot.addWidget(panel)
    panel.resize(720, 1400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    return panel


def test_numeric_answer_typed_and_entered_is_marked_and_names_the_fact(
    qtbot, quiz, citations, tmp_path
) -> None:
    """Typing 700 and pressing Enter says Correct, explains, and names A09 with its claim."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    view = panel.views["what-arrives"]
    with qtbot.waitSignal(panel.answered) as signal:
        qtbot.keyClicks(view.line_edit, "700")
        qtbot.keyClick(view.line_edit, Qt.Key.Key_Return)
    assert signal.args == ["broker-chain", "what-arrives"]
    text = panel.feedback_text("what-arrives")
    assert text.startswith("✓ Correct.")
    assert "The brokers keep US$300" in text
    assert "A09" in text and citations.facts["A09"].claim in text
    assert 'href="cite:A09"' in view.feedback.text()
    assert view.feedback.isVisible()


def test_wrong_numeric_answer_gives_the_right_one(qtbot, quiz, citations, tmp_path) -> None:
    """30 for the three-broker chain is Not quite, with 27.1% and the accepted range."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    view = panel.views["three-hops"]
    qtbot.keyClicks(view.line_edit, "30%")
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    text = panel.feedback_text("three-hops")
    assert text.startswith("✗ Not quite.")
    assert "27.1%" in text and "27% to 27.2%" in text
    assert "added the cuts" in text  # the misconception is named, not just "wrong"
    assert "D02" in text
    assert panel.progress.answer_for("broker-chain", "three-hops").correct is False


def test_choice_by_keyboard_right_and_wrong(qtbot, quiz, citations, tmp_path) -> None:
    """Radio buttons are chosen and checked with the keyboard; both verdicts show words."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    view = panel.views["formal-channel"]
    assert [r.accessibleName() for r in view.radios] == list(quiz.by_id("formal-channel").options)
    view.radios[0].setFocus()
    qtbot.keyClick(view.radios[0], Qt.Key.Key_Space)
    assert view.radios[0].isChecked()
    qtbot.keyClick(view.button, Qt.Key.Key_Space)
    wrong = panel.feedback_text("formal-channel")
    # The misconception behind US$700 comes first, then the right answer.
    assert wrong.startswith("✗ Not quite. US$700 is what arrives through brokers")
    assert "The answer is: US$929" in wrong
    qtbot.mouseClick(view.radios[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    text = panel.feedback_text("formal-channel")
    assert text.startswith("✓ Correct.") and "X01" in text
    saved = panel.progress.answer_for("broker-chain", "formal-channel")
    assert saved.answer == "US$929" and saved.correct is True


def test_reflection_is_saved_with_guidance_and_tab_leaves_the_box(
    qtbot, quiz, citations, tmp_path
) -> None:
    """A written reflection is saved (no verdict); Tab moves on to Save, not into the text."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    view = panel.views["why-use-brokers"]
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, "There is no legal way.")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Tab)
    assert view.text_edit.toPlainText() == "There is no legal way."
    assert QApplication.focusWidget() is view.button
    qtbot.keyClick(view.button, Qt.Key.Key_Space)
    text = panel.feedback_text("why-use-brokers")
    assert text.startswith("✎ Saved.") and "Things to think about" in text
    saved = panel.progress.answer_for("broker-chain", "why-use-brokers")
    assert saved.answer == "There is no legal way." and saved.correct is None


@pytest.mark.parametrize(
    ("question_id", "raw", "expected"),
    [
        ("what-arrives", "seven hundred", "is not a number"),
        ("what-arrives", "27,1", "use a point for decimals"),
        ("what-arrives", "", "Type a number first"),
        ("formal-channel", "", "Choose one of the options first"),
        ("formal-channel", "US$12", "is not one of the options"),
        ("why-use-brokers", "   ", "Write a few sentences first"),
    ],
)
def test_unreadable_input_is_explained_and_not_saved(
    qtbot, quiz, citations, tmp_path, question_id, raw, expected
) -> None:
    """Garbage or empty input gets a message by the field; nothing is recorded or saved."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    with qtbot.assertNotEmitted(panel.answered):
        feedback = panel.answer(question_id, raw)
    assert not feedback.accepted
    text = panel.feedback_text(question_id)
    assert text.startswith("⚠") and expected in text
    assert panel.progress.answer_for("broker-chain", question_id) is None
    assert not (tmp_path / "progress.json").exists()


def test_answers_survive_a_restart_and_are_shown_again(qtbot, quiz, citations, tmp_path) -> None:
    """Answers reach progress.json; a new panel on a fresh load shows them and their feedback."""
    first = _panel(qtbot, quiz, citations, tmp_path)
    first.answer("what-arrives", "700")
    first.answer("formal-channel", "US$970")
    first.answer("why-use-brokers", "Trust.")
    reloaded, notice = Progress.load(tmp_path)
    assert notice is None
    assert reloaded.answer_for("broker-chain", "what-arrives").correct is True
    assert reloaded.answer_for("broker-chain", "formal-channel").answer == "US$970"
    second = _panel(qtbot, quiz, citations, tmp_path)
    views = second.views
    assert views["what-arrives"].line_edit.text() == "700"
    assert views["formal-channel"].radios[2].isChecked()
    assert views["why-use-brokers"].text_edit.toPlainText() == "Trust."
    assert second.feedback_text("what-arrives").startswith("✓ Correct.")
    assert second.feedback_text("formal-channel").startswith("✗ Not quite.")
    assert not views["three-hops"].feedback.isVisibleTo(second)


def test_save_failure_is_said_next_to_the_answer(qtbot, quiz, citations, tmp_path) -> None:
    """When progress cannot be saved the answer is still marked, with a message naming why."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the progress folder should be")
    panel = _panel(qtbot, quiz, citations, blocker, load=False)
    feedback = panel.answer("what-arrives", "700")
    assert feedback.correct is True
    status = panel.views["what-arrives"].save_status
    assert status.isVisible()
    assert "not saved" in status.text() and str(blocker) in status.text()
    assert panel.feedback_text("what-arrives").startswith("✓ Correct.")


def test_every_control_has_an_accessible_name(qtbot, quiz, citations, tmp_path) -> None:
    """Inputs, buttons and prompts are named for screen readers, by question number."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    for widget in _children(panel, QLineEdit, QPlainTextEdit, QPushButton, WrapRadio):
        assert widget.accessibleName(), widget
    views = panel.views
    assert views["what-arrives"].prompt.accessibleName().startswith("Question 1: A defector")
    assert views["what-arrives"].line_edit.accessibleName() == (
        "Your answer to question 1, in US dollars"
    )
    assert views["three-hops"].button.accessibleName() == "Check answer 2"
    assert views["three-hops"].line_edit.accessibleName().endswith("question 2, in percent")
    assert views["why-use-brokers"].text_edit.accessibleName() == "Your answer to question 4"
    assert views["why-use-brokers"].button.accessibleName() == "Save answer 4"


def test_tab_order_follows_the_questions(qtbot, quiz, citations, tmp_path) -> None:
    """Tab walks the controls question by question, top to bottom, and comes back round."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    v = panel.views
    first = v["what-arrives"].line_edit
    first.setFocus()
    seen = [first]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    radios = v["formal-channel"].radios
    assert seen[:4] == [
        first,
        v["what-arrives"].button,
        v["three-hops"].line_edit,
        v["three-hops"].button,
    ]
    assert seen[4] in radios  # one stop for the options; arrow keys move between them
    assert seen[5:8] == [
        v["formal-channel"].button,
        v["why-use-brokers"].text_edit,
        v["why-use-brokers"].button,
    ]
    assert seen[8] is first  # no trap: round again


def test_text_zoom_reaches_every_control_without_clipping(qtbot, quiz, citations, tmp_path) -> None:
    """At 200% every control gets the larger font and long options wrap inside the panel."""
    panel = _panel(qtbot, load_quiz(resources_dir(), "en", "calls"), citations, tmp_path)
    big = _font(26.0)
    panel.set_font(big)
    panel.resize(600, panel.heightForWidth(600) if panel.hasHeightForWidth() else 3000)
    QApplication.processEvents()
    for widget in _children(panel, QLabel, QLineEdit, QPushButton, WrapRadio):
        assert widget.font().pointSizeF() >= 26.0, widget
    for radio in panel.findChildren(WrapRadio):
        assert radio.geometry().right() <= panel.width()
        width = max(
            radio.fontMetrics().horizontalAdvance(line) for line in radio.text().split("\n")
        )
        assert width <= radio.width(), radio.full_text
    for view in panel.views.values():
        assert view.button.width() >= view.button.sizeHint().width()


def test_reload_after_a_reset_clears_answers_and_feedback(qtbot, quiz, citations, tmp_path) -> None:
    """After progress is reset, reload() empties every control and hides the feedback."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    panel.answer("what-arrives", "700")
    panel.answer("formal-channel", "US$929")
    panel.answer("why-use-brokers", "Trust.")
    panel.progress.reset()
    panel.reload()
    views = panel.views
    assert views["what-arrives"].line_edit.text() == ""
    assert not any(r.isChecked() for r in views["formal-channel"].radios)
    assert views["why-use-brokers"].text_edit.toPlainText() == ""
    assert all(panel.feedback_text(qid) == "" for qid in views)


def test_reflection_that_was_not_saved_does_not_say_saved(qtbot, quiz, citations, tmp_path) -> None:
    """When saving fails the reflection's feedback never claims "Saved."."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the progress folder should be")
    panel = _panel(qtbot, quiz, citations, blocker, load=False)
    panel.answer("why-use-brokers", "Trust.")
    text = panel.feedback_text("why-use-brokers")
    assert "Saved." not in text and "not saved" in text
    assert panel.views["why-use-brokers"].save_status.isVisible()


def test_each_question_is_a_group_named_by_its_question(qtbot, quiz, citations, tmp_path) -> None:
    """A screen reader hears the question with each choice: the question's frame is a
    Grouping named 'Question N: <the whole question>', and each radio's description says
    which question it answers."""
    from PySide6.QtGui import QAccessible

    panel = _panel(qtbot, quiz, citations, tmp_path)
    for view in panel.views.values():
        iface = QAccessible.queryAccessibleInterface(view.box)
        assert iface.role() == QAccessible.Role.Grouping
        name = f"Question {view.number}: {view.question.prompt}"
        assert iface.text(QAccessible.Text.Name) == name
        for radio in view.radios:
            assert radio.accessibleDescription().endswith(name)
    assert any(view.radios for view in panel.views.values())


def test_feedback_is_announced_when_it_appears(qtbot, quiz, citations, tmp_path) -> None:
    """Check leaves the focus on the button, so the feedback is announced as it appears;
    'Choose first' reads '⚠ Choose one…' with no stray full stop."""
    panel = _panel(qtbot, quiz, citations, tmp_path)
    choice = next(v for v in panel.views.values() if v.radios)
    with qtbot.waitSignal(panel.announcer.announced, timeout=1000) as said:
        choice.button.click()
    assert said.args == [panel.feedback_text(choice.question.id)]
    assert said.args[0].startswith("⚠ Choose one of the options first.")
    assert "⚠." not in said.args[0]
    with qtbot.waitSignal(panel.announcer.announced, timeout=1000) as said:
        panel.answer("what-arrives", "700")
    assert said.args[0].startswith("✓ Correct.")
