"""Teacher notes per chapter, the answer key made from the quiz, and the lesson plan.

Teacher notes are Markdown files ``resources/teacher/<lang>/<chapter-id>.md`` with a
``# title`` line and these ``##`` sections, each exactly once, in any order (other
sections may be added):

    ## Learning goals
    ## Timing
    ## Discussion prompts
    ## Answer key
    ## Handling a sensitive subject

The answer key is never typed into the notes: :func:`load_teacher_notes` adds it to the
``Answer key`` section from the chapter's quiz, so it always matches the questions the
students see. Whatever the section already holds (advice on marking) stays above it.

The lesson plan is ``resources/teacher/<lang>/lesson-plan.md`` with its own required
sections (:data:`LESSON_PLAN_SECTIONS`), shown and printed with ``inclusive-features.md``
after it. Loaders raise :class:`TeacherNotesError`, whose
message names the file and what is wrong.

Notes in another language use that language's headings (:data:`SECTION_HEADINGS`, e.g.
``## 학습 목표`` in ``teacher/ko/``); :meth:`TeacherNotes.section` still accepts the
English name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import ContentError, read_content
from desktop_app.core.classroom.quiz import MESSAGES as QUIZ_MESSAGES
from desktop_app.core.classroom.quiz import Question, Quiz
from desktop_app.core.money.format import format_number, with_unit

TEACHER_DIR = "teacher"
LESSON_PLAN = "lesson-plan"
INCLUSIVE = "inclusive-features"  # what works with a screen reader, keys, themes, zoom
REQUIRED_SECTIONS = (
    "Learning goals",
    "Timing",
    "Discussion prompts",
    "Answer key",
    "Handling a sensitive subject",
)
ANSWER_KEY = "Answer key"
LESSON_PLAN_SECTIONS = (
    "Objectives",
    "Materials",
    "Plan",
    "Assessment",
    "Differentiation",
)
# The required headings as written in each language's files (English: as above).
SECTION_HEADINGS: dict[str, dict[str, str]] = {
    "ko": {
        "Learning goals": "학습 목표",
        "Timing": "시간 배분",
        "Discussion prompts": "토론 질문",
        "Answer key": "정답과 채점 안내",
        "Handling a sensitive subject": "민감한 주제를 다룰 때",
        "Objectives": "수업 목표",
        "Materials": "준비물",
        "Plan": "수업 흐름",
        "Assessment": "평가",
        "Differentiation": "수준별 지도",
    },
}
_SECTION = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$")


class TeacherNotesError(ContentError):
    """A teacher file is missing or lacks a required section; names the file."""


@dataclass(frozen=True)
class TeacherNotes:
    """One teacher file split into its ``##`` sections (names as written, in order)."""

    name: str  # e.g. "teacher/en/broker-chain.md"
    title: str
    intro: str  # text between the title and the first section
    sections: tuple[tuple[str, str], ...]
    headings: tuple[tuple[str, str], ...] = ()  # English name -> heading in this language

    def heading(self, english: str) -> str:
        """The heading this file uses for the English section name ``english``."""
        return dict(self.headings).get(english, english)

    def section(self, heading: str) -> str:
        """A section's text, by its heading or by its English name."""
        wanted = {heading.casefold(), self.heading(heading).casefold()}
        return next((text for name, text in self.sections if name.casefold() in wanted), "")

    def markdown(self, answer_key: str | None = None) -> str:
        """The whole page; ``answer_key`` (Markdown) goes at the end of its section."""
        parts = [f"# {self.title}"]
        if self.intro:
            parts.append(self.intro)
        answer_heading = self.heading(ANSWER_KEY).casefold()
        for name, text in self.sections:
            body = text
            if answer_key is not None and name.casefold() == answer_heading:
                body = f"{text}\n\n{answer_key}".strip()
            parts.append(f"## {name}\n\n{body}".rstrip())
        return "\n\n".join(parts) + "\n"


def teacher_path(root: Path, lang: str, name: str) -> Path:
    return root / TEACHER_DIR / lang / f"{name}.md"


def headings_for(lang: str, english: Collection[str]) -> tuple[tuple[str, str], ...]:
    """(English name, heading in ``lang``) for each section; English where none is set."""
    names = SECTION_HEADINGS.get(lang, {})
    return tuple((section, names.get(section, section)) for section in english)


