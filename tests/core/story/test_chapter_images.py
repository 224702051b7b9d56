"""The self-test's image check: an image outside resources/ is named with its chapter file."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.story.chapters import Chapter, image_problems


def _chapter(root: Path, body: str) -> Chapter:
    path = root / "chapters" / "en" / "03-calls.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    return Chapter(3, path, "calls", "Calls", body=body)


def test_outside_and_missing_images_are_named(tmp_path: Path) -> None:
    """file://, absolute, ../ out of resources/ and missing images are each a problem."""
    root = tmp_path / "resources"
    (root / "images").mkdir(parents=True)
    (root / "images" / "ok.png").write_bytes(b"png")
    (tmp_path / "x.png").write_bytes(b"png")
    body = (
        "![a](file:///etc/passwd) ![b](/tmp/x.png) ![c](../../../x.png) ![d](nope.png)\n"
        '<img src="file:///x.png"> ![ok](../../images/ok.png)'
    )
    problems = image_problems(_chapter(root, body), root)
    assert len(problems) == 5
    assert all(p.startswith("03-calls.md: image '") for p in problems)
    assert "file:///etc/passwd" in problems[0]
    assert not any("ok.png" in p for p in problems)
