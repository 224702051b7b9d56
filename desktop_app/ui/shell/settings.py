"""Persistent preferences (QSettings, INI format) with a guard against corrupt files.

The file lives in the platform's app-config folder; tests point ``LIFELINE_CONFIG_DIR``
at a temporary folder so they never touch a developer's real settings.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

log = logging.getLogger(__name__)

CONFIG_ENV = "LIFELINE_CONFIG_DIR"
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 250, 10


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".config" / "lifeline")


def set_aside(path: Path) -> Path:
    """Rename a corrupt file out of the way (never delete it) and return its new name."""
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while target.exists():
        target = target.with_name(f"{target.name}-{n}")
        n += 1
    path.replace(target)
    return target


class Settings:
    """Typed access to the few values Lifeline remembers."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or config_dir()
        self.path = folder / "lifeline.ini"
        self.notice = ""
        self._qs = self._open()

    def _looks_corrupt(self) -> bool:
        # QSettings reads almost anything as INI, so check for binary junk ourselves.
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError:
            return True
        if b"\x00" in data:
            return True
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False

    def _open(self) -> QSettings:
        qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if qs.status() != QSettings.Status.NoError or self._looks_corrupt():
            del qs
            moved = set_aside(self.path)
            log.warning("settings file %s was unreadable; moved to %s", self.path, moved)
            self.notice = str(moved)
            qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        return qs

    def _int(self, key: str, default: int, lo: int, hi: int) -> int:
        try:
            value = int(str(self._qs.value(key, default)))
        except (TypeError, ValueError):
            return default
        return value if lo <= value <= hi else default

    @property
    def last_chapter(self) -> int:
        return self._int("reader/last_chapter", 0, 0, 999)

    @last_chapter.setter
    def last_chapter(self, n: int) -> None:
        self._qs.setValue("reader/last_chapter", n)

    @property
    def zoom(self) -> int:
        return self._int("reader/zoom", 100, ZOOM_MIN, ZOOM_MAX)

    @zoom.setter
    def zoom(self, percent: int) -> None:
        self._qs.setValue("reader/zoom", max(ZOOM_MIN, min(ZOOM_MAX, percent)))

    def value(self, key: str, default: str = "") -> str:
        return str(self._qs.value(key, default) or default)

    def set_value(self, key: str, value: str) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
