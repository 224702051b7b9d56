"""The manifest names every missing chapter and asset; the real resources match it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.core.story.chapters import load_story
from desktop_app.core.story.manifest import load_manifest, manifest_problems
from desktop_app.paths import resources_dir


def _loaded(root: Path, lang: str) -> list[tuple[str, str]]:
    return [(c.path.name, c.id if c.ok else "") for c in load_story(root, lang).chapters]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_bundled_resources_match_the_manifest(lang: str) -> None:
    """Every chapter and asset the manifest lists is there, in order, with its id."""
    root = resources_dir()
    assert manifest_problems(load_manifest(root), root, lang, _loaded(root, lang)) == []


@pytest.mark.parametrize(
    ("deleted", "named"),
    [
        ("chapters/en/10-sources.md", "chapters/en/10-sources.md is missing (chapter 'sources')"),
        ("chapters/ko/06-markets.md", "chapters/ko/06-markets.md is missing (chapter 'markets')"),
        ("icons/lifeline.svg", "icons/lifeline.svg is missing"),
        ("fonts/LifelineSansKR-Bold.otf", "fonts/LifelineSansKR-Bold.otf is missing"),
    ],
)
def test_a_deleted_file_is_named(tmp_path: Path, deleted: str, named: str) -> None:
    """A deleted chapter (in either language) or asset is named by its own file."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    (root / deleted).unlink()
    lang = deleted.split("/")[1] if deleted.startswith("chapters/") else "en"
    problems = manifest_problems(load_manifest(root), root, lang, _loaded(root, lang))
    assert named in problems
