"""The classroom's command-line forms (no window): hand in, class report, teacher guide.

Each returns an exit code and prints one line: 0 done, 1 the output could not be written
(nothing half-written), 2 bad input (no hand-ins in the folder, no such folder…).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.core.classroom.handin import HandInError, hand_in_document, write_hand_in
from desktop_app.core.classroom.progress import Progress, ProgressError
from desktop_app.core.classroom.quiz import Quiz, QuizError, load_quiz
from desktop_app.core.classroom.report import find_hand_ins, report_from_folder
from desktop_app.core.story.chapters import Story, load_story
from desktop_app.ui.classroom.report_files import write_report
from desktop_app.ui.shell.atomic import WriteError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _fail(message: str, code: int) -> int:
    print(f"lifeline: error: {message}", file=sys.stderr)
    return code


def load_quizzes(root: Path, lang: str, story: Story) -> dict[str, Quiz]:
    """Every chapter's quiz that loads (a broken one is left out, as the reader does)."""
    quizzes: dict[str, Quiz] = {}
    for chapter in story.chapters:
        try:
            quiz = load_quiz(root, lang, chapter.id)
        except QuizError:
            continue
        if len(quiz):
            quizzes[chapter.id] = quiz
    return quizzes


def titles(story: Story) -> dict[str, str]:
    return {c.id: f"{c.number}. {c.title}" for c in story.chapters}


def hand_in(
    root: Path, lang: str, data: Path, folder: str, student: str | None, class_name: str | None
) -> int:
    from desktop_app import __version__

    progress, notice = Progress.load(data)
    if notice:
        print(f"lifeline: {notice}", file=sys.stderr)
    if student is not None or class_name is not None:
        progress.set_student(
            student if student is not None else progress.record.name,
            class_name if class_name is not None else progress.record.class_name,
        )
        try:
            progress.save()
        except ProgressError as exc:
            print(f"lifeline: {exc}", file=sys.stderr)
    if not progress.record.name:
        return _fail(_tr("say who is handing in: --student NAME (and --class CLASS)"), 2)
    if not Path(folder).is_dir():
        return _fail(_tr("%1 is not a folder").replace("%1", folder), 2)
    quizzes = load_quizzes(root, lang, load_story(root, lang))
    doc = hand_in_document(progress, quizzes, __version__, lang)
    try:
        path = write_hand_in(Path(folder), doc)
    except HandInError as exc:
        return _fail(str(exc), 1)
    print(_tr("lifeline: answers handed in as %1").replace("%1", str(path)))
    return 0


def class_report(root: Path, lang: str, folder: str, out: str) -> int:
    source = Path(folder)
    if not source.is_dir():
        return _fail(_tr("%1 is not a folder").replace("%1", folder), 2)
    if not find_hand_ins(source):
        message = _tr("no hand-in files (*.lifeline-answers) in %1 or below").replace("%1", folder)
        return _fail(message, 2)
    if Path(out).suffix.lower() not in (".csv", ".pdf"):
        return _fail(_tr("the report's name must end in .csv or .pdf: %1").replace("%1", out), 2)
    from desktop_app.ui.shell.fonts import register_fonts

    register_fonts(root)  # Hangul names print in the English edition too
    story = load_story(root, lang)
    report = report_from_folder(source, load_quizzes(root, lang, story))
    try:
        write_report(report, Path(out), titles(story))
    except (WriteError, OSError) as exc:
        return _fail(str(exc), 1)
    line = _tr("lifeline: class report of %1 students written to %2 (%3 files could not be used)")
    line = line.replace("%1", str(len(report.students))).replace("%2", out)
    print(line.replace("%3", str(len(report.unusable))))
    return 0


def teacher_guide(root: Path, lang: str, out: str) -> int:
    from desktop_app.core.classroom.guide import teacher_guide_markdown
    from desktop_app.ui.handouts.printing import build_markdown_document, export_document_pdf

    markdown = teacher_guide_markdown(root, lang, load_story(root, lang))
    doc = build_markdown_document(markdown, _tr("Teacher's guide"), font_pt=10)
    try:
        export_document_pdf(doc, Path(out))
    except (WriteError, OSError) as exc:
        return _fail(str(exc), 1)
    print(_tr("lifeline: teacher's guide written to %1").replace("%1", out))
    return 0
