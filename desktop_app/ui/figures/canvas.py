"""A QtAgg canvas that scales its figure like a picture when the column is narrow.

Builders lay a figure out for its design size (text wrapped to that width). A plain
canvas would squeeze the same text into fewer inches and clip it; this one lowers the
dots-per-inch instead, so the whole figure shrinks evenly and nothing is cut off.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy

SCREEN_DPI = 96.0


class FittingCanvas(FigureCanvasQTAgg):
    def __init__(self, figure: Figure, max_dpi: float = SCREEN_DPI) -> None:
        self.design_w, self.design_h = (float(v) for v in figure.get_size_inches())
        # Above 96 the figure grows past its design size (presentation mode fills the screen).
        self.max_dpi = max_dpi
        super().__init__(figure)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fitted_height(SCREEN_DPI))

    def _dpi_for(self, width_px: int) -> float:
        return min(self.max_dpi, max(20.0, width_px / self.design_w))

    def resizeEvent(self, event) -> None:
        dpi = self._dpi_for(event.size().width())
        self.figure.set_dpi(dpi * self.device_pixel_ratio)
        super().resizeEvent(event)
        # matplotlib sized the figure from the event's (possibly old) height and ignores
        # nested resizes, so pin the design size and then fit the widget to it.
        self.figure.set_size_inches(self.design_w, self.design_h, forward=False)
        if self.height() != self.fitted_height(dpi):
            self.setFixedHeight(self.fitted_height(dpi))

    def fitted_height(self, dpi: float) -> int:
        """The widget height the drawn picture covers: Agg truncates the figure's pixel
        height, so a rounded-up widget kept one unpainted row, which showed stale glyph
        fragments under the chart's last line (issue 11, defect 13)."""
        ratio = self.device_pixel_ratio or 1.0
        return int(int(self.design_h * dpi * ratio) / ratio)

    def paintEvent(self, event) -> None:
        # Whatever the picture does not cover (beside it, on a wide column) is painted
        # in its background, never left with what was drawn there before.
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor.fromRgbF(*to_rgba(self.figure.get_facecolor())))
        painter.end()
        super().paintEvent(event)
