"""The drawn chart covers its whole canvas (issue 11, defect 13).

A canvas one pixel taller than the picture Agg draws left a row that was never painted;
in a real window it showed a strip of stale glyph fragments under the chart's sources
line. Checked at widths that give fractional pixel heights.
"""

from __future__ import annotations

import pytest

from desktop_app.core.story.sources import load_citations
from desktop_app.paths import resources_dir
from desktop_app.ui.figures.panel import FigurePanel
from desktop_app.ui.figures.store import FigureStore


@pytest.mark.parametrize("figure_id", ["where-1000-goes", "what-money-buys"])
def test_the_picture_covers_the_canvas_at_every_width(qtbot, figure_id: str) -> None:
    """After each resize the canvas is no taller than the rendered picture."""
    root = resources_dir()
    panel = FigurePanel(figure_id, FigureStore(root, load_citations(root)))
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitUntil(lambda: panel.ready, timeout=20000)
    for width in (1000, 760, 700, 913, 641):
        panel.resize(width, 700)
        canvas = panel.canvas
        qtbot.waitUntil(lambda c=canvas: c.width() == c.parentWidget().width())
        canvas.draw()
        ratio = canvas.device_pixel_ratio
        drawn = canvas.get_renderer().height / ratio
        assert canvas.height() <= drawn, (width, canvas.height(), drawn)
        assert drawn - canvas.height() < 1 + 1 / ratio
