"""Hand-in files: versioned JSON with a checksum, never overwritten, damage detected."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.classroom.handin import (
    MESSAGES,
    HandInError,
    Unusable,
    file_name,
    hand_in_document,
    read_hand_in,
    write_hand_in,
)
from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import Question, Quiz

SEOUL = timezone(timedelta(hours=9))
NOW = datetime(2026, 12, 1, 10, 5, tzinfo=SEOUL)
QUIZ = Quiz(
    "broker-chain",
    Path("broker-chain.toml"),
    (
        Question("arrives", "numeric", "How much?", "700.", ("A09",), answer=Decimal(700)),
        Question("why", "reflection", "Why?", guidance="Think."),
    ),
)


def _progress(tmp_path: Path) -> Progress:
    progress = Progress(tmp_path / "data")
    progress.set_student("김민지", "10B")
    progress.mark_read("broker-chain")
    progress.record_answer("broker-chain", "arrives", "1000", False, NOW)
    progress.record_answer("broker-chain", "arrives", "700", True, NOW)
    progress.record_answer("broker-chain", "why", "Trust.", None, NOW)
    return progress


def _write(tmp_path: Path) -> Path:
    doc = hand_in_document(_progress(tmp_path), {"broker-chain": QUIZ}, "9.9", "ko", NOW)
    (tmp_path / "usb").mkdir(exist_ok=True)
    return write_hand_in(tmp_path / "usb", doc)


def test_round_trip_keeps_every_attempt_and_reflection(tmp_path: Path) -> None:
    """What is handed in is what is read back: who, when, each attempt, the reflection."""
    path = _write(tmp_path)
    assert path.name == "Lifeline answers - 김민지 - 2026-12-01.lifeline-answers"
    hand_in = read_hand_in(path)
    assert (hand_in.name, hand_in.class_name, hand_in.lang) == ("김민지", "10B", "ko")
    assert hand_in.app_version == "9.9" and hand_in.read == ("broker-chain",)
    assert hand_in.handed_in == "2026-12-01T10:05:00+09:00"
    tries = [(e.question, e.attempt.answer, e.attempt.correct) for e in hand_in.entries]
    assert tries == [("arrives", "1000", False), ("arrives", "700", True), ("why", "Trust.", None)]
    assert [(r.prompt, r.attempt.answer) for r in hand_in.reflections] == [("Why?", "Trust.")]


def test_handing_in_twice_never_overwrites(tmp_path: Path) -> None:
    """A second hand-in the same day gets a new name; the first is untouched."""
    first = _write(tmp_path)
    before = first.read_bytes()
    second = _write(tmp_path)
    assert second.name == "Lifeline answers - 김민지 - 2026-12-01 (2).lifeline-answers"
    assert first.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == sorted(
        [first.name, second.name]
    )  # no temporary files left behind


def test_an_edited_or_truncated_copy_is_detected(tmp_path: Path) -> None:
    """Changing one answer breaks the checksum; cutting the file makes it invalid JSON."""
    path = _write(tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["attempts"][0]["correct"] = True
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(Unusable, match="checksum"):
        read_hand_in(path)
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(Unusable, match="damaged or cut short"):
        read_hand_in(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "lifeline-progress", "version": 2}', MESSAGES["foreign"]),
        (b"\xff\xfe\x00junk", MESSAGES["not_text"]),
        (b"[1, 2]", MESSAGES["foreign"]),
        (b'{"format": "lifeline-answers", "version": "one"}', MESSAGES["bad_version"]),
        (b'{"format": "lifeline-answers", "version": 7}', MESSAGES["newer"].format(version=7)),
    ],
)
def test_foreign_and_newer_files_are_named_not_misread(tmp_path, content, reason) -> None:
    """Each kind of unusable file gets its own reason."""
    path = tmp_path / "x.lifeline-answers"
    path.write_bytes(content)
    with pytest.raises(Unusable) as caught:
        read_hand_in(path)
    assert str(caught.value) == reason


def test_unwritable_folder_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    """A missing or read-only folder raises HandInError naming it; no file is left."""
    doc = hand_in_document(_progress(tmp_path), {}, "9.9", "en", NOW)
    with pytest.raises(HandInError, match="no such folder"):
        write_hand_in(tmp_path / "missing", doc)
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(HandInError):
            write_hand_in(locked, doc)
        assert list(locked.iterdir()) == []


def test_file_names_are_safe_on_every_system() -> None:
    """Characters Windows forbids are dropped; an empty name still gives a file name."""
    assert file_name('a/b:c*"d', NOW) == "Lifeline answers - a b c d - 2026-12-01.lifeline-answers"
    assert file_name("  ", NOW, 3) == "Lifeline answers - no name - 2026-12-01 (3).lifeline-answers"
