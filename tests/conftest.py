"""Test set-up: offscreen Qt, and no test ever touches the developer's real files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings, progress and logs go to a fresh temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LIFELINE_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("LIFELINE_DATA_DIR", str(home / "data"))
    monkeypatch.delenv("LIFELINE_RESOURCES", raising=False)
    yield home
    from desktop_app.crash import close_logging

    close_logging()
    _back_to_english()


def _back_to_english() -> None:
    """A test that switched to Korean must not leave Korean behind for the next one."""
    i18n = sys.modules.get("desktop_app.ui.shell.i18n")
    if i18n is None:
        return
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        i18n.remove_translations(app)
        fonts = sys.modules.get("desktop_app.ui.shell.fonts")
        if fonts is not None:
            fonts.apply_ui_font(app, "en")
    QLocale.setDefault(QLocale("en_US"))
    messages = sys.modules.get("desktop_app.core.story.messages")
    if messages is not None and hasattr(messages, "apply_language"):
        # The repo's own folder: a test may have patched the resolver to find nothing.
        messages.apply_language(REPO / "resources", "en")


@pytest.fixture
def subprocess_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the app as a child process, offscreen and sandboxed."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LIFELINE_CONFIG_DIR=str(tmp_path / "config"),
        LIFELINE_DATA_DIR=str(tmp_path / "data"),
        HOME=str(tmp_path / "home"),
        MPLCONFIGDIR=str(tmp_path / "mpl"),
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


@pytest.fixture
def python() -> str:
    return sys.executable


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item):
    """Delete the widgets pytest-qt closed (it only calls deleteLater, and no event loop
    runs between tests to carry that out): otherwise every window of every earlier test
    stays alive, and each theme change restyles hundreds of dead windows."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
