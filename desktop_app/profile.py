"""The user's profile folders: a throwaway copy for checks, and clearing stale temp files.

``--self-test``, ``--startup-only`` and ``--export-handout`` must never change a student's
state (the self-test opens every chapter and answers every quiz). They run against copies
of the user's settings and progress in a temporary folder, which is removed at exit: the
run sees what the student would see, and the student's own files stay byte-identical.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from desktop_app.core import read_user_file
from desktop_app.core.classroom.progress import FILE_NAME as PROGRESS_FILE
from desktop_app.core.classroom.progress import MAX_BYTES as PROGRESS_MAX
from desktop_app.crash import DATA_ENV, data_dir
from desktop_app.ui.shell.settings import CONFIG_ENV, FILE_NAME, config_dir
from desktop_app.ui.shell.settings import MAX_BYTES as SETTINGS_MAX


def _copy(source: Path, target: Path, limit: int) -> None:
    try:
        data = read_user_file(source, limit)
    except OSError:
        return  # missing, odd or too big: the copy is simply absent, the original untouched
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def use_throwaway_profile() -> Path:
    """Point settings and progress at copies in a new temporary folder; return the folder.

    Call it after the QApplication has its name: the user's folders are found through it.
    """
    config = config_dir()
    root = Path(tempfile.mkdtemp(prefix="lifeline-profile-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    _copy(config / FILE_NAME, root / "config" / FILE_NAME, SETTINGS_MAX)
    _copy(data_dir() / PROGRESS_FILE, root / "data" / PROGRESS_FILE, PROGRESS_MAX)
    os.environ[CONFIG_ENV] = str(root / "config")
    os.environ[DATA_ENV] = str(root / "data")
    return root


# Temporary files of interrupted saves, by the app's own patterns only: progress's
# mkstemp names, QSaveFile's "<name>.XXXXXX" beside the settings, and throwaway profiles.
_STALE = (
    re.compile(r"\.progress-[A-Za-z0-9_]+\.tmp"),
    re.compile(re.escape(FILE_NAME) + r"\.[A-Za-z0-9]{6}"),
)
_PROFILE = re.compile(r"lifeline-profile-[A-Za-z0-9_]+")
STALE_AFTER = 15 * 60  # seconds: a file this old is not being written by a running Lifeline


def remove_stale_temp_files(now: float | None = None) -> list[Path]:
    """Delete the app's own temporary files older than STALE_AFTER; return what went."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER
    removed: list[Path] = []
    places = [(data_dir(), _STALE), (config_dir(), _STALE)]
    places.append((Path(tempfile.gettempdir()), (_PROFILE,)))
    for folder, patterns in places:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not any(p.fullmatch(entry.name) for p in patterns):
                continue
            try:
                if entry.stat(follow_symlinks=False).st_mtime > cutoff:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed
