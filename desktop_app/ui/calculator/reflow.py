"""Fit the calculator to its column: wide rows when there is room, stacked rows when not.

At 100% text the reading column is about 700 px wide and every setting fits on one line
(label, box, slider, facts). At large text sizes the same column holds far fewer characters,
so each setting takes two lines (label and facts, then box and slider), presets and buttons
go one or two to a row and the results two to a row, instead of the page growing sideways.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop_app.ui.calculator.controls import FieldRow
from desktop_app.ui.calculator.layout import FACTS_SIZE, Ui

SLIDER_ROOM = 160  # the least width a slider is worth showing at beside its box
GROUP_MARGINS = 40  # a group box's frame and margins


def place(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Put ``widgets`` in ``grid`` row by row, ``columns`` to a row."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    for col in range(max(columns, grid.columnCount())):
        grid.setColumnStretch(col, 1 if col < columns else 0)


def place_rows(
    form: QGridLayout, rows: list[FieldRow], wide: bool, widths: tuple[int, int]
) -> None:
    """Lay out one group's settings on one line each (wide) or two (narrow)."""
    label_width, facts_width = widths
    for row in rows:
        for widget in row.widgets:
            form.removeWidget(widget)
    for r, row in enumerate(rows):
        if wide:
            top = 2 * r
            form.addWidget(row.label, top, 0)
            form.addWidget(row.box, top, 1)
            form.addWidget(row.slider, top, 2)
            form.addWidget(row.facts, top, 3)
            form.addWidget(row.message, top + 1, 0, 1, 4)
        else:
            top = 3 * r
            form.addWidget(row.label, top, 0, 1, 2)
            form.addWidget(row.facts, top, 2)
            form.addWidget(row.box, top + 1, 0)
            form.addWidget(row.slider, top + 1, 1, 1, 2)
            form.addWidget(row.message, top + 2, 0, 1, 3)
    stretches = (0, 0, 1, 0) if wide else (0, 1, 0, 0)
    minimums = (label_width, 0, 0, facts_width) if wide else (0, 0, facts_width, 0)
    for col, (stretch, minimum) in enumerate(zip(stretches, minimums, strict=True)):
        form.setColumnStretch(col, stretch)
        form.setColumnMinimumWidth(col, minimum)


def _widest(widgets: Sequence[QWidget]) -> int:
    return max(widget.sizeHint().width() for widget in widgets)


def reflow(ui: Ui, width: int) -> None:
    """Choose the arrangement that fits ``width`` (the panel's width, in pixels)."""
    rows = [row for _, group in ui.forms for row in group]
    body = rows[0].label.font()
    small = QFont(body)
    small.setPointSizeF(body.pointSizeF() * FACTS_SIZE)
    facts_width = QFontMetrics(small).horizontalAdvance("X00 · X00") + 4
    label_width = max(QFontMetrics(body).horizontalAdvance(row.name) for row in rows) + 12
    box_width = _widest([row.box for row in rows])
    wide = width >= label_width + box_width + SLIDER_ROOM + facts_width + 36 + GROUP_MARGINS
    spacing = 8
    presets: list[QWidget] = [*ui.presets.values(), ui.start]
    preset_columns = 2 if width >= 2 * _widest(presets) + spacing else 1
    button = _widest(ui.actions)
    action_columns = next((n for n in (3, 2) if width >= n * button + (n - 1) * spacing), 1)
    result_columns = 4 if width >= ui.results.width_needed(4) else 2
    mode = (wide, label_width, facts_width, preset_columns, action_columns, result_columns)
    if ui.modes.get("layout") == mode:
        return
    ui.modes["layout"] = mode
    for form, group in ui.forms:
        place_rows(form, group, wide, (label_width, facts_width))
    place(ui.preset_grid, presets, preset_columns)
    place(ui.action_grid, ui.actions, action_columns)
    ui.results.set_columns(result_columns)
