"""A throwaway profile for the runs that only check or measure the app.

``--self-test``, ``--startup-only`` and ``--export-handout`` must never change a student's
state (the self-test opens every chapter and answers every quiz). They run against copies
of the user's settings and progress in a temporary folder, which is removed at exit: the
run sees what the student would see, and the student's own files stay byte-identical.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
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
