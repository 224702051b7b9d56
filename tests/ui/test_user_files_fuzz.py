"""Guarantee: the app starts with any content of the user's files, and loses none of it.

For each user file (progress, settings, the calculator's stored scenario) hypothesis writes
arbitrary bytes or arbitrary JSON (some of it shaped like the real file, lone surrogates
included), then starts the window. It must start, and a file it could not use must be
kept, byte for byte, under a ``.corrupt-`` name.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.app import create_window
from desktop_app.core.classroom.progress import ProgressError

# Every code point, lone surrogates too (json.dumps writes them as \\udxxx escapes).
TEXT = st.text(st.characters(exclude_categories=()), max_size=20)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


def _shaped(fmt: str) -> st.SearchStrategy[dict]:
    """A document with the right "format" and version and arbitrary tables inside."""
    keys = st.sampled_from(["read", "answers", "inputs", "version", "years", "cuts"])
    return st.builds(
        lambda extra, version: {"format": fmt, "version": version, **extra},
        st.dictionaries(keys, JSON, max_size=3),
        st.one_of(st.just(1), JSON),
    )


def _content(fmt: str) -> st.SearchStrategy[bytes]:
    as_json = st.one_of(JSON, _shaped(fmt)).map(lambda doc: json.dumps(doc).encode())
    return st.one_of(st.binary(max_size=600), as_json)


FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _start(qtbot, args: list[str]):
    window = create_window(args)
    assert window.current >= 0
    return window


def _done(window) -> None:
    """Delete the window now: windows left alive make each theme change slower."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _kept(folder: Path, name: str, content: bytes) -> None:
    """The content is where it was, or in a set-aside copy: never gone."""
    copies = [p.read_bytes() for p in folder.glob(f"{name}.corrupt-*")]
    assert content in copies or (folder / name).read_bytes() == content


def _profile(tmp: str) -> tuple[Path, Path]:
    config, data = Path(tmp) / "config", Path(tmp) / "data"
    config.mkdir()
    data.mkdir()
    os.environ["LIFELINE_CONFIG_DIR"], os.environ["LIFELINE_DATA_DIR"] = str(config), str(data)
    return config, data


PROGRESS_HEAD = b'{"format": "lifeline-progress", "version": 1, '


@FUZZ
@given(content=_content("lifeline-progress"))
# The cases found by hand: a 5,000-digit number, a lone surrogate, a deep nest.
@example(content=PROGRESS_HEAD + b'"read": [], "n": ' + b"9" * 5000 + b"}")
@example(content=PROGRESS_HEAD + b'"read": ["\\ud800"]}')
@example(content=b"[" * 100_000)
def test_any_progress_file_starts_the_window(qtbot, content: bytes) -> None:
    """Arbitrary progress.json: the window starts; unusable content is set aside intact."""
    with tempfile.TemporaryDirectory() as tmp:
        _config, data = _profile(tmp)
        (data / "progress.json").write_bytes(content)
        window = _start(qtbot, [])
        _kept(data, "progress.json", content)
        # Whatever was loaded can be saved again, or says plainly why not.
        with contextlib.suppress(ProgressError):
            window.progress_store.save()
        _done(window)


@FUZZ
@given(content=st.one_of(_content("x"), st.text(max_size=300).map(str.encode)))
def test_any_settings_file_starts_the_window(qtbot, content: bytes) -> None:
    """Arbitrary lifeline.ini: the window starts; a set-aside copy holds the bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        config, _data = _profile(tmp)
        (config / "lifeline.ini").write_bytes(content)
        window = _start(qtbot, [])
        copies = [p.read_bytes() for p in config.glob("lifeline.ini.corrupt-*")]
        assert copies in ([], [content])
        _done(window)


@FUZZ
@given(content=_content("lifeline-scenario"))
def test_any_stored_scenario_starts_the_calculator(qtbot, content: bytes) -> None:
    """Arbitrary stored calculator scenario: the chapter with the calculator opens."""
    from desktop_app.ui.calculator.panel import SETTINGS_KEY
    from desktop_app.ui.shell.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        config, _data = _profile(tmp)
        stored = Settings(config)
        stored.set_value(SETTINGS_KEY, content.decode("utf-8", "replace"))
        stored.sync()
        del stored
        window = _start(qtbot, ["--chapter", "8"])
        panel = window.page(8).figures.get("calculator")
        assert panel is not None and panel.error is None
        _done(window)
