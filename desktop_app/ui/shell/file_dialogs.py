"""Every save, open and folder dialog starts in the last folder used, else Documents.

One place so the exports, handouts, scenarios, answers, hand-ins and class reports
agree. The folder is remembered in the settings once the window has called
:func:`remember_in`; before that (widget tests) it lasts until the app closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop_app.ui.shell.settings import Settings

LAST_FOLDER_KEY = "files/last_folder"

_store: dict[str, Settings | str | None] = {"settings": None, "folder": ""}


def remember_in(settings: Settings | None) -> None:
    """Keep the last folder in ``settings`` (None: in memory only)."""
    _store["settings"] = settings


def documents_dir() -> Path:
    """The user's Documents folder, or home when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _stored() -> str:
    settings = _store["settings"]
    if isinstance(settings, Settings):
        return settings.value(LAST_FOLDER_KEY, "")
    return str(_store["folder"] or "")


def start_folder() -> Path:
    """The last folder used if it still exists (a USB stick may be gone), else Documents."""
    last = _stored()
    if last and Path(last).is_dir():
        return Path(last)
    return documents_dir()


def remember(chosen: Path) -> None:
    """Note the folder of a chosen file (or the chosen folder itself)."""
    folder = chosen if chosen.is_dir() else chosen.parent
    settings = _store["settings"]
    if isinstance(settings, Settings):
        settings.set_value(LAST_FOLDER_KEY, str(folder))
    else:
        _store["folder"] = str(folder)


def save_dialog(parent: QWidget | None, title: str, name: str, filters: str) -> QFileDialog:
    """A save dialog in :func:`start_folder` with ``name`` proposed; not shown yet."""
    dialog = QFileDialog(parent, title, str(start_folder()), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if name:
        dialog.selectFile(str(start_folder() / name))
    return dialog


def open_dialog(parent: QWidget | None, title: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder()), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def folder_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def chosen_path(dialog: QFileDialog) -> Path | None:
    """What an accepted dialog chose (and remember its folder); None when cancelled."""
    files = dialog.selectedFiles()
    if dialog.result() != QDialog.DialogCode.Accepted or not files or not files[0]:
        return None
    path = Path(files[0])
    remember(path)
    return path


def _run(dialog: QFileDialog) -> Path | None:
    dialog.exec()
    path = chosen_path(dialog)
    dialog.deleteLater()
    return path


def ask_save_path(parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
    return _run(save_dialog(parent, title, name, filters))


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    return _run(open_dialog(parent, title, filters))


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    return _run(folder_dialog(parent, title))
