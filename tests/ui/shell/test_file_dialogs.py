"""Every file dialog starts in the last folder used, else Documents (issue 11, defect 13).

Real non-native QFileDialogs, opened without blocking (``open()``), chosen in and accepted
the way a student would; the remembered folder is read back from the settings file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

import desktop_app
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.settings import Settings

PACKAGE = Path(desktop_app.__file__).parent


def _accept_in(qtbot, dialog: QFileDialog, chosen: Path) -> Path | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.selectFile(str(chosen))
    dialog.accept()
    return file_dialogs.chosen_path(dialog)


def test_dialogs_start_in_documents_then_in_the_last_folder_used(qtbot, tmp_path) -> None:
    """First dialog: Documents. After saving into a folder, the next save, open and folder
    dialogs start there, and so does the first one after a restart (settings file)."""
    settings = Settings(tmp_path / "config")
    file_dialogs.remember_in(settings)
    try:
        first = file_dialogs.save_dialog(None, "Export figure", "chart.png", "PNG (*.png)")
        qtbot.addWidget(first)
        assert Path(first.directory().absolutePath()) == file_dialogs.documents_dir()
        usb = tmp_path / "usb stick"
        usb.mkdir()
        assert _accept_in(qtbot, first, usb / "chart.png") == usb / "chart.png"

        for dialog in (
            file_dialogs.save_dialog(None, "Save a scenario", "s.json", "JSON (*.json)"),
            file_dialogs.open_dialog(None, "Load a scenario", "JSON (*.json)"),
            file_dialogs.folder_dialog(None, "Hand in my answers"),
        ):
            qtbot.addWidget(dialog)
            assert Path(dialog.directory().absolutePath()) == usb, dialog.windowTitle()

        settings.sync()
        file_dialogs.remember_in(Settings(tmp_path / "config"))  # a restart
        assert file_dialogs.start_folder() == usb
        usb.rmdir()  # the stick was pulled out: back to Documents, no error
        assert file_dialogs.start_folder() == file_dialogs.documents_dir()
    finally:
        file_dialogs.remember_in(None)


def test_a_cancelled_dialog_remembers_nothing(qtbot, tmp_path) -> None:
    """Cancel returns None and leaves the start folder as it was."""
    file_dialogs.remember_in(Settings(tmp_path / "config"))
    try:
        dialog = file_dialogs.save_dialog(None, "Save as", "x.pdf", "PDF (*.pdf)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.open()
        dialog.selectFile(str(tmp_path / "x.pdf"))
        dialog.reject()
        assert file_dialogs.chosen_path(dialog) is None
        assert file_dialogs.start_folder() == file_dialogs.documents_dir()
    finally:
        file_dialogs.remember_in(None)
    assert QApplication.instance() is not None


def test_every_file_dialog_in_the_app_goes_through_the_helper() -> None:
    """No room calls QFileDialog's own static dialogs, which would start elsewhere."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"QFileDialog\.get|QFileDialog\(", text):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
