"""Persistent preferences (QSettings, INI format) with a guard against corrupt files.

The file lives in the platform's app-config folder; tests point ``LIFELINE_CONFIG_DIR``
at a temporary folder so they never touch a developer's real settings.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from desktop_app.core import FileTooBigError, NotAFileError, read_user_file

log = logging.getLogger(__name__)

CONFIG_ENV = "LIFELINE_CONFIG_DIR"
FILE_NAME = "lifeline.ini"
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 250, 10
MAX_BYTES = 256_000  # a handful of keys; a bigger file is not Lifeline's (and slow to parse)


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


class _Memory:
    """Stands in for QSettings when the file cannot be used: values last until the app closes."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:  # QSettings spells it so
        self._values[key] = value

    def sync(self) -> None:
        pass


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class Settings:
    """Typed access to the few values Lifeline remembers.

    Never fails: a damaged file is set aside and defaults are used; when it cannot be set
    aside, or the folder cannot be written, values live in memory only. ``notice`` then
    says so in one sentence for the student (empty when all is well).
    """

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or config_dir()
        self.path = folder / FILE_NAME
        self.notice = ""
        self.can_save = True
        self._qs: QSettings | _Memory = self._open()
        if self.can_save and not self.notice:
            self._check_writable(folder)

    def _problem(self) -> str | None:
        """Why the file cannot be used as settings, or None (also when it is missing)."""
        # QSettings reads almost anything as INI (and blocks on a FIFO): check first.
        try:
            data = read_user_file(self.path, MAX_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return None  # no file yet
        except FileTooBigError:
            return _tr("it is far too large")
        except NotAFileError:
            return _tr("it is not a file")
        except OSError as exc:
            return exc.strerror or str(exc)
        if b"\x00" in data:
            return _tr("it is not text")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return _tr("it is not text")
        return None

    def _open(self) -> QSettings | _Memory:
        problem = self._problem()
        if problem is None:
            qs = QSettings(str(self.path), QSettings.Format.IniFormat)
            if qs.status() == QSettings.Status.NoError:
                return qs
            del qs
            problem = _tr("it is damaged")
        try:
            moved = set_aside(self.path)
        except OSError as exc:
            log.warning("settings file %s is unusable and could not be moved: %s", self.path, exc)
            self.can_save = False
            self.notice = (
                _tr(
                    "Your settings file %1 could not be read (%2) and could not be moved "
                    "aside (%3). Lifeline uses default settings, and settings cannot be saved."
                )
                .replace("%1", str(self.path))
                .replace("%2", problem)
                .replace("%3", exc.strerror or str(exc))
            )
            return _Memory()
        log.warning("settings file %s was unreadable; moved to %s", self.path, moved)
        self.notice = (
            _tr(
                "Your settings file could not be read (%2) and was set aside as %1; "
                "Lifeline started with default settings."
            )
            .replace("%1", str(moved))
            .replace("%2", problem)
        )
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def _check_writable(self, folder: Path) -> None:
        """Say once, at start-up, when settings cannot be saved (HOME read-only, say)."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder, prefix=".lifeline-probe-"):
                pass
        except OSError as exc:
            self.can_save = False
            self.notice = (
                _tr("Settings cannot be saved in %1 (%2); changes last until Lifeline closes.")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc))
            )

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
