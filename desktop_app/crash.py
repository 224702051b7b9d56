"""Logging to a file, and a handler that turns an uncaught exception into a dialog."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

DATA_ENV = "LIFELINE_DATA_DIR"
APP_NAME = "Lifeline"  # organisation and application name, as app.ensure_application sets
log = logging.getLogger("desktop_app")
_log_file: Path | None = None  # the file setup_logging really opened


def data_dir() -> Path:
    """The per-user app-data folder (progress, logs); tests override it by environment."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Before the QApplication exists its names are unset, and the folder would differ from
    # the one progress uses later: name it the same way first.
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(APP_NAME)
    if QCoreApplication.applicationName() != APP_NAME:
        QCoreApplication.setApplicationName(APP_NAME)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else Path.home() / ".local" / "share" / "lifeline"


def log_path() -> Path:
    return data_dir() / "logs" / "lifeline.log"


def setup_logging() -> Path | None:
    """Log to a file in the app-data folder; return its path (None if it can't be written)."""
    global _log_file
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desktop_app")
    close_logging()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = path
    return path


def close_logging() -> None:
    """Detach and close the log file handlers set up above."""
    root = logging.getLogger("desktop_app")
    for old in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(old)
        old.close()


ShowDialog = Callable[[str, str], None]


def install_excepthook(show: ShowDialog) -> Callable[..., None]:
    """Replace ``sys.excepthook`` so a GUI error is logged and shown, not a silent exit."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", text)
        path = _log_file or log_path()
        try:
            show(f"{exc_type.__name__}: {exc}", str(path))
        except Exception:  # the dialog itself failed: at least leave it on stderr
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
    return hook
