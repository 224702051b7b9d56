"""Calculator scenarios on disk and in settings: save, load, export, restore, refuse."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.core.money.remittance import RemittanceInputs, compute, preset
from desktop_app.core.money.scenario import results_csv, scenario_to_json
from desktop_app.core.story.sources import load_citations
from desktop_app.ui.calculator.panel import SETTINGS_KEY, CalculatorPanel
from desktop_app.ui.shell.settings import Settings

ROOT = Path(__file__).resolve().parents[3] / "resources"


def find(root: QWidget, name: str) -> QWidget:
    hits = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert len(hits) == 1, f"{len(hits)} widgets are named {name!r}"
    return hits[0]


def new_panel(qtbot, settings: Settings) -> CalculatorPanel:
    made = CalculatorPanel(settings, load_citations(ROOT), ROOT)
    qtbot.addWidget(made)
    made.resize(760, 900)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config")


@pytest.fixture
def panel(qtbot, settings: Settings) -> CalculatorPanel:
    return new_panel(qtbot, settings)


def arrives(panel: CalculatorPanel) -> str:
    return panel.ui.results.values["arrives"].text()


def test_save_and_load_round_trip(panel, tmp_path: Path) -> None:
    """A saved scenario loads back exactly, controls and results included."""
    panel.apply_preset("three_brokers")
    find(panel, "Years").setValue(5)
    saved = panel.inputs
    path = tmp_path / "plan.json"
    assert panel.save_scenario(path)
    assert str(path) in panel.ui.status.text()
    assert json.loads(path.read_text())["format"] == "lifeline-scenario"
    panel.reset()
    assert panel.inputs != saved
    assert panel.load_scenario(path)
    assert panel.inputs == saved
    assert find(panel, "Years").value() == 5
    assert find(panel, "Brokers in the chain").value() == 3
    assert arrives(panel) == "729"
    assert "Loaded" in panel.ui.status.text()


def test_uneven_chain_from_a_file_is_kept_exactly(panel, tmp_path: Path) -> None:
    """A hand-written chain with different cuts loads and is computed exactly."""
    inputs = RemittanceInputs.defaults().with_cuts(("10", "20", "5.5"))
    path = tmp_path / "uneven.json"
    path.write_text(scenario_to_json(inputs))
    assert panel.load_scenario(path)
    assert panel.inputs == inputs
    assert arrives(panel) == f"{compute(inputs).per_year.arrives_cents / 100:,.2f}"
    assert "10%, 20%, 5.5%" in panel.ui.prose.text()


BAD_FILES = {
    "not-json.json": ("{oops", "is not a Lifeline scenario"),
    "foreign.json": ('{"name": "shopping list", "items": [1, 2]}', "not a Lifeline scenario"),
    "newer.json": (
        '{"format": "lifeline-scenario", "version": 7, "inputs": {}}',
        "saved by a newer Lifeline",
    ),
    "bad-field.json": (
        '{"format": "lifeline-scenario", "version": 1, "inputs": {"cut_per_broker": "95"}}',
        "must be between 0 and 60, got 95",
    ),
    "binary.json": (b"\x89PNG\r\n\x1a\n\xff\xfe\x00", "is not a Lifeline scenario"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_and_the_scenario_stays(panel, tmp_path: Path, name: str) -> None:
    """A bad or foreign file gets a message naming it and what is wrong; nothing changes."""
    content, problem = BAD_FILES[name]
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    panel.apply_preset("mother_2017")
    before = panel.inputs
    assert not panel.load_scenario(path)
    text = panel.ui.status.text()
    assert name in text and problem in text
    assert "JSON" not in text and "column" not in text and "UTF-8" not in text  # plain words
    assert "unchanged" in text
    assert panel.last_error == text
    assert panel.inputs == before
    assert arrives(panel) == "2,100"


def test_missing_file_and_folder_are_reported(panel, tmp_path: Path) -> None:
    """A file that is not there, or a folder, is reported with its name."""
    assert not panel.load_scenario(tmp_path / "nowhere.json")
    assert "nowhere.json" in panel.ui.status.text()
    assert not panel.load_scenario(tmp_path)
    assert str(tmp_path) in panel.ui.status.text()
    assert panel.inputs == RemittanceInputs.defaults()


def test_unwritable_path_gives_a_message_and_writes_nothing(panel, tmp_path: Path) -> None:
    """Saving where it cannot be written says so, and leaves no partial file behind."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    assert not panel.save_scenario(blocker / "plan.json")
    assert "Could not save the scenario" in panel.ui.status.text()
    assert "plan.json" in panel.ui.status.text()
    folder = tmp_path / "taken.json"
    folder.mkdir()
    assert not panel.export_csv(folder)
    assert "Could not save the results" in panel.last_error
    assert folder.is_dir() and not any(folder.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder", "taken.json"]


def test_saving_over_a_file_replaces_it_whole(panel, tmp_path: Path) -> None:
    """Saving over an older scenario leaves exactly the new one."""
    path = tmp_path / "plan.json"
    path.write_text("old " * 1000)
    assert panel.save_scenario(path)
    assert path.read_text() == scenario_to_json(panel.inputs)


def test_csv_export_holds_inputs_and_results(panel, tmp_path: Path) -> None:
    """The CSV file is the model's results table for the current inputs."""
    panel.apply_preset("survey_1800")
    path = tmp_path / "results.csv"
    assert panel.export_csv(path)
    text = path.read_text(encoding="utf-8")
    assert text == results_csv(panel.result, panel.inputs)
    rows = list(csv.DictReader(io.StringIO(text)))
    by_key = {(r["key"], r["level"]): r["value"] for r in rows}
    assert by_key[("amount_usd", "")] == "1800"
    assert by_key[("arrives", "Per year")] == "1260.00"
    assert str(path) in panel.ui.status.text()


def test_last_scenario_is_restored_in_a_new_panel(qtbot, settings, panel) -> None:
    """Restarting (a new panel on the same settings) brings back the last scenario."""
    panel.apply_preset("survey_9000")
    find(panel, "Transfers per year").setValue(3)
    expected = panel.inputs
    settings.sync()
    again = new_panel(qtbot, Settings(settings.path.parent))
    assert again.inputs == expected
    assert find(again, "Transfers per year").value() == 3
    assert again.ui.results.values["sent"].text() == "27,000"
    assert not again.ui.status.text()


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        '{"format": "lifeline-scenario", "version": 1, "inputs": {"years": 400}}',
        '{"format": "lifeline-scenario", "version": 99, "inputs": {}}',
        "[]",
    ],
)
def test_corrupt_stored_scenario_gives_defaults_and_a_notice(qtbot, settings, stored) -> None:
    """A damaged stored scenario never crashes: the story's values and a visible notice."""
    settings.set_value(SETTINGS_KEY, stored)
    panel = new_panel(qtbot, settings)
    assert panel.inputs == RemittanceInputs.defaults()
    assert "could not restore your last scenario" in panel.ui.status.text()
    assert panel.ui.status.isVisible()
    assert panel.notice == panel.ui.status.text()
    assert panel.ui.results.values["arrives"].text() == "700"


