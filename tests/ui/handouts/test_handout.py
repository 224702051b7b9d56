"""Handouts: a chapter's text, figures and questions as a printable document and PDF."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop_app.core.classroom.quiz import load_quiz
from desktop_app.core.story.chapters import Story, load_story
from desktop_app.core.story.sources import Citations, load_citations
from desktop_app.paths import resources_dir
from desktop_app.ui.handouts.handout import (
    build_handout_document,
    build_markdown_document,
    export_chapter_handout,
    export_document_pdf,
    figure_catalogue,
    pdf_bytes,
    printable_markdown,
    render_figure_pngs,
)
from desktop_app.ui.shell.atomic import WriteError


@pytest.fixture(scope="module")
def story() -> Story:
    return load_story(resources_dir(), "en")


@pytest.fixture(scope="module")
def citations() -> Citations:
    return load_citations(resources_dir())


@pytest.fixture(scope="module")
def pngs(story: Story, citations: Citations) -> dict[str, bytes]:
    """Chapter 4's two figures, drawn once for the module."""
    chapter = story.chapters[3]
    drawn, errors = render_figure_pngs(resources_dir(), chapter.figures, citations)
    assert errors == {}
    return drawn


def _images(doc: QTextDocument) -> list[str]:
    names = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def _chapter4(qapp, story, citations, pngs) -> QTextDocument:
    root = resources_dir()
    chapter = story.chapters[3]
    return build_handout_document(
        chapter,
        citations,
        load_quiz(root, "en", chapter.id),
        pngs,
        total=len(story),
        catalogue=figure_catalogue(root),
    )


def test_figures_are_drawn_as_print_pngs(pngs) -> None:
    """Each figure becomes a PNG of print size (150 dpi, several inches wide)."""
    assert set(pngs) == {"where-1000-goes", "broker-chain"}
    for data in pngs.values():
        assert data.startswith(b"\x89PNG")
        image = QImage.fromData(data, "PNG")
        assert image.width() >= 900


def test_document_holds_title_text_figures_and_questions(qapp, story, citations, pngs) -> None:
    """Title, chapter text with [A09]-style citations, both figures, every question."""
    doc = _chapter4(qapp, story, citations, pngs)
    text = doc.toPlainText()
    assert "Lifeline · Chapter 4 of 10" in text
    assert "The broker chain" in text and "Name:" in text
    assert "[A09]" in text and "cite:" not in doc.toMarkdown()
    assert _images(doc) == ["figure://where-1000-goes", "figure://broker-chain"]
    for name in _images(doc):
        resource = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(resource, QImage) and not resource.isNull()
    assert "Figure 1 · sources:" in text
    quiz = load_quiz(resources_dir(), "en", "broker-chain")
    for number, question in enumerate(quiz, 1):
        assert f"{number}. {question.prompt}" in text
    assert "☐  US$929" in text  # choice options with a box to tick
    assert "Your answer: ____" in text and "US dollars" in text
    assert "Check your understanding" in text
    assert "Josephine Ma" in text  # the sources line
    assert "Words to know" not in text  # no glossary was given


def test_questions_start_a_new_page_after_the_sources(qapp, story, citations, pngs) -> None:
    """The questions come last, from a page of their own, so they can be handed out alone."""
    from PySide6.QtGui import QTextFormat

    doc = _chapter4(qapp, story, citations, pngs)
    block = doc.find("Check your understanding").block()
    policy = block.blockFormat().pageBreakPolicy()
    assert policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    assert doc.toPlainText().index("Sources") < doc.toPlainText().index("Check your under")


def test_missing_figure_and_calculator_get_notes(qapp, story, citations) -> None:
    """A figure that could not be drawn and the calculator are replaced by short notes."""
    from desktop_app.ui.handouts.handout import calculator_note

    chapter4 = story.chapters[3]
    doc = build_handout_document(chapter4, citations, None, {})
    assert _images(doc) == []
    assert "could not be drawn" in doc.toPlainText()
    chapter8 = story.chapters[7]
    note = calculator_note(resources_dir())
    doc = build_handout_document(chapter8, citations, None, {}, widget_notes={"calculator": note})
    text = doc.toPlainText()
    assert "Play the sender" in text and "Amount per transfer (US$): 1,000" in text
    assert "Check your understanding" not in text  # no quiz given


