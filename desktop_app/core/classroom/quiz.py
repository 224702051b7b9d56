"""Check your understanding: the questions at the end of each story chapter.

Questions live in ``resources/quizzes/<lang>/<chapter-id>.toml`` (format in
``docs/content-format.md``), one ``[[question]]`` table each, of three kinds:

* ``choice``: ``options`` (2 to 6) and ``answer``, the text of the right option (or its
  position, counting from 1);
* ``numeric``: ``answer`` (a number), ``tolerance`` (absolute, inclusive, default 0) and
  ``unit`` (text shown after the answer box);
* ``reflection``: ``guidance`` shown after the student writes; there is no right answer.

Choice and numeric questions need an ``explanation`` and at least one fact ID in ``facts``.

:func:`load_quiz` reads one file and raises :class:`QuizError`, whose message names the
file and the question, when it is malformed. A missing file is an empty quiz (chapters
such as the source list have none); :func:`check_quizzes` says which chapters must have
one. :func:`check_answer` never raises for anything a student types: unreadable input gets
``Feedback(accepted=False)`` and a message saying what to type.

User-visible English lives in :data:`MESSAGES` (translated in place by :mod:`.messages`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop_app.core import ContentError, read_content
from desktop_app.core.classroom import misconceptions
from desktop_app.core.money.format import format_number, with_unit
from desktop_app.core.money.number_input import looks_like_decimal_comma, parse_number

QUIZ_DIR = "quizzes"
KINDS = ("choice", "numeric", "reflection")
QUESTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FACT_ID = re.compile(r"^[AXDY]\d{2}$")
MIN_QUESTIONS, MAX_QUESTIONS = 2, 4
MIN_OPTIONS, MAX_OPTIONS = 2, 6
MAX_INPUT_CHARS = 20_000  # a reflection of a few pages; anything longer is refused

COMMON_KEYS = frozenset({"id", "kind", "prompt", "explanation", "facts"})
KIND_KEYS: dict[str, frozenset[str]] = {
    "choice": frozenset({"options", "answer", "feedback"}),
    "numeric": frozenset({"answer", "tolerance", "unit", "wrong_answers"}),
    "reflection": frozenset({"guidance"}),
}

MESSAGES: dict[str, str] = {
    "correct": "Correct.",
    "incorrect": "Not quite.",
    "choice_answer": "The answer is: {answer}",
    "numeric_answer": "The answer is {answer}.",
    "numeric_range": "The answer is {answer} (anything from {low} to {high} counts).",
    "reflection_saved": "Thank you. There is no single right answer here.",
    "reflection_guidance": "Things to think about: {guidance}",
    "empty_choice": "Choose one of the options first.",
    "empty_numeric": "Type a number first, for example 700.",
    "empty_reflection": "Write a few sentences first.",
    "unknown_option": "“{raw}” is not one of the options. Choose one of them.",
    "not_a_number": (
        "“{raw}” is not a number I can read. Type one number with digits, for example 700, "
        "1,000 or 27.1."
    ),
    "decimal_comma": (
        "“{raw}”: use a point for decimals (27.1, not 27,1). Commas may only separate "
        "thousands, as in 1,000."
    ),
    "too_long": "That answer is too long ({length:,} characters; at most {limit:,}).",
    "key_none": "This chapter has no questions.",
    "key_answer": "Answer",
    "key_range": "{answer} (accept {low} to {high})",
    "key_guidance": "Guidance (no single right answer)",
    "key_why": "Why",
    "key_facts": "Facts",
    "kind_choice": "multiple choice",
    "kind_numeric": "number",
    "kind_reflection": "reflection",
}


class QuizError(ContentError):
    """A quiz file is unreadable or malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Question:
    """One question. Fields a kind does not use keep their empty defaults."""

    id: str
    kind: str  # "choice", "numeric" or "reflection"
    prompt: str
    explanation: str = ""
    facts: tuple[str, ...] = ()
    options: tuple[str, ...] = ()  # choice
    answer_index: int = -1  # choice: position of the right option, from 0
    answer: Decimal = Decimal(0)  # numeric
    tolerance: Decimal = Decimal(0)  # numeric, absolute and inclusive
    unit: str = ""  # numeric, e.g. "US dollars", "%", "kg"
    guidance: str = ""  # reflection
    option_feedback: tuple[str, ...] = ()  # choice: what each wrong option shows ("" = none)
    wrong_answers: tuple[tuple[Decimal, str], ...] = ()  # numeric: likely slips, named

    @property
    def gradable(self) -> bool:
        """Choice and numeric questions have a right answer; reflections do not."""
        return self.kind != "reflection"

    def answer_text(self) -> str:
        """The right answer as shown to a student or teacher ("" for a reflection)."""
        if self.kind == "choice":
            return self.options[self.answer_index]
        if self.kind == "numeric":
            return with_unit(format_number(self.answer), self.unit)
        return ""


