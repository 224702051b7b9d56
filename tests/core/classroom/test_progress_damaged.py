"""Progress files that no parser should trip on: each is set aside and progress starts fresh."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.classroom.progress import (
    CORRUPT_SUFFIX,
    FILE_NAME,
    MAX_BYTES,
    Progress,
    ProgressError,
)

HEAD = b'{"format": "lifeline-progress", "version": 1, '


@pytest.mark.parametrize(
    "content",
    [
        HEAD + b'"read": [], "n": ' + b"9" * 5000 + b"}",  # int longer than Python converts
        HEAD + b'"read": [], "n": 1' + b"0" * 5000 + b"}",
        b"9" * 5000,
    ],
)
def test_any_parse_failure_sets_the_file_aside(tmp_path: Path, content: bytes) -> None:
    """Any failure to parse (here: a 5,000-digit number) is a corrupt file, never a crash."""
    (tmp_path / FILE_NAME).write_bytes(content)
    progress, notice = Progress.load(tmp_path)
    assert progress.read == [] and notice is not None
    kept = [p for p in tmp_path.iterdir() if p.name.startswith(FILE_NAME + CORRUPT_SUFFIX)]
    assert len(kept) == 1 and kept[0].read_bytes() == content
    assert kept[0].name in notice


@pytest.mark.parametrize(
    "content",
    [
        HEAD + b'"read": ["\\ud800"]}',
        HEAD + b'"answers": {"c": {"q": {"answer": "\\udfff", "correct": null, "at": ""}}}}',
        HEAD + b'"answers": {"\\ud83d": {"q": {"answer": "a", "correct": null, "at": ""}}}}',
    ],
)
def test_lone_surrogate_is_damage_found_on_load(tmp_path: Path, content: bytes) -> None:
    """A lone surrogate cannot be saved again, so the file is set aside when it is loaded."""
    (tmp_path / FILE_NAME).write_bytes(content)
    progress, notice = Progress.load(tmp_path)
    assert notice is not None and progress.read == [] and progress.answers == {}
    progress.mark_read("calls")
    progress.save()


def test_text_that_cannot_be_encoded_fails_as_progress_error(tmp_path: Path) -> None:
    """Every save failure, not only OSError, comes back as a ProgressError naming the file."""
    progress = Progress(tmp_path)
    progress.record_answer("c", "q", "\ud800", None)
    with pytest.raises(ProgressError, match="could not be saved to"):
        progress.save()
    assert [p.name for p in tmp_path.iterdir()] == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_fifo_in_place_of_progress_is_set_aside_without_waiting(tmp_path: Path) -> None:
    """A FIFO named progress.json is never read (start-up used to hang on it)."""
    os.mkfifo(tmp_path / FILE_NAME)
    progress, notice = Progress.load(tmp_path)
    assert notice is not None and "not a regular file" in notice
    progress.save()
    assert (tmp_path / FILE_NAME).is_file()


def test_file_over_the_limit_is_set_aside_unread(tmp_path: Path) -> None:
    """Progress over 10 MB is not read into memory: set aside, and the notice says why."""
    with open(tmp_path / FILE_NAME, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    _progress, notice = Progress.load(tmp_path)
    assert notice is not None and "far too large" in notice
    assert MAX_BYTES == 10_000_000
