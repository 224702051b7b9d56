"""The command line and the app as a whole process: options, self-test, offline, start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__, crash
from desktop_app.app import create_window, main

REPO = Path(__file__).resolve().parent.parent
NETGUARD = REPO / "tests" / "support" / "netguard.py"


def _run(args: list[str], env: dict[str, str], timeout: int = 240) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version; --help lists every option."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--chapter", "--self-test", "--startup-only", "--version"):
        assert option in out


def test_unknown_chapter_is_one_line_and_exit_2(qtbot, capsys: pytest.CaptureFixture[str]) -> None:
    """--chapter 42 (or a non-number) gives one line on stderr and exit code 2."""
    assert main(["--chapter", "42"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "chapter 42 does not exist (choose 1 to 10)" in err
    assert main(["--chapter", "two"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["--no-such-flag"]) == 2


def test_uncaught_exception_shows_dialog_with_log_path(_private_dirs: Path) -> None:
    """An uncaught error is logged to the app-data log and handed to the dialog."""
    crash.setup_logging()
    shown: list[tuple[str, str]] = []
    previous = sys.excepthook
    try:
        hook = crash.install_excepthook(lambda msg, path: shown.append((msg, path)))
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert shown == [("RuntimeError: boom in a slot", str(crash.log_path()))]
    assert str(crash.log_path()).startswith(str(_private_dirs / "data"))
    assert "boom in a slot" in crash.log_path().read_text(encoding="utf-8")


def test_crash_dialog_names_message_and_log(qtbot) -> None:
    """The crash dialog shows the error and where the log is."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.shell.dialogs import crash_dialog

    dialog = crash_dialog(None, "ValueError: bad", "/tmp/x/lifeline.log")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "ValueError: bad" in texts and "/tmp/x/lifeline.log" in texts


def test_create_window_does_not_start_event_loop(qtbot) -> None:
    """create_window returns a ready window; show_chapter is 1-based."""
    window = create_window(["--chapter", "3"])
    qtbot.addWidget(window)
    assert window.current == 3 and not window.isVisible()
    window.show_chapter(1)
    assert window.windowTitle().startswith("1. ")


@pytest.mark.slow
def test_self_test_passes_offline(subprocess_env: dict[str, str]) -> None:
    """The full self-test passes under a guard that fails on any network access."""
    proc = _run([str(NETGUARD), "--self-test"], subprocess_env)
    assert "NETWORK ACCESS BLOCKED" not in proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[-1].startswith("self-test: ") and lines[-1].endswith(" 0 failed"), proc.stdout
    assert proc.returncode == 0
    assert all(line.startswith(("PASS", "FAIL", "self-test:")) for line in lines)


def test_netguard_really_blocks(subprocess_env: dict[str, str]) -> None:
    """The guard used above does catch a connect attempt (so its silence means something)."""
    code = (
        f"import runpy, sys; sys.argv=['x']; g = runpy.run_path({str(NETGUARD)!r});"
        "sys.addaudithook(g['_hook']); import socket;"
        "socket.create_connection(('127.0.0.1', 9))"
    )
    proc = _run(["-c", code], subprocess_env, timeout=60)
    assert proc.returncode != 0 and "NETWORK ACCESS BLOCKED" in proc.stderr


@pytest.mark.slow
def test_self_test_fails_naming_a_broken_chapter(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    """A chapter with a broken header makes the self-test fail and name the file."""
    import shutil

    res = tmp_path / "resources"
    shutil.copytree(REPO / "resources", res)
    (res / "chapters" / "en" / "06-markets.md").write_text("no header\n", encoding="utf-8")
    subprocess_env["LIFELINE_RESOURCES"] = str(res)
    proc = _run(["-m", "desktop_app", "--self-test"], subprocess_env)
    assert proc.returncode == 1
    assert "FAIL  chapter 6: 06-markets.md: the header is missing" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1].startswith("self-test: ")


@pytest.mark.slow
def test_startup_only_quits_after_first_paint(subprocess_env: dict[str, str]) -> None:
    """--startup-only paints the chapter and exits 0 without user input."""
    proc = _run(["-m", "desktop_app", "--chapter", "2", "--startup-only"], subprocess_env, 120)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_no_matplotlib_or_numpy_before_first_paint(subprocess_env: dict[str, str]) -> None:
    """The first painted window has not imported matplotlib or numpy (fast start)."""
    code = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.app import create_window, ensure_application
app = ensure_application()
window = create_window(sys.argv[1:])
seen = []
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append(sorted(m for m in ("matplotlib", "numpy") if m in sys.modules))
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
print("IMPORTED", seen[0])
"""
    for args in ([], ["--chapter", "3"]):
        proc = _run(["-c", code, *args], subprocess_env, 120)
        assert "IMPORTED []" in proc.stdout, (args, proc.stdout, proc.stderr)
