"""Teacher notes panel: the chapter's notes with every section and the generated answer key."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop_app.core.classroom.quiz import load_quiz
from desktop_app.core.classroom.teacher import REQUIRED_SECTIONS, load_teacher_notes
from desktop_app.paths import resources_dir
from desktop_app.ui.classroom.teacher_panel import TeacherNotesPanel


def _font(size: float = 13.0) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(size)
    return font


def _notes(chapter_id: str = "broker-chain") -> str:
    root = resources_dir()
    return load_teacher_notes(root, "en", chapter_id, load_quiz(root, "en", chapter_id))


def test_renders_every_section_and_the_answer_key(qtbot) -> None:
    """Learning goals, timing, prompts, answer key (with the answers) and sensitive topics."""
    panel = TeacherNotesPanel(_notes(), _font())
    qtbot.addWidget(panel)
    panel.show()
    text = panel.plain_text()
    assert text.startswith("Teacher notes: The broker chain")
    for section in REQUIRED_SECTIONS:
        assert section in text
    assert "US$929" in text and "27.1%" in text  # answers from the quiz file
    assert panel.accessibleName() == "Teacher notes"
    assert panel.text.accessibleName() == "Teacher notes"
    assert panel.label.text() == "For teachers"


def test_looks_unlike_student_text(qtbot) -> None:
    """The frame has its own name and a tinted, ruled style from the palette."""
    panel = TeacherNotesPanel("# Teacher notes: x\n\n## Timing\n\nTen minutes.", _font())
    qtbot.addWidget(panel)
    assert panel.objectName() == "teacher-notes"
    assert "alternate-base" in panel.styleSheet() and "border-width" in panel.styleSheet()


def test_text_zoom_grows_the_notes_without_clipping(qtbot) -> None:
    """At 200% the text is larger and the block grows to show all of it."""
    panel = TeacherNotesPanel(_notes("markets"), _font())
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    before = panel.text.height()
    panel.set_font(_font(26.0))
    panel.resize(700, 400)
    QApplication.processEvents()
    assert panel.text.document().defaultFont().pointSizeF() == 26.0
    assert panel.text.height() > before
    assert panel.text.height() >= panel.text.document().size().height()
    assert panel.label.font().pointSizeF() > 13.0


def test_links_are_passed_on(qtbot) -> None:
    """A link in the notes is emitted as linkClicked, not followed."""
    panel = TeacherNotesPanel("See [A09](cite:A09).", _font())
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.linkClicked) as signal:
        panel.text.anchorClicked.emit(QUrl("cite:A09"))
    assert signal.args[0].toString() == "cite:A09"
