"""Command line, QApplication set-up, and the public ``create_window`` used by tests."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app import __version__

log = logging.getLogger(__name__)

APP_NAME = "Lifeline"


@dataclass
class Options:
    chapter: int | None = None
    self_test: bool = False
    startup_only: bool = False
    presentation: bool = False
    export_handout: tuple[str, str] | None = None
    lang: str | None = None
    hand_in: str | None = None
    student: str | None = None
    class_name: str | None = None
    class_report: tuple[str, str] | None = None
    teacher_guide: str | None = None


class UsageError(Exception):
    """Bad command line: reported as one line on stderr with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lifeline",
        description="Lifeline: follow the money North Korean defectors send home "
        "(an offline reader of the South China Morning Post's 2018 story).",
    )
    parser.add_argument("--chapter", type=int, metavar="N", help="open chapter N (1-based)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="visit every chapter and figure, check every citation, print one line per "
        "check and exit 0 only if all pass",
    )
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="quit as soon as the opened chapter has painted (for start-up benchmarks)",
    )
    parser.add_argument(
        "--presentation",
        action="store_true",
        help="start in full-screen presentation mode (Esc returns to the reader)",
    )
    parser.add_argument(
        "--export-handout",
        nargs=2,
        metavar=("CHAPTER", "OUT.pdf"),
        help="write chapter CHAPTER (1-based) as a printable PDF handout and exit; "
        "no window is shown",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "ko"),
        help="interface and story language (default: the saved choice, else the system's)",
    )
    classroom = parser.add_argument_group("classroom (no window)")
    classroom.add_argument(
        "--hand-in", metavar="FOLDER", help="hand in my answers: write a new answers file to FOLDER"
    )
    classroom.add_argument("--student", metavar="NAME", help="with --hand-in: the student's name")
    classroom.add_argument(
        "--class", dest="class_name", metavar="CLASS", help="with --hand-in: the class"
    )
    classroom.add_argument(
        "--class-report",
        nargs=2,
        metavar=("FOLDER", "OUT"),
        help="read every hand-in in FOLDER (and below) and write the class report to OUT "
        "(.csv or .pdf)",
    )
    classroom.add_argument(
        "--export-teacher-guide",
        metavar="OUT.pdf",
        help="write the lesson plan, teacher notes and answer keys as a PDF",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def parse_args(argv: Sequence[str] | None) -> Options:
    ns = build_parser().parse_args(list(argv) if argv is not None else sys.argv[1:])
    return Options(
        chapter=ns.chapter,
        self_test=ns.self_test,
        startup_only=ns.startup_only,
        presentation=ns.presentation,
        export_handout=tuple(ns.export_handout) if ns.export_handout else None,
        lang=ns.lang,
        hand_in=ns.hand_in,
        student=ns.student,
        class_name=ns.class_name,
        class_report=tuple(ns.class_report) if ns.class_report else None,
        teacher_guide=ns.export_teacher_guide,
    )


def ensure_application():  # -> QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "lifeline"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("lifeline")
    from desktop_app.ui.shell.wheel import install_wheel_guard

    install_wheel_guard(app)
    return app


def app_icon():  # -> QIcon
    from PySide6.QtGui import QIcon

    from desktop_app.paths import resource

    return QIcon(str(resource("icons", "lifeline.svg")))


def load_content(lang: str = "en"):  # -> Content
    """Story, citations and glossary; broken files become logged errors, never crashes."""
    from desktop_app.core.story.chapters import load_story
    from desktop_app.paths import resources_dir
    from desktop_app.ui.reader.content import Content, DeferredCitations

    root = resources_dir()
    story = load_story(root, lang)
    # Read on first use (a figure, a source link, a quiz): not needed for the first paint.
    content = Content(root, lang, story, DeferredCitations(root, lang))
    Content.load_glossary_into(content)
    return content


def calculator_embed(root, citations, settings, lang: str):  # -> Callable[[str, float], QWidget]
    """The calculator as a chapter embed; the app, not the figures room, joins the two."""

    def make(theme: str, scale: float):
        from desktop_app.ui.calculator.panel import CalculatorPanel

        panel = CalculatorPanel(settings=settings, citations=citations, root=root, lang=lang)
        panel.set_theme(theme)
        panel.set_font_scale(scale)
        return panel

    return make


def create_window(argv: list[str] | None = None):  # -> MainWindow
    """Build the main window without starting the event loop (shared by main() and tests).

    Raises ``UsageError`` for a bad command line (including an unknown ``--chapter``).
    """
    options = parse_args(argv or [])
    ensure_application()

    from desktop_app.profile import remove_stale_temp_files
    from desktop_app.ui.figures.factory import make_figure_factory
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.shell.settings import Settings

    remove_stale_temp_files()  # left by saves that were interrupted (power cut, kill)
    settings = Settings()
    lang, language_problems = setup_language(options.lang, settings)
    content = load_content(lang)
    story = content.story
    if options.chapter is not None and not 1 <= options.chapter <= len(story):
        raise UsageError(f"chapter {options.chapter} does not exist (choose 1 to {len(story)})")
    from desktop_app.core.classroom.progress import Progress
    from desktop_app.crash import data_dir

    progress, progress_notice = Progress.load(data_dir())
    from desktop_app.ui.shell.theme import apply_theme

    theme = apply_theme(ensure_application(), settings.value("view/theme", "system"))
    holder: list = []

    def look() -> tuple[str, float]:
        window = holder[0] if holder else None
        return (window.chart_theme if window else theme), (window.zoom / 100 if window else 1.0)

    embeds = {"calculator": calculator_embed(content.root, content.citations, settings, lang)}
    factory, store = make_figure_factory(content.root, content.citations, look, lang, embeds)
    window = MainWindow(content, settings, progress, figure_factory=factory, icon=app_icon())
    holder.append(window)
    window.chart_theme = theme
    window.known_figures = store.figure_ids
    if options.chapter is not None:
        start = options.chapter
    else:
        last = settings.last_chapter
        start = last if 0 <= last <= len(story) else 0
    window.show_chapter(start)
    window.language_problems = language_problems
    window.relaunch = _relaunch
    if progress_notice:
        window.show_notice(progress_notice)
    if settings.notice:
        window.show_notice(settings.notice)
    return window


def _relaunch(old, lang: str):
    """Rebuild the main window in ``lang`` where the reader was; close the old one."""
    from PySide6.QtCore import QCoreApplication

    chapter = old.current if old.current > 0 else 0
    args = ["--lang", lang] + (["--chapter", str(chapter)] if chapter else [])
    new = create_window(args)
    new.setGeometry(old.geometry())
    new.set_zoom(old.zoom)
    if old.isVisible():
        new.show()
    old.close()
    old.deleteLater()
    new.show_notice(QCoreApplication.translate("MainWindow", "Language changed."))
    return new


def setup_language(cli_lang: str | None, settings) -> tuple[str, list[str]]:
    """Choose the language and install its translations, fonts and core messages.

    This is the app's one language switch point: it runs before any widget is built.
    Returns the language and any problems (a broken translation file, named).
    """
    from PySide6.QtCore import QLocale

    from desktop_app.paths import resources_dir
    from desktop_app.ui.shell import fonts, i18n

    app = ensure_application()
    root = resources_dir()
    lang = i18n.choose_language(
        cli_lang, settings.value("view/language", "system"), QLocale.system()
    )
    problems = i18n.install_translations(app, root, lang)
    # The bundled font for every language: readable on a machine with no fonts at all.
    fonts.register_fonts(root, lang)
    fonts.apply_ui_font(app, lang)
    if lang != "en" or "desktop_app.core.story.messages" in sys.modules:
        # English needs no message overlay: skip it at start-up.
        from desktop_app.core.story.messages import apply_language

        problems += apply_language(root, lang)
    return lang, problems


def _export_handout(chapter: str, out: str, lang: str | None = None) -> int:
    """``--export-handout``: no window; a one-line error and exit 2 for a bad chapter."""
    import os
    from pathlib import Path

    if not chapter.strip().isdigit():
        print(f"lifeline: error: chapter '{chapter}' is not a number", file=sys.stderr)
        return 2
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # batch printing on a server
    ensure_application()
    from desktop_app.profile import use_throwaway_profile

    use_throwaway_profile()  # a batch export leaves the student's files alone
    from desktop_app.paths import resources_dir
    from desktop_app.ui.handouts.handout import export_chapter_handout
    from desktop_app.ui.shell.atomic import WriteError
    from desktop_app.ui.shell.settings import Settings

    chosen, _problems = setup_language(lang, Settings())
    try:
        export_chapter_handout(resources_dir(), chosen, int(chapter), Path(out))
    except ValueError as exc:
        print(f"lifeline: error: {exc}", file=sys.stderr)
        return 2
    except (WriteError, OSError) as exc:
        print(f"lifeline: error: {exc}", file=sys.stderr)
        return 1
    print(f"lifeline: handout written to {out}")
    return 0


def _classroom_command(options: Options) -> int:
    """``--hand-in``, ``--class-report``, ``--export-teacher-guide``: no window."""
    import os

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_application()
    from desktop_app.crash import data_dir
    from desktop_app.paths import resources_dir
    from desktop_app.ui.classroom import commands
    from desktop_app.ui.shell.settings import Settings

    lang, _problems = setup_language(options.lang, Settings())
    root = resources_dir()
    if options.hand_in is not None:
        return commands.hand_in(
            root, lang, data_dir(), options.hand_in, options.student, options.class_name
        )
    if options.class_report is not None:
        return commands.class_report(root, lang, *options.class_report)
    assert options.teacher_guide is not None
    return commands.teacher_guide(root, lang, options.teacher_guide)


def _show_crash(message: str, path: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.shell.dialogs import crash_dialog

    parent = QApplication.activeWindow()
    crash_dialog(parent, message, path).exec()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        options = parse_args(args)
    except UsageError as exc:
        print(f"lifeline: error: {exc}", file=sys.stderr)
        return 2
    from desktop_app import crash

    crash.setup_logging()
    if options.export_handout is not None:
        return _export_handout(*options.export_handout, lang=options.lang)
    if options.hand_in or options.class_report or options.teacher_guide:
        return _classroom_command(options)
    app = ensure_application()
    if options.self_test or options.startup_only:
        from desktop_app.profile import use_throwaway_profile

        use_throwaway_profile()  # checks and benchmarks never change the student's state
    try:
        window = create_window(args)
    except UsageError as exc:
        print(f"lifeline: error: {exc}", file=sys.stderr)
        return 2
    if options.self_test:
        from desktop_app.selftest import run_self_test

        return run_self_test(window)
    crash.install_excepthook(_show_crash)
    if options.startup_only:
        from desktop_app.ui.shell.startup import quit_after_first_paint

        quit_after_first_paint(window)
    window.show()
    if options.presentation:
        window.start_presentation()
    return int(app.exec())
