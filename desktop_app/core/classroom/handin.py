"""Handing in: one small file per student per hand-in, for a teacher's class report.

``Lifeline answers - <name> - <date>.lifeline-answers`` is UTF-8 JSON::

    {"format": "lifeline-answers", "version": 1, "app_version": "1.4.0", "lang": "ko",
     "name": "김민지", "class": "10B", "handed_in": "2026-12-01T10:05:00+09:00",
     "read": ["lifeline"], "seconds": {"lifeline": 250.0},
     "attempts": [{"chapter": "broker-chain", "question": "what-arrives", "kind": "numeric",
                   "prompt": "…", "answer": "1000", "correct": false, "at": "…"}, …],
     "reflections": [{"chapter": …, "question": …, "prompt": …, "text": …, "at": …}],
     "sha256": "<hex>"}

``sha256`` is the SHA-256 of every other entry written as canonical JSON (keys sorted, no
spaces, UTF-8), so a truncated or edited copy is detected. :func:`write_hand_in` never
overwrites: it reserves a new name (``… (2).lifeline-answers``) with an exclusive create,
writes a temporary file beside it, flushes it and renames it over the reservation.
:func:`read_hand_in` raises :class:`Unusable` with the reason. Pure Python.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.classroom.attempts import Attempt, clean_name
from desktop_app.core.classroom.progress import Progress
from desktop_app.core.classroom.quiz import Quiz

FORMAT = "lifeline-answers"
VERSION = 1
SUFFIX = ".lifeline-answers"
MAX_BYTES = 2_000_000
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

MESSAGES: dict[str, str] = {
    "file_stem": "Lifeline answers",
    "no_name": "no name",
    "not_written": "Your answers could not be handed in to {folder}: {error}",
    "too_big": "it is far too large to be a hand-in",
    "not_text": "it is not text (damaged, or not a hand-in)",
    "not_json": "it is damaged or cut short (line {line}, column {column}: {problem})",
    "foreign": "it is not a Lifeline hand-in",
    "newer": "it was made by a newer Lifeline (hand-in version {version}); update Lifeline",
    "bad_version": "its version is unreadable",
    "checksum": "it was changed or damaged after it was handed in (its checksum does not match)",
    "bad_entry": "its entry {entry} is not in the expected form",
    "unreadable": "it cannot be opened ({error})",
}


class Unusable(ValueError):
    """A file that cannot be used in a report; the message is the reason."""


class HandInError(OSError):
    """A hand-in could not be written; the message names the folder and the reason."""


@dataclass(frozen=True)
class Entry:
    """One attempt as handed in (with the question's kind and wording at the time)."""

    chapter: str
    question: str
    kind: str
    prompt: str
    attempt: Attempt


@dataclass(frozen=True)
class HandIn:
    path: Path
    name: str
    class_name: str
    handed_in: str  # ISO 8601 with the student's offset
    lang: str
    app_version: str
    read: tuple[str, ...]
    entries: tuple[Entry, ...]  # every attempt, in order per question
    reflections: tuple[Entry, ...]  # the latest text of each reflection

    @property
    def key(self) -> tuple[str, str]:
        """Who handed in: the same name and class (any case, any spacing) is one student."""
        return (self.name.casefold(), self.class_name.casefold())

    @property
    def moment(self) -> datetime:
        try:
            when = datetime.fromisoformat(self.handed_in)
        except ValueError:
            return datetime.min.replace(tzinfo=UTC)
        return when if when.tzinfo else when.replace(tzinfo=UTC)


def checksum(body: Mapping[str, object]) -> str:
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).astimezone()


def hand_in_document(
    progress: Progress,
    quizzes: Mapping[str, Quiz],
    app_version: str,
    lang: str,
    now: datetime | None = None,
) -> dict[str, object]:
    """The document for ``progress`` (its checksum included)."""
    when = (now or _now()).isoformat(timespec="seconds")
    attempts: list[dict[str, object]] = []
    reflections: list[dict[str, object]] = []
    for chapter, questions in progress.record.attempts.items():
        quiz = quizzes.get(chapter)
        for qid, tries in questions.items():
            question = quiz.by_id(qid) if quiz is not None else None
            kind = question.kind if question is not None else ""
            prompt = question.prompt if question is not None else ""
            head: dict[str, object] = {
                "chapter": chapter,
                "question": qid,
                "kind": kind,
                "prompt": prompt,
            }
            for attempt in tries:
                attempts.append(head | attempt.to_json())
            if kind == "reflection" and tries:
                reflections.append(head | {"text": tries[-1].answer, "at": tries[-1].at})
    body: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version,
        "lang": lang,
        "name": progress.record.name,
        "class": progress.record.class_name,
        "handed_in": when,
        "read": list(progress.read),
        "seconds": {c: round(s, 1) for c, s in progress.record.seconds.items()},
        "attempts": attempts,
        "reflections": reflections,
    }
    return body | {"sha256": checksum(body)}


