"""The class report on paper and in a spreadsheet: CSV text and a Markdown page.

CSV: UTF-8 with a BOM (so spreadsheets read Hangul names), numbers written as numbers and
the percentage as its own number column (66.7, not "66.7%"), cells a spreadsheet would run
as a formula quoted with an apostrophe. One sheet, one block per part of the report, each
with its own heading row. User-visible English lives in :data:`MESSAGES`. Pure Python.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import datetime

from desktop_app.core.classroom.report import ClassReport, QuestionStat, StudentRow

MESSAGES: dict[str, str] = {
    "title": "Class report",
    "title_class": "Class report: {classes}",
    "made": "Made by Lifeline on {date} from {count} hand-in files.",
    "students": "Students",
    "difficult": "Difficult questions",
    "reflections": "Reflections",
    "unusable": "Files it could not use",
    "superseded": "Older hand-ins (replaced by a later one from the same student)",
    "h_name": "Name",
    "h_class": "Class",
    "h_read": "Chapters read",
    "h_chapter_score": "{chapter}: right at first attempt (of {total})",
    "h_right": "Right at first attempt",
    "h_questions": "Questions",
    "h_percent": "Right at first attempt (%)",
    "h_handed_in": "Handed in",
    "h_chapter": "Chapter",
    "h_question_id": "Question ID",
    "h_question": "Question",
    "h_answered": "Students who answered",
    "h_wrong": "Most common wrong answers",
    "h_answer": "Answer",
    "h_file": "File",
    "h_reason": "Reason",
    "h_replaced_by": "Replaced by",
    "wrong_item": "{answer} ({count}×)",
    "wrong_item_why": "{answer} ({count}×: {why})",
    "no_students": "No hand-ins could be used.",
    "no_answers": "No answers yet.",
    "attempts_of": "{name}: {attempts}",
    "attempt_right": "✓ {answer}",
    "attempt_wrong": "✗ {answer}",
    "attempt_carried": "(earlier attempts not kept)",
    "no_name": "(no name)",
}


def _safe(value: object) -> object:
    if not isinstance(value, str):
        return value
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in "+-" and not value[1:2].isdigit()):
        return "'" + value
    return value


def local_time(iso: str) -> str:
    """2026-12-01 10:05: the student's own clock, in a form spreadsheets read as a time."""
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def wrong_text(stat: QuestionStat) -> str:
    parts = []
    for wrong in stat.wrong:
        key = "wrong_item_why" if wrong.misconception else "wrong_item"
        parts.append(
            MESSAGES[key].format(answer=wrong.answer, count=wrong.count, why=wrong.misconception)
        )
    return "; ".join(parts)


def _name(row: StudentRow) -> str:
    return row.name or MESSAGES["no_name"]


def report_csv(report: ClassReport, titles: Mapping[str, str] | None = None) -> str:
    titles = titles or {}
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")

    def row(*cells: object) -> None:
        w.writerow([_safe(c) for c in cells])

    chapters = [c for c in report.chapters if report.gradable.get(c)]
    row(MESSAGES["students"])
    row(
        MESSAGES["h_name"],
        MESSAGES["h_class"],
        MESSAGES["h_read"],
        *(
            MESSAGES["h_chapter_score"].format(chapter=titles.get(c, c), total=report.gradable[c])
            for c in chapters
        ),
        MESSAGES["h_right"],
        MESSAGES["h_questions"],
        MESSAGES["h_percent"],
        MESSAGES["h_handed_in"],
    )
    for s in report.students:
        row(
            _name(s),
            s.class_name,
            len(s.hand_in.read),
            *(s.scores[c][0] for c in chapters),
            s.right,
            s.gradable,
            "" if s.percent is None else s.percent,
            local_time(s.hand_in.handed_in),
        )
    row()
    row(MESSAGES["difficult"])
    row(
        MESSAGES["h_chapter"],
        MESSAGES["h_question_id"],
        MESSAGES["h_question"],
        MESSAGES["h_answered"],
        MESSAGES["h_right"],
        MESSAGES["h_percent"],
        MESSAGES["h_wrong"],
    )
    for q in report.questions:
        row(
            titles.get(q.chapter, q.chapter),
            q.question,
            q.prompt,
            q.answered,
            q.right_first,
            "" if q.percent is None else q.percent,
            wrong_text(q),
        )
    row()
    row(MESSAGES["reflections"])
    row(
        MESSAGES["h_chapter"],
        MESSAGES["h_question"],
        MESSAGES["h_name"],
        MESSAGES["h_class"],
        MESSAGES["h_answer"],
    )
    for r in report.reflections:
        for student, attempt in r.answers:
            row(titles.get(r.chapter, r.chapter), r.prompt, _name(student), student.class_name,
                attempt.answer)  # fmt: skip
    row()
    row(MESSAGES["unusable"])
    row(MESSAGES["h_file"], MESSAGES["h_reason"])
    for p in report.unusable:
        row(p.path.name, p.reason)
    if report.superseded:
        row()
        row(MESSAGES["superseded"])
        row(MESSAGES["h_file"], MESSAGES["h_name"], MESSAGES["h_class"],
            MESSAGES["h_handed_in"], MESSAGES["h_replaced_by"])  # fmt: skip
        for old in report.superseded:
            h = old.hand_in
            row(h.path.name, h.name, h.class_name, local_time(h.handed_in), old.by.path.name)
    return out.getvalue()


