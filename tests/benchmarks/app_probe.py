"""In-process measurements of the real window, printed as KEY value lines.

python app_probe.py switch     # chapter switch times after the first visit
python app_probe.py memory     # peak RSS after visiting every chapter, and growth
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window, ensure_application


def _current_rss_kb() -> int:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() // 1024


def _visit_all(window) -> None:
    for n in range(1, len(window.story) + 1):
        window.show_chapter(n)
        page = window.page(n)
        for fig in getattr(page, "figures", {}).values():
            if hasattr(fig, "render_now"):
                fig.render_now()
        QApplication.processEvents()


def main() -> int:
    mode = sys.argv[1]
    ensure_application()
    window = create_window([])
    window.resize(1180, 820)
    window.show()
    QApplication.processEvents()
    _visit_all(window)
    if mode == "switch":
        plain, with_figure = [], []
        chapters = range(1, len(window.story) + 1)
        for _ in range(15):
            for n in chapters:
                start = time.perf_counter()
                window.show_chapter(n)
                window.repaint()  # synchronous paint of what is now on screen
                elapsed = (time.perf_counter() - start) * 1000
                figures = getattr(window.page(n), "figures", {})
                (with_figure if figures else plain).append(elapsed)
        print(f"SWITCH_MS {statistics.median(plain + with_figure):.2f}")
        print(f"SWITCH_PLAIN_MS {statistics.median(plain):.2f}")
        print(f"SWITCH_FIGURE_MS {statistics.median(with_figure):.2f}")
    else:
        gc.collect()
        print(f"RSS_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
        base = _current_rss_kb()
        cycles = int(sys.argv[2]) if len(sys.argv) > 2 else 200
        for _ in range(cycles):
            for n in range(1, len(window.story) + 1):
                window.show_chapter(n)
            QApplication.processEvents()
        gc.collect()
        after = _current_rss_kb()
        print(f"CYCLE_BASE_KB {base}")
        print(f"CYCLE_AFTER_KB {after}")
        print(f"CYCLE_GROWTH_PCT {100 * (after - base) / base:.2f}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
