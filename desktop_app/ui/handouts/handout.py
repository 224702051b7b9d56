"""Printable handouts: a chapter's text, figures and questions on paper, with no window.

:func:`build_handout_document` lays a chapter out as a ``QTextDocument`` (figures are PNG
bytes drawn beforehand by :func:`render_figure_pngs`, always in the light chart theme, so
nothing here needs a widget). :func:`export_handout_pdf` writes any such document to an
A4 PDF atomically and :func:`print_document` sends it to a printer (both from
:mod:`desktop_app.ui.handouts.printing`). :func:`export_chapter_handout` does the whole job for
``--export-handout`` from the resources folder alone. Only a QGuiApplication is needed
(the offscreen platform will do).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
)

from desktop_app.core.classroom.quiz import Question, Quiz
from desktop_app.core.story.chapters import Chapter
from desktop_app.core.story.datasets import FigureInfo
from desktop_app.core.story.glossary import Glossary, link_terms
from desktop_app.core.story.sources import Citations
from desktop_app.ui.handouts.figures import (
    PNG_DPI,
    calculator_note,
    figure_catalogue,
    render_figure_png,
    render_figure_pngs,
)
from desktop_app.ui.handouts.printing import (
    build_markdown_document,
    export_document_pdf,
    pdf_bytes,
    print_document,
)
from desktop_app.ui.widgets.content_document import ContentDocument
from desktop_app.ui.widgets.text_block import space_lines

__all__ = [
    "build_handout_document",
    "build_markdown_document",
    "calculator_note",
    "chapter_handout",
    "export_chapter_handout",
    "export_document_pdf",
    "export_handout_pdf",
    "figure_catalogue",
    "handout_file_name",
    "pdf_bytes",
    "print_document",
    "printable_markdown",
    "render_figure_png",
    "render_figure_pngs",
]

export_handout_pdf = export_document_pdf  # the name the CLI and menus use

log = logging.getLogger(__name__)

# Document units are 1/96 inch; A4 less the 2 cm margins QTextDocument.print adds is ~642.
IMAGE_MAX_WIDTH = 600
IMAGE_MAX_HEIGHT = 600
LINE_HEIGHT_PERCENT = 130
REFLECTION_LINES = 8
MUTED = QColor("#555555")
_CITE_LINK = re.compile(r"\[([^\[\]]+)\]\((?:cite|glossary):[^)\s]*\)")
_WEB_LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\(((?:https?|mailto):[^)\s]+)\)")
_GLOSSARY_ID = re.compile(r"\]\(glossary:([a-z0-9-]+)\)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


# --- the document -------------------------------------------------------------------------


def printable_markdown(markdown: str) -> str:
    """Chapter Markdown for paper: citation and glossary links become plain text."""
    text = _CITE_LINK.sub(r"\1", markdown)

    def web(match: re.Match[str]) -> str:
        label, url = match.group(1), match.group(2)
        return label if label == url else f"{label} ({url})"

    return _WEB_LINK.sub(web, text)


class _Writer:
    """Appends blocks, Markdown, images and boxes to a document, always at its end."""

    def __init__(self, doc: QTextDocument, font_pt: float) -> None:
        self.doc = doc
        self.font_pt = font_pt
        self.cursor = QTextCursor(doc)
        self.figures = 0

    def char(self, scale: float = 1.0, bold: bool = False, italic: bool = False, muted=False):
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.font_pt * scale)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        if muted:
            fmt.setForeground(MUTED)
        return fmt

    def block(
        self,
        text: str = "",
        *,
        indent: int = 0,
        top: float = 0,
        centre: bool = False,
        new_page: bool = False,
        **char,
    ):
        fmt = QTextBlockFormat()
        if new_page:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(2)
        fmt.setLeftMargin(24 * indent)
        if centre:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cf = self.char(**char)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        block = self.cursor.block()
        if not block.text() and block.textList() is None:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(cf)
        else:
            self.cursor.insertBlock(fmt, cf)
        if text:
            self.cursor.insertText(text, cf)

    def markdown(self, markdown: str) -> None:
        self.block()
        self.cursor.insertMarkdown(markdown)

    def image(self, name: str, image: QImage) -> None:
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = image.width() * 96 / PNG_DPI
        height = image.height() * 96 / PNG_DPI
        scale = min(1.0, IMAGE_MAX_WIDTH / width, IMAGE_MAX_HEIGHT / height)
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(width * scale)
        fmt.setHeight(height * scale)
        self.block(top=8, centre=True)
        self.cursor.insertImage(fmt)

    def box(self, lines: int, note: str = "") -> None:
        """A framed space to write in, ``lines`` lines high (optionally with a note)."""
        fmt = QTextFrameFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(MUTED)
        fmt.setPadding(6)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(8)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.cursor.insertFrame(fmt)
        if note:
            self.cursor.insertMarkdown(note)
        for _ in range(lines - 1):  # empty lines: a fixed frame height is lost in printing
            self.cursor.insertBlock(QTextBlockFormat(), self.char())
        self.cursor = self.doc.rootFrame().lastCursorPosition()


def _add_question(out: _Writer, number: int, question: Question) -> None:
    out.block(f"{number}. {question.prompt}", bold=True, top=10)
    if question.kind == "choice":
        out.block(_tr("Tick one box."), italic=True, muted=True, scale=0.9, indent=1)
        for option in question.options:
            out.block(f"☐  {option}", indent=1, top=3)
    elif question.kind == "numeric":
        blank = "_" * 24
        out.block(
            _tr("Your answer: %1 %2").replace("%1", blank).replace("%2", question.unit),
            indent=1,
            top=10,
        )
    else:
        out.box(REFLECTION_LINES)


def _sources_lines(citations: Citations, fact_ids: Iterable[str]) -> list[str]:
    """One line per source: the facts that rest on it, then the full reference."""
    by_source: dict[str, list[str]] = {}
    for fid in fact_ids:
        if fid not in citations.facts:
            continue
        for source in citations.sources_of(fid):
            ids = by_source.setdefault(source.id, [])
            if fid not in ids:
                ids.append(fid)
    return [
        f"{', '.join(ids)}: {citations.sources[sid].reference()}" for sid, ids in by_source.items()
    ]


def _glossary_terms(chapter: Chapter, glossary: Glossary) -> list[str]:
    linked: set[str] = set()
    found: list[str] = []
    for segment in chapter.segments:
        if segment.kind == "text":
            for term_id in _GLOSSARY_ID.findall(link_terms(segment.value, glossary, linked)):
                if term_id not in found:
                    found.append(term_id)
    return found


def build_handout_document(
    chapter: Chapter,
    citations: Citations,
    quiz: Quiz | None,
    figure_pngs: Mapping[str, bytes],
    font_pt: float = 11,
    *,
    total: int | None = None,
    catalogue: Mapping[str, FigureInfo] | None = None,
    widget_notes: Mapping[str, str] | None = None,
    glossary: Glossary | None = None,
) -> QTextDocument:
    """The chapter as a printable document: text, figures, words to know, questions, sources.

    ``figure_pngs`` holds each figure's PNG (see :func:`render_figure_pngs`); a figure
    without one gets a note in its place. ``catalogue`` gives figure titles and facts for
    the captions. ``widget_notes`` gives Markdown to print instead
    of an interactive widget such as the calculator.
    """
    folder = chapter.path.parent  # images only from inside resources/, beside the chapter
    doc = ContentDocument(None, folder, folder.parent.parent)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(font_pt)
    doc.setDefaultFont(font)
    doc.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        _tr("Lifeline: %1. %2").replace("%1", str(chapter.number)).replace("%2", chapter.title),
    )
    out = _Writer(doc, font_pt)
    kicker = _tr("Lifeline · Chapter %1").replace("%1", str(chapter.number))
    if total:
        kicker = _tr("Lifeline · Chapter %1 of %2").replace("%1", str(chapter.number))
        kicker = kicker.replace("%2", str(total))
    out.block(kicker, muted=True, scale=0.9)
    out.block(
        _tr("Name: %1   Class: %2   Date: %3")
        .replace("%1", "_" * 26)
        .replace("%2", "_" * 10)
        .replace("%3", "_" * 12),
        muted=True,
        scale=0.9,
        top=6,
    )
    segments = chapter.segments
    if not segments or not segments[0].value.lstrip().startswith("# "):
        out.markdown(f"# {chapter.title}")
    facts: list[str] = chapter.cited()
    for segment in segments:
        if segment.kind == "text":
            out.markdown(printable_markdown(segment.value))
        elif segment.kind == "figure":
            info = (catalogue or {}).get(segment.value)
            _add_figure(out, segment.value, figure_pngs, info)
            facts.extend(info.facts if info is not None else ())
        else:
            note = (widget_notes or {}).get(segment.value) or _tr(
                "In the Lifeline app, an interactive part appears here."
            )
            out.box(0, note)
    if glossary is not None and chapter.id != "sources":
        terms = [glossary.get(t) for t in _glossary_terms(chapter, glossary)]
        if terms:
            out.markdown("## " + _tr("Words to know"))
            for term in terms:
                if term is not None:
                    out.block(top=3)
                    out.cursor.insertText(f"{term.term}: ", out.char(bold=True))
                    out.cursor.insertText(term.definition, out.char())
    questions = quiz.questions if quiz is not None else ()
    facts.extend(fid for question in questions for fid in question.facts)
    lines = _sources_lines(citations, dict.fromkeys(facts))
    if lines:
        out.block(_tr("Sources"), bold=True, top=16, scale=0.9)
        for line in lines:
            out.block(line, scale=0.8, muted=True, top=2)
    if questions:
        # The questions come last, from a new page: a worksheet that can be handed out alone.
        out.block(_tr("Check your understanding"), bold=True, scale=1.45, new_page=True)
        out.block(
            _tr("Chapter %1: %2").replace("%1", str(chapter.number)).replace("%2", chapter.title),
            muted=True,
            scale=0.9,
        )
        for number, question in enumerate(questions, 1):
            _add_question(out, number, question)
    space_lines(doc, LINE_HEIGHT_PERCENT)
    return doc


def _add_figure(
    out: _Writer, figure_id: str, pngs: Mapping[str, bytes], info: FigureInfo | None
) -> None:
    title = info.title if info is not None else figure_id
    image = QImage.fromData(pngs.get(figure_id, b""), "PNG")
    if image.isNull():
        out.box(0, _tr("*The figure “%1” could not be drawn.*").replace("%1", title))
        return
    out.image(f"figure://{figure_id}", image)
    # The picture draws its own title: the caption numbers it and names its sources.
    out.figures += 1
    if info is not None and info.facts:
        caption = _tr("Figure %1 · sources: %2").replace("%2", ", ".join(info.facts))
    else:
        caption = _tr("Figure %1")
    out.block(caption.replace("%1", str(out.figures)), italic=True, scale=0.9, centre=True)


def handout_file_name(chapter: Chapter) -> str:
    """The suggested file name, e.g. ``lifeline-04-broker-chain.pdf``."""
    return f"lifeline-{chapter.number:02d}-{chapter.id}.pdf"


def export_chapter_handout(root: Path, lang: str, chapter_number: int, path: Path) -> None:
    """``--export-handout``: load everything from ``root`` and write the chapter's PDF.

    ValueError for a chapter that does not exist or cannot be read (one line, for the
    command line); WriteError when the file cannot be written. Shows no window.
    """
    export_document_pdf(chapter_handout(root, lang, chapter_number), path)


def chapter_handout(root: Path, lang: str, chapter_number: int) -> QTextDocument:
    """The handout of chapter ``chapter_number`` (from 1), loaded from ``root`` alone.

    ValueError (one line) for a chapter that does not exist or cannot be read.
    """
    from desktop_app.core.classroom.quiz import QuizError, load_quiz
    from desktop_app.core.story.chapters import load_story
    from desktop_app.core.story.glossary import GlossaryError, load_glossary
    from desktop_app.core.story.sources import CitationError, load_citations

    story = load_story(root, lang)
    if not 1 <= chapter_number <= len(story):
        raise ValueError(f"chapter {chapter_number} does not exist (choose 1 to {len(story)})")
    chapter = story.chapters[chapter_number - 1]
    if not chapter.ok:
        raise ValueError(f"chapter {chapter_number} cannot be read: {chapter.error}")
    try:
        citations = load_citations(root, lang)
        quiz = load_quiz(root, lang, chapter.id)
    except (CitationError, QuizError) as exc:
        raise ValueError(str(exc)) from None
    try:
        glossary: Glossary | None = load_glossary(root, lang)
    except GlossaryError as exc:
        log.error("%s", exc)
        glossary = None
    figure_ids = [s.value for s in chapter.segments if s.kind == "figure"]
    pngs, _errors = render_figure_pngs(root, figure_ids, citations, lang)
    notes = {"calculator": calculator_note(root, lang)} if chapter.widgets() else {}
    return build_handout_document(
        chapter,
        citations,
        quiz,
        pngs,
        total=len(story),
        catalogue=figure_catalogue(root, lang),
        widget_notes=notes,
        glossary=glossary,
    )
