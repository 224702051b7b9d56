"""Progress file: round trip, bad files set aside (never deleted), atomic saves, export."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.classroom.progress import (
    CORRUPT_SUFFIX,
    FILE_NAME,
    FORMAT,
    MESSAGES,
    VERSION,
    Answer,
    ChapterSummary,
    Progress,
    ProgressError,
)
from desktop_app.core.classroom.progress_export import answers_csv, answers_markdown
from desktop_app.core.classroom.quiz import Question, Quiz

WHEN = datetime(2024, 5, 2, 9, 15, tzinfo=UTC)

QUIZ = Quiz(
    "broker-chain",
    Path("broker-chain.toml"),
    (
        Question("arrives", "numeric", "How much arrives?", "700.", ("A09", "D01"),
                 answer=Decimal(700)),
        Question("which", "choice", "Which channel?", "Because.", ("X01",), ("a", "b"), 0),
        Question("why", "reflection", "Why brokers?", guidance="Think."),
    ),
)  # fmt: skip
EMPTY = Quiz("sources", Path("sources.toml"))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != FILE_NAME)


def test_missing_file_is_fresh_without_notice(tmp_path: Path) -> None:
    """First start: no file, fresh progress, nothing to tell the student."""
    progress, notice = Progress.load(tmp_path / "data")
    assert notice is None and progress.read == [] and progress.answers == {}


def test_round_trip(tmp_path: Path) -> None:
    """Chapters read and answers survive save and load exactly (a restart)."""
    progress, _ = Progress.load(tmp_path)
    assert progress.mark_read("lifeline") is True
    assert progress.mark_read("lifeline") is False
    progress.mark_read("calls")
    progress.record_answer("broker-chain", "arrives", "700", True, at=WHEN)
    progress.record_answer("broker-chain", "why", "Trust, and no choice.", None, at=WHEN)
    progress.record_answer("broker-chain", "which", "b", False, at=WHEN)
    progress.save()
    again, notice = Progress.load(tmp_path)
    assert notice is None
    assert again.read == ["lifeline", "calls"]
    assert again.is_read("calls") and not again.is_read("markets")
    assert again.answer_for("broker-chain", "arrives") == Answer(
        "700", True, "2024-05-02T09:15:00+00:00"
    )
    assert again.answer_for("broker-chain", "why") == Answer(
        "Trust, and no choice.", None, "2024-05-02T09:15:00+00:00"
    )
    assert again.answer_for("broker-chain", "nope") is None
    assert again.answers == progress.answers


def test_file_layout_is_versioned_json(tmp_path: Path) -> None:
    """The file names its format and version, as documented."""
    progress = Progress(tmp_path)
    progress.mark_read("lifeline")
    progress.record_answer("calls", "why-he-calls", "b", True, at=WHEN)
    progress.save()
    doc = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert doc == {
        "format": FORMAT,
        "version": VERSION,
        "read": ["lifeline"],
        "answers": {
            "calls": {
                "why-he-calls": {
                    "answer": "b",
                    "correct": True,
                    "at": "2024-05-02T09:15:00+00:00",
                }
            }
        },
        "attempts": {
            "calls": {
                "why-he-calls": [
                    {"answer": "b", "correct": True, "at": "2024-05-02T09:15:00+00:00"}
                ]
            }
        },
        "seconds": {},
        "student": {"name": "", "class": ""},
    }


def test_new_answer_replaces_the_old(tmp_path: Path) -> None:
    """Answering again shows the latest answer (every attempt is kept: test_attempts)."""
    progress = Progress(tmp_path)
    progress.record_answer("c", "q", "1", False, at=WHEN)
    progress.record_answer("c", "q", "2", True)
    entry = progress.answer_for("c", "q")
    assert entry is not None and entry.answer == "2" and entry.correct is True
    assert datetime.fromisoformat(entry.at).tzinfo is not None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"{not json", "it is damaged"),
        (b"\xff\xfe\x00garbage", "it is not text"),
        (b"", "it is damaged"),
        (b"[1, 2, 3]", "not a Lifeline progress file"),
        (b'{"format": "lifeline-scenario", "version": 1}', "not a Lifeline progress file"),
        (b'{"format": "lifeline-progress", "version": 99}', "newer Lifeline (version 99)"),
        (b'{"format": "lifeline-progress", "version": "1"}', "version is unreadable"),
        (b'{"format": "lifeline-progress", "version": true}', "version is unreadable"),
        (b'{"format": "lifeline-progress", "version": 1, "read": "x"}', '"read" is not'),
        (b'{"format": "lifeline-progress", "version": 1, "answers": []}', '"answers" is not'),
        (
            b'{"format": "lifeline-progress", "version": 1, "answers": {"c": {"q": '
            b'{"answer": 5, "correct": true, "at": ""}}}}',
            'the answer to "c/q"',
        ),
        (
            b'{"format": "lifeline-progress", "version": 1, "answers": {"c": {"q": '
            b'{"answer": "5", "correct": "yes", "at": ""}}}}',
            'the answer to "c/q"',
        ),
        (b"[" * 100_000, "it is damaged"),
    ],
)
def test_bad_file_is_set_aside_with_notice(tmp_path: Path, content: bytes, problem: str) -> None:
    """A corrupt, foreign or newer file is renamed (not deleted); progress starts fresh."""
    (tmp_path / FILE_NAME).write_bytes(content)
    progress, notice = Progress.load(tmp_path)
    assert progress.read == [] and progress.answers == {}
    assert notice is not None and problem in notice
    kept = _leftovers(tmp_path)
    assert len(kept) == 1 and kept[0].startswith(FILE_NAME + CORRUPT_SUFFIX)
    assert kept[0] in notice
    assert (tmp_path / kept[0]).read_bytes() == content
    assert not (tmp_path / FILE_NAME).exists()
    progress.mark_read("lifeline")
    progress.save()  # the fresh progress can be saved beside the kept file
    assert Progress.load(tmp_path)[0].read == ["lifeline"]


def test_set_aside_never_overwrites_an_earlier_copy(tmp_path: Path) -> None:
    """Two corrupt files in the same second are both kept under different names."""
    for content in (b"first", b"second"):
        (tmp_path / FILE_NAME).write_bytes(content)
        Progress.load(tmp_path)
    kept = _leftovers(tmp_path)
    assert len(kept) == 2
    assert {(tmp_path / k).read_bytes() for k in kept} == {b"first", b"second"}


def test_folder_in_place_of_the_file_is_set_aside(tmp_path: Path) -> None:
    """A folder called progress.json is moved aside like a corrupt file."""
    (tmp_path / FILE_NAME).mkdir()
    progress, notice = Progress.load(tmp_path)
    assert notice is not None and MESSAGES["problem_not_file"] in notice
    progress.save()
    assert (tmp_path / FILE_NAME).is_file()


def test_old_files_without_optional_tables_load(tmp_path: Path) -> None:
    """A version-1 file with no "read" or "answers" yet is valid and empty."""
    (tmp_path / FILE_NAME).write_text('{"format": "lifeline-progress", "version": 1}')
    progress, notice = Progress.load(tmp_path)
    assert notice is None and progress.read == [] and progress.answers == {}


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    """After saving, only progress.json is in the folder; replacing keeps it whole."""
    progress = Progress(tmp_path / "new" / "folder")
    for n in range(5):
        progress.mark_read(f"chapter-{n}")
        progress.save()
    folder = tmp_path / "new" / "folder"
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME]
    assert Progress.load(folder)[0].read == [f"chapter-{n}" for n in range(5)]


def test_failed_save_names_the_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    """If the folder cannot be written, ProgressError names it and nothing is lost."""
    progress = Progress(tmp_path)
    progress.mark_read("lifeline")
    progress.save()
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    stuck = Progress(blocker)
    with pytest.raises(ProgressError, match=r"could not be saved to .*blocked"):
        stuck.save()
    assert Progress.load(tmp_path)[0].read == ["lifeline"]


def test_unreadable_file_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that cannot be opened is left alone, and saving refuses to replace it."""
    path = tmp_path / FILE_NAME
    path.write_text("{}")

    def refuse(path: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("desktop_app.core.classroom.progress.read_user_file", refuse)
    progress, notice = Progress.load(tmp_path)
    assert notice is not None and "could not be opened (Permission denied)" in notice
    with pytest.raises(ProgressError, match="not saved"):
        progress.save()
    assert path.read_text() == "{}"


def test_reset_clears_and_saves(tmp_path: Path) -> None:
    """Reset forgets everything, and the empty progress is what a restart sees."""
    progress = Progress(tmp_path)
    progress.mark_read("lifeline")
    progress.record_answer("broker-chain", "arrives", "700", True, at=WHEN)
    progress.save()
    progress.reset()
    assert progress.read == [] and progress.answers == {}
    again, notice = Progress.load(tmp_path)
    assert notice is None and again.read == [] and again.answers == {}


def test_summary_counts_per_chapter(tmp_path: Path) -> None:
    """Summary: read flag, questions, answered, correct; reflections are never 'correct'."""
    progress = Progress(tmp_path)
    progress.mark_read("broker-chain")
    progress.record_answer("broker-chain", "arrives", "700", True, at=WHEN)
    progress.record_answer("broker-chain", "which", "b", False, at=WHEN)
    progress.record_answer("broker-chain", "why", "Because.", None, at=WHEN)
    progress.record_answer("broker-chain", "gone", "x", True, at=WHEN)  # no longer in quiz
    assert progress.summary([QUIZ, EMPTY]) == [
        ChapterSummary("broker-chain", True, 3, 3, 1, 2),
        ChapterSummary("sources", False, 0, 0, 0, 0),
    ]


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_answers_csv_lists_every_question(tmp_path: Path) -> None:
    """The export has a header and one row per question, answered or not."""
    progress = Progress(tmp_path)
    progress.record_answer("broker-chain", "arrives", "US$700", True, at=WHEN)
    progress.record_answer("broker-chain", "why", 'Trust,\nand "no" choice.', None, at=WHEN)
    rows = _csv_rows(answers_csv(progress, [QUIZ, EMPTY], {"broker-chain": "The broker chain"}))
    assert rows[0] == [
        "chapter", "question id", "question", "your answer", "result", "fact IDs", "time",
    ]  # fmt: skip
    at = "2024-05-02T09:15:00+00:00"
    assert rows[1:] == [
        ["The broker chain", "arrives", "How much arrives?", "US$700", "correct", "A09 D01", at],
        ["The broker chain", "which", "Which channel?", "", "not answered", "X01", ""],
        ["The broker chain", "why", "Why brokers?", 'Trust,\nand "no" choice.', "reflection",
         "", at],
    ]  # fmt: skip


def test_answers_csv_defuses_spreadsheet_formulas(tmp_path: Path) -> None:
    """An answer a spreadsheet would run as a formula is written with a leading apostrophe."""
    progress = Progress(tmp_path)
    progress.record_answer("broker-chain", "why", "=HYPERLINK(1)", None, at=WHEN)
    progress.record_answer("broker-chain", "arrives", "-700", False, at=WHEN)
    rows = _csv_rows(answers_csv(progress, [QUIZ]))
    assert rows[3][3] == "'=HYPERLINK(1)"
    assert rows[1][3] == "-700"  # a negative number is left alone
    assert rows[1][0] == "broker-chain"  # no titles given: the chapter id


def test_answers_markdown_for_printing(tmp_path: Path) -> None:
    """The printable page groups answers by chapter and escapes what students typed."""
    progress = Progress(tmp_path)
    progress.record_answer("broker-chain", "why", "*not bold* [link](x)", None, at=WHEN)
    page = answers_markdown(progress, [QUIZ], {"broker-chain": "The broker chain"})
    assert page.startswith("# My answers\n\n## The broker chain\n")
    assert "\\*not bold\\* \\[link\\]\\(x\\)" in page
    assert "Result: not answered" in page and "Result: reflection" in page
    assert MESSAGES["report_no_answers"] in answers_markdown(Progress(tmp_path), [EMPTY])


def test_failed_replace_removes_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the final rename fails, the temporary file is removed and the old file is intact."""
    progress = Progress(tmp_path)
    progress.mark_read("lifeline")
    progress.save()
    before = (tmp_path / FILE_NAME).read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("desktop_app.core.classroom.progress.os.replace", refuse)
    progress.mark_read("calls")
    with pytest.raises(ProgressError, match="Permission denied"):
        progress.save()
    assert _leftovers(tmp_path) == []
    assert (tmp_path / FILE_NAME).read_bytes() == before


def test_bad_file_that_cannot_be_moved_blocks_saving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If a bad file cannot be renamed, it is kept as it is and never saved over."""

    def refuse(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    (tmp_path / FILE_NAME).write_bytes(b"garbage")
    monkeypatch.setattr(Path, "rename", refuse)
    progress, notice = Progress.load(tmp_path)
    assert notice is not None and "could not be moved aside" in notice
    with pytest.raises(ProgressError, match="not saved"):
        progress.save()
    assert (tmp_path / FILE_NAME).read_bytes() == b"garbage"
