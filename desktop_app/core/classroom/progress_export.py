"""A student's answers as a file to hand in or print: rows, CSV and a Markdown page.

Pure Python. "correct" means right at the first attempt; a later right answer says which
attempt it was (:mod:`.attempts`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from desktop_app.core.classroom.attempts import Attempt, right_at
from desktop_app.core.classroom.progress import MESSAGES, Progress
from desktop_app.core.classroom.quiz import Quiz


def answer_rows(
    progress: Progress, quizzes: Iterable[Quiz], titles: Mapping[str, str] | None = None
) -> list[list[str]]:
    """Rows for export: chapter, question id, question, answer, result, facts, time."""
    rows: list[list[str]] = []
    for quiz in quizzes:
        chapter = (titles or {}).get(quiz.chapter_id, quiz.chapter_id)
        for question in quiz:
            given = progress.answer_for(quiz.chapter_id, question.id)
            if given is None:
                result, text, at = MESSAGES["result_unanswered"], "", ""
            else:
                text, at = given.answer, given.at
                if not question.gradable:
                    result = MESSAGES["result_reflection"]
                elif given.correct:
                    result = _result(progress.attempts_for(quiz.chapter_id, question.id))
                else:
                    result = MESSAGES["result_incorrect"]
            facts = " ".join(question.facts)
            rows.append([chapter, question.id, question.prompt, text, result, facts, at])
    return rows


def answers_csv(
    progress: Progress, quizzes: Iterable[Quiz], titles: Mapping[str, str] | None = None
) -> str:
    """Every question of ``quizzes`` with this student's answer, as CSV text to hand in.

    Columns: chapter (title if ``titles`` gives one), question id, question, your
    answer, result, fact IDs, time. Cells that a spreadsheet would run as a formula
    start with an apostrophe.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MESSAGES["csv_header"].split(","))
    for row in answer_rows(progress, quizzes, titles):
        writer.writerow([_safe_cell(cell) for cell in row])
    return out.getvalue()


def answers_markdown(
    progress: Progress, quizzes: Iterable[Quiz], titles: Mapping[str, str] | None = None
) -> str:
    """The same answers as a printable Markdown page (for a PDF export)."""
    lines = [f"# {MESSAGES['report_title']}", ""]
    current = None
    rows = answer_rows(progress, quizzes, titles)
    for chapter, _qid, prompt, text, result, facts, at in rows:
        if chapter != current:
            lines += [f"## {chapter}", ""]
            current = chapter
        lines.append(f"**{prompt}**")
        lines.append("")
        lines.append(f"{MESSAGES['report_answer']}: {_quote(text) if text else '—'}")
        lines.append("")
        detail = f"{MESSAGES['report_result']}: {result}"
        if facts:
            detail += f" · {MESSAGES['report_facts']}: {facts}"
        if at:
            detail += f" · {at}"
        lines += [detail, ""]
    if not rows:
        lines += [MESSAGES["report_no_answers"], ""]
    return "\n".join(lines)


def _result(tries: list[Attempt]) -> str:
    """ "correct" only when right at the first attempt; otherwise say which attempt."""
    number = right_at(tries)
    if number == 1:
        return MESSAGES["result_correct"]
    if number is None:
        return MESSAGES["result_carried"]
    return MESSAGES["result_correct_later"].format(number=number)


def _quote(text: str) -> str:
    """A student's text, with Markdown characters escaped so it prints as typed."""
    escaped = "".join("\\" + ch if ch in "\\`*_{}[]<>()#+-.!|" else ch for ch in text)
    return "  \n".join(escaped.splitlines()) or escaped


def _safe_cell(value: str) -> str:
    if value[:1] in ("=", "@", "\t", "\r"):
        return "'" + value
    if value[:1] in ("+", "-") and not value[1:2].isdigit():
        return "'" + value
    return value
