"""Start-up, chapter-switch and memory benchmarks, as ratios against bare programs.

    python tests/benchmarks/bench_startup.py [--runs 7] [--cycles 200]

Everything runs in one batch on the same machine, alternating app and baseline runs so
that machine noise hits both alike. Targets (from the issues):
  start-up to first painted chapter      <= 1.5 x bare PySide6
  chapter with a figure (--chapter 3)    <= 1.1 x bare PySide6 + matplotlib bar chart
  chapter switch after the first visit   <= 16 ms median
  peak memory after visiting everything  <= 1.3 x bare PySide6 + matplotlib
  200 cycles through all chapters        < 5 % memory growth
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LIFELINE_CONFIG_DIR=str(tmp / "config"),
        LIFELINE_DATA_DIR=str(tmp / "data"),
        MPLCONFIGDIR=str(tmp / "mpl"),  # shared, so the font cache is warm for both
        PYTHONPATH=str(REPO),
    )
    return env


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=REPO)
    return time.perf_counter() - start


def _values(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=REPO)
    pairs = (line.split() for line in out.stdout.splitlines() if line.strip())
    return {k: float(v) for k, v in pairs}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cycles", type=int, default=200)
    args = ap.parse_args()
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="lifeline-bench-"))
    env = _env(tmp)
    app_plain = [py, "-m", "desktop_app", "--chapter", "2", "--startup-only"]
    app_figure = [py, "-m", "desktop_app", "--chapter", "3", "--startup-only"]
    bare_qt = [py, str(HERE / "bare_programs.py"), "qt"]
    bare_mpl = [py, str(HERE / "bare_programs.py"), "mpl"]
    for cmd in (app_plain, app_figure, bare_qt, bare_mpl):  # warm caches, not measured
        _time(cmd, env)
    times: dict[str, list[float]] = {"app": [], "qt": [], "app3": [], "mpl": []}
    for _ in range(args.runs):
        times["app"].append(_time(app_plain, env))
        times["qt"].append(_time(bare_qt, env))
        times["app3"].append(_time(app_figure, env))
        times["mpl"].append(_time(bare_mpl, env))
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    switch = _values([py, str(HERE / "app_probe.py"), "switch"], env)
    memory = _values([py, str(HERE / "app_probe.py"), "memory", str(args.cycles)], env)
    bare_rss = _values([*bare_mpl, "--rss"], env)["RSS_KB"]

    rows = [
        ("start-up, chapter 2 (ms)", med["app"], med["qt"], "bare PySide6", 1.5),
        ("start-up, chapter 3 + figures (ms)", med["app3"], med["mpl"], "bare PySide6+mpl", 1.1),
        (
            "peak memory, all chapters (MB)",
            memory["RSS_KB"] / 1024,
            bare_rss / 1024,
            "bare PySide6+mpl",
            1.3,
        ),
    ]
    print(
        f"{'measure':38} {'Lifeline':>10} {'baseline':>10} {'ratio':>7} {'target':>7}  baseline is"
    )
    for name, ours, base, what, target in rows:
        ratio = ours / base
        flag = "ok" if ratio <= target else "MISS"
        print(f"{name:38} {ours:10.1f} {base:10.1f} {ratio:7.2f} {target:7.2f}  {what} {flag}")
    print(
        f"{'chapter switch, median (ms)':38} {switch['SWITCH_MS']:10.2f} "
        f"{'':>10} {'':>7} {16:7.0f}  (plain {switch['SWITCH_PLAIN_MS']:.2f}, "
        f"with figures {switch['SWITCH_FIGURE_MS']:.2f})"
    )
    print(
        f"{'memory growth, ' + str(args.cycles) + ' cycles (%)':38} "
        f"{memory['CYCLE_GROWTH_PCT']:10.2f} {'':>10} {'':>7} {5:7.0f}"
    )
    print(f"runs per program: {args.runs}; medians of wall-clock process time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
