"""The house rules check themselves: folders per capability, no circles, small modules.

The layer and room contracts live in pyproject.toml ([tool.importlinter]) and run as
``lint-imports`` in CI; this module runs them too, so the README's test command catches a
broken rule before a push. docs/architecture.md explains every rule.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "desktop_app"
# The one place in ui/ where the rooms are wired together, and the package faces.
LOOSE_ALLOWED = {"ui": {"main_window.py", "menus.py", "__init__.py"}, "core": {"__init__.py"}}
MAX_LINES = 450


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    sys.path.insert(0, str(REPO))  # the checkout, not an installed copy
    try:
        return grimp.build_graph("desktop_app", cache_dir=None)
    finally:
        sys.path.remove(str(REPO))


def test_the_graph_is_built_from_this_checkout(graph: grimp.ImportGraph) -> None:
    """Guard for the tests below: they must read these files, not a stale installed copy."""
    assert "desktop_app.ui.main_window" in graph.modules
    assert "desktop_app.core.money.format" in graph.modules


def test_no_module_imports_itself_back(graph: grimp.ImportGraph) -> None:
    """No import circle anywhere in the package, not even through a lazy or typing import."""
    circles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                circles.append(f"{module} -> {' -> '.join(back)}")
    assert not circles, "import circles:\n  " + "\n  ".join(circles)


@pytest.mark.parametrize("layer", sorted(LOOSE_ALLOWED))
def test_modules_live_in_capability_folders(layer: str) -> None:
    """core/ and ui/ hold folders named for what they do; only the wiring sits loose."""
    loose = {p.name for p in (PACKAGE / layer).glob("*.py")} - LOOSE_ALLOWED[layer]
    assert not loose, f"put these in a capability folder of desktop_app/{layer}/: {sorted(loose)}"


def test_modules_stay_small() -> None:
    """A module past ~400 lines is split (450 is the hard stop)."""
    big = {
        str(p.relative_to(REPO)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not big, f"split these modules: {big}"


def test_the_wheel_lists_every_package() -> None:
    """pyproject's package list follows the folders, so a moved module ships in the wheel."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"]) - {"desktop_app.resources"}
    on_disk = {".".join(p.parent.relative_to(REPO).parts) for p in PACKAGE.rglob("__init__.py")}
    assert listed == on_disk


def test_tests_mirror_the_package() -> None:
    """Every test folder names a package folder, so a behaviour's tests are found beside it."""
    strays = []
    for folder in (REPO / "tests").rglob("*"):
        relative = folder.relative_to(REPO / "tests")
        # support: helpers; benchmarks: timings; realwindow: whole-app tests in a real X11
        # window, which cut across every room (see tests/realwindow/conftest.py).
        outside = {"support", "benchmarks", "realwindow", "__pycache__"}
        if not folder.is_dir() or relative.parts[0] in outside:
            continue
        if "__pycache__" in relative.parts:
            continue
        if not (PACKAGE / relative / "__init__.py").is_file():
            strays.append(str(relative))
    assert not strays, f"test folders with no package of the same name: {strays}"


def test_the_import_contracts_hold() -> None:
    """The contracts in pyproject.toml (layers, pure core, rooms of ui) are kept."""
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run(
        [str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout
