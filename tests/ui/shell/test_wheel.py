"""The wheel scrolls the page over charts, tab bars, sliders and spin boxes (defect 4)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QSlider, QWidget

from desktop_app.app import create_window
from desktop_app.ui.widgets.accessible import PageTabs


def _wheel(widget: QWidget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    delta = QPoint(0, -120 if down else 120)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        delta,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _window(qtbot, chapter: int):
    win = create_window(["--chapter", str(chapter)])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_wheel_over_calculator_inputs_scrolls_and_changes_nothing(qtbot) -> None:
    """Unfocused spin boxes and sliders keep their value; the page moves instead."""
    win = _window(qtbot, 8)
    page = win.page(8)
    qtbot.waitUntil(lambda: bool(page.findChildren(QDoubleSpinBox)))
    bar = win.scroll.verticalScrollBar()
    for kind in (QDoubleSpinBox, QSlider):
        for widget in page.findChildren(kind):
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
            before, top = widget.value(), bar.value()
            _wheel(widget, down=bar.value() < bar.maximum() // 2)
            assert widget.value() == before, widget.accessibleName()
            assert bar.value() != top, widget.accessibleName()


def test_a_focused_spin_box_still_takes_the_wheel(qtbot) -> None:
    """Once the student has chosen the field (click or Tab), the wheel may change it."""
    win = _window(qtbot, 8)
    page = win.page(8)
    qtbot.waitUntil(lambda: bool(page.findChildren(QDoubleSpinBox)))
    box = next(b for b in page.findChildren(QDoubleSpinBox) if b.value() < b.maximum())
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    before = box.value()
    _wheel(box, down=False)
    assert box.value() > before


def test_wheel_over_a_tab_bar_or_chart_scrolls_the_page(qtbot) -> None:
    """A figure's tab stays on Chart, and a chart never swallows the wheel."""
    win = _window(qtbot, 3)
    page = win.page(3)
    # The figure's Chart/Table/Sources row (our own tabs since issue 12, not a QTabBar).
    qtbot.waitUntil(lambda: bool(page.findChildren(PageTabs)))
    bar = win.scroll.verticalScrollBar()
    tabs = page.findChildren(PageTabs)[0]
    index = tabs.current
    top = bar.value()
    for button in tabs.buttons:
        _wheel(button)
    assert tabs.current == index
    assert bar.value() > top
    from desktop_app.ui.figures.canvas import FittingCanvas
    from desktop_app.ui.figures.panel import FigurePanel

    panel = page.findChildren(FigurePanel)[0]

    def scrolled_to_and_drawn() -> bool:
        # The page may still reflow above the figure after it opened: scroll to it again
        # until it is on screen and drawn, as a reader would.
        win.scroll.ensureWidgetVisible(panel)
        return bool(page.findChildren(FittingCanvas))

    qtbot.waitUntil(scrolled_to_and_drawn, timeout=10000)
    canvas = page.findChildren(FittingCanvas)[0]
    bar.setValue(0)
    _wheel(canvas)
    assert bar.value() > 0
