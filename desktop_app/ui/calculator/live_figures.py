"""The calculator's live figure on screen: a canvas that redraws only what changed.

matplotlib 3.11 renders each text glyph by glyph, a few milliseconds per label, so a full
redraw of the three charts takes far longer than one 60 Hz frame. This canvas therefore
uses matplotlib's blitting convention: the charts' changing artists are *animated*; a full
draw paints the static parts once and keeps them as a background; a change of input then
restores that background, draws the moved bars and lines over it, and paints the changing
labels with Qt's text engine (glyph-cached, microseconds per label) at the positions and
in the fonts and colours matplotlib would use. A full draw happens only on resize, on the
first show and when the chain's steps change.

Imported only when the charts are first built (it imports matplotlib).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib
from matplotlib.backend_bases import DrawEvent, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_rgba
from matplotlib.text import Annotation, Text
from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip

from desktop_app.charts.calculator_charts import CalculatorCharts

log = logging.getLogger(__name__)

SCREEN_DPI = 96.0
_H_SHARE = {"left": 0.0, "center": 0.5, "right": 1.0}
_V_SHARE = {"top": 0.0, "center": 0.5, "center_baseline": 0.5, "bottom": 1.0, "baseline": 1.0}
_H_FLAG = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}
_fonts_registered = False


def register_chart_fonts() -> None:
    """Make matplotlib's own DejaVu fonts available to Qt, so both draw the same letters."""
    global _fonts_registered
    if _fonts_registered:
        return
    _fonts_registered = True
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if "DejaVu Sans" in QFontDatabase.families():
        return
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            log.warning("could not load chart font %s", folder / name)


@dataclass(frozen=True)
class _TextLayout:
    font: QFont
    lines: tuple[str, ...]
    width: float
    height: float
    line_height: float
    line_box: float


@lru_cache(maxsize=256)
def _rgba(color: str | tuple[float, ...], alpha: float | None) -> tuple[float, float, float, float]:
    r, g, b, a = to_rgba(color)
    return r, g, b, a if alpha is None else alpha


def _qcolor(color: object, alpha: float | None = None) -> QColor:
    key = tuple(color) if isinstance(color, list | tuple) else str(color)
    return QColor.fromRgbF(*_rgba(key, alpha))


