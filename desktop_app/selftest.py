"""``--self-test``: visit everything a student can reach and check that it resolves.

Prints one line per check (``PASS …`` or ``FAIL …``) and ends with
``self-test: N passed, M failed``. Used by CI and after building the frozen bundle.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QWidget

Check = tuple[bool, str]


class Report:
    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.passed = 0
        self.failed = 0

    def add(self, ok: bool, message: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        self.out(f"{'PASS' if ok else 'FAIL'}  {message}")

    def extend(self, checks: Iterator[Check]) -> None:
        for ok, message in checks:
            self.add(ok, message)


def _content_checks(window) -> Iterator[Check]:
    from desktop_app.paths import layout, resources_dir

    yield True, f"resources found ({layout()} layout): {resources_dir()}"
    error = window.content.citation_error
    if error:
        yield False, f"citations: {error}"
    else:
        c = window.citations
        yield True, f"citations: {len(c.facts)} facts from {len(c.sources)} sources"
    known_figures = getattr(window, "known_figures", None)
    figures = set(known_figures() if known_figures else ())
    from desktop_app.core.story.chapters import check_chapter, image_problems

    for chapter in window.story.chapters:
        problems = check_chapter(chapter, window.citations.facts, figures)
        problems += image_problems(chapter, window.content.root)
        if problems:
            for problem in problems:
                yield False, f"chapter {chapter.number}: {problem}"
        else:
            cited = chapter.cited()
            yield (
                True,
                (
                    f"chapter {chapter.number} '{chapter.title}': {len(cited)} fact IDs resolve, "
                    f"{len(chapter.figures)} figure IDs resolve"
                ),
            )
    if not window.story.chapters:
        yield False, "no chapters were found"
    yield from manifest_checks(window.content.root, window.content.lang, window.story)
    yield from _classroom_checks(window)
    yield from _language_checks(window)


def manifest_checks(root, lang: str, story) -> Iterator[Check]:
    """Chapters against resources/manifest.toml, and every listed asset present and usable."""
    from desktop_app.core.story.manifest import ManifestError, load_manifest, manifest_problems

    try:
        manifest = load_manifest(root)
    except ManifestError as exc:
        yield False, f"manifest: {exc}"
        return
    loaded = [(c.path.name, c.id if c.ok else "") for c in story.chapters]
    problems = manifest_problems(manifest, root, lang, loaded)
    for problem in problems:
        yield False, f"manifest: {problem}"
    if not problems:
        count = len(manifest.chapters[lang])
        yield True, f"manifest: {count} chapters in '{lang}' and {len(manifest.assets)} assets"
    for asset in manifest.assets:
        problem = _unusable(root / asset) if (root / asset).is_file() else ""
        if problem:
            yield False, f"asset {asset}: {problem}"


def _unusable(path) -> str:
    """Why a present asset cannot be used ("" when it can): fonts load, icons draw."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QImage, QRawFont

    suffix = path.suffix.lower()
    if suffix in (".otf", ".ttf"):
        # Loaded, not registered: registering would let it draw text the app itself
        # never gives it, and hide a missing font from the font check.
        if not QRawFont(path.read_bytes(), 12).isValid():
            return "not a font Qt can load"
    elif suffix in (".svg", ".png"):
        if QImage(str(path)).isNull():
            return "not an image Qt can draw"
    elif suffix == ".qm":
        if not QTranslator().load(str(path)):
            return "not a translation file Qt can load"
    elif path.is_file() and path.stat().st_size == 0:
        return "empty"
    return ""


def _language_checks(window) -> Iterator[Check]:
    from desktop_app.paths import resource
    from desktop_app.ui.shell.i18n import missing_translations

    for problem in getattr(window, "language_problems", []):
        yield False, f"language: {problem}"
    missing = missing_translations(resource("translations", "lifeline_ko.ts"))
    yield (
        not missing,
        (
            "Korean interface: every message translated"
            if not missing
            else f"Korean interface: {len(missing)} messages untranslated (first: {missing[0]})"
        ),
    )
    yield True, f"language in use: {window.content.lang}"
    yield from font_checks(QApplication.font(), [c.title for c in window.story.chapters])


def font_checks(font, titles: list[str]) -> Iterator[Check]:
    """The interface font draws every chapter title (else Qt shows empty boxes)."""
    from desktop_app.ui.shell.fonts import undrawable

    lacking = undrawable(font, "".join(titles))
    families = ", ".join(font.families() or [font.family()])
    if lacking:
        yield False, f"font: no installed font in [{families}] draws {lacking[:20]!r}"
    else:
        yield True, f"font: {families.split(',')[0]} draws every chapter title"


def _classroom_checks(window) -> Iterator[Check]:
    from desktop_app.core.classroom.quiz import check_quizzes
    from desktop_app.core.classroom.teacher import check_teacher_notes
    from desktop_app.core.story.glossary import REQUIRED_TERMS, check_glossary

    content = window.content
    story_ids = [c.id for c in window.story.chapters if c.ok and c.id != "sources"]
    problems = check_quizzes(content.root, content.lang, story_ids, window.citations.facts)
    for problem in problems:
        yield False, f"quiz: {problem}"
    if not problems:
        count = sum(len(q) for q in content.quizzes().values())
        yield True, f"quizzes: {count} questions in {len(story_ids)} chapters resolve"
    all_ids = [c.id for c in window.story.chapters if c.ok]
    notes = check_teacher_notes(content.root, content.lang, all_ids)
    for problem in notes:
        yield False, f"teacher notes: {problem}"
    if not notes:
        yield True, f"teacher notes: {len(all_ids)} chapters have every section"
    if content.glossary is None:
        yield False, f"glossary: {content.glossary_error}"
    else:
        found = check_glossary(content.glossary, window.citations.facts, REQUIRED_TERMS)
        for problem in found:
            yield False, f"glossary: {problem}"
        if not found:
            yield True, f"glossary: {len(content.glossary)} terms, all required terms present"


