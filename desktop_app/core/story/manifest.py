"""The manifest of a complete Lifeline: chapters per language and the assets the app uses.

``resources/manifest.toml`` lists each language's chapter files in order and every bundled
asset. :func:`manifest_problems` compares it with what is on disk and what was loaded, and
names each missing or out-of-place file, so the self-test cannot pass on an incomplete
install (a deleted chapter used to leave eight chapters and a green self-test).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import ContentError

FILE_NAME = "manifest.toml"


class ManifestError(ContentError):
    """The manifest itself is missing or malformed."""


@dataclass(frozen=True)
class Manifest:
    chapters: dict[str, tuple[str, ...]]  # language -> chapter file names, in order
    assets: tuple[str, ...]  # paths relative to resources/

    @staticmethod
    def chapter_id(file_name: str) -> str:
        return file_name.removesuffix(".md").split("-", 1)[-1]


def load_manifest(root: Path) -> Manifest:
    path = root / FILE_NAME
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(FILE_NAME, f"cannot be read ({exc})") from None
    chapters, assets = doc.get("chapters"), doc.get("assets", {}).get("files")
    ok_chapters = isinstance(chapters, dict) and all(
        isinstance(v, list) and all(isinstance(n, str) for n in v) for v in chapters.values()
    )
    if not ok_chapters or not isinstance(chapters, dict) or not isinstance(assets, list):
        raise ManifestError(FILE_NAME, "needs [chapters] lists and an [assets] files list")
    return Manifest(
        {lang: tuple(names) for lang, names in chapters.items()},
        tuple(str(a) for a in assets),
    )


def manifest_problems(
    manifest: Manifest, root: Path, lang: str, loaded: list[tuple[str, str]]
) -> list[str]:
    """Problems, each naming a file: ``loaded`` is (file name, id) of each chapter loaded."""
    expected = manifest.chapters.get(lang)
    if expected is None:
        return [f"{FILE_NAME}: no chapter list for language '{lang}'"]
    problems = []
    folder = f"chapters/{lang}"
    names = [name for name, _ in loaded]
    for name in expected:
        if name not in names:
            problems.append(f"{folder}/{name} is missing (chapter '{manifest.chapter_id(name)}')")
    for name in names:
        if name not in expected:
            problems.append(f"{folder}/{name} is not in {FILE_NAME}")
    for name, chapter_id in loaded:
        if name in expected and chapter_id and chapter_id != manifest.chapter_id(name):
            problems.append(
                f"{folder}/{name}: id '{chapter_id}', expected '{manifest.chapter_id(name)}'"
            )
    if not problems and names != list(expected):
        problems.append(f"{folder}: chapters are not in the order {FILE_NAME} gives")
    for asset in manifest.assets:
        if not (root / asset).is_file():
            problems.append(f"{asset} is missing")
    return problems
