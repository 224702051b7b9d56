"""Checks and benchmarks run against a throwaway profile: the student's files never change."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SETTINGS = b"[reader]\nlast_chapter=2\nzoom=110\n"
PROGRESS = (
    json.dumps(
        {"format": "lifeline-progress", "version": 1, "read": ["lifeline"], "answers": {}}
    ).encode()
    + b"\n"
)


def _state(env: dict[str, str]) -> dict[str, bytes]:
    files = [
        *Path(env["LIFELINE_CONFIG_DIR"]).rglob("*"),
        *Path(env["LIFELINE_DATA_DIR"]).rglob("*"),
    ]
    return {str(p): p.read_bytes() for p in files if p.is_file() and "logs" not in p.parts}


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["--self-test"], ["--chapter", "5", "--startup-only"], ["--export-handout", "4", "OUT"]],
)
def test_user_files_are_byte_identical_after_the_run(
    subprocess_env: dict[str, str], tmp_path: Path, args: list[str]
) -> None:
    """--self-test (which answers every quiz), --startup-only and --export-handout leave the
    user's settings and progress exactly as they were, and add no file beside them."""
    config, data = (
        Path(subprocess_env["LIFELINE_CONFIG_DIR"]),
        Path(subprocess_env["LIFELINE_DATA_DIR"]),
    )
    config.mkdir(parents=True)
    data.mkdir(parents=True)
    (config / "lifeline.ini").write_bytes(SETTINGS)
    (data / "progress.json").write_bytes(PROGRESS)
    before = _state(subprocess_env)
    args = [str(tmp_path / "h.pdf") if a == "OUT" else a for a in args]
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=subprocess_env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert _state(subprocess_env) == before


def test_stale_temp_files_of_our_own_patterns_are_removed_at_start(
    _private_dirs: Path, qtbot
) -> None:
    """Interrupted saves' temp files go at start-up; fresh ones, set-aside copies and any
    other file stay."""
    import os
    import time

    from desktop_app.app import create_window

    config, data = _private_dirs / "config", _private_dirs / "data"
    config.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    old = time.time() - 3600
    stale = [data / ".progress-ab12_x9q.tmp", config / "lifeline.ini.koZFNG"]
    kept = [
        data / ".progress-fresh123.tmp",
        data / "progress.json.corrupt-20240101T000000Z",
        config / "lifeline.ini.corrupt-20240101-000000",
        data / "notes.tmp",
    ]
    for path in stale + kept:
        path.write_bytes(b"x" * 100)
    for path in stale + kept[1:]:
        os.utime(path, (old, old))
    win = create_window([])
    qtbot.addWidget(win)
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in kept)
