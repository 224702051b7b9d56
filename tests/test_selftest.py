"""The self-test fails, naming the file, on missing chapters and damaged assets."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.core.story.chapters import load_story
from desktop_app.paths import resources_dir
from desktop_app.selftest import manifest_checks


def _failures(root: Path, lang: str = "en") -> list[str]:
    return [m for ok, m in manifest_checks(root, lang, load_story(root, lang)) if not ok]


def test_deleted_chapter_fails_the_self_test(qapp, tmp_path: Path) -> None:
    """Deleting chapters/en/09-sources.md used to leave 8 chapters and a green self-test."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    (root / "chapters" / "en" / "09-sources.md").unlink()
    assert any("09-sources.md is missing" in f for f in _failures(root))


def test_damaged_font_and_icon_fail_the_self_test(qapp, tmp_path: Path) -> None:
    """A font Qt cannot load, or an icon it cannot draw, is a failure naming the file."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    (root / "fonts" / "LifelineSansKR-Regular.otf").write_bytes(b"not a font")
    (root / "icons" / "lifeline.svg").write_bytes(b"<not svg")
    failures = _failures(root)
    assert any("fonts/LifelineSansKR-Regular.otf: not a font" in f for f in failures)
    assert any("icons/lifeline.svg: not an image" in f for f in failures)


def test_complete_resources_pass(qapp) -> None:
    """The bundled resources pass every manifest check."""
    assert _failures(resources_dir()) == []
    assert _failures(resources_dir(), "ko") == []
