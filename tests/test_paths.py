"""One resolver finds resources/ from a source checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app import paths

REPO = Path(__file__).resolve().parent.parent


def test_source_checkout_layout() -> None:
    """Running from the repo finds <repo>/resources."""
    assert paths.resources_dir() == REPO / "resources"
    assert paths.layout() == "source"


def test_frozen_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PyInstaller bundle's resources under sys._MEIPASS win over everything else."""
    shutil.copytree(REPO / "resources", tmp_path / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.layout() == "frozen"


def test_missing_resources_names_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no resources anywhere, the error lists the folders tried."""
    monkeypatch.setattr(paths, "candidates", lambda: [tmp_path / "nope"])
    with pytest.raises(paths.ResourcesNotFound, match="nope"):
        paths.resources_dir()


@pytest.mark.slow
def test_installed_wheel_carries_resources(tmp_path: Path) -> None:
    """A regular (non-editable) wheel carries resources/ and the resolver finds them there."""
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheel_dir.glob("lifeline-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop_app/resources/citations.toml" in names
    assert any(n.startswith("desktop_app/resources/chapters/en/") for n in names)
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    probe = (
        "import desktop_app.paths as p, json;"
        "print(json.dumps([p.layout(), str(p.resources_dir())]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert '"installed"' in out
    assert str(target / "desktop_app" / "resources") in out
