"""Chapter 8's remittance calculator: the student plays the sender.

Inputs (spin boxes with sliders, grouped, each with the facts behind its starting value),
presets from the story, big live results, three live charts, live prose, and scenario files.
matplotlib is imported only when the charts are first built, on a zero-timer after the panel
is first shown (or by :meth:`render_now`), so the window paints before any plotting code loads.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.core.money.format import money_text
from desktop_app.core.money.remittance import (
    LABELS,
    RemittanceInputError,
    RemittanceInputs,
    RemittanceResult,
    compute,
    preset,
)
from desktop_app.core.money.scenario import (
    ScenarioError,
    results_text,
    scenario_from_json,
)
from desktop_app.core.money.scenario import scenario_to_json as to_json
from desktop_app.core.money.texts import TextsError, load_texts
from desktop_app.core.story.sources import Citations
from desktop_app.ui.calculator import layout as build_layout
from desktop_app.ui.calculator import scenario_io
from desktop_app.ui.calculator.reflow import reflow
from desktop_app.ui.calculator.results import prose
from desktop_app.ui.calculator.simulation import Simulation
from desktop_app.ui.calculator.speech import CalculatorSpeech
from desktop_app.ui.shell.atomic import WriteError
from desktop_app.ui.shell.settings import Settings

if TYPE_CHECKING:  # matplotlib is imported only when the charts are built
    from desktop_app.charts.calculator_charts import CalculatorCharts
    from desktop_app.ui.calculator.live_figures import LiveCanvas

log = logging.getLogger(__name__)

SETTINGS_KEY = "calculator/scenario"
# Drawn from the palette, so every theme (high contrast included, where the default frames
# and slider grooves are black on black) shows the result cards and the sliders' tracks.
STYLE = """
QFrame[resultCard="true"] { border: 1px solid palette(mid); border-radius: 6px; }
QSlider::groove:horizontal {
    height: 0.35em; border: 1px solid palette(text); border-radius: 0.2em;
    background: palette(base);
}
QSlider::sub-page:horizontal { background: palette(highlight); border-radius: 0.2em; }
QSlider::handle:horizontal {
    width: 1em; margin: -0.4em 0; border-radius: 0.5em;
    border: 1px solid palette(text); background: palette(button);
}
"""
BASE_POINT_SIZE = 13.0  # the reading font at 100% (as main_window.BASE_POINT_SIZE)


def show_note(label: QLabel, text: str) -> None:
    """A message line that takes no room when it has nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


def palette_theme() -> str:
    """The chart theme that matches the application's current palette."""
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    if base.value() == 0:
        return "high-contrast"
    return "dark" if base.lightness() < 128 else "light"


