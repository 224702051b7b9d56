"""The crash dialog names the log file that really holds the traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# The order of app.main(): logging first, then the QApplication (and its name).
SCRIPT = """
from desktop_app import crash
crash.setup_logging()
from desktop_app.app import ensure_application
app = ensure_application()
from PySide6.QtCore import QTimer
shown = []
crash.install_excepthook(lambda message, path: shown.append(path))
def boom():
    raise RuntimeError("boom in a slot")
QTimer.singleShot(0, boom)
QTimer.singleShot(0, app.quit)
app.exec()
crash.close_logging()
print(shown[0])
"""


@pytest.mark.slow
def test_log_named_by_the_crash_dialog_exists_and_holds_the_traceback(
    subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    """With the platform's own app-data folder (no override), the file the dialog names after
    an exception in a slot exists and holds the traceback."""
    env = dict(subprocess_env)
    del env["LIFELINE_DATA_DIR"]
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=REPO, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    named = Path(proc.stdout.strip().splitlines()[-1])
    assert named.is_file(), (named, sorted(str(p) for p in (tmp_path / "xdg").rglob("*")))
    text = named.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: boom in a slot" in text
    assert str(named).startswith(str(tmp_path / "xdg"))
