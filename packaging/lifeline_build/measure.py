"""Start-up timing (alternating runs, medians) and the size/speed table."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence

Run = tuple[Sequence[str], Callable[[], dict[str, str]], str | None]


def time_once(cmd: Sequence[str], env: dict[str, str], cwd: str | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(list(cmd), env=env, cwd=cwd, capture_output=True, timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(cmd)} exited with {done.returncode}:\n{err}")
    return elapsed


def alternate(runs: dict[str, Run], repeats: int) -> dict[str, float]:
    """Median seconds per label; the labels take turns so drift hits them all alike."""
    times: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(repeats):
        for label, (cmd, env_factory, cwd) in runs.items():
            times[label].append(time_once(cmd, env_factory(), cwd))
    return {label: statistics.median(values) for label, values in times.items()}


def mb(n: int | None) -> str:
    return "-" if n is None else f"{n / 1e6:.1f} MB"


def secs(t: float | None) -> str:
    return "-" if t is None else f"{t:.2f} s"


def ratio_cell(value: float | None, base: float | None, target: float | None) -> str:
    if value is None or not base:
        return "-"
    r = value / base
    if target is None:
        return f"{r:.2f}x"
    return f"{r:.2f}x (target <= {target}x: {'met' if r <= target else 'MISSED'})"


def table(rows: list[tuple[str, str, str, str]]) -> str:
    head = ("", "Lifeline", "naive", "ratio")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*head), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*row) for row in rows]
    return "\n".join(lines)


def report(sizes: dict[str, tuple[str, int]], times: dict[str, float], naive: dict | None) -> str:
    """The printed table. ``sizes``: key → (file name, bytes) with keys bundle, archive and
    optionally deb / installer; ``naive``: the --compare-naive numbers, if measured."""
    n = naive or {}
    rows = []
    for key, (name, size) in sizes.items():
        base = n.get(key) if key in ("bundle", "archive") else None
        rows.append((name, mb(size), mb(base), ratio_cell(size, base, 0.8)))
    rows += [
        (
            "start-up to chapter 1 + chart, frozen",
            secs(times["frozen"]),
            secs(n.get("startup")),
            ("ours/naive " if n else "")
            + ratio_cell(n.get("ours_startup"), n.get("startup"), None),
        ),
        (
            "same, from source",
            secs(times["source"]),
            "-",
            "frozen/source " + ratio_cell(times["frozen"], times["source"], 1.2),
        ),
        (
            "same, first launch on an empty HOME",
            secs(times["fresh"]),
            "-",
            "first/warm " + ratio_cell(times["fresh"], times["frozen"], 1.5),
        ),
    ]
    return table(rows)