def test_every_change_is_remembered(panel, settings) -> None:
    """Each change is stored at once, so nothing is lost if the app is closed."""
    find(panel, "Rice price (won per kg)").setValue(6000)
    stored = settings.value(SETTINGS_KEY)
    assert json.loads(stored)["inputs"]["rice_won_per_kg"] == "6000"
    panel.apply_preset("mother_2017")
    assert json.loads(settings.value(SETTINGS_KEY))["inputs"] == (
        preset("mother_2017").inputs().to_mapping()
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_device_and_fifo_are_refused_without_reading(panel, tmp_path: Path) -> None:
    """/dev/zero (endless) and a FIFO (blocks forever) are refused at once, by name."""
    assert not panel.load_scenario(Path("/dev/zero"))
    assert "/dev/zero is not a scenario file: it is not a regular file" in panel.ui.status.text()
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert not panel.load_scenario(fifo)
    assert "not a regular file" in panel.ui.status.text()
    assert panel.inputs == RemittanceInputs.defaults()


def test_file_over_one_megabyte_is_refused_unread(panel, tmp_path: Path) -> None:
    """A scenario over the 1 MB limit is refused with its size; it is never read."""
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(1_000_001)
    assert not panel.load_scenario(big)
    assert "1,000,001 bytes, far too large" in panel.ui.status.text()


def test_stored_scenario_that_fails_is_kept_before_it_is_overwritten(qtbot, settings) -> None:
    """The damaged stored scenario is kept as a file (named in the notice) before the next
    change replaces it in the settings."""
    raw = '{"format": "lifeline-scenario", "version": 1, "inputs": {"years": 400}}'
    settings.set_value(SETTINGS_KEY, raw)
    panel = new_panel(qtbot, settings)
    kept = list(settings.path.parent.glob("calculator-scenario.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == raw
    assert str(kept[0]) in panel.notice
    find(panel, "Rice price (won per kg)").setValue(6000)
    assert json.loads(settings.value(SETTINGS_KEY))["inputs"]["rice_won_per_kg"] == "6000"
    assert kept[0].read_text(encoding="utf-8") == raw
