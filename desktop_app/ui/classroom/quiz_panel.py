"""Check your understanding: a chapter's questions, answered and marked on the page.

Each question shows its feedback straight away, under the answer: a symbol and a word
(never colour alone), the explanation, and the facts it rests on (links ``cite:<ID>``,
emitted as ``linkClicked``). Answers are kept in :class:`Progress` and saved at once; a
failed save is said next to the answer, never raised. Built again, the panel shows the
saved answers and their feedback.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classroom.progress import Progress, ProgressError
from desktop_app.core.classroom.quiz import (
    MESSAGES,
    Feedback,
    Question,
    Quiz,
    check_answer,
    choice_index,
    numeric_answer_line,
)
from desktop_app.core.story.sources import Citations
from desktop_app.ui.shell.announce import Announcer
from desktop_app.ui.widgets.accessible import Group
from desktop_app.ui.widgets.wrap_radio import WrapRadio

PROMPT_NAME_CHARS = 60
REFLECTION_LINES = 5
# Feedback gets a coloured rule as an extra cue beside the symbol and the words
# (Okabe-Ito green and vermillion). Inputs and radio indicators are drawn from the
# palette's text colour, so they stay visible in every theme (high contrast too).
STYLE = """
QLabel#quiz-feedback {
    padding: 4px 0 4px 10px;
    border-style: solid; border-width: 0 0 0 4px; border-color: palette(mid);
}
QLabel#quiz-feedback[verdict="correct"] { border-color: #009E73; }
QLabel#quiz-feedback[verdict="incorrect"] { border-color: #D55E00; }
QLabel#quiz-feedback[verdict="refused"] { border-color: #E69F00; }
QLineEdit:!focus, QPlainTextEdit:!focus { border: 1px solid palette(text); }
QLineEdit { padding: 2px 4px; }
QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 2px; spacing: 8px; }
QRadioButton:focus { border-color: palette(highlight); }
QRadioButton::indicator {
    width: %(size)dpx; height: %(size)dpx; border-radius: %(radius)dpx;
    border: 2px solid palette(text); background: palette(base);
}
QRadioButton::indicator:checked {
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 palette(text), stop: 0.55 palette(text),
        stop: 0.65 palette(base), stop: 1 palette(base));
}
"""


@dataclass
class QuestionView:
    """The widgets of one question (public for tests and the self-test)."""

    question: Question
    number: int
    box: QFrame
    prompt: QLabel
    button: QPushButton
    feedback: QLabel
    save_status: QLabel
    radios: list[WrapRadio] = field(default_factory=list)
    group: QButtonGroup | None = None
    line_edit: QLineEdit | None = None
    text_edit: QPlainTextEdit | None = None
    last: Feedback | None = None


class QuizPanel(QFrame):
    """A chapter's questions. Signals: ``answered(chapter_id, question_id)`` after an
    accepted answer is recorded; ``linkClicked(QUrl)`` for a fact link in the feedback."""

    answered = Signal(str, str)
    linkClicked = Signal(QUrl)

    def __init__(
        self,
        quiz: Quiz,
        progress: Progress,
        citations: Citations,
        font: QFont,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.quiz = quiz
        self.progress = progress
        self.citations = citations
        self.views: dict[str, QuestionView] = {}
        # Feedback appears away from the focus (which stays on Check): say it.
        self.announcer = Announcer(self)
        self.setObjectName("quiz-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Check your understanding"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr("Check your understanding"))
        self.heading.setObjectName("quiz-heading")
        self.heading.setWordWrap(True)
        self.intro = QLabel(
            self.tr(
                "Answer these questions to check what you have learned. Each answer is "
                "marked at once and saved on this computer."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for number, question in enumerate(quiz, 1):
            view = self._build_question(number, question)
            self.views[question.id] = view
            layout.addWidget(view.box)
            self._restore(view)
        self.set_font(font)

    # --- construction -------------------------------------------------------------------
    def _build_question(self, number: int, question: Question) -> QuestionView:
        box = Group()  # a grouping named by its question, so each answer is heard with it
        box.setObjectName(f"question-{question.id}")
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 8, 0, 0)
        col.setSpacing(6)
        prompt = QLabel(f"{number}. {question.prompt}")
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        short = question.prompt[:PROMPT_NAME_CHARS] + (
            "…" if len(question.prompt) > PROMPT_NAME_CHARS else ""
        )
        prompt.setAccessibleName(
            self.tr("Question %1: %2").replace("%1", str(number)).replace("%2", short)
        )
        prompt.setAccessibleDescription(question.prompt)
        asked = self.tr("Question %1: %2").replace("%1", str(number)).replace("%2", question.prompt)
        box.setAccessibleName(asked)
        col.addWidget(prompt)
        n = str(number)
        if question.kind == "reflection":
            button = QPushButton(self.tr("Save my answer"))
            button.setAccessibleName(self.tr("Save answer %1").replace("%1", n))
        else:
            button = QPushButton(self.tr("Check"))
            button.setAccessibleName(self.tr("Check answer %1").replace("%1", n))
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        feedback = QLabel()
        feedback.setObjectName("quiz-feedback")
        feedback.setWordWrap(True)
        feedback.setTextFormat(Qt.TextFormat.RichText)
        feedback.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        feedback.linkActivated.connect(lambda href: self.linkClicked.emit(QUrl(href)))
        feedback.setVisible(False)
        save_status = QLabel()
        save_status.setObjectName("quiz-save-status")
        save_status.setWordWrap(True)
        save_status.setVisible(False)
        view = QuestionView(question, number, box, prompt, button, feedback, save_status)
        answer_name = self.tr("Your answer to question %1").replace("%1", n)
        if question.kind == "choice":
            holder = QWidget()
            options = QVBoxLayout(holder)
            options.setContentsMargins(12, 0, 0, 0)
            options.setSpacing(4)
            view.group = QButtonGroup(holder)
            for i, text in enumerate(question.options):
                radio = WrapRadio(text, holder)
                radio.setAccessibleDescription(f"{answer_name}. {asked}")
                view.group.addButton(radio, i)
                view.radios.append(radio)
                options.addWidget(radio)
            col.addWidget(holder)
            col.addWidget(button)
        elif question.kind == "numeric":
            row = QHBoxLayout()
            edit = QLineEdit()
            edit.setMaxLength(200)
            edit.setPlaceholderText(self.tr("Type a number"))
            name = answer_name
            if question.unit:
                unit = self.tr("percent") if question.unit == "%" else question.unit
                name = self.tr("%1, in %2").replace("%1", answer_name).replace("%2", unit)
            edit.setAccessibleName(name)
            edit.returnPressed.connect(lambda qid=question.id: self.check(qid))
            view.line_edit = edit
            row.addWidget(edit, 1)
            if question.unit:
                unit = QLabel(question.unit)
                unit.setBuddy(edit)
                row.addWidget(unit)
            row.addWidget(button)
            col.addLayout(row)
        else:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
            text.setAccessibleName(answer_name)
            text.setPlaceholderText(self.tr("Write a few sentences."))
            view.text_edit = text
            col.addWidget(text)
            col.addWidget(button)
        button.clicked.connect(lambda *_, qid=question.id: self.check(qid))
        col.addWidget(feedback)
        col.addWidget(save_status)
        return view

    def reload(self) -> None:
        """Show what the progress holds now (after a reset: empty, with no feedback)."""
        for view in self.views.values():
            self._fill(view, "")
            view.last = None
            view.feedback.setVisible(False)
            view.save_status.setVisible(False)
            self._restore(view)

    def _restore(self, view: QuestionView) -> None:
        saved = self.progress.answer_for(self.quiz.chapter_id, view.question.id)
        if saved is None:
            return
        self._fill(view, saved.answer)
        self._show(view, check_answer(view.question, saved.answer))

    # --- answering ----------------------------------------------------------------------
    def _fill(self, view: QuestionView, raw: str) -> bool:
        """Put ``raw`` into the question's control; False if the control cannot hold it."""
        if view.line_edit is not None:
            view.line_edit.setText(raw)
        elif view.text_edit is not None:
            view.text_edit.setPlainText(raw)
        elif view.group is not None:
            index = choice_index(view.question, raw)
            if index is None:
                view.group.setExclusive(False)
                for radio in view.radios:
                    radio.setChecked(False)
                view.group.setExclusive(True)
                return False
            view.radios[index].setChecked(True)
        return True

    def _value(self, view: QuestionView) -> str:
        if view.line_edit is not None:
            return view.line_edit.text()
        if view.text_edit is not None:
            return view.text_edit.toPlainText()
        index = view.group.checkedId() if view.group is not None else -1
        return view.question.options[index] if index >= 0 else ""

    def check(self, question_id: str) -> Feedback:
        """Mark what the control holds (the Check / Save button and Enter call this)."""
        view = self.views[question_id]
        return self._submit(view, self._value(view))

    def answer(self, question_id: str, raw: str) -> Feedback:
        """Type or choose ``raw`` in the question's control and check it, as a student would."""
        view = self.views[question_id]
        if self._fill(view, raw):
            return self.check(question_id)
        return self._submit(view, raw)

    def _submit(self, view: QuestionView, raw: str) -> Feedback:
        feedback = self._mark(view, raw)
        said = view.feedback.accessibleName(), view.save_status.accessibleName()
        self.announcer.say_now(" ".join(said))
        return feedback

    def _mark(self, view: QuestionView, raw: str) -> Feedback:
        feedback = check_answer(view.question, raw)
        view.save_status.setVisible(False)
        view.save_status.setAccessibleName("")
        if not feedback.accepted:
            self._show(view, feedback)
            return feedback
        chapter_id = self.quiz.chapter_id
        self.progress.record_answer(chapter_id, view.question.id, raw, feedback.correct)
        try:
            self.progress.save()
        except ProgressError as exc:
            self._show(view, feedback, saved=False)
            message = self.tr("Your answer is shown but was not saved. %1").replace("%1", str(exc))
            view.save_status.setText("⚠ " + message)
            view.save_status.setAccessibleName(message)
            view.save_status.setVisible(True)
        else:
            self._show(view, feedback)
        self.answered.emit(chapter_id, view.question.id)
        return feedback

    # --- feedback -----------------------------------------------------------------------
    def _show(self, view: QuestionView, feedback: Feedback, saved: bool = True) -> None:
        view.last = feedback
        if not feedback.accepted:
            verdict, symbol, head, rest = "refused", "⚠", "", feedback.message
        elif feedback.correct is None:
            head = self.tr("Saved.") if saved else self.tr("Written, but not saved.")
            verdict, symbol = "saved", "✎"
            rest = feedback.message
        else:
            verdict = "correct" if feedback.correct else "incorrect"
            symbol = "✓" if feedback.correct else "✗"
            head = MESSAGES["correct" if feedback.correct else "incorrect"]
            rest = feedback.message.removeprefix(head).strip()
            if not feedback.correct:  # the right answer on the first line, then why
                q = view.question
                line = numeric_answer_line(q) if q.kind == "numeric" else ""
                line = line or MESSAGES["choice_answer"].format(answer=q.answer_text())
                if rest.startswith(line):
                    head = f"{head} {line}"
                    rest = rest[len(line) :].strip()
        lead = f"{symbol} {head}".strip()
        parts = [f"<b>{html.escape(lead)}</b>"]
        if rest:
            parts.append(("<br>" if verdict == "incorrect" else " ") + html.escape(rest))
        # "⚠ Choose one…", not "⚠. Choose one…": a lone symbol takes no full stop.
        stop = "" if not rest or not head or lead.endswith((".", "?", "!")) else "."
        plain = [f"{lead}{stop} {rest}".strip()]
        if feedback.accepted and feedback.facts:
            parts.append(f"<br><b>{html.escape(self.tr('This rests on:'))}</b>")
            plain.append(self.tr("This rests on:"))
            for fid in feedback.facts:
                fact = self.citations.facts.get(fid)
                claim = fact.claim if fact is not None else self.tr("(no source recorded)")
                parts.append(f'<br><a href="cite:{fid}">{fid}</a> {html.escape(claim)}')
                plain.append(f"{fid} {claim}")
        view.feedback.setText("".join(parts))
        view.feedback.setAccessibleName(" ".join(plain))
        view.feedback.setProperty("verdict", verdict)
        view.feedback.style().unpolish(view.feedback)
        view.feedback.style().polish(view.feedback)
        view.feedback.setVisible(True)

    def feedback_text(self, question_id: str) -> str:
        """The feedback as plain text (as a screen reader is given it); "" when hidden."""
        label = self.views[question_id].feedback
        return label.accessibleName() if label.isVisibleTo(self) else ""

    # --- text size ----------------------------------------------------------------------
    def set_font(self, font: QFont) -> None:
        # Set on every child: with a style sheet, fonts do not pass from parent to child.
        self.setFont(font)
        for child in self.findChildren(QWidget):
            child.setFont(font)
        heading = QFont(font)
        heading.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setBold(True)
        self.heading.setFont(heading)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        lines = metrics.lineSpacing()
        size = max(12, round(metrics.height() * 0.7))
        self.setStyleSheet(STYLE % {"size": size, "radius": size // 2 + 2})
        for view in self.views.values():
            view.prompt.setFont(bold)
            if view.text_edit is not None:
                view.text_edit.setFixedHeight(lines * REFLECTION_LINES + 16)