def _visit_checks(window) -> Iterator[Check]:
    for chapter in window.story.chapters:
        try:
            window.show_chapter(chapter.number)
            QApplication.processEvents()
            page = window.page(chapter.number)
        except Exception as exc:  # a crash on a visit is exactly what this must report
            yield False, f"visit chapter {chapter.number}: {type(exc).__name__}: {exc}"
            continue
        if not chapter.ok:
            yield False, f"visit chapter {chapter.number}: shows an error page ({chapter.error})"
            continue
        text = page.plain_text() if hasattr(page, "plain_text") else ""
        yield bool(text.strip()), f"visit chapter {chapter.number}: {len(text.split())} words shown"
        figures: dict[str, QWidget] = getattr(page, "figures", {})
        for figure_id, widget in figures.items():
            render = getattr(widget, "render_now", None)
            if render is None:
                yield False, f"figure '{figure_id}' in chapter {chapter.number}: no figure panel"
                continue
            error = render()
            if error:
                yield False, f"figure '{figure_id}' in chapter {chapter.number}: {error}"
            elif figure_id == "calculator":
                yield (
                    True,
                    (
                        f"calculator in chapter {chapter.number}: presets, money conserved, "
                        "results and live charts work"
                    ),
                )
            else:
                yield True, f"figure '{figure_id}' in chapter {chapter.number} renders"
    yield from _quiz_and_handout_checks(window)
    extra = getattr(window, "self_test_extra", None)
    if extra is not None:
        yield from extra()
    window.show_chapter(0)


def _quiz_and_handout_checks(window) -> Iterator[Check]:
    """Answer every gradable question with its own answer (on scratch progress, so the
    student's own answers are untouched), and build one chapter's handout PDF."""
    import tempfile
    from pathlib import Path

    from desktop_app.core.classroom.progress import Progress
    from desktop_app.core.classroom.quiz import Quiz, check_answer

    for chapter in window.story.chapters:
        quiz = window.content.quiz(chapter) if chapter.ok else None
        if not isinstance(quiz, Quiz) or not quiz.questions:
            continue
        wrong = [
            q.id
            for q in quiz
            if q.gradable and check_answer(q, q.answer_text()).correct is not True
        ]
        yield (
            not wrong,
            (
                f"quiz in chapter {chapter.number}: {len(quiz)} questions, answer key marks "
                + ("itself correct" if not wrong else f"wrong: {', '.join(wrong)}")
            ),
        )
    with tempfile.TemporaryDirectory() as scratch:
        Progress.load(Path(scratch))  # the progress store works in a fresh folder
        try:
            from desktop_app.ui.handouts.handout import chapter_handout
            from desktop_app.ui.handouts.printing import pdf_bytes

            data = pdf_bytes(chapter_handout(window.content.root, window.content.lang, 4))
            yield data.startswith(b"%PDF"), f"handout for chapter 4: {len(data) // 1024} KB PDF"
        except Exception as exc:  # the self-test reports, never crashes
            yield False, f"handout for chapter 4: {type(exc).__name__}: {exc}"
    # Presentation mode: step through one chapter's slides and leave again.
    try:
        view = window.start_presentation(4)
        steps = 0
        while view.current_slide.chapter == 4 and view.index < len(view.slides) - 1:
            view.go_to(view.index + 1)
            steps += 1
        view.close()
        yield steps > 2, f"presentation mode: {steps} steps through chapter 4, then back"
    except Exception as exc:
        yield False, f"presentation mode: {type(exc).__name__}: {exc}"


def _hand_in_checks(window) -> Iterator[Check]:
    """A hand-in written to a temporary folder reads back into a class report of one, and a
    damaged copy is refused with its reason (nothing of the student's own is touched)."""
    import tempfile
    from pathlib import Path

    from desktop_app import __version__
    from desktop_app.core.classroom.handin import hand_in_document, write_hand_in
    from desktop_app.core.classroom.progress import Progress
    from desktop_app.core.classroom.report import report_from_folder

    quizzes = window.content.quizzes()
    with tempfile.TemporaryDirectory(prefix="lifeline-selftest-") as tmp:
        folder = Path(tmp)
        progress = Progress(folder / "progress")
        progress.set_student("Self-test", "0")
        for chapter, quiz in quizzes.items():
            for question in quiz:
                progress.record_answer(chapter, question.id, question.answer_text() or "x", True)
        doc = hand_in_document(progress, quizzes, __version__, window.content.lang)
        path = write_hand_in(folder, doc)
        path.with_name("damaged.lifeline-answers").write_bytes(path.read_bytes()[:-20])
        report = report_from_folder(folder, quizzes)
    ok = len(report.students) == 1 and len(report.unusable) == 1
    ok = ok and report.students[0].right == report.students[0].gradable > 0
    yield (
        ok,
        (
            f"hand-in and class report: {len(report.questions)} questions read back, "
            f"{len(report.unusable)} damaged copy refused"
        ),
    )


def run_self_test(window, out: Callable[[str], None] | None = None) -> int:
    def emit(line: str) -> None:
        print(line, flush=True)

    report = Report(out or emit)
    report.extend(_content_checks(window))
    report.extend(_visit_checks(window))
    report.extend(_hand_in_checks(window))
    (out or emit)(f"self-test: {report.passed} passed, {report.failed} failed")
    sys.stdout.flush()
    return 0 if report.failed == 0 else 1
