"""Writes to devices and FIFOs: checked, never replacing the device, never hanging."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.app import main
from desktop_app.ui.shell.atomic import WriteError, write_bytes_atomic


@pytest.fixture
def full_device(tmp_path: Path) -> Path:
    """/dev/full, or as root a private copy of it (a bug here must not replace /dev/full)."""
    if not hasattr(os, "geteuid") or not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    if os.geteuid() != 0:
        return Path("/dev/full")
    copy = tmp_path / "full"
    os.mknod(copy, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    return copy


def test_export_handout_to_a_full_device_exits_1_with_the_reason(
    qapp, full_device: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--export-handout 4 /dev/full used to print "handout written" and exit 0."""
    assert main(["--export-handout", "4", str(full_device)]) == 1
    err = capsys.readouterr()
    assert "No space left on device" in err.err and "handout written" not in err.out
    assert stat.S_ISCHR(os.stat(full_device).st_mode)  # still the device, not a file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_fifo_without_a_reader_fails_at_once(qapp, tmp_path: Path) -> None:
    """Writing to a FIFO nobody reads is an error, not a hang."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="cannot write"):
        write_bytes_atomic(fifo, b"data")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