def parse_notes(
    name: str,
    text: str,
    required: Collection[str],
    headings: tuple[tuple[str, str], ...] = (),
) -> TeacherNotes:
    """Split Markdown into title, intro and sections; check every required section is there.

    ``required`` are English names; ``headings`` maps them to the file's language.
    """
    local = dict(headings)
    answer_heading = local.get(ANSWER_KEY, ANSWER_KEY).casefold()
    lines = text.lstrip("\ufeff").splitlines()
    title = ""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    fence = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        heading = None if fence else _SECTION.match(line)
        if heading:
            sections.append((heading.group(1).strip(), []))
            continue
        top = None if fence or title or sections else _TITLE.match(line)
        if top:
            title = top.group(1).strip()
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    if not title:
        raise TeacherNotesError(name, "the first heading must be a title line starting '# '")
    names = [s[0].casefold() for s in sections]
    for english in required:
        wanted = local.get(english, english)
        count = names.count(wanted.casefold())
        if count == 0:
            raise TeacherNotesError(name, f"the section '## {wanted}' is missing")
        if count > 1:
            raise TeacherNotesError(name, f"the section '## {wanted}' appears {count} times")
    for section_name, body in sections:
        if not "\n".join(body).strip() and section_name.casefold() != answer_heading:
            raise TeacherNotesError(name, f"the section '## {section_name}' is empty")
    return TeacherNotes(
        name,
        title,
        "\n".join(intro).strip(),
        tuple((s, "\n".join(body).strip()) for s, body in sections),
        headings,
    )


def _read(root: Path, lang: str, name: str) -> tuple[str, str]:
    path = teacher_path(root, lang, name)
    shown = f"{TEACHER_DIR}/{lang}/{path.name}"
    return shown, read_content(path, TeacherNotesError, shown)


def read_teacher_notes(root: Path, lang: str, chapter_id: str) -> TeacherNotes:
    shown, text = _read(root, lang, chapter_id)
    return parse_notes(shown, text, REQUIRED_SECTIONS, headings_for(lang, REQUIRED_SECTIONS))


def load_teacher_notes(root: Path, lang: str, chapter_id: str, quiz: Quiz | None = None) -> str:
    """The chapter's teacher notes as Markdown, with the answer key made from ``quiz``.

    Without a quiz (or with an empty one, when the section already has text) the Answer
    key section is shown as written.
    """
    notes = read_teacher_notes(root, lang, chapter_id)
    if quiz is None or (not quiz.questions and notes.section(ANSWER_KEY)):
        return notes.markdown()  # no quiz, or the notes already say so in their own words
    return notes.markdown(answer_key(quiz))


def load_lesson_plan(root: Path, lang: str) -> str:
    """The printable lesson plan (Markdown), checked for its required sections, followed
    by the "Inclusive features" page (``inclusive-features.md``): one place a teacher
    looks before the lesson, on screen (Help menu) and on paper."""
    shown, text = _read(root, lang, LESSON_PLAN)
    headings = headings_for(lang, LESSON_PLAN_SECTIONS)
    plan = parse_notes(shown, text, LESSON_PLAN_SECTIONS, headings).markdown()
    if not teacher_path(root, lang, INCLUSIVE).exists():  # optional in a teacher's own set
        return plan
    _shown, inclusive = _read(root, lang, INCLUSIVE)
    return f"{plan.rstrip()}\n\n{inclusive.strip()}\n"


def _key_entry(number: int, question: Question) -> list[str]:
    m = QUIZ_MESSAGES
    kind = m[f"kind_{question.kind}"]
    lines = [f"{number}. **{question.prompt}** ({kind})"]
    if question.kind == "choice":
        lines.append(f"   - {m['key_answer']}: {question.answer_text()}")
    elif question.kind == "numeric":
        answer = question.answer_text()
        if question.tolerance:
            low = with_unit(format_number(question.answer - question.tolerance), question.unit)
            high = with_unit(format_number(question.answer + question.tolerance), question.unit)
            answer = m["key_range"].format(answer=answer, low=low, high=high)
        lines.append(f"   - {m['key_answer']}: {answer}")
    else:
        lines.append(f"   - {m['key_guidance']}: {question.guidance}")
    if question.explanation:
        lines.append(f"   - {m['key_why']}: {question.explanation}")
    if question.facts:
        lines.append(f"   - {m['key_facts']}: {', '.join(question.facts)}")
    return lines


def answer_key(quiz: Quiz) -> str:
    """The quiz's answers, explanations and facts as a numbered Markdown list."""
    if not quiz.questions:
        return QUIZ_MESSAGES["key_none"]
    lines: list[str] = []
    for number, question in enumerate(quiz.questions, 1):
        lines.extend(_key_entry(number, question))
    return "\n".join(lines)


def check_teacher_notes(root: Path, lang: str, chapter_ids: Collection[str]) -> list[str]:
    """Problems with the teacher notes of every chapter and the lesson plan (names files)."""
    problems: list[str] = []
    for chapter_id in chapter_ids:
        try:
            read_teacher_notes(root, lang, chapter_id)
        except TeacherNotesError as exc:
            problems.append(str(exc))
    try:
        load_lesson_plan(root, lang)
    except TeacherNotesError as exc:
        problems.append(str(exc))
    return problems
