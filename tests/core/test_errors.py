"""Every loader reports a broken file the same way: a ContentError naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core import ContentError
from desktop_app.core.classroom.quiz import QuizError, load_quiz
from desktop_app.core.classroom.teacher import TeacherNotesError, read_teacher_notes
from desktop_app.core.money.texts import TextsError, load_texts
from desktop_app.core.story.chapters import ChapterError, parse_header
from desktop_app.core.story.datasets import DatasetError, load_catalogue
from desktop_app.core.story.glossary import GlossaryError, load_glossary
from desktop_app.core.story.messages import MessageCatalogueError, load_message_overlay
from desktop_app.core.story.sources import CitationError, load_citations

LOADERS: list[tuple[str, type[ContentError], Callable[[Path], object], str]] = [
    ("teacher", TeacherNotesError, lambda root: read_teacher_notes(root, "en", "calls"), "calls"),
    ("calculator texts", TextsError, lambda root: load_texts(root, "en"), "en.toml"),
    ("catalogue", DatasetError, lambda root: load_catalogue(root), "figures.toml"),
    ("glossary", GlossaryError, lambda root: load_glossary(root, "en"), "en.toml"),
    ("messages", MessageCatalogueError, lambda root: load_message_overlay(root, "ko"), "ko.toml"),
    ("citations", CitationError, lambda root: load_citations(root), "citations.toml"),
]


@pytest.mark.parametrize(
    ("name", "error", "load", "file_part"), LOADERS, ids=[x[0] for x in LOADERS]
)
def test_a_missing_file_is_a_content_error_naming_it(
    tmp_path: Path,
    name: str,
    error: type[ContentError],
    load: Callable[[Path], object],
    file_part: str,
) -> None:
    """Each loader raises its own subclass of ContentError, with the file and the problem."""
    with pytest.raises(error) as caught:
        load(tmp_path)
    exc = caught.value
    assert isinstance(exc, ContentError)
    assert exc.path is not None and file_part in str(exc.path)
    assert exc.problem and str(exc) == f"{exc.shown}: {exc.problem}"


NOT_TEXT_FILES = {
    "teacher": "teacher/en/calls.md",
    "calculator texts": "calculator/en.toml",
    "glossary": "glossary/en.toml",
    "messages": "messages/ko.toml",
    "citations": "citations.toml",
}


@pytest.mark.parametrize(
    ("name", "error", "load", "file_part"),
    [x for x in LOADERS if x[0] in NOT_TEXT_FILES],
    ids=[x[0] for x in LOADERS if x[0] in NOT_TEXT_FILES],
)
def test_a_file_that_is_not_text_is_reported_in_the_same_words(
    tmp_path: Path,
    name: str,
    error: type[ContentError],
    load: Callable[[Path], object],
    file_part: str,
) -> None:
    """Every loader says "the file is not UTF-8 text" for bytes that are not text."""
    target = tmp_path / NOT_TEXT_FILES[name]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"\xff\xfe\xfa not text")
    with pytest.raises(error) as caught:
        load(tmp_path)
    assert caught.value.problem == "the file is not UTF-8 text"


def test_a_quiz_that_is_not_text_is_a_content_error(tmp_path: Path) -> None:
    """A chapter may have no quiz (an empty one), but a broken quiz file is named."""
    folder = tmp_path / "quizzes" / "en"
    folder.mkdir(parents=True)
    (folder / "calls.toml").write_bytes(b"\xff\xfe not text")
    with pytest.raises(QuizError) as caught:
        load_quiz(tmp_path, "en", "calls")
    assert isinstance(caught.value, ContentError) and "calls.toml" in str(caught.value.path)


def test_a_broken_chapter_header_is_a_content_error() -> None:
    """The header parser does not know the file; the chapter keeps it beside the error."""
    with pytest.raises(ChapterError) as caught:
        parse_header("no header\n")
    assert isinstance(caught.value, ContentError)
    assert caught.value.path is None and str(caught.value) == caught.value.problem


def test_citation_errors_show_the_file_name_only(tmp_path: Path) -> None:
    """Citations name just the file, as a teacher sees it beside the chapters."""
    with pytest.raises(CitationError) as caught:
        load_citations(tmp_path)
    assert str(caught.value).startswith("citations.toml: ")