class LiveCanvas(FigureCanvasQTAgg):
    """Shows a :class:`CalculatorCharts`; call :meth:`refresh` after ``charts.update``.

    Like a picture, the figure keeps its design size in inches and lowers its dots per inch
    when the column is narrower, so nothing is clipped. Counters ``draws`` (full draws) and
    ``paints`` (repaints) let tests and the benchmark see what happened; ``drawn`` is emitted
    after every full draw and ``painted`` after every repaint.
    """

    drawn = Signal()
    painted = Signal()

    def __init__(self, charts: CalculatorCharts) -> None:
        register_chart_fonts()
        self.charts = charts
        figure = charts.figure
        self.design_w, self.design_h = (float(v) for v in figure.get_size_inches())
        self._background: object | None = None
        self._parts: dict[str, object] = {}  # chart name -> its saved static picture
        self._layouts: dict[tuple[object, ...], _TextLayout] = {}
        self.draws = 0
        self.paints = 0
        self.last_tooltip = ""
        super().__init__(figure)
        charts.set_live(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(round(self.design_h * SCREEN_DPI))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mpl_connect("draw_event", self._on_draw)
        self.mpl_connect("motion_notify_event", self._hover)

    # --- drawing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the charts' current state: a blit of the charts that changed, or a full
        draw when the chain's steps changed."""
        if self._background is None or self.charts.steps_changed:
            self.draw_idle()
            return
        for name in self.charts.parts:
            if name in self.charts.dirty:
                self.restore_region(self._parts[name])  # type: ignore[arg-type]
                self._draw_shapes(name)
                self.update(self._rect(name))

    def part_picture(self, name: str) -> QPixmap:
        """Chart ``name`` as it is now drawn (a pending draw happens first)."""
        return self.grab(self._rect(name).intersected(self.rect()))

    def _rect(self, name: str) -> QRect:
        """Chart ``name``'s area in widget (logical) pixels."""
        box = self.charts.parts[name].box
        ratio = self.device_pixel_ratio
        top = self.figure.bbox.height - box.y1
        return QRect(
            math.floor(box.x0 / ratio),
            math.floor(top / ratio),
            math.ceil(box.width / ratio) + 1,
            math.ceil(box.height / ratio) + 1,
        )

    def _draw_shapes(self, name: str) -> None:
        for artist in self.charts.parts[name].shapes:
            if artist.get_visible():
                self.figure.draw_artist(artist)

    def _on_draw(self, event: DrawEvent) -> None:
        # A full draw painted the static parts: keep them, then add the moving bars.
        self._background = self.copy_from_bbox(self.figure.bbox)
        for name, part in self.charts.parts.items():
            self._parts[name] = self.copy_from_bbox(part.box)
            self._draw_shapes(name)
        self.charts.freeze_layout()
        self.draws += 1
        self.drawn.emit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._background is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            area = event.rect()
            for name, part in self.charts.parts.items():
                if not area.intersects(self._rect(name)):
                    continue
                for text in part.texts:
                    if text.get_visible() and text.get_text():
                        self._paint_text(painter, text)
        finally:
            painter.end()
        self.paints += 1
        self.painted.emit()

    def _anchor(self, text: Text) -> tuple[float, float]:
        """Where matplotlib would anchor ``text``, in display pixels (origin bottom left)."""
        if isinstance(text, Annotation) and text.axes is not None:
            base = {"data": text.axes.transData, "axes fraction": text.axes.transAxes}.get(
                str(text.xycoords)
            )
            if base is not None and text.anncoords == "offset points":
                x, y = base.transform(text.xy)
                dx, dy = text.xyann
                scale = self.figure.dpi / 72
                return float(x + dx * scale), float(y + dy * scale)
        box = text.get_window_extent()
        return float(box.x0), float(box.y0)

    def _layout_text(self, text: Text, px: float) -> _TextLayout:
        """The Qt font and block size for ``text`` (cached: most labels repeat)."""
        weight = text.get_fontweight()
        bold = weight == "bold" or (isinstance(weight, int | float) and weight >= 600)
        spacing = text.get_linespacing()
        key = (text.get_fontfamily()[0], round(px, 2), bold, str(spacing), text.get_text())
        found = self._layouts.get(key)
        if found is not None:
            return found
        font = QFont(key[0])
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        metrics = QFontMetricsF(font)
        lines = tuple(text.get_text().split("\n"))
        line_height = px * spacing if isinstance(spacing, int | float) else metrics.lineSpacing()
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = line_height * (len(lines) - 1) + metrics.height()
        if len(self._layouts) > 2000:
            self._layouts.clear()
        found = self._layouts[key] = _TextLayout(
            font, lines, width, height, line_height, metrics.height()
        )
        return found

    def _paint_text(self, painter: QPainter, text: Text) -> None:
        ratio = self.device_pixel_ratio
        x, y = self._anchor(text)
        px = float(text.get_fontsize()) * self.figure.dpi / 72 / ratio  # logical pixels
        block = self._layout_text(text, px)
        halign = str(text.get_horizontalalignment())
        left = x / ratio - block.width * _H_SHARE.get(halign, 0.0)
        top = (self.figure.bbox.height - y) / ratio - block.height * _V_SHARE.get(
            str(text.get_verticalalignment()), 1.0
        )
        patch = text.get_bbox_patch()
        if patch is not None:
            pad = 0.2 * px
            painter.fillRect(
                QRectF(left - pad, top - pad, block.width + 2 * pad, block.height + 2 * pad),
                _qcolor(patch.get_facecolor(), patch.get_alpha()),
            )
        painter.setFont(block.font)
        painter.setPen(_qcolor(text.get_color()))
        flag = _H_FLAG.get(halign, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        for i, line in enumerate(block.lines):
            rect = QRectF(left, top + i * block.line_height, block.width, block.line_box)
            painter.drawText(rect, flag, line)

    # --- fitting the column -------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        dpi = min(SCREEN_DPI, max(20.0, event.size().width() / self.design_w))
        self.figure.set_dpi(dpi * self.device_pixel_ratio)
        self.charts.relayout()
        self._background = None
        super().resizeEvent(event)
        self.figure.set_size_inches(self.design_w, self.design_h, forward=False)
        height = round(self.design_h * dpi)
        if self.height() != height:
            self.setFixedHeight(height)

    # --- hover ----------------------------------------------------------------------------
    def _hover(self, event: MouseEvent) -> None:
        tip = self.charts.tooltip_at(event) if event.inaxes is not None else ""
        if tip == self.last_tooltip:
            return
        self.last_tooltip = tip
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self)
        else:
            QToolTip.hideText()
