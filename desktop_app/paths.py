"""The one place that finds ``resources/``.

Three layouts are supported, tried in this order:

* frozen (PyInstaller): ``sys._MEIPASS/resources``
* installed wheel: ``desktop_app/resources`` (pyproject maps the top-level folder there)
* source checkout: ``<repo>/resources`` beside the package
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_OVERRIDE = "LIFELINE_RESOURCES"


class ResourcesNotFound(RuntimeError):
    """No resources folder in any known layout."""


def candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        found.append(Path(override))
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        found.append(Path(meipass) / "resources")
    package_dir = Path(__file__).resolve().parent
    found.append(package_dir / "resources")
    found.append(package_dir.parent / "resources")
    return found


def layout() -> str:
    """Which layout the resources were found in: frozen, installed, source or override."""
    root = resources_dir()
    package_dir = Path(__file__).resolve().parent
    if getattr(sys, "frozen", False):
        return "frozen"
    if root == package_dir / "resources":
        return "installed"
    if root == package_dir.parent / "resources":
        return "source"
    return "override"


def resources_dir() -> Path:
    for path in candidates():
        # The marker file tells a real resources folder from an unrelated one.
        if (path / "citations.toml").is_file():
            return path
    tried = ", ".join(str(p) for p in candidates())
    raise ResourcesNotFound(f"Lifeline's resources folder was not found (looked in: {tried})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
