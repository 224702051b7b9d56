"""Progress files that no parser should trip on: each is set aside and progress starts fresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.classroom.progress import CORRUPT_SUFFIX, FILE_NAME, Progress

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
