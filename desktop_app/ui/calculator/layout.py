"""The calculator's widgets, laid out for the reading column (about 750 px at 100%).

From the top: heading and introduction; presets from the story; the big results and a small
picture of the live chain chart; the inputs in four groups; the charts; the live prose; the
file actions and the message line.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.money.remittance import FIELD_BY_NAME, LABELS, PRESETS
from desktop_app.core.money.texts import GROUPS, CalculatorTexts
from desktop_app.core.story.sources import Citations
from desktop_app.ui.calculator.chain_view import ChainPicture
from desktop_app.ui.calculator.controls import FieldRow
from desktop_app.ui.calculator.labels import LabelBox
from desktop_app.ui.calculator.results import ResultsGrid

LINE_HEIGHT = 140  # percent, for paragraphs (the chapter text uses about this)
FACTS_SIZE = 0.8  # the fact IDs beside each setting, relative to body text
START_FACTS = ("D01", "A09")  # the starting values: US$1,000 through brokers keeping 30%


def _tr(text: str) -> str:
    # Context "CalculatorPanel": these strings are the panel's own, shown in its layout.
    return QCoreApplication.translate("CalculatorPanel", text)


@dataclass
class Ui:
    rows: dict[str, FieldRow]
    presets: dict[str, QPushButton]
    start: QPushButton
    preset_note: QLabel
    results: ResultsGrid
    totals: QLabel
    totals_box: LabelBox
    chain: ChainPicture
    charts_box: QVBoxLayout
    charts_status: QLabel
    prose: QLabel
    prose_box: LabelBox
    save: QPushButton
    load: QPushButton
    export: QPushButton
    copy: QPushButton
    reset: QPushButton
    status: QLabel
    forms: list[tuple[QGridLayout, list[FieldRow]]]
    preset_grid: QGridLayout
    action_grid: QGridLayout
    actions: list[QPushButton]
    modes: dict[str, object] = field(default_factory=dict)
    # (widget, size relative to body text, bold) for every label with its own size.
    styled: list[tuple[QWidget, float, bool]] = field(default_factory=list)


def paragraph(text: str) -> str:
    """Rich text for a long paragraph, spaced like the chapter's own text."""
    return f'<p style="line-height:{LINE_HEIGHT}%">{html.escape(text, quote=False)}</p>'


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def fact_tip(texts: CalculatorTexts, citations: Citations, ids: tuple[str, ...]) -> str:
    """'Starting value from A09, X11.' and each fact's claim, for a tooltip or description."""
    lines = [texts.say("panel", "fact_tip", ids=", ".join(ids))]
    for fid in ids:
        fact = citations.facts.get(fid)
        lines.append(f"{fid}: {fact.claim}" if fact is not None else fid)
    return "\n".join(lines)