def file_name(name: str, when: datetime, number: int = 1) -> str:
    """``Lifeline answers - Kim Minji - 2026-12-01.lifeline-answers`` (then `` (2)``…)."""
    safe = " ".join(_UNSAFE.sub(" ", clean_name(name)).split()).strip(". ")
    stem = f"{MESSAGES['file_stem']} - {safe or MESSAGES['no_name']} - {when:%Y-%m-%d}"
    return stem + (f" ({number})" if number > 1 else "") + SUFFIX


def write_hand_in(folder: Path, document: Mapping[str, object]) -> Path:
    """Write ``document`` into ``folder`` under a new name; never overwrites. HandInError."""
    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    when_text = str(document.get("handed_in", ""))
    try:
        when = datetime.fromisoformat(when_text)
    except ValueError:
        when = _now()
    name = str(document.get("name", ""))
    folder = Path(folder)
    tmp = ""
    target: Path | None = None
    try:
        if not folder.is_dir():
            raise FileNotFoundError(2, "no such folder", str(folder))
        for number in range(1, 10_000):
            candidate = folder / file_name(name, when, number)
            try:  # an exclusive create reserves the name: nothing else can be replaced
                os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
            except FileExistsError:
                continue
            target = candidate
            break
        if target is None:
            raise FileExistsError(17, "too many hand-ins with this name", str(folder))
        fd, tmp = tempfile.mkstemp(prefix=".handin-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = ""
        return target
    except OSError as exc:
        if target is not None:
            with contextlib.suppress(OSError):
                target.unlink()
        reason = exc.strerror or str(exc)
        raise HandInError(MESSAGES["not_written"].format(folder=folder, error=reason)) from exc
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


# --- reading ------------------------------------------------------------------------------


def _text(doc: Mapping[str, object], key: str) -> str:
    value = doc.get(key, "")
    if not isinstance(value, str):
        raise Unusable(MESSAGES["bad_entry"].format(entry=f'"{key}"'))
    return value


def _entry(raw: object, reflection: bool) -> Entry:
    bad = Unusable(
        MESSAGES["bad_entry"].format(entry='"reflections"' if reflection else '"attempts"')
    )
    if not isinstance(raw, dict):
        raise bad
    texts = [raw.get(k, "") for k in ("chapter", "question", "kind", "prompt", "at")]
    answer = raw.get("text" if reflection else "answer")
    correct, carried = raw.get("correct"), raw.get("carried", False)
    if not all(isinstance(t, str) for t in texts) or not isinstance(answer, str):
        raise bad
    if (correct is not None and not isinstance(correct, bool)) or not isinstance(carried, bool):
        raise bad
    chapter, question, kind, prompt, at = (str(t) for t in texts)
    if not chapter or not question:
        raise bad
    return Entry(chapter, question, kind, prompt, Attempt(answer, correct, at, carried))


def parse_hand_in(path: Path, data: bytes) -> HandIn:
    """The hand-in in ``data`` (read from ``path``); raises Unusable with the reason."""
    if len(data) > MAX_BYTES:
        raise Unusable(MESSAGES["too_big"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unusable(MESSAGES["not_text"]) from None
    try:
        doc = json.loads(text, parse_constant=lambda name: None)
    except json.JSONDecodeError as exc:
        raise Unusable(
            MESSAGES["not_json"].format(line=exc.lineno, column=exc.colno, problem=exc.msg)
        ) from None
    except RecursionError:
        raise Unusable(MESSAGES["foreign"]) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise Unusable(MESSAGES["foreign"])
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise Unusable(MESSAGES["bad_version"])
    if version > VERSION:  # named, never misread
        raise Unusable(MESSAGES["newer"].format(version=version))
    body = {k: v for k, v in doc.items() if k != "sha256"}
    if doc.get("sha256") != checksum(body):
        raise Unusable(MESSAGES["checksum"])
    read = doc.get("read", [])
    if not isinstance(read, list) or not all(isinstance(c, str) for c in read):
        raise Unusable(MESSAGES["bad_entry"].format(entry='"read"'))
    attempts, reflections = doc.get("attempts", []), doc.get("reflections", [])
    if not isinstance(attempts, list) or not isinstance(reflections, list):
        raise Unusable(MESSAGES["bad_entry"].format(entry='"attempts"'))
    return HandIn(
        path=path,
        name=clean_name(_text(doc, "name")),
        class_name=clean_name(_text(doc, "class")),
        handed_in=_text(doc, "handed_in"),
        lang=_text(doc, "lang"),
        app_version=_text(doc, "app_version"),
        read=tuple(dict.fromkeys(read)),
        entries=tuple(_entry(e, False) for e in attempts),
        reflections=tuple(_entry(e, True) for e in reflections),
    )


def read_hand_in(path: Path) -> HandIn:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Unusable(MESSAGES["unreadable"].format(error=exc.strerror or exc)) from None
    return parse_hand_in(path, data)
