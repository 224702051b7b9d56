"""The classroom's command-line forms, run offscreen with no window."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_app.app import main
from desktop_app.core.classroom.progress import Progress


def test_hand_in_then_report_from_the_command_line(tmp_path: Path, _private_dirs, capsys) -> None:
    """--hand-in writes a new file each time (name and class remembered); --class-report
    makes a CSV and a PDF from them."""
    usb = tmp_path / "usb"
    usb.mkdir()
    progress = Progress(_private_dirs / "data")
    progress.record_answer("broker-chain", "what-arrives", "1000", False)
    progress.record_answer("broker-chain", "what-arrives", "700", True)
    progress.save()
    assert main(["--hand-in", str(usb), "--student", "박지우", "--class", "10B"]) == 0
    assert main(["--hand-in", str(usb)]) == 0  # the name was kept
    files = sorted(usb.iterdir())
    assert len(files) == 2 and all("박지우" in f.name for f in files)
    out = tmp_path / "report.csv"
    assert main(["--class-report", str(usb), str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[2][:2] == ["박지우", "10B"]
    assert any("superseded" in r[0].lower() or "Older hand-ins" in r[0] for r in rows if r)
    pdf = tmp_path / "report.pdf"
    assert main(["--class-report", str(usb), str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "1 students" in capsys.readouterr().out


def test_hand_in_without_a_name_is_refused(tmp_path: Path, capsys) -> None:
    """No name known and none given: exit 2 and say how to give one; nothing written."""
    assert main(["--hand-in", str(tmp_path)]) == 2
    assert "--student NAME" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_report_of_an_empty_folder_or_to_an_unwritable_place(tmp_path: Path, capsys) -> None:
    """No hand-ins: exit 2 with a clear message; an unwritable output: exit 1, no file."""
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--class-report", str(empty), str(tmp_path / "r.csv")]) == 2
    assert "no hand-in files" in capsys.readouterr().err
    (empty / "x.lifeline-answers").write_text("{}", encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--class-report", str(empty), str(blocker / "r.pdf")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()
    assert main(["--class-report", str(empty), str(tmp_path / "r.txt")]) == 2


def test_teacher_guide_pdf(tmp_path: Path) -> None:
    """--export-teacher-guide writes a PDF; to an unwritable place it exits 1."""
    out = tmp_path / "guide.pdf"
    assert main(["--export-teacher-guide", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--export-teacher-guide", str(tmp_path / "no" / "such" / "g.pdf")]) == 1


def test_korean_class_report_from_the_command_line(tmp_path: Path, _private_dirs) -> None:
    """--lang ko: the hand-in's file name, the CSV's headings and chapter titles are Korean."""
    usb = tmp_path / "usb"
    usb.mkdir()
    assert (
        main(["--lang", "ko", "--hand-in", str(usb), "--student", "최하은", "--class", "3반"]) == 0
    )
    (made,) = usb.iterdir()
    assert made.name.startswith("Lifeline 답안 - 최하은 - ")
    out = tmp_path / "보고서.csv"
    assert main(["--lang", "ko", "--class-report", str(usb), str(out)]) == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("학생\r\n이름,반,읽은 장,")
    assert "첫 시도 정답률(%)" in text and "최하은,3반" in text
    pdf = tmp_path / "보고서.pdf"
    assert main(["--lang", "ko", "--class-report", str(usb), str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
