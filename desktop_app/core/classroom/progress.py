"""A student's progress: chapters read and quiz answers, kept in one small JSON file.

The file is ``progress.json`` in the folder the app gives (its per-user data folder)::

    {"format": "lifeline-progress", "version": 1,
     "read": ["lifeline", "calls"],
     "answers": {"broker-chain": {"what-arrives": {"answer": "700", "correct": true,
                                                   "at": "2024-05-02T09:15:00+00:00"}}}}

:meth:`Progress.load` never fails: a missing file gives fresh progress; a file that is not
valid progress (corrupt, someone else's JSON, or saved by a newer Lifeline) is set aside by
renaming it to ``progress.json.corrupt-<timestamp>`` (never deleted) and fresh progress
comes back with a notice to show the student. :meth:`Progress.save` is atomic: a temporary
file in the same folder, flushed to disk, then renamed over the old file.

Version 2 adds every attempt, the seconds each chapter was open, and the student's name
and class (:mod:`.attempts`, which also migrates version-1 files).

Changes are kept in memory until :meth:`save` (``reset`` saves at once). User-visible
English lives in :data:`MESSAGES` (translated in place by :mod:`.messages`). Pure Python.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from desktop_app.core import FileTooBigError, NotAFileError, read_user_file
from desktop_app.core.classroom.attempts import (
    Attempt,
    InvalidRecord,
    Record,
    clean_name,
    first_right,
    parse_record,
)

if TYPE_CHECKING:  # only a type here: the quiz loader is not needed to open the window
    from desktop_app.core.classroom.quiz import Quiz

FORMAT = "lifeline-progress"
VERSION = 2  # 2: every attempt, seconds per chapter, the student (attempts.py)
FILE_NAME = "progress.json"
CORRUPT_SUFFIX = ".corrupt-"
MAX_BYTES = 10_000_000  # years of answers fit in far less; more is not progress

MESSAGES: dict[str, str] = {
    "set_aside": (
        "Your saved progress could not be read ({problem}), so Lifeline starts fresh. "
        "The old file was kept as {name}."
    ),
    "not_set_aside": (
        "Your saved progress could not be read ({problem}), and the file could not be moved "
        "aside ({error}). Lifeline starts fresh but will not save progress until {path} is "
        "moved or removed."
    ),
    "unreadable": (
        "Your saved progress could not be opened ({error}). Lifeline starts fresh, but will "
        "not save over that file."
    ),
    "problem_not_text": "it is not text",
    "problem_too_big": "it is far too large",
    "problem_not_file": "it is not a regular file",
    "problem_not_json": "it is damaged: {detail}",
    "problem_foreign": "it is not a Lifeline progress file",
    "problem_newer": "it was saved by a newer Lifeline (version {version})",
    "problem_bad_version": "its version is unreadable",
    "problem_bad_entry": "{entry} is not in the expected form",
    "detail_position": "line {line}, column {column}: {problem}",
    "detail_too_deep": "nested too deeply",
    "entry_chapter": 'the answers for "{chapter}"',
    "entry_answer": 'the answer to "{chapter}/{question}"',
    "save_failed": "Your progress could not be saved to {path}: {error}",
    "save_blocked": "Progress is not saved: {path} holds an unreadable file.",
    "csv_header": "chapter,question id,question,your answer,result,fact IDs,time",
    "result_correct": "correct",
    "result_correct_later": "correct at attempt {number}",
    "result_carried": "correct (earlier attempts not kept)",
    "result_incorrect": "not correct",
    "result_reflection": "reflection",
    "result_unanswered": "not answered",
    "report_title": "My answers",
    "report_answer": "Your answer",
    "report_result": "Result",
    "report_facts": "Facts",
    "report_no_answers": "No questions answered yet.",
}


class ProgressError(OSError):
    """Progress could not be saved; the message names the file and the reason."""


class _Invalid(ValueError):
    """The file's content is not valid progress (message: a MESSAGES problem text)."""


@dataclass(frozen=True)
class Answer:
    answer: str
    correct: bool | None
    at: str  # ISO 8601 time


@dataclass(frozen=True)
class ChapterSummary:
    chapter_id: str
    read: bool
    total: int  # questions in the chapter
    answered: int  # of those, answered (reflections count once written)
    correct: int  # answered correctly (choice and numeric only)
    gradable: int  # choice and numeric questions in the chapter