class CalculatorPanel(QFrame):
    """The calculator. Signals: ``rendered()`` once its charts first drew; ``changed()`` after
    every new result. ``last_error`` and ``status`` show the latest message."""

    rendered = Signal()
    changed = Signal()

    def __init__(
        self,
        settings: Settings,
        citations: Citations,
        root: Path,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.settings = settings
        self.citations = citations
        self.root = root
        self.ready = False
        self.error: str | None = None
        self.notice = ""
        self.last_error = ""
        self.last_message = ""
        self.prose_text = ""
        self.theme_name = palette_theme()
        self.font_scale = 1.0
        self.charts: CalculatorCharts | None = None
        self.canvas: LiveCanvas | None = None
        self._build_pending = False
        self._persist = True
        self.setObjectName("calculator")
        self.setAccessibleName(self.tr("Remittance calculator"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 8, 4, 8)  # in line with the chapter's text
        try:
            self.texts = load_texts(root, lang)
        except TextsError as exc:
            self._show_error(str(exc), column)
            return
        self.inputs = self._restore()
        self.result = compute(self.inputs)
        self.ui = build_layout.build(self, column, self.texts, citations, self._field_refused)
        self.speech = CalculatorSpeech(self, self.ui, self.texts)
        self.sim = Simulation(self, self.ui)
        for name, row in self.ui.rows.items():
            row.box.valueChanged.connect(lambda _v, name=name: self._edited(name))
        for preset_id, button in self.ui.presets.items():
            button.clicked.connect(lambda *_, p=preset_id: self.apply_preset(p))
        self.ui.save.clicked.connect(self._ask_save)
        self.ui.load.clicked.connect(self._ask_load)
        self.ui.export.clicked.connect(self._ask_export)
        self.ui.copy.clicked.connect(self.copy_text)
        self.ui.reset.clicked.connect(self.reset)
        self.ui.start.clicked.connect(self.reset)
        self._sync_controls()
        self._show(self.result)
        self.set_font_scale(1.0)
        if self.notice:
            self._say(self.notice, error=True)

    # --- state ----------------------------------------------------------------------------
    def _restore(self) -> RemittanceInputs:
        raw = self.settings.value(SETTINGS_KEY, "")
        if not raw.strip():
            return RemittanceInputs.defaults()
        try:
            return scenario_from_json(raw, self.tr("The saved scenario"))
        except ScenarioError as exc:
            log.warning("stored calculator scenario ignored: %s (%s)", exc, exc.detail)
            self.notice = self.texts.say("actions", "restore_failed", problem=str(exc))
            kept = scenario_io.keep_damaged(self.settings.path.parent, raw)
            if kept is None:  # could not keep a copy: never overwrite the only one
                self._persist = False
            else:
                self.notice += " " + self.texts.say("actions", "restore_kept", path=str(kept))
            return RemittanceInputs.defaults()

    def _edited(self, name: str) -> None:
        row = self.ui.rows[name]
        try:
            inputs = self.inputs.with_field(name, row.box.known())
        except RemittanceInputError as exc:  # the box's range makes this unexpected
            row.show_message(row.box.message_for(exc))
            self.last_error = str(exc)
            return
        self.apply(inputs, sync=False)
        self.speech.edited(self.result)

    def apply(self, inputs: RemittanceInputs, sync: bool = True) -> None:
        """Show ``inputs`` and their results everywhere, and remember them."""
        self.inputs = inputs
        self.result = compute(inputs)
        if sync:
            self._sync_controls()
        self._show(self.result)
        if self._persist:
            self.settings.set_value(SETTINGS_KEY, to_json(inputs))
        self.changed.emit()

    def _sync_controls(self) -> None:
        for name, row in self.ui.rows.items():
            row.set_value(self.inputs.value(name))

    def _show(self, result: RemittanceResult) -> None:
        ui = self.ui
        ui.results.show_result(result)
        self.sim.show_values()
        total = result.total
        if result.inputs.years > 1:
            ui.totals_box.set_text(
                self.texts.say(
                    "panel",
                    "totals",
                    years=result.inputs.years,
                    sent=money_text(total.sent_cents),
                    arrives=money_text(total.arrives_cents),
                    brokers=money_text(total.brokers_cents),
                )
            )
            ui.totals_box.show()
        else:
            ui.totals_box.hide()
        text = " ".join(prose(result, self.texts))
        ui.prose_box.set_text(build_layout.paragraph(text))
        self.prose_text = text
        self.speech.show(result, text)
        if self.charts is not None and self.canvas is not None:
            self.charts.update(result)
            self.canvas.refresh()
            self.canvas.setAccessibleDescription(text)
            self.sim.schedule()

    # --- actions ----------------------------------------------------------------------------
    def apply_preset(self, preset_id: str) -> None:
        item = preset(preset_id)
        self.apply(item.inputs())
        for row in self.ui.rows.values():
            row.clear_message()
        label, note = LABELS[item.label_key], LABELS[item.note_key]
        show_note(self.ui.preset_note, self.texts.say("actions", "preset", label=label, note=note))
        self.speech.edited(self.result)

    def reset(self) -> None:
        """Back to the story's starting values."""
        self.apply(RemittanceInputs.defaults())
        for row in self.ui.rows.values():
            row.clear_message()
        show_note(self.ui.preset_note, "")
        self._say(self.texts.get("actions", "reset"))

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(results_text(self.result))
        self._say(self.texts.get("actions", "copied"))

    def save_scenario(self, path: Path) -> bool:
        try:
            scenario_io.write_scenario(path, self.inputs)
        except (WriteError, OSError) as exc:
            self._say(self.texts.say("actions", "save_failed", problem=str(exc)), error=True)
            return False
        self._say(self.texts.say("actions", "saved", path=str(path)))
        return True

    def load_scenario(self, path: Path) -> bool:
        try:
            inputs = scenario_io.read_scenario(path)
        except ScenarioError as exc:
            log.info("scenario %s refused: %s", path, exc.detail)
            problem = str(exc)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            problem = self.texts.say("actions", "read_failed", path=str(path), problem=reason)
        else:
            self.apply(inputs)
            for row in self.ui.rows.values():
                row.clear_message()
            show_note(self.ui.preset_note, "")
            self._say(self.texts.say("actions", "loaded", path=str(path)))
            return True
        self._say(self.texts.say("actions", "load_failed", problem=problem), error=True)
        return False

    def export_csv(self, path: Path) -> bool:
        try:
            scenario_io.write_results_csv(path, self.result)
        except (WriteError, OSError) as exc:
            self._say(self.texts.say("actions", "export_failed", problem=str(exc)), error=True)
            return False
        self._say(self.texts.say("actions", "exported", path=str(path)))
        return True

    def _ask_save(self) -> None:
        filters = self.tr("Lifeline scenario (*.json)")
        title = self.tr("Save this scenario")
        path = scenario_io.ask_save_path(self, title, scenario_io.SCENARIO_NAME, filters)
        if path is not None:
            self.save_scenario(path if path.suffix else path.with_suffix(".json"))

    def _ask_load(self) -> None:
        filters = self.tr("Lifeline scenario (*.json);;All files (*)")
        path = scenario_io.ask_open_path(self, self.tr("Load a scenario"), filters)
        if path is not None:
            self.load_scenario(path)

    def _ask_export(self) -> None:
        filters = self.tr("CSV table (*.csv)")
        title = self.tr("Save the results as CSV")
        path = scenario_io.ask_save_path(self, title, scenario_io.RESULTS_NAME, filters)
        if path is not None:
            self.export_csv(path if path.suffix else path.with_suffix(".csv"))

    def _say(self, text: str, error: bool = False) -> None:
        self.last_message = text
        if error:
            self.last_error = text
        show_note(self.ui.status, text)
        self.ui.status.setProperty("error", error)
        font = self.ui.status.font()
        font.setBold(error)
        self.ui.status.setFont(font)

    def _field_refused(self, name: str, message: str) -> None:
        self.last_error = message

    def _show_error(self, message: str, column: QVBoxLayout) -> None:
        self.error = message
        label = QLabel(self.tr("The calculator could not start: %1").replace("%1", message))
        label.setObjectName("calculator-error")
        label.setWordWrap(True)
        column.addWidget(label)
        self.setAccessibleDescription(label.text())

    # --- look -------------------------------------------------------------------------------
    def set_font_scale(self, scale: float) -> None:
        """Text zoom (0.5 to 2.5): the controls, the big numbers and the charts follow."""
        scale = max(0.5, min(2.5, float(scale)))
        changed = scale != self.font_scale
        self.font_scale = scale
        if self.error:
            return
        self._apply_fonts()
        if changed and self.charts is not None:
            self._rebuild_charts()

    def _apply_fonts(self) -> None:
        body = QFont(QApplication.font())
        body.setPointSizeF(BASE_POINT_SIZE * self.font_scale)
        self.setFont(body)
        build_layout.apply_fonts(self, self.ui, body)
        self.ui.modes.clear()
        reflow(self.ui, self.width())

    def _fonts_stale(self) -> bool:
        # The page this panel sits in may have been moved (into its column, into the
        # reading pane) after the fonts were set; Qt then re-resolves children's fonts.
        box = self.ui.rows["amount_usd"].box
        return abs(box.font().pointSizeF() - BASE_POINT_SIZE * self.font_scale) > 0.01

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Moving into a page makes Qt resolve the children's fonts against their new
        # ancestors, which undoes the sizes set here; set them again.
        if event.type() == QEvent.Type.ParentChange and self.error is None:
            self._apply_fonts()
        return handled

    def set_theme(self, name: str) -> None:
        """ "light", "dark" or "high-contrast": the charts follow (widgets use the palette)."""
        name = name if name in ("light", "dark", "high-contrast") else palette_theme()
        if name != self.theme_name:
            self.theme_name = name
            if self.charts is not None:
                self._rebuild_charts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.error is None:
            reflow(self.ui, event.size().width())

    # --- charts -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.error is None:
            self.sim.attach()
        if self.error is None and self._fonts_stale():
            self._apply_fonts()
        if self.error is None and self.charts is None and not self._build_pending:
            self._build_pending = True
            QTimer.singleShot(0, self, self.build_charts)  # dropped if deleted first

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.error is None:
            self.sim.hide_pin()

    def build_charts(self) -> None:
        """Build the live charts now (imports matplotlib)."""
        self._build_pending = False
        if self.error is not None or self.charts is not None:
            return
        from desktop_app.charts.calculator_charts import build
        from desktop_app.charts.style import theme_named
        from desktop_app.ui.calculator.live_figures import LiveCanvas

        if self.lang == "ko":
            from desktop_app.ui.shell.fonts import ensure_matplotlib_fonts

            ensure_matplotlib_fonts()
        theme = theme_named(self.theme_name, self.font_scale, self.lang)
        try:
            charts = build(self.result, theme, self.texts.figures)
        except (KeyError, ValueError) as exc:
            self.ui.charts_status.setText(str(exc))
            self.last_error = str(exc)
            return
        canvas = LiveCanvas(charts)
        canvas.setAccessibleName(self.texts.get("panel", "charts_name"))
        canvas.setAccessibleDescription(self.prose_text)
        canvas.drawn.connect(self._drawn)
        self.charts, self.canvas = charts, canvas
        self.ui.charts_status.hide()
        self.ui.charts_box.addWidget(canvas)
        self.speech.order_tabs(canvas)
        self.sim.set_canvas(canvas)

    def _rebuild_charts(self) -> None:
        old = self.canvas
        self.charts = None
        self.canvas = None
        self.sim.set_canvas(None)
        if old is not None:
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.build_charts()

    def _drawn(self) -> None:
        if not self.ready:
            self.ready = True
            self.rendered.emit()

    def render_now(self) -> str | None:
        """Self-test: build, try every preset, draw; None if all is well, else the problem."""
        from desktop_app.ui.calculator.selfcheck import exercise

        return exercise(self)
