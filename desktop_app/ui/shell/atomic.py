"""Atomic file writes: the target is either the complete new file or untouched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


class WriteError(OSError):
    """A file could not be written; the message names the file and the reason."""


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write through QSaveFile (temp file + rename); raise WriteError on any failure."""
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