def _now() -> str:
    """Now, in the student's own time zone (with its UTC offset)."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def _record(data: bytes, answers: dict[str, dict[str, Answer]]) -> Record:
    """The version-2 additions (every attempt, the student); version 1 is migrated."""
    doc = json.loads(data.decode("utf-8-sig"), parse_constant=lambda name: None)
    try:
        return parse_record(doc, doc["version"], answers)
    except InvalidRecord as exc:
        raise _Invalid(MESSAGES["problem_bad_entry"].format(entry=exc)) from None


def _parse(data: bytes) -> tuple[list[str], dict[str, dict[str, Answer]]]:
    if len(data) > MAX_BYTES:
        raise _Invalid(MESSAGES["problem_too_big"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Invalid(MESSAGES["problem_not_text"]) from None
    try:
        doc = json.loads(text, parse_constant=lambda name: None)
    except json.JSONDecodeError as exc:
        detail = MESSAGES["detail_position"].format(
            line=exc.lineno, column=exc.colno, problem=exc.msg
        )
        raise _Invalid(MESSAGES["problem_not_json"].format(detail=detail)) from None
    except RecursionError:
        raise _Invalid(
            MESSAGES["problem_not_json"].format(detail=MESSAGES["detail_too_deep"])
        ) from None
    except (ValueError, MemoryError) as exc:
        # Any other failure to parse (a 5,000-digit number, say) is damage too.
        raise _Invalid(MESSAGES["problem_not_json"].format(detail=str(exc)[:200])) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Invalid(MESSAGES["problem_foreign"])
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Invalid(MESSAGES["problem_bad_version"])
    if version > VERSION:
        raise _Invalid(MESSAGES["problem_newer"].format(version=version))
    bad = MESSAGES["problem_bad_entry"]
    read = doc.get("read", [])
    if not isinstance(read, list) or not all(_is_text(c) for c in read):
        raise _Invalid(bad.format(entry='"read"'))
    raw_answers = doc.get("answers", {})
    if not isinstance(raw_answers, dict):
        raise _Invalid(bad.format(entry='"answers"'))
    answers: dict[str, dict[str, Answer]] = {}
    for chapter_id, questions in raw_answers.items():
        if not isinstance(questions, dict) or not _is_text(chapter_id):
            raise _Invalid(bad.format(entry=MESSAGES["entry_chapter"].format(chapter=chapter_id)))
        for question_id, entry in questions.items():
            where = MESSAGES["entry_answer"].format(chapter=chapter_id, question=question_id)
            if not isinstance(entry, dict) or not _is_text(question_id):
                raise _Invalid(bad.format(entry=where))
            answer, correct, at = entry.get("answer"), entry.get("correct"), entry.get("at", "")
            if not _is_text(answer) or not _is_text(at):
                raise _Invalid(bad.format(entry=where))
            if correct is not None and not isinstance(correct, bool):
                raise _Invalid(bad.format(entry=where))
            answers.setdefault(chapter_id, {})[question_id] = Answer(answer, correct, at)
    return list(dict.fromkeys(read)), answers


def _is_text(value: object) -> TypeGuard[str]:
    """A string that can be saved again: a lone surrogate ("\\ud800") loads but cannot."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _set_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<UTC time>`` (never overwriting) and return it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}{CORRUPT_SUFFIX}{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}{CORRUPT_SUFFIX}{stamp}-{n}")
    path.rename(target)
    return target


