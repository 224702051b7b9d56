"""Files for the calculator: scenario JSON in and out, results CSV out, and the dialogs.

The work is done by functions that take a Path (tests call them directly); the dialogs only
choose the path. Every write is atomic: the target is the complete new file or untouched.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.core import FileTooBigError, NotAFileError, read_user_file
from desktop_app.core.money.remittance import RemittanceInputs, RemittanceResult
from desktop_app.core.money.scenario import (
    MAX_BYTES,
    ScenarioError,
    results_csv,
    scenario_from_bytes,
    scenario_to_json,
)
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.atomic import write_bytes_atomic, write_text_atomic

SCENARIO_NAME = "lifeline-scenario.json"
RESULTS_NAME = "lifeline-results.csv"


def write_scenario(path: Path, inputs: RemittanceInputs) -> None:
    """Save ``inputs`` as a scenario file (WriteError names the file and the reason)."""
    write_text_atomic(path, scenario_to_json(inputs))


def read_scenario(path: Path) -> RemittanceInputs:
    """Read a scenario file: ScenarioError for a bad file, OSError if it cannot be read."""
    try:
        data = read_user_file(path, MAX_BYTES)  # a FIFO or /dev/zero is refused, not read
    except FileTooBigError as exc:
        raise ScenarioError("err_too_big", source=path.name, size=exc.size) from None
    except NotAFileError:
        raise ScenarioError("err_not_file", source=str(path)) from None
    return scenario_from_bytes(data, path.name)


def keep_damaged(folder: Path, raw: str) -> Path | None:
    """Keep a stored scenario that could not be restored as a file before it is replaced.

    Returns the file (``calculator-scenario.json.corrupt-<time>``), or None if it could not
    be written; the caller then stops saving over the stored copy.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"calculator-scenario.json.corrupt-{stamp}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"calculator-scenario.json.corrupt-{stamp}-{n}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, raw.encode("utf-8", "surrogatepass"))
    except OSError:
        return None
    return target


def write_results_csv(path: Path, result: RemittanceResult) -> None:
    """Save the inputs and results as CSV (WriteError names the file and the reason)."""
    write_text_atomic(path, results_csv(result, result.inputs))


def ask_save_path(parent: QWidget, title: str, name: str, filters: str) -> Path | None:
    return file_dialogs.ask_save_path(parent, title, name, filters)


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    return file_dialogs.ask_open_path(parent, title, filters)