def test_glossary_terms_of_the_chapter_are_listed(qapp, story, citations) -> None:
    """With a glossary, the terms used in the chapter are defined under Words to know."""
    from desktop_app.core.story.glossary import load_glossary

    glossary = load_glossary(resources_dir(), "en")
    doc = build_handout_document(story.chapters[3], citations, None, {}, glossary=glossary)
    text = doc.toPlainText()
    assert "Words to know" in text
    assert f"broker: {glossary.get('broker').definition}" in text


def test_printable_markdown_drops_link_targets() -> None:
    """Citation and glossary links print as their text; web links keep their address."""
    md = r"Cut \[[A09](cite:A09)\] by [brokers](glossary:broker); see [SCMP](https://scmp.com/x)."
    assert printable_markdown(md) == r"Cut \[A09\] by brokers; see SCMP (https://scmp.com/x)."


def test_pdf_is_written_atomically(qapp, story, citations, pngs, tmp_path) -> None:
    """The PDF is a real, multi-page A4 file with the figures in it; nothing else is left."""
    doc = _chapter4(qapp, story, citations, pngs)
    target = tmp_path / "h.pdf"
    export_document_pdf(doc, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 100_000  # two embedded chart images
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) >= 4
    assert re.search(rb"/MediaBox \[0 0 59[45][.0-9]* 84[12]", data)  # A4
    assert list(tmp_path.iterdir()) == [target]


def test_unwritable_place_raises_write_error_naming_it(qapp, tmp_path) -> None:
    """Writing where no file can go raises WriteError with the path; nothing is left."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "h.pdf"
    with pytest.raises(WriteError, match="not-a-folder"):
        export_document_pdf(build_markdown_document("# Hello"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_markdown_document_prints(qapp) -> None:
    """Any Markdown page (the lesson plan, answers) becomes a PDF with its title set."""
    doc = build_markdown_document("# Lesson plan\n\n- one\n- two", "Lesson plan")
    data = pdf_bytes(doc)
    assert data.startswith(b"%PDF") and "Lesson plan".encode("utf-16-be") in data  # /Title


def test_export_chapter_handout_shows_no_window(qapp, tmp_path) -> None:
    """The command-line path writes the PDF from the resources alone, with no window shown."""
    target = tmp_path / "chapter-8.pdf"
    export_chapter_handout(resources_dir(), "en", 8, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []


@pytest.mark.parametrize("number", [0, 11, -1, 99])
def test_unknown_chapter_is_a_one_line_value_error(qapp, tmp_path, number: int) -> None:
    """A chapter that does not exist is a one-line ValueError naming the range; no file."""
    target = tmp_path / "x.pdf"
    with pytest.raises(ValueError) as caught:
        export_chapter_handout(resources_dir(), "en", number, target)
    assert str(caught.value) == f"chapter {number} does not exist (choose 1 to 10)"
    assert not target.exists()


def test_chapter_handout_for_the_window_menus(qapp) -> None:
    """chapter_handout builds the same document for printing from the window (chapter 10)."""
    from desktop_app.ui.handouts.handout import chapter_handout

    doc = chapter_handout(resources_dir(), "en", 10)
    text = doc.toPlainText()
    assert "Sources and about" in text
    assert "Check your understanding" not in text  # the source list has no questions


def _image_blocks(doc: QTextDocument) -> list:
    found = []
    block = doc.begin()
    while block.isValid():
        if "\ufffc" in block.text():
            found.append(block)
        block = block.next()
    return found


def test_a_figure_caption_sits_under_it_and_does_not_repeat_its_title(
    qapp, story, citations, pngs
) -> None:
    """Issue 11, defect 13: the caption follows the picture closely (the image line is not
    padded by the 130% line height) and does not repeat the title the picture draws."""
    doc = _chapter4(qapp, story, citations, pngs)
    doc.setPageSize(doc.pageSize())  # lay it out
    layout = doc.documentLayout()
    catalogue = figure_catalogue(resources_dir())
    blocks = _image_blocks(doc)
    assert len(blocks) == 2
    for number, (block, figure_id) in enumerate(zip(blocks, _images(doc), strict=True), 1):
        fmt = block.begin().fragment().charFormat().toImageFormat()
        image_box = layout.blockBoundingRect(block)
        caption = block.next()
        gap = layout.blockBoundingRect(caption).top() - image_box.top() - fmt.height()
        assert gap <= 20, (figure_id, gap)  # was 105 px before the fix
        title = catalogue[figure_id.removeprefix("figure://")].title
        assert title not in caption.text()
        assert caption.text().startswith(f"Figure {number}")
