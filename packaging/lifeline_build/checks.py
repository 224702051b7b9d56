"""Checks run on a built bundle: PyInstaller's warnings, stderr, the self-test summary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_MISSING = re.compile(r"^missing module named (?P<name>\S+) - imported by (?P<by>.*)$")
_IMPORTER = re.compile(r"(?P<mod>[^,(]+?) \((?P<kinds>[^)]*)\)")
_SUMMARY = re.compile(r"^self-test: (?P<passed>\d+) passed, (?P<failed>\d+) failed$")


def missing_top_level(warn_text: str) -> dict[str, list[str]]:
    """Modules PyInstaller could not find that something imports at top level.

    Returns module → the importers that import it unconditionally ("top-level" only:
    conditional, delayed and optional imports are expected to be missing sometimes).
    """
    out: dict[str, list[str]] = {}
    for line in warn_text.splitlines():
        match = _MISSING.match(line.strip())
        if not match:
            continue
        name = match["name"].strip("'\"")
        importers = [
            m["mod"].strip()
            for m in _IMPORTER.finditer(match["by"])
            if [k.strip() for k in m["kinds"].split(",")] == ["top-level"]
        ]
        if importers:
            out[name] = importers
    return dict(sorted(out.items()))


def read_baseline(path: Path, platform: str) -> set[str] | None:
    """The ``[platform]`` section of the warnings baseline (None if it has none)."""
    section: str | None = None
    found: set[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section == platform:
                found = set() if found is None else found
            continue
        if section == platform:
            assert found is not None
            found.add(line)
    return found


def new_missing(current: dict[str, list[str]], baseline: Iterable[str]) -> dict[str, list[str]]:
    known = set(baseline)
    return {name: by for name, by in current.items() if name not in known}


def update_baseline(path: Path, platform: str, modules: Iterable[str]) -> None:
    """Rewrite the ``[platform]`` section with ``modules``, keeping other sections."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    kept: list[str] = []
    skipping = False
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            skipping = stripped[1:-1].strip() == platform
        if not skipping:
            kept.append(raw)
    while kept and not kept[-1].strip():
        kept.pop()
    block = [f"[{platform}]", *sorted(set(modules))]
    path.write_text("\n".join([*kept, "", *block]).lstrip("\n") + "\n", encoding="utf-8")


def read_allowlist(path: Path) -> list[re.Pattern[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [re.compile(s) for s in (x.strip() for x in lines) if s and not s.startswith("#")]


def unexpected_stderr(stderr: str, allowed: Iterable[re.Pattern[str]]) -> list[str]:
    patterns = list(allowed)
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(p.search(line) for p in patterns)
    ]


def self_test_summary(stdout: str) -> tuple[int, int] | None:
    """(passed, failed) from the last line ``self-test: N passed, M failed``; None if absent."""
    for line in reversed(stdout.strip().splitlines()):
        match = _SUMMARY.match(line.strip())
        if match:
            return int(match["passed"]), int(match["failed"])
    return None


def judge_self_test(
    returncode: int, stdout: str, stderr: str, allowed: Iterable[re.Pattern[str]]
) -> list[str]:
    """Every reason the run does not count as a pass (empty list: it passed)."""
    problems: list[str] = []
    summary = self_test_summary(stdout)
    if summary is None:
        problems.append("no 'self-test: N passed, M failed' line in the output")
    elif summary[1]:
        problems.append(f"{summary[1]} check(s) failed")
    elif summary[0] == 0:
        problems.append("no checks ran")
    failing = [line for line in stdout.splitlines() if line.startswith("FAIL")]
    problems.extend(failing)
    if returncode != 0:
        problems.append(f"exit status {returncode}")
    problems.extend(f"unexpected stderr: {line}" for line in unexpected_stderr(stderr, allowed))
    return problems