@dataclass(frozen=True)
class Quiz:
    """The questions of one chapter, in file order (empty when the chapter has none)."""

    chapter_id: str
    path: Path
    questions: tuple[Question, ...] = ()

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def by_id(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Feedback:
    """What to show after an answer.

    ``correct`` is True or False for choice and numeric questions and None for a
    reflection. ``accepted`` is False when the input could not be read (empty, not a number,
    not an option): then ``correct`` is None, nothing should be recorded, and ``message``
    says what to type instead.
    """

    correct: bool | None
    message: str
    facts: tuple[str, ...] = ()
    accepted: bool = True


# --- answers ------------------------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".")


def choice_index(question: Question, raw: str) -> int | None:
    """Which option ``raw`` names: its text (any case), a letter "b" or a position "2"."""
    wanted = _normal(raw)
    if not wanted:
        return None
    for i, option in enumerate(question.options):
        if _normal(option) == wanted:
            return i
    letter = wanted.rstrip(")")
    if len(letter) == 1 and "a" <= letter <= "z":
        index = ord(letter) - ord("a")
        return index if index < len(question.options) else None
    if letter.isascii() and letter.isdigit() and len(letter) <= 2:
        index = int(letter) - 1
        return index if 0 <= index < len(question.options) else None
    return None


def _verdict(correct: bool, question: Question, answer_line: str, why: str = "") -> str:
    parts = [MESSAGES["correct" if correct else "incorrect"]]
    if not correct:
        parts.extend(p for p in (why, answer_line) if p)
    if question.explanation:
        parts.append(question.explanation)
    return " ".join(parts)


def check_answer(question: Question, raw: str) -> Feedback:
    """Mark one answer. Never raises for anything typed; see :class:`Feedback`."""
    facts = question.facts
    if not isinstance(raw, str):  # defensive: a UI bug must not crash the app
        raw = str(raw)
    if len(raw) > MAX_INPUT_CHARS:
        message = MESSAGES["too_long"].format(length=len(raw), limit=MAX_INPUT_CHARS)
        return Feedback(None, message, facts, accepted=False)
    shown = " ".join(raw.split())[:40]
    if question.kind == "reflection":
        if not raw.strip():
            return Feedback(None, MESSAGES["empty_reflection"], facts, accepted=False)
        message = MESSAGES["reflection_saved"]
        if question.guidance:
            message += " " + MESSAGES["reflection_guidance"].format(guidance=question.guidance)
        return Feedback(None, message, facts)
    if question.kind == "choice":
        if not raw.strip():
            return Feedback(None, MESSAGES["empty_choice"], facts, accepted=False)
        index = choice_index(question, raw)
        if index is None:
            return Feedback(None, MESSAGES["unknown_option"].format(raw=shown), facts, False)
        correct = index == question.answer_index
        line = MESSAGES["choice_answer"].format(answer=question.answer_text())
        why = question.option_feedback[index] if question.option_feedback else ""
        return Feedback(correct, _verdict(correct, question, line, why), facts)
    # numeric
    if not raw.strip():
        return Feedback(None, MESSAGES["empty_numeric"], facts, accepted=False)
    value = parse_number(raw)
    if value is None:
        key = "decimal_comma" if looks_like_decimal_comma(raw) else "not_a_number"
        return Feedback(None, MESSAGES[key].format(raw=shown), facts, accepted=False)
    correct = abs(value - question.answer) <= question.tolerance
    why = misconceptions.for_number(question.wrong_answers, value, question.tolerance)
    return Feedback(correct, _verdict(correct, question, numeric_answer_line(question), why), facts)


def numeric_answer_line(question: Question) -> str:
    """ "The answer is 27.1% (anything from 27 to 27.2 counts)." """
    if not question.tolerance:
        return MESSAGES["numeric_answer"].format(answer=question.answer_text())
    low = with_unit(format_number(question.answer - question.tolerance), question.unit)
    high = with_unit(format_number(question.answer + question.tolerance), question.unit)
    return MESSAGES["numeric_range"].format(answer=question.answer_text(), low=low, high=high)


# --- loading ------------------------------------------------------------------------------


def quiz_path(root: Path, lang: str, chapter_id: str) -> Path:
    return root / QUIZ_DIR / lang / f"{chapter_id}.toml"


def _display(path: Path) -> str:
    """quizzes/en/broker-chain.toml: the part of the path a teacher recognises."""
    return "/".join(path.parts[-3:])


def _text(where: str, table: Mapping[str, object], key: str, required: bool) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise QuizError(where, f"'{key}' must be text in quotation marks")
    if required and not value.strip():
        raise QuizError(where, f"'{key}' is missing or empty")
    return value.strip()


def _number(where: str, value: object, key: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise QuizError(where, f"'{key}' must be a number without quotation marks, like 700")
    number = Decimal(str(value))
    if not number.is_finite():
        raise QuizError(where, f"'{key}' must be a finite number")
    return number


def _facts(where: str, table: Mapping[str, object]) -> tuple[str, ...]:
    value = table.get("facts", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise QuizError(where, '\'facts\' must be a list of fact IDs, like ["A09", "D01"]')
    facts = tuple(v.strip() for v in value)
    for fid in facts:
        if not FACT_ID.match(fid):
            raise QuizError(where, f"'{fid}' in 'facts' is not a fact ID (like A09, X01, D02)")
    return facts


def _choice(where: str, table: Mapping[str, object]) -> tuple[tuple[str, ...], int]:
    options = table.get("options")
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        raise QuizError(where, '\'options\' must be a list of texts, like ["yes", "no"]')
    options = [o.strip() for o in options]
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        raise QuizError(where, f"needs {MIN_OPTIONS} to {MAX_OPTIONS} options, not {len(options)}")
    if any(not o for o in options):
        raise QuizError(where, "an option is empty")
    if len({_normal(o) for o in options}) != len(options):
        raise QuizError(where, "two options have the same text")
    answer = table.get("answer")
    if isinstance(answer, str):
        matches = [i for i, o in enumerate(options) if _normal(o) == _normal(answer)]
        if not matches:
            raise QuizError(where, f"'answer' \"{answer}\" is not one of the options")
        return tuple(options), matches[0]
    if isinstance(answer, int) and not isinstance(answer, bool):
        if not 1 <= answer <= len(options):
            raise QuizError(where, f"'answer' = {answer}: there are only {len(options)} options")
        return tuple(options), answer - 1
    raise QuizError(where, "'answer' must be the text of the right option (or its number)")


def parse_question(where: str, table: Mapping[str, object]) -> Question:
    kind = table.get("kind")
    if kind not in KINDS:
        raise QuizError(where, f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    assert isinstance(kind, str)
    unknown = sorted(set(table) - COMMON_KEYS - KIND_KEYS[kind])
    if unknown:
        raise QuizError(where, f"'{unknown[0]}' does not belong in a {kind} question")
    prompt = _text(where, table, "prompt", True)
    explanation = _text(where, table, "explanation", kind != "reflection")
    facts = _facts(where, table)
    if kind != "reflection" and not facts:
        raise QuizError(where, "'facts' must name at least one fact the answer rests on")
    qid = str(table.get("id", ""))
    if kind == "choice":
        options, index = _choice(where, table)
        try:
            notes = misconceptions.option_feedback(table.get("feedback"), options, index)
        except ValueError as exc:
            raise QuizError(where, str(exc)) from None
        return Question(
            qid, kind, prompt, explanation, facts, options, index, option_feedback=notes
        )
    if kind == "numeric":
        if "answer" not in table:
            raise QuizError(where, "'answer' is missing")
        answer = _number(where, table["answer"], "answer")
        tolerance = _number(where, table.get("tolerance", 0), "tolerance")
        if tolerance < 0:
            raise QuizError(where, "'tolerance' must be 0 or more")
        unit = _text(where, table, "unit", False)
        try:
            slips = misconceptions.wrong_answers(table.get("wrong_answers"))
        except ValueError as exc:
            raise QuizError(where, str(exc)) from None
        return Question(
            qid,
            kind,
            prompt,
            explanation,
            facts,
            answer=answer,
            tolerance=tolerance,
            unit=unit,
            wrong_answers=slips,
        )
    guidance = _text(where, table, "guidance", True)
    return Question(qid, kind, prompt, explanation, facts, guidance=guidance)


def parse_quiz(path: Path, chapter_id: str, text: str) -> Quiz:
    name = _display(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise QuizError(name, f"not valid TOML ({exc})") from None
    extra = sorted(set(data) - {"question"})
    if extra:
        raise QuizError(name, f"unknown entry '{extra[0]}' (questions are [[question]] tables)")
    raw = data.get("question", [])
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise QuizError(name, "questions must be written as [[question]] tables")
    questions: list[Question] = []
    for number, table in enumerate(raw, 1):
        qid = table.get("id")
        label = f"question {number}" + (f" ('{qid}')" if isinstance(qid, str) and qid else "")
        where = f"{name}: {label}"
        if not isinstance(qid, str) or not QUESTION_ID.match(qid):
            raise QuizError(where, "'id' must be a short name of a-z, 0-9 and '-'")
        if any(q.id == qid for q in questions):
            raise QuizError(where, f"id '{qid}' is used twice")
        questions.append(parse_question(where, table))
    return Quiz(chapter_id, path, tuple(questions))


def load_quiz(root: Path, lang: str, chapter_id: str) -> Quiz:
    """The chapter's questions; an empty quiz when it has no file. Raises QuizError."""
    path = quiz_path(root, lang, chapter_id)
    if not path.exists():
        return Quiz(chapter_id, path)
    return parse_quiz(path, chapter_id, read_content(path, QuizError, _display(path)))


def check_quiz(quiz: Quiz, known_facts: Collection[str]) -> list[str]:
    """Content rules for a story chapter's quiz: 2-4 questions, a choice, a reflection."""
    name = _display(quiz.path)
    problems: list[str] = []
    if not MIN_QUESTIONS <= len(quiz) <= MAX_QUESTIONS:
        problems.append(f"{name}: has {len(quiz)} questions; a chapter needs 2 to 4")
    kinds = {q.kind for q in quiz}
    for kind in ("choice", "reflection"):
        if kind not in kinds:
            problems.append(f"{name}: needs at least one {kind} question")
    for question in quiz:
        for fid in question.facts:
            if fid not in known_facts:
                problems.append(f"{name}: question '{question.id}' cites {fid}, not in citations")
    return problems


def check_quizzes(
    root: Path, lang: str, chapter_ids: Collection[str], known_facts: Collection[str]
) -> list[str]:
    """Problems with the quizzes of ``chapter_ids`` (the chapters that must have one).

    Also reports quiz files that belong to no chapter in ``chapter_ids``. Empty when all
    is well; each problem names the file.
    """
    problems: list[str] = []
    for chapter_id in chapter_ids:
        path = quiz_path(root, lang, chapter_id)
        if not path.is_file():
            problems.append(f"{_display(path)}: file is missing (the chapter needs questions)")
            continue
        try:
            quiz = load_quiz(root, lang, chapter_id)
        except QuizError as exc:
            problems.append(str(exc))
            continue
        problems.extend(check_quiz(quiz, known_facts))
    folder = root / QUIZ_DIR / lang
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            if path.stem not in chapter_ids:
                problems.append(f"{_display(path)}: no chapter has the id '{path.stem}'")
    return problems
