"""Class report speed: a class of 40 and a school of 1,000 hand-ins, in one run.

    python tests/benchmarks/bench_class_report.py [--class-size 40] [--school 1000]

Hand-ins are made by tests/support/handins.py (every answer pattern, every chapter's quiz).
For each size it times reading and merging the files (the core's report, with the progress
callback the window's progress bar uses), then the Class report window with every tab shown
once; the CSV and the PDF are timed on their own lines. Targets (issue 15), for loading and
showing: 40 students < 1 s; 1,000 files < 10 s. Measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _setup() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="lifeline-bench-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LIFELINE_CONFIG_DIR"] = str(tmp / "config")
    os.environ["LIFELINE_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(REPO))
    return tmp


def _measure(folder: Path, size: int, quizzes, titles) -> dict[str, float]:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.classroom.report import report_from_folder
    from desktop_app.core.classroom.report_export import csv_bytes
    from desktop_app.ui.classroom.class_report import ClassReportDialog
    from desktop_app.ui.classroom.report_files import report_document
    from desktop_app.ui.handouts.printing import pdf_bytes

    ticks: list[int] = []
    times: dict[str, float] = {}
    start = time.perf_counter()
    report = report_from_folder(folder, quizzes, lambda done, total: ticks.append(done))
    times["read"] = time.perf_counter() - start
    start = time.perf_counter()
    dialog = ClassReportDialog(report, titles, QFont())
    dialog.show()
    for tab in range(dialog.tabs.count()):  # every tab laid out and painted once
        dialog.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
    times["window"] = time.perf_counter() - start
    start = time.perf_counter()
    csv_bytes(report, titles)
    times["csv"] = time.perf_counter() - start
    start = time.perf_counter()
    pdf_bytes(report_document(report, titles))
    times["pdf"] = time.perf_counter() - start
    dialog.close()
    dialog.deleteLater()
    assert len(report.students) == size and len(ticks) == size
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--class-size", type=int, default=40)
    parser.add_argument("--school", type=int, default=1000)
    args = parser.parse_args()
    tmp = _setup()
    from desktop_app.app import ensure_application
    from desktop_app.core.story.chapters import load_story
    from desktop_app.paths import resources_dir
    from desktop_app.ui.classroom.commands import load_quizzes, titles
    from tests.support.handins import make_class

    ensure_application()
    root = resources_dir()
    story = load_story(root, "en")
    quizzes = load_quizzes(root, "en", story)
    names = titles(story)
    print(
        f"{len(quizzes)} chapters with quizzes, {sum(len(q) for q in quizzes.values())} questions"
    )
    for label, size, target in (("class", args.class_size, 1.0), ("school", args.school, 10.0)):
        folder = tmp / label
        made = time.perf_counter()
        make_class(folder, quizzes, students=size)
        made = time.perf_counter() - made
        t = _measure(folder, size, quizzes, names)
        shown = t["read"] + t["window"]
        verdict = "ok" if shown < target else "SLOW"
        print(
            f"{label}: {size} hand-ins (made in {made:.1f} s): read+merge {t['read']:.3f} s "
            f"(progress callback per file), window with every tab {t['window']:.3f} s, "
            f"loaded and shown {shown:.3f} s (target < {target:g} s: {verdict}); "
            f"CSV {t['csv']:.3f} s, PDF {t['pdf']:.3f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
