"""The self-test fails, naming the file, on missing chapters and damaged assets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.story.chapters import load_story
from desktop_app.paths import resources_dir
from desktop_app.selftest import font_checks, manifest_checks

REPO = Path(__file__).resolve().parent.parent


def _failures(root: Path, lang: str = "en") -> list[str]:
    return [m for ok, m in manifest_checks(root, lang, load_story(root, lang)) if not ok]


def test_deleted_chapter_fails_the_self_test(qapp, tmp_path: Path) -> None:
    """Deleting chapters/en/10-sources.md used to leave 8 chapters and a green self-test."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    (root / "chapters" / "en" / "10-sources.md").unlink()
    assert any("10-sources.md is missing" in f for f in _failures(root))


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


NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def _self_test(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig")
def test_with_no_system_fonts_english_renders_and_a_missing_font_fails(
    subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    """On a machine with no fonts at all the bundled Latin font draws the English titles;
    without it the self-test fails instead of passing on a window of empty boxes."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_FONTS.format(cache=tmp_path / "fc-cache"))
    env = dict(subprocess_env, FONTCONFIG_FILE=str(conf))
    good = _self_test(env, "--lang", "en")
    assert "PASS  font: Lifeline Sans draws every chapter title" in good.stdout, good.stdout
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    for name in ("LifelineSans-Regular.ttf", "LifelineSans-Bold.ttf"):
        (root / "fonts" / name).unlink()
    bad = _self_test(dict(env, LIFELINE_RESOURCES=str(root)), "--lang", "en")
    assert bad.returncode == 1
    assert "FAIL  font: no installed font" in bad.stdout
    assert "fonts/LifelineSans-Regular.ttf is missing" in bad.stdout


def test_font_check_fails_when_the_font_lacks_the_titles_glyphs(qapp) -> None:
    """A UI font without Hangul cannot draw Korean titles: the check fails and says which."""
    from PySide6.QtGui import QFont

    from desktop_app.ui.shell.fonts import LATIN_FAMILY, register_fonts

    register_fonts(resources_dir(), "en")
    font = QFont()
    font.setFamilies([LATIN_FAMILY])
    [(ok, message)] = list(font_checks(font, ["송금", "Calls"]))
    assert not ok and "송" in message
    [(ok, _message)] = list(font_checks(font, ["Calls home", "The broker chain"]))
    assert ok
