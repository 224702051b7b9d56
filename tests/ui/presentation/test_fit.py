"""Every slide of every chapter fits the projector's screen, footer in view (defect 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window
from desktop_app.ui.presentation.view import PresentationView

SIZES = [(1024, 768), (1366, 768), (1920, 1080), (2560, 1440)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_slide_fits_the_screen(qtbot, width: int, height: int) -> None:
    """At each school screen size: the view keeps the screen's size, the footer is on it,
    and each text slide's heading and body lie inside the slide area."""
    window = create_window(["--chapter", "1"])
    qtbot.addWidget(window)
    view = PresentationView(window.story, window._figure_factory, 1, window.zoom)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    problems = []
    for index, slide in enumerate(view.slides):
        view.go_to(index)
        QApplication.processEvents()
        where = f"slide {index} ({slide.kind}, chapter {slide.chapter})"
        if (view.width(), view.height()) != (width, height):
            problems.append(f"{where}: view grew to {view.width()}x{view.height()}")
        footer = view.footer.geometry()
        if not view.footer.isVisible() or footer.bottom() > height or footer.height() <= 0:
            problems.append(f"{where}: footer at {footer}")
        area = view.stack.geometry()
        fit = getattr(view.current_widget(), "fit", None)
        if fit is not None:
            for part in fit:
                bottom = part.mapTo(view, QPoint(0, part.height())).y()
                if bottom > area.bottom() + 1:
                    problems.append(f"{where}: text ends at {bottom}, slide at {area.bottom()}")
    view.close()
    assert not problems, "\n".join(problems[:20])
