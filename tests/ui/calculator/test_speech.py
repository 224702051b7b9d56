"""What the calculator says to a screen reader: values in names, announcements, Describe."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.money.describe import describe_state
from desktop_app.core.money.texts import load_texts
from desktop_app.core.story.sources import load_citations
from desktop_app.ui.calculator.panel import CalculatorPanel
from desktop_app.ui.calculator.speech import DESCRIBE_KEY
from desktop_app.ui.shell import i18n
from desktop_app.ui.shell.settings import Settings

REPO = Path(__file__).resolve().parents[3]
ROOT = REPO / "resources"


def make(qtbot, tmp_path: Path, lang: str = "en") -> CalculatorPanel:
    panel = CalculatorPanel(Settings(tmp_path / "config"), load_citations(ROOT), ROOT, lang=lang)
    qtbot.addWidget(panel)
    panel.resize(760, 900)
    return panel


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> CalculatorPanel:
    return make(qtbot, tmp_path)


def test_each_result_name_carries_its_value_and_follows_it(panel) -> None:
    """A screen reader hears 'Arrives per year (US$): 700', and the new number after a change."""
    arrives = panel.ui.results.values["arrives"]
    assert arrives.accessibleName() == "Arrives per year (US$): 700"
    panel.ui.rows["amount_usd"].box.setValue(2000)
    assert arrives.accessibleName() == "Arrives per year (US$): 1,400"
    assert panel.ui.results.values["sent"].accessibleName() == "Sent per year (US$): 2,000"


def test_sliders_describe_their_real_value_and_unit(panel) -> None:
    """The amount slider's position is on a log scale; its description says US$1,000."""
    rows = panel.ui.rows
    assert rows["amount_usd"].slider.value() == 100  # the middle of 0-200: US$1,000
    assert rows["amount_usd"].slider.accessibleDescription() == "US$1,000"
    assert rows["formal_cost"].slider.accessibleDescription() == "7.1%"
    assert rows["transfers_per_year"].slider.accessibleDescription() == "1"
    assert rows["monthly_wage_won"].slider.accessibleDescription().endswith(" won")
    rows["amount_usd"].slider.setValue(140)  # 100 × 100^0.7 ≈ 2,512, shown as typed: 2,500
    assert rows["amount_usd"].slider.accessibleDescription() == "US$2,500"


def test_ten_quick_changes_make_one_polite_announcement(panel, qtbot) -> None:
    """Moving a slider ten steps announces the key results once, after the pause."""
    heard: list[str] = []
    panel.speech.announcer.announced.connect(heard.append)
    slider = panel.ui.rows["amount_usd"].slider
    for step in range(141, 151):
        slider.setValue(step)  # the last: 100 × 100^0.75 ≈ US$3,162, shown as US$3,200
    assert heard == []
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=3000)
    rice = panel.ui.results.values["rice"].text()
    assert heard == [f"Arrives per year (US$): 2,240. Rice it buys (kg): {rice}."]


def test_a_preset_is_announced_too(panel, qtbot) -> None:
    """A preset changes every number at once: the new key results are announced."""
    with qtbot.waitSignal(panel.speech.announcer.announced, timeout=3000) as said:
        panel.ui.presets["three_brokers"].click()
    assert said.args[0].startswith("Arrives per year (US$): 729.")


def test_in_words_is_exposed_as_its_text_and_kept_up_to_date(panel) -> None:
    """The prose's accessible name is the paragraph itself, not the heading 'In words'."""
    prose = panel.ui.prose
    assert prose.accessibleName() == panel.prose_text
    assert "about US$700 arrives" in prose.accessibleName()
    panel.ui.rows["amount_usd"].box.setValue(3000)
    assert "about US$2,100 arrives" in prose.accessibleName()
    assert prose.accessibleDescription() == "In words"


def test_describe_shows_and_announces_the_whole_state(panel, qtbot) -> None:
    """Describe the result: the sentences under the button, in its name, and announced."""
    button = panel.speech.button
    assert button.accessibleName() == "" and button.text() == "Describe the result"
    with qtbot.waitSignal(panel.speech.announcer.announced, timeout=1000) as said:
        button.click()
    text = describe_state(panel.result, panel.texts)
    assert said.args == [text]
    assert panel.speech.description.isVisibleTo(panel)
    assert panel.speech.description.text() == text
    assert panel.speech.description.accessibleName() == text
    assert text.startswith("You send US$1,000 once a year through one broker")
    panel.ui.presets["three_brokers"].click()
    assert "through 3 brokers who keep 10% each" in panel.speech.description.accessibleName()


def test_describe_has_its_own_shortcut_that_nothing_else_uses(panel) -> None:
    """Ctrl+Shift+D is on the button; no menu action, README row or standard key of this
    platform uses it (not Ctrl+D: under X11 that deletes a character in the calculator's
    boxes; tests/realwindow/test_screen_reader.py presses it in a box on xcb)."""
    from PySide6.QtGui import QKeySequence as Keys

    from desktop_app.ui import menus

    key = QKeySequence(DESCRIBE_KEY)
    assert panel.speech.button.shortcut() == key
    for standard in Keys.StandardKey:
        assert key not in Keys.keyBindings(standard), standard
    source = Path(menus.__file__).read_text(encoding="utf-8")
    assert f'QKeySequence("{DESCRIBE_KEY}")' not in source
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"| {DESCRIBE_KEY} " in readme  # the key table names it once
    assert readme.count(f"| {DESCRIBE_KEY} ") == 1


def test_results_charts_and_prose_follow_the_inputs_in_tab_order(panel, qtbot) -> None:
    """Tab from the last slider reaches the numbers, the charts, the prose, then Describe."""
    with qtbot.waitSignal(panel.rendered, timeout=20_000):
        panel.show()
    chain: list[QWidget] = []
    widget = panel.ui.rows["monthly_wage_won"].slider
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    values = list(panel.ui.results.values.values())
    assert chain[:8] == values
    assert chain[8] is panel.canvas
    assert chain[9] is panel.ui.prose
    assert chain[10] is panel.speech.button
    assert chain[11] is panel.speech.description


def test_korean_slider_names_and_description(qtbot, tmp_path: Path) -> None:
    """In Korean the slider names end in 슬라이더 and Describe speaks Korean."""
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    i18n.install_translations(app, ROOT, "ko")
    try:
        panel = make(qtbot, tmp_path, lang="ko")
        sliders = [row.slider.accessibleName() for row in panel.ui.rows.values()]
        assert len(sliders) == 11
        assert all(name.endswith(" 슬라이더") and "slider" not in name for name in sliders)
        assert panel.ui.rows["amount_usd"].slider.accessibleDescription() == "1,000달러"
        assert panel.speech.button.text() == "결과 설명"
        texts = load_texts(ROOT, "ko")
        assert panel.speech.describe() == describe_state(panel.result, texts)
        assert "달러" in panel.speech.description.text()
    finally:
        i18n.remove_translations(app)
