"""Markdown images are read only from inside resources/, relative to the chapter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont, QImage, QTextDocument

from desktop_app.ui.widgets.text_block import TextBlock


def _png(path: Path) -> Path:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path


def _loaded(block: TextBlock, target: str) -> bool:
    found = block.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(target))
    return found is not None and hasattr(found, "isNull") and not found.isNull()


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    """A resources folder with one image inside, and a secret image outside it."""
    root = tmp_path / "resources"
    (root / "chapters" / "en").mkdir(parents=True)
    _png(root / "images" / "inside.png")
    _png(tmp_path / "secret.png")
    return root, tmp_path / "secret.png"


@pytest.mark.parametrize("kind", ["file-url", "absolute", "dot-dot", "working-directory"])
def test_images_outside_resources_are_refused(
    qtbot, tree, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """file:// URLs, absolute paths, ../ out of resources/ and CWD-relative names are not read."""
    root, secret = tree
    monkeypatch.chdir(secret.parent)
    target = {
        "file-url": QUrl.fromLocalFile(str(secret)).toString(),
        "absolute": str(secret),
        "dot-dot": "../../../secret.png",
        "working-directory": "secret.png",
    }[kind]
    block = TextBlock(f"![x]({target})", QFont(), base=root / "chapters" / "en", root=root)
    qtbot.addWidget(block)
    assert not _loaded(block, target)
    assert target in block.document().refused


def test_image_inside_resources_relative_to_the_chapter_loads(qtbot, tree) -> None:
    """A chapter's own image, beside it under resources/, is shown."""
    root, _secret = tree
    target = "../../images/inside.png"
    block = TextBlock(f"![x]({target})", QFont(), base=root / "chapters" / "en", root=root)
    qtbot.addWidget(block)
    assert _loaded(block, target)


def test_block_without_a_chapter_reads_no_files(qtbot, tree, monkeypatch) -> None:
    """Slides, notes and answers have no chapter folder: no image file is read at all."""
    _root, secret = tree
    monkeypatch.chdir(secret.parent)
    block = TextBlock("![x](secret.png)", QFont())
    qtbot.addWidget(block)
    assert not _loaded(block, "secret.png")