class Progress:
    """Chapters read and answers given, for one student on one computer."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.read: list[str] = []
        self.answers: dict[str, dict[str, Answer]] = {}
        self.record = Record()
        self._blocked = False  # True when an unreadable file could not be moved aside

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    # -- reading and writing the file --------------------------------------------------

    @classmethod
    def load(cls, folder: Path) -> tuple[Progress, str | None]:
        """The saved progress and None, or fresh progress and a notice for the student."""
        progress = cls(folder)
        path = progress.path
        try:
            try:
                data = read_user_file(path, MAX_BYTES)
            except FileNotFoundError:
                return progress, None
            except NotAFileError:  # a folder, a FIFO, a device: never read, never waited on
                raise _Invalid(MESSAGES["problem_not_file"]) from None
            except FileTooBigError:
                raise _Invalid(MESSAGES["problem_too_big"]) from None
            except OSError as exc:
                # Unreadable but present: never overwrite what we could not read.
                progress._blocked = True
                return progress, MESSAGES["unreadable"].format(error=exc.strerror or exc)
            try:
                read, answers = _parse(data)
                progress.record = _record(data, answers)
                progress.read, progress.answers = read, answers
            except _Invalid:
                raise
            except Exception as exc:  # whatever else a damaged file provokes: still damage
                detail = str(exc)[:200] or type(exc).__name__
                raise _Invalid(MESSAGES["problem_not_json"].format(detail=detail)) from None
        except _Invalid as problem:
            try:
                moved = _set_aside(path)
            except OSError as exc:
                progress._blocked = True
                notice = MESSAGES["not_set_aside"].format(
                    problem=problem, error=exc.strerror or exc, path=path
                )
                return progress, notice
            return progress, MESSAGES["set_aside"].format(problem=problem, name=moved.name)
        return progress, None

    def to_json(self) -> str:
        answers = {
            chapter: {
                qid: {"answer": a.answer, "correct": a.correct, "at": a.at}
                for qid, a in questions.items()
            }
            for chapter, questions in self.answers.items()
        }
        doc = {"format": FORMAT, "version": VERSION, "read": self.read, "answers": answers}
        doc.update(self.record.to_json())
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"

    def save(self) -> None:
        """Write the file atomically; raise ProgressError naming the file on failure."""
        if self._blocked:
            raise ProgressError(MESSAGES["save_blocked"].format(path=self.path))
        tmp_name = ""
        try:
            data = self.to_json().encode("utf-8")
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".progress-", suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, self.path)
            tmp_name = ""
            _fsync_folder(self.folder)
        except (OSError, ValueError) as exc:  # ValueError: text that cannot be encoded
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
            raise ProgressError(
                MESSAGES["save_failed"].format(path=self.path, error=reason)
            ) from exc
        finally:
            if tmp_name:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)

    # -- chapters and answers ----------------------------------------------------------

    def mark_read(self, chapter_id: str) -> bool:
        """Note that a chapter was read; True if that is new."""
        if chapter_id in self.read:
            return False
        self.read.append(chapter_id)
        return True

    def is_read(self, chapter_id: str) -> bool:
        return chapter_id in self.read

    def record_answer(
        self,
        chapter_id: str,
        question_id: str,
        answer: str,
        correct: bool | None,
        at: datetime | None = None,
    ) -> Answer:
        """Keep the answer as a new attempt; ``answers`` holds the latest one."""
        when = at.isoformat(timespec="seconds") if at is not None else _now()
        entry = Answer(answer, correct, when)
        self.answers.setdefault(chapter_id, {})[question_id] = entry
        tries = self.record.attempts.setdefault(chapter_id, {}).setdefault(question_id, [])
        tries.append(Attempt(answer, correct, when))
        return entry

    def attempts_for(self, chapter_id: str, question_id: str) -> list[Attempt]:
        return list(self.record.attempts.get(chapter_id, {}).get(question_id, []))

    def add_seconds(self, chapter_id: str, seconds: float) -> float:
        """Add time the chapter was on screen; the total so far."""
        total = self.record.seconds.get(chapter_id, 0.0) + max(0.0, seconds)
        self.record.seconds[chapter_id] = total
        return total

    def seconds_in(self, chapter_id: str) -> float:
        return self.record.seconds.get(chapter_id, 0.0)

    def set_student(self, name: str, class_name: str) -> None:
        self.record.name, self.record.class_name = clean_name(name), clean_name(class_name)

    def answer_for(self, chapter_id: str, question_id: str) -> Answer | None:
        return self.answers.get(chapter_id, {}).get(question_id)

    def reset(self) -> None:
        """Forget everything and save the empty progress (the UI asks first)."""
        self.read = []
        self.answers = {}
        self.record = Record()
        self.save()

    # -- summaries and export ----------------------------------------------------------

    def summary(self, quizzes: Iterable[Quiz]) -> list[ChapterSummary]:
        """One line per quiz (pass every chapter's, in order, empty ones too)."""
        rows: list[ChapterSummary] = []
        for quiz in quizzes:
            answered = correct = 0
            for question in quiz:
                given = self.answer_for(quiz.chapter_id, question.id)
                if given is None:
                    continue
                answered += 1
                tries = self.attempts_for(quiz.chapter_id, question.id)
                correct += int(question.gradable and first_right(tries) is True)
            gradable = sum(1 for q in quiz if q.gradable)
            read = self.is_read(quiz.chapter_id)
            rows.append(
                ChapterSummary(quiz.chapter_id, read, len(quiz), answered, correct, gradable)
            )
        return rows


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