def build(
    panel: QWidget,
    column: QVBoxLayout,
    texts: CalculatorTexts,
    citations: Citations,
    report: Callable[[str, str], None],
) -> Ui:
    """Make every widget; ``report(field, message)`` hears about refused input."""
    column.setSpacing(10)
    styled: list[tuple[QWidget, float, bool]] = []

    def heading(text: str, size: float = 1.2) -> QLabel:
        label = _label(text, panel)
        label.setAccessibleName(text)
        styled.append((label, size, True))
        column.addWidget(label)
        return label

    def note(text: str, name: str = "") -> QLabel:
        label = _label(text, panel, name)
        styled.append((label, 0.9, False))
        column.addWidget(label)
        return label

    heading(texts.get("panel", "heading"), 1.45)
    column.addWidget(_label(paragraph(texts.get("panel", "intro")), panel))

    heading(texts.get("panel", "presets_heading"))
    note(texts.get("panel", "presets_help"))
    grid = QGridLayout()
    grid.setSpacing(8)
    presets: dict[str, QPushButton] = {}
    prefix = texts.get("panel", "source_prefix")
    for item in PRESETS:
        label = LABELS[item.label_key]
        sources = ", ".join(item.fact_ids)
        button = QPushButton(f"{label}\n{prefix} {sources}", panel)
        button.setObjectName(f"preset-{item.id}")
        button.setAccessibleName(f"{label} ({prefix} {sources})")
        button.setAccessibleDescription(LABELS[item.note_key])
        button.setToolTip(LABELS[item.note_key])
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        presets[item.id] = button
    start = texts.get("panel", "start_label")
    sources = ", ".join(START_FACTS)
    reset_top = QPushButton(f"{start}\n{prefix} {sources}", panel)
    reset_top.setObjectName("preset-start")
    reset_top.setAccessibleName(f"{start} ({prefix} {sources})")
    reset_top.setToolTip(texts.get("panel", "start_note"))
    reset_top.setAccessibleDescription(texts.get("panel", "start_note"))
    reset_top.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column.addLayout(grid)
    preset_note = note("", "calculator-preset-note")
    preset_note.setAccessibleName(texts.get("panel", "presets_heading"))
    preset_note.hide()

    # The results sit just above the inputs, so a change and its effect are on screen
    # together (they were about 600 px below); a pinned strip follows further down.
    heading(texts.get("panel", "results_heading"))
    results = ResultsGrid(texts, panel)
    column.addWidget(results)
    totals = _label("", panel, "calculator-totals")
    styled.append((totals, 0.9, False))
    totals_box = LabelBox(totals, panel)
    totals_box.hide()
    column.addWidget(totals_box)
    chain = ChainPicture(panel)  # the live chain chart, small, so a change shows beside it
    column.addWidget(chain)

    heading(texts.get("panel", "inputs_heading"))
    rows: dict[str, FieldRow] = {}
    forms: list[tuple[QGridLayout, list[FieldRow]]] = []
    refused = texts.get("actions", "refused")
    for group, names in GROUPS:
        box = QGroupBox(texts.get("groups", group), panel)
        box.setObjectName(f"calculator-group-{group}")
        styled.append((box, 1.0, True))
        form = QGridLayout(box)
        group_rows: list[FieldRow] = []
        forms.append((form, group_rows))
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        for name in names:
            spec = FIELD_BY_NAME[name]
            control, help_text = texts.controls[name]
            tip = fact_tip(texts, citations, spec.fact_ids)
            row = FieldRow(
                spec, control, help_text, " · ".join(spec.fact_ids), tip, refused, report, box
            )
            if spec.optional:  # the wage: its lowest position reads "no data"
                row.allow_unknown(texts.get("panel", "no_data"))
            group_rows.append(row)
            styled.append((row.facts, FACTS_SIZE, False))
            styled.append((row.message, 0.9, True))
            rows[name] = row
        column.addWidget(box)

    heading(texts.get("panel", "charts_heading"))
    charts_box = QVBoxLayout()
    charts_box.setContentsMargins(0, 0, 0, 0)
    charts_status = _label(texts.get("panel", "charts_loading"), panel, "calculator-charts-status")
    charts_box.addWidget(charts_status)
    column.addLayout(charts_box)

    heading(texts.get("panel", "prose_heading"))
    prose = _label("", panel, "calculator-prose")
    prose.setAccessibleName(texts.get("panel", "prose_heading"))
    styled.append((prose, 1.05, False))
    prose_box = LabelBox(prose, panel)
    column.addWidget(prose_box)

    heading(texts.get("panel", "actions_heading"))
    buttons = QGridLayout()
    buttons.setSpacing(8)
    made: list[QPushButton] = []
    for text in (
        _tr("Save scenario…"),
        _tr("Load scenario…"),
        _tr("Export results (CSV)…"),
        _tr("Copy results as text"),
        _tr("Reset to the story"),
    ):
        button = QPushButton(text, panel)
        button.setAccessibleName(text.rstrip("…"))
        made.append(button)
    column.addLayout(buttons)
    status = _label("", panel, "calculator-status")
    status.setAccessibleName(_tr("Calculator messages"))
    status.hide()
    column.addWidget(status)
    save, load, export, copy, reset = made
    return Ui(
        rows=rows,
        presets=presets,
        start=reset_top,
        preset_note=preset_note,
        results=results,
        totals=totals,
        totals_box=totals_box,
        chain=chain,
        charts_box=charts_box,
        charts_status=charts_status,
        prose=prose,
        prose_box=prose_box,
        save=save,
        load=load,
        export=export,
        copy=copy,
        reset=reset,
        status=status,
        forms=forms,
        preset_grid=grid,
        action_grid=buttons,
        actions=made,
        styled=styled,
    )


def apply_fonts(panel: QWidget, ui: Ui, body: QFont) -> None:
    """Give every widget the body font (an application style sheet stops fonts from being
    inherited) and every specially sized label its size relative to ``body``."""
    special = {id(widget) for widget, _, _ in ui.styled}
    for widget in panel.findChildren(QWidget):
        if id(widget) not in special:
            widget.setFont(body)
    for widget, size, bold in ui.styled:
        font = QFont(body)
        font.setPointSizeF(body.pointSizeF() * size)
        font.setBold(bold)
        widget.setFont(font)
        if isinstance(widget, QGroupBox):
            # The title is bold; the rows inside are not.
            for child in widget.findChildren(QWidget):
                if id(child) not in special:
                    child.setFont(body)
    for row in ui.rows.values():
        # The box's own edit field must get the height its text needs at this size.
        row.box.setMinimumHeight(row.box.lineEdit().minimumSizeHint().height() + 6)
    ui.results.set_font(body)
    ui.prose_box.refit()
    ui.totals_box.refit()
