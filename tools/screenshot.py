"""Save a screenshot of the real window (offscreen), e.g. for the README.

QT_QPA_PLATFORM=offscreen python tools/screenshot.py --chapter 3 docs/images/reader.png
QT_QPA_PLATFORM=offscreen python tools/screenshot.py --class-report 12 docs/images/class-report.png

``--class-report N`` hands in N made-up students (tests/support/handins.py, every answer
pattern) and shows the Class report's Difficult questions with the hardest one chosen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--chapter", type=int, default=0)
    ap.add_argument("--size", default="1280x860")
    ap.add_argument("--zoom", type=int, default=100)
    ap.add_argument("--scroll", type=int, default=0, help="scroll the page down this many pixels")
    ap.add_argument("--class-report", type=int, default=0, metavar="N")
    ap.add_argument("extra", nargs="*", help="more command-line options for the app")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp(prefix="lifeline-shot-")
    os.environ.setdefault("LIFELINE_CONFIG_DIR", tmp)
    os.environ.setdefault("LIFELINE_DATA_DIR", tmp)
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_window

    window = create_window(
        [*args.extra, "--chapter", str(args.chapter)] if args.chapter else args.extra
    )
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.set_zoom(args.zoom)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    page = window.page(window.current)
    for fig in getattr(page, "figures", {}).values():
        if hasattr(fig, "render_now"):
            fig.render_now()
    for _ in range(5):
        QApplication.processEvents()
    if args.class_report:
        return _class_report(window, args.class_report, Path(tmp) / "hand-ins", args.out)
    if args.scroll:
        window.scroll.verticalScrollBar().setValue(args.scroll)
        QApplication.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print(args.out)
    return 0


def _class_report(window, students: int, folder: Path, out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from tests.support.handins import make_class

    make_class(folder, window.content.quizzes(), students=students)
    window.classroom.gate.ask = lambda parent, first_time: "screenshot"
    dialog = window.classroom.class_report(folder)
    dialog.resize(1100, 720)
    dialog.tabs.setCurrentIndex(1)
    dialog.questions.setCurrentCell(0, 0)
    for _ in range(5):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