def csv_bytes(report: ClassReport, titles: Mapping[str, str] | None = None) -> bytes:
    return report_csv(report, titles).encode("utf-8-sig")


def _md(text: str) -> str:
    """Student text printed as typed: Markdown characters escaped, one paragraph."""
    escaped = "".join("\\" + ch if ch in "\\`*_{}[]<>()#+-.!|" else ch for ch in text)
    return "  \n".join(escaped.splitlines()) or escaped


def _cell(text: str) -> str:
    return _md(text).replace("  \n", " ")


def title(report: ClassReport) -> str:
    classes = ", ".join(report.class_names)
    return MESSAGES["title_class"].format(classes=classes) if classes else MESSAGES["title"]


def report_markdown(
    report: ClassReport, today: str, files: int, titles: Mapping[str, str] | None = None
) -> str:
    """The whole report as one printable page (A4 PDF through the handout printer)."""
    titles = titles or {}
    lines = [f"# {_md(title(report))}", "", MESSAGES["made"].format(date=today, count=files), ""]
    chapters = [c for c in report.chapters if report.gradable.get(c)]
    lines += [f"## {MESSAGES['students']}", ""]
    if report.students:
        head = [MESSAGES["h_name"], MESSAGES["h_class"], MESSAGES["h_read"]]
        head += [_cell(titles.get(c, c)) for c in chapters]
        head += [MESSAGES["h_percent"], MESSAGES["h_handed_in"]]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for s in report.students:
            cells = [_cell(_name(s)), _cell(s.class_name), str(len(s.hand_in.read))]
            cells += [f"{s.scores[c][0]}/{s.scores[c][1]}" for c in chapters]
            cells += ["—" if s.percent is None else f"{s.percent:g}"]
            cells += [local_time(s.hand_in.handed_in)]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    else:
        lines += [MESSAGES["no_students"], ""]
    lines += [f"## {MESSAGES['difficult']}", ""]
    for q in report.questions:
        share = "—" if q.percent is None else f"{q.percent:g}%"
        lines.append(
            f"**{_md(titles.get(q.chapter, q.chapter))}: {_md(q.prompt or q.question)}**  "
        )
        lines.append(f"{MESSAGES['h_right']}: {q.right_first}/{q.answered} ({share})")
        if q.wrong:
            lines += ["", f"{MESSAGES['h_wrong']}: {_md(wrong_text(q))}"]
        lines.append("")
    lines += [f"## {MESSAGES['reflections']}", ""]
    for r in report.reflections:
        lines += [f"**{_md(titles.get(r.chapter, r.chapter))}: {_md(r.prompt)}**", ""]
        if not r.answers:
            lines += [MESSAGES["no_answers"], ""]
        for student, attempt in r.answers:
            who = _md(_name(student)) + (
                f" ({_md(student.class_name)})" if student.class_name else ""
            )
            lines += [f"*{who}*: {_md(attempt.answer)}", ""]
    if report.unusable:
        lines += [f"## {MESSAGES['unusable']}", ""]
        lines += [f"- {_md(p.path.name)}: {_md(p.reason)}" for p in report.unusable]
        lines.append("")
    if report.superseded:
        lines += [f"## {MESSAGES['superseded']}", ""]
        for old in report.superseded:
            lines.append(f"- {_md(old.hand_in.path.name)} → {_md(old.by.path.name)}")
        lines.append("")
    return "\n".join(lines)
