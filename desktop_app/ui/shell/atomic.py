"""Atomic file writes: the target is either the complete new file or untouched."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


class WriteError(OSError):
    """A file could not be written; the message names the file and the reason."""


def _special(path: Path) -> bool:
    """True for an existing device or FIFO (``/dev/full``, ``/dev/stdout``, a pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_special(path: Path, data: bytes) -> None:
    # QSaveFile would rename a temp file over it (replacing /dev/full when run as root):
    # write straight into it instead, and check every byte went.
    try:
        # Non-blocking open: a FIFO with no reader fails at once instead of hanging.
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            os.set_blocking(fd, True)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write through QSaveFile (temp file + rename); raise WriteError on any failure."""
    if _special(path):
        _write_special(path, data)
        return
    saver = QSaveFile(str(path))
    if not saver.open(QIODevice.OpenModeFlag.WriteOnly):
        raise WriteError(f"cannot write {path}: {saver.errorString()}")
    if saver.write(data) != len(data):
        reason = saver.errorString()
        saver.cancelWriting()
        saver.commit()
        raise WriteError(f"cannot write {path}: {reason}")
    if not saver.commit():
        raise WriteError(f"cannot write {path}: {saver.errorString()}")


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
