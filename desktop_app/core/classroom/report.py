"""The class report: every hand-in in a folder merged into one view of the class.

* **Students**: one row per student (same name and class, any case); the latest hand-in
  wins and older ones are listed as superseded, never dropped silently.
* **Difficult questions**: each gradable question with the share of students right at
  the first attempt, hardest first, the most common wrong answers (with the misconception
  each suggests, when the quiz gives one) and every student's attempts.
* **Reflections**: every answer to each open question, by student.
* **Files it could not use**: each file with the reason (damaged, foreign, newer…).

Marks are the ones the student's Lifeline gave (a hand-in records right or wrong per
attempt); the teacher's quizzes, when given, add chapter order, wording and question
counts. Pure Python; :mod:`.report_export` writes it as CSV and Markdown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.classroom import misconceptions
from desktop_app.core.classroom.attempts import Attempt
from desktop_app.core.classroom.handin import SUFFIX, HandIn, Unusable, read_hand_in
from desktop_app.core.classroom.quiz import Question, Quiz, choice_index
from desktop_app.core.money.number_input import parse_number

TOP_WRONG = 3
Progress = Callable[[int, int], None]  # (files read, files in all)


@dataclass(frozen=True)
class Problem:
    path: Path
    reason: str


@dataclass(frozen=True)
class Superseded:
    hand_in: HandIn
    by: HandIn


@dataclass(frozen=True)
class StudentRow:
    hand_in: HandIn
    scores: dict[str, tuple[int, int]]  # chapter -> (right at first attempt, gradable)

    @property
    def name(self) -> str:
        return self.hand_in.name

    @property
    def class_name(self) -> str:
        return self.hand_in.class_name

    @property
    def right(self) -> int:
        return sum(r for r, _ in self.scores.values())

    @property
    def gradable(self) -> int:
        return sum(g for _, g in self.scores.values())

    @property
    def percent(self) -> float | None:
        return percent(self.right, self.gradable)


@dataclass(frozen=True)
class WrongAnswer:
    answer: str
    count: int
    misconception: str = ""


@dataclass(frozen=True)
class QuestionStat:
    chapter: str
    question: str
    prompt: str
    kind: str
    answered: int  # students whose first attempt is known
    right_first: int
    wrong: tuple[WrongAnswer, ...]
    attempts: tuple[tuple[StudentRow, tuple[Attempt, ...]], ...]  # per student

    @property
    def percent(self) -> float | None:
        return percent(self.right_first, self.answered)


@dataclass(frozen=True)
class ReflectionSet:
    chapter: str
    question: str
    prompt: str
    answers: tuple[tuple[StudentRow, Attempt], ...]


@dataclass(frozen=True)
class ClassReport:
    students: tuple[StudentRow, ...]
    questions: tuple[QuestionStat, ...]
    reflections: tuple[ReflectionSet, ...]
    unusable: tuple[Problem, ...]
    superseded: tuple[Superseded, ...]
    chapters: tuple[str, ...]  # in story order where known
    gradable: dict[str, int] = field(default_factory=dict)  # questions per chapter

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(sorted({s.class_name for s in self.students if s.class_name}))


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


# --- reading a folder ---------------------------------------------------------------------


def find_hand_ins(folder: Path) -> list[Path]:
    """Every hand-in file in ``folder`` and below, in a stable order (hidden ones skipped)."""
    return sorted(
        p for p in Path(folder).rglob(f"*{SUFFIX}") if not p.name.startswith(".") and p.is_file()
    )


def load_folder(
    folder: Path, progress: Progress | None = None
) -> tuple[list[HandIn], list[Problem]]:
    """Read every hand-in; files it cannot use come back as problems with the reason."""
    paths = find_hand_ins(folder)
    good: list[HandIn] = []
    bad: list[Problem] = []
    for number, path in enumerate(paths, 1):
        try:
            good.append(read_hand_in(path))
        except Unusable as exc:
            bad.append(Problem(path, str(exc)))
        if progress is not None:
            progress(number, len(paths))
    return good, bad


# --- building the report ------------------------------------------------------------------


def misconception(question: Question | None, answer: str) -> str:
    """What a wrong answer suggests, from the quiz's own per-answer feedback; "" if none.

    A choice question names the mistake behind each wrong option (``feedback``), a numeric
    question behind likely wrong numbers (``wrong_answers``): see :mod:`.misconceptions`.
    """
    if question is None:
        return ""
    if question.kind == "choice" and question.option_feedback:
        index = choice_index(question, answer)
        return question.option_feedback[index] if index is not None else ""
    if question.kind == "numeric" and question.wrong_answers:
        value = parse_number(answer)
        if value is None:
            return ""
        return misconceptions.for_number(question.wrong_answers, value, question.tolerance)
    return ""


def _latest(hand_ins: Iterable[HandIn]) -> tuple[list[HandIn], list[Superseded]]:
    by_student: dict[tuple[str, str], list[HandIn]] = {}
    for hand_in in hand_ins:
        by_student.setdefault(hand_in.key, []).append(hand_in)
    latest: list[HandIn] = []
    superseded: list[Superseded] = []
    for group in by_student.values():
        group.sort(key=lambda h: (h.moment, h.path.name))
        latest.append(group[-1])
        superseded += [Superseded(old, group[-1]) for old in group[:-1]]
    latest.sort(key=lambda h: (h.class_name.casefold(), h.name.casefold(), h.name))
    return latest, superseded


def _attempts(hand_in: HandIn) -> dict[tuple[str, str], list[Attempt]]:
    tries: dict[tuple[str, str], list[Attempt]] = {}
    for entry in hand_in.entries:
        tries.setdefault((entry.chapter, entry.question), []).append(entry.attempt)
    return tries


def _normal(answer: str) -> str:
    return " ".join(answer.split()).casefold()


def build_report(
    hand_ins: Iterable[HandIn],
    unusable: Iterable[Problem] = (),
    quizzes: Mapping[str, Quiz] | None = None,
) -> ClassReport:
    quizzes = quizzes or {}
    latest, superseded = _latest(hand_ins)
    tries_of = {id(h): _attempts(h) for h in latest}
    # Questions: the teacher's quizzes first (story order), then any only hand-ins know.
    order: dict[tuple[str, str], tuple[str, str]] = {}  # (chapter, qid) -> (kind, prompt)
    for chapter_id, chapter_quiz in quizzes.items():
        for q in chapter_quiz:
            order[(chapter_id, q.id)] = (q.kind, q.prompt)
    for hand_in in latest:
        for entry in (*hand_in.entries, *hand_in.reflections):
            order.setdefault((entry.chapter, entry.question), (entry.kind, entry.prompt))
    chapters = tuple(dict.fromkeys(c for c, _ in order))
    gradable: dict[str, int] = dict.fromkeys(chapters, 0)
    for (chapter, _), (kind, _) in order.items():
        gradable[chapter] += kind != "reflection"

    students = []
    for hand_in in latest:
        known = tries_of[id(hand_in)]
        scores = {}
        for chapter in chapters:
            right = sum(
                1
                for (c, q), (kind, _) in order.items()
                if c == chapter and kind != "reflection" and _first_right(known.get((c, q)))
            )
            scores[chapter] = (right, gradable[chapter])
        students.append(StudentRow(hand_in, scores))

    questions = []
    reflections = []
    for (chapter, qid), (kind, prompt) in order.items():
        quiz = quizzes.get(chapter)
        question: Question | None = quiz.by_id(qid) if quiz is not None else None
        if kind == "reflection":
            answers = tuple(
                (row, r.attempt)
                for row in students
                for r in row.hand_in.reflections
                if (r.chapter, r.question) == (chapter, qid) and r.attempt.answer.strip()
            )
            reflections.append(ReflectionSet(chapter, qid, prompt, answers))
            continue
        answered = right = 0
        wrong: Counter[str] = Counter()
        shown: dict[str, str] = {}
        per_student = []
        for row in students:
            given = tries_of[id(row.hand_in)].get((chapter, qid), [])
            if not given:
                continue
            per_student.append((row, tuple(given)))
            if not given[0].carried:
                answered += 1
                right += bool(given[0].correct)
            for attempt in given:
                if attempt.correct is False:
                    key = _normal(attempt.answer)
                    wrong[key] += 1
                    shown.setdefault(key, attempt.answer.strip())
        common = tuple(
            WrongAnswer(shown[k], n, misconception(question, shown[k]))
            for k, n in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WRONG]
        )
        questions.append(
            QuestionStat(chapter, qid, prompt, kind, answered, right, common, tuple(per_student))
        )
    position = {key: i for i, key in enumerate(order)}
    questions.sort(
        key=lambda q: (q.percent is None, q.percent or 0.0, position[(q.chapter, q.question)])
    )
    return ClassReport(
        tuple(students),
        tuple(questions),
        tuple(reflections),
        tuple(sorted(unusable, key=lambda p: str(p.path))),
        tuple(superseded),
        chapters,
        gradable,
    )


def _first_right(tries: list[Attempt] | None) -> bool:
    return tries is not None and bool(tries) and not tries[0].carried and tries[0].correct is True


def report_from_folder(
    folder: Path, quizzes: Mapping[str, Quiz] | None = None, progress: Progress | None = None
) -> ClassReport:
    good, bad = load_folder(folder, progress)
    return build_report(good, bad, quizzes)
