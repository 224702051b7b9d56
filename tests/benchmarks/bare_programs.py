"""Baselines for the benchmarks: the smallest programs that do what Lifeline does.

python bare_programs.py qt            # QMainWindow + QLabel, quit after first paint
python bare_programs.py mpl           # + one matplotlib bar chart via the QtAgg canvas
python bare_programs.py mpl --rss     # also print peak memory (kB) on exit
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget


class _QuitOnPaint(QObject):
    def __init__(self, target: QWidget, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._finish)  # after the paint (and the chart's draw)
        return False

    def _finish(self) -> None:
        started = os.environ.get("LIFELINE_BENCH_T0")  # as Lifeline's --startup-only
        if started:
            print(f"FIRST_PAINT_MS {1000 * (time.time() - float(started)):.1f}", flush=True)
        self.app.quit()


def main() -> int:
    kind = sys.argv[1]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    label = QLabel("Hello from a bare PySide6 program")
    layout.addWidget(label)
    target: QWidget = label
    if kind == "mpl":
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(8, 4.8), layout="constrained")
        ax = figure.add_subplot()
        ax.bar(["a", "b", "c"], [700, 929, 970])
        canvas = FigureCanvasQTAgg(figure)
        layout.addWidget(canvas)
        target = canvas
    window.setCentralWidget(body)
    window.resize(1180, 820)
    quitter = _QuitOnPaint(target, app)  # keep a reference: a collected filter never fires
    window.show()
    app.exec()
    del quitter
    if "--rss" in sys.argv:
        print(f"RSS_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
