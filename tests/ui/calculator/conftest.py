"""The calculator panel on its own, as most calculator tests open it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.story.sources import load_citations
from desktop_app.ui.calculator.panel import CalculatorPanel
from desktop_app.ui.shell.settings import Settings

ROOT = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> CalculatorPanel:
    made = CalculatorPanel(Settings(tmp_path / "config"), load_citations(ROOT), ROOT)
    qtbot.addWidget(made)
    made.resize(760, 900)
    made.show()
    qtbot.waitExposed(made)
    return made
