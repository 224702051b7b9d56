"""Settings never stop the app: damaged, oversized, unmovable or unwritable files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.ui.shell.settings import Settings


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("lifeline.ini.corrupt-*"))


def test_corrupt_file_that_cannot_be_set_aside_gives_memory_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged file in a read-only folder: defaults in memory, and the student is told."""
    (tmp_path / "lifeline.ini").write_bytes(b"\x00\xff junk")

    def refuse(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    settings = Settings(tmp_path)
    assert "settings cannot be saved" in settings.notice
    assert "Permission denied" in settings.notice
    assert settings.zoom == 100 and not settings.can_save
    settings.zoom = 150  # still works for this session
    settings.sync()
    assert settings.zoom == 150
    assert (tmp_path / "lifeline.ini").read_bytes() == b"\x00\xff junk"


def test_oversized_file_is_set_aside_without_parsing(tmp_path: Path) -> None:
    """An ini file of hundreds of thousands of keys is not read (it took seconds and GBs)."""
    keys = "".join(f"k{n}=v\n" for n in range(100_000))
    (tmp_path / "lifeline.ini").write_text("[reader]\n" + keys)
    settings = Settings(tmp_path)
    assert "far too large" in settings.notice
    assert len(_kept(tmp_path)) == 1 and settings.zoom == 100


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_fifo_in_place_of_the_file_does_not_hang(tmp_path: Path) -> None:
    """A FIFO named lifeline.ini is set aside, not read (reading it would block forever)."""
    os.mkfifo(tmp_path / "lifeline.ini")
    settings = Settings(tmp_path)
    assert "not a file" in settings.notice
    assert len(_kept(tmp_path)) == 1


def test_unwritable_folder_is_said_once(tmp_path: Path) -> None:
    """With HOME not writable, the student hears once that settings cannot be saved."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings = Settings(blocker / "config")
    assert "Settings cannot be saved" in settings.notice
    assert not settings.can_save
    settings.zoom = 120
    assert settings.zoom == 120


def test_good_file_gives_no_notice(tmp_path: Path) -> None:
    """A normal file (or none) is silent and writable."""
    settings = Settings(tmp_path)
    settings.zoom = 130
    settings.sync()
    assert Settings(tmp_path).zoom == 130 and Settings(tmp_path).notice == ""
