"""Done when: three students hand in through the real window, and the teacher's class
report from their files (plus a damaged and a foreign file) has every number right, in
the window, the CSV and the PDF's text (read back from the QTextDocument that was printed:
poppler's pdftotext is not installed here)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.app import create_window
from desktop_app.core.classroom.report_export import MESSAGES

CHAPTER = 4  # the broker chain: two numeric questions, a choice and a reflection


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # as an input method commits Hangul (keyClicks sends ASCII only)
        edit.insertPlainText(text) if hasattr(edit, "insertPlainText") else edit.insert(text)


def _student(qtbot, monkeypatch, home: Path, usb: Path, name: str, plan: dict) -> Path:
    monkeypatch.setenv("LIFELINE_DATA_DIR", str(home / name))
    window = create_window(["--chapter", str(CHAPTER)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if plan.get("read"):  # a plausible time in the chapter, then the end
        now = [0.0]
        window.reading_clock.clock = lambda: now[0]
        window.reading_clock.open(window.story.chapters[CHAPTER - 1].id, "")
        now[0] += window.reading_clock.required() + 1
        bar = window.scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        bar.setValue(bar.maximum())
        assert window.is_read(CHAPTER)
    panel = window.page(CHAPTER).quiz_panel
    for qid, answers in plan["answers"].items():
        view = panel.views[qid]
        for answer in answers:
            if view.line_edit is not None:
                view.line_edit.clear()
                _type(qtbot, view.line_edit, answer)
                qtbot.keyClick(view.line_edit, Qt.Key.Key_Return)
            elif view.text_edit is not None:
                _type(qtbot, view.text_edit, answer)
                qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
            else:
                radio = view.radios[view.question.options.index(answer)]
                radio.setFocus()
                qtbot.keyClick(radio, Qt.Key.Key_Space)
                qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    window.show_page(-1)
    box = window.classroom.progress_page.student
    _type(qtbot, box.name_edit, name)
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    _type(qtbot, box.class_edit, "10B")
    qtbot.keyClick(box.class_edit, Qt.Key.Key_Return)
    if plan.get("menu"):  # File > Hand in my answers…, choosing the folder in the dialog
        before = set(usb.iterdir())

        def choose() -> None:
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
            dialog.setDirectory(str(usb))
            dialog.selectFile(str(usb))
            dialog.accept()

        QTimer.singleShot(0, choose)
        window.hand_in_action.trigger()
        (path,) = set(usb.iterdir()) - before
    else:
        path = window.classroom.hand_in(usb)
    assert path is not None and name in path.name
    assert str(path) in window.statusBar().currentMessage()
    window.close()
    return path


PLANS = {
    "Ana Lima": {
        "read": True,
        "answers": {
            "what-arrives": ["700"],
            "three-hops": ["30", "27.1"],  # wrong at the first attempt
            "formal-channel": ["US$929"],
            "why-use-brokers": ["There is no legal way."],
        },
    },
    "김민지": {
        "answers": {
            "what-arrives": ["1000", "700"],
            "three-hops": ["27.1"],
            "formal-channel": ["US$700"],
            "why-use-brokers": ["가족을 위해서입니다."],
        },
    },
    "Ben Cho": {"menu": True, "answers": {"what-arrives": ["700"], "three-hops": ["27"]}},
}


def test_three_students_hand_in_and_the_report_adds_up(
    qtbot, monkeypatch, tmp_path: Path, _private_dirs: Path
) -> None:
    """Every number of the report, in the window, the CSV and the printed PDF text."""
    usb = tmp_path / "usb"
    usb.mkdir()
    files = [_student(qtbot, monkeypatch, tmp_path, usb, n, p) for n, p in PLANS.items()]
    damaged = usb / "damaged.lifeline-answers"
    damaged.write_bytes(files[0].read_bytes().replace(b'"700"', b'"701"', 1))
    (usb / "foreign.lifeline-answers").write_text('{"hello": "world"}', encoding="utf-8")

    teacher = create_window(["--chapter", "1"])
    qtbot.addWidget(teacher)
    teacher.show()
    teacher.classroom.gate.ask = lambda parent, first_time: "2468"
    dialog = teacher.classroom.class_report(usb)
    assert dialog is not None
    qtbot.addWidget(dialog)
    report = dialog.report

    # Students: one row each, right at the first attempt out of every gradable question of
    # the story (counted from the quizzes, so a new chapter's quiz changes it).
    total = sum(q.gradable for quiz in teacher.content.quizzes().values() for q in quiz)

    def pct(right: int) -> float:
        return round(100 * right / total, 1)

    rows = {s.name: s for s in report.students}
    assert sorted(rows) == sorted(PLANS)
    chapter = teacher.story.chapters[CHAPTER - 1].id
    assert rows["Ana Lima"].scores[chapter] == (2, 3)
    assert rows["김민지"].scores[chapter] == (1, 3)
    assert rows["Ben Cho"].scores[chapter] == (2, 3)
    assert [len(rows[n].hand_in.read) for n in PLANS] == [1, 0, 0]
    assert rows["Ana Lima"].gradable == total >= 24 and rows["Ana Lima"].percent == pct(2)
    # Difficult questions: hardest first, with the wrong answers.
    stats = {q.question: q for q in report.questions}
    assert report.questions[0].question == "formal-channel"
    assert (stats["formal-channel"].answered, stats["formal-channel"].right_first) == (2, 1)
    assert (stats["what-arrives"].answered, stats["what-arrives"].right_first) == (3, 2)
    assert (stats["three-hops"].answered, stats["three-hops"].right_first) == (3, 2)
    assert [(w.answer, w.count) for w in stats["three-hops"].wrong] == [("30", 1)]
    assert [(w.answer, w.count) for w in stats["formal-channel"].wrong] == [("US$700", 1)]
    # Click through: the first question's row shows each student's attempts.
    dialog.tabs.setCurrentIndex(1)
    dialog.questions.setCurrentCell(2, 0)  # three-hops (after formal-channel, what-arrives)
    assert "30 → ✓ 27.1" in dialog.detail.toPlainText()
    # Files it could not use, each with its reason.
    reasons = {p.path.name: p.reason for p in report.unusable}
    assert set(reasons) == {"damaged.lifeline-answers", "foreign.lifeline-answers"}
    assert "checksum" in reasons["damaged.lifeline-answers"]
    assert "not a Lifeline hand-in" in reasons["foreign.lifeline-answers"]

    # The CSV: every number, as numbers.
    out = tmp_path / "class.csv"
    assert dialog.export(out)
    table = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    head = table[1]
    students = {r[0]: dict(zip(head, r, strict=False)) for r in table[2:5]}
    title = f"{CHAPTER}. {teacher.story.chapters[CHAPTER - 1].title}"
    col = MESSAGES["h_chapter_score"].format(chapter=title, total=3)
    assert {n: students[n][col] for n in PLANS} == {"Ana Lima": "2", "김민지": "1", "Ben Cho": "2"}
    assert {n: students[n][MESSAGES["h_percent"]] for n in PLANS} == {
        "Ana Lima": str(pct(2)),
        "김민지": str(pct(1)),
        "Ben Cho": str(pct(2)),
    }
    assert {n: students[n][MESSAGES["h_read"]] for n in PLANS} == {
        "Ana Lima": "1",
        "김민지": "0",
        "Ben Cho": "0",
    }
    start = table.index([MESSAGES["difficult"]])
    qhead = table[start + 1]
    questions = {r[1]: dict(zip(qhead, r, strict=True)) for r in table[start + 2 :] if len(r) == 7}
    expect = {"formal-channel": ("2", "1", "50.0"), "what-arrives": ("3", "2", "66.7"),
              "three-hops": ("3", "2", "66.7")}  # fmt: skip
    for qid, (answered, right, share) in expect.items():
        line = questions[qid]
        got = (line[MESSAGES["h_answered"]], line[MESSAGES["h_right"]], line[MESSAGES["h_percent"]])
        assert got == (answered, right, share)
    assert questions["what-arrives"][MESSAGES["h_wrong"]] == "1000 (1×)"
    reflections = [r for r in table if len(r) == 5 and r[2] in PLANS]
    assert sorted(r[2] for r in reflections) == ["Ana Lima", "김민지"]

    # The PDF: A4 pages, class name and date, and the same numbers in its text.
    pdf = tmp_path / "class.pdf"
    assert dialog.export(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = dialog.printed.toPlainText()
    assert "Class report: 10B" in text
    for name in PLANS:
        assert name in text
    assert "2/3" in text and "1/3" in text
    assert f"{pct(2):g}" in text and f"{pct(1):g}" in text
    assert "1/2 (50%)" in text and "2/3 (66.7%)" in text
    assert "damaged.lifeline-answers" in text.replace("\\", "")
    assert "가족을 위해서입니다." in text
    assert "Export" not in text  # no buttons on paper
