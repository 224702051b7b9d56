"""Start-up, chapter-switch and memory benchmarks, as ratios against bare programs.

    python tests/benchmarks/bench_startup.py [--runs 7] [--cycles 200] [--markdown]

Everything runs in one batch on the same machine, alternating app and baseline runs so
that machine noise hits both alike. Targets (from the issues):
  start-up to first paint: title page (fresh user), chapter 2 (returning user)
                                         <= 1.5 x bare PySide6
  chapters 3 and 4 with all their figures drawn, and chapter 3 with its first figure
                                         <= 1.1 x bare PySide6 + matplotlib bar chart
Start-up is timed from launch to the painted page (each program prints FIRST_PAINT_MS);
the exit after it is printed under the table but is not start-up.
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
        # An installed Lifeline has its bytecode compiled (pip and the frozen build do
        # that); a checkout under PYTHONDONTWRITEBYTECODE=1 would recompile every module
        # on every start and measure the compiler. Both sides get the same cache folder.
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(launch to first paint, launch to exit) in seconds.

    Both programs print FIRST_PAINT_MS, the time from ``LIFELINE_BENCH_T0`` (set here just
    before the start) to their painted window: start-up without the exit after it. The
    whole-process time, exit included, is kept for the note under the table.
    """
    env = dict(env, LIFELINE_BENCH_T0=repr(time.time()))
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=REPO)
    whole = time.perf_counter() - start
    painted = [line.split()[1] for line in out.stdout.splitlines() if line.startswith("FIRST_")]
    if not painted:
        raise RuntimeError(f"{cmd} printed no FIRST_PAINT_MS")
    return float(painted[-1]) / 1000, whole


def _values(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=REPO)
    pairs = (line.split() for line in out.stdout.splitlines() if line.strip())
    return {k: float(v) for k, v in pairs}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cycles", type=int, default=200)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = ap.parse_args()
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="lifeline-bench-"))
    env = _env(tmp)
    app = [py, "-m", "desktop_app", "--startup-only"]
    programs = {
        "title": [*app],  # a fresh user: no saved chapter, the title page
        "ch2": [*app, "--chapter", "2"],
        "qt": [py, str(HERE / "bare_programs.py"), "qt"],
        "ch3": [*app, "--chapter", "3"],
        "ch4": [*app, "--chapter", "4"],
        "ch3first": [*app, "--chapter", "3"],  # with LIFELINE_BENCH_FIGURES=first
        "mpl": [py, str(HERE / "bare_programs.py"), "mpl"],
    }
    for cmd in programs.values():  # warm caches (bytecode, fonts), not measured
        _time(cmd, env)
    times: dict[str, list[float]] = {k: [] for k in programs}
    whole: dict[str, list[float]] = {k: [] for k in programs}
    for _ in range(args.runs):  # interleaved, so a burst of load hits both sides
        for key, cmd in programs.items():
            run_env = dict(env, LIFELINE_BENCH_FIGURES="first") if key == "ch3first" else env
            painted, total = _time(cmd, run_env)
            times[key].append(painted)
            whole[key].append(total)
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    med_whole = {k: statistics.median(v) * 1000 for k, v in whole.items()}
    switch = _values([py, str(HERE / "app_probe.py"), "switch"], env)
    memory = _values([py, str(HERE / "app_probe.py"), "memory", str(args.cycles)], env)
    bare_rss = _values([*programs["mpl"], "--rss"], env)["RSS_KB"]

    qt, mpl = "bare PySide6", "bare PySide6+mpl"
    rows = [
        ("start-up, fresh user, title page (ms)", med["title"], med["qt"], qt, 1.5),
        ("start-up, chapter 2 (ms)", med["ch2"], med["qt"], qt, 1.5),
        ("chapter 3 + 3 figures drawn (ms)", med["ch3"], med["mpl"], mpl, 1.1),
        ("chapter 4 + 2 figures drawn (ms)", med["ch4"], med["mpl"], mpl, 1.1),
        ("chapter 3 + its first figure drawn (ms)", med["ch3first"], med["mpl"], mpl, 1.1),
        ("peak memory, all chapters (MB)", memory["RSS_KB"] / 1024, bare_rss / 1024, mpl, 1.3),
    ]
    sw = f"plain {switch['SWITCH_PLAIN_MS']:.1f}, figures {switch['SWITCH_FIGURE_MS']:.1f}"
    extra = [
        ("chapter switch, median (ms)", switch["SWITCH_MS"], "<= 16", sw),
        (f"memory growth, {args.cycles} cycles (%)", memory["CYCLE_GROWTH_PCT"], "< 5", ""),
    ]
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    if args.markdown:
        print("| measure | Lifeline | baseline | ratio | budget |")
        print("|---|---:|---:|---:|---|")
        for name, ours, base, what, target in rows:
            flag = "" if ours / base <= target else " MISS"
            print(
                f"| {name} | {ours:,.0f} | {base:,.0f} ({what}) | {ours / base:.2f}× "
                f"| ≤ {target}×{flag} |"
            )
        for name, value, budget, note in extra:
            print(f"| {name} | {value:.2f} | – | – | {budget} {note} |")
    else:
        head = f"{'measure':40} {'Lifeline':>9} {'baseline':>9} {'ratio':>6} {'budget':>6}"
        print(head + "  baseline is")
        for name, ours, base, what, target in rows:
            flag = "ok" if ours / base <= target else "MISS"
            print(
                f"{name:40} {ours:9.1f} {base:9.1f} {ours / base:6.2f} {target:6.2f}  {what} {flag}"
            )
        for name, value, budget, note in extra:
            print(f"{name:40} {value:9.2f} {'':>9} {'':>6} {budget:>6}  {note}")
    exits = ", ".join(f"{k} {v:,.0f}" for k, v in med_whole.items())
    print(f"\nstart-up rows: launch to painted page; whole process with exit (ms): {exits}")
    print(f"load average {load} on {os.cpu_count()} CPUs (other work slows both sides)")
    print(f"runs per program: {args.runs}; medians of wall-clock process time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
