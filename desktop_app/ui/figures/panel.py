"""A figure as a student meets it: Chart, Table and Sources tabs, a description, exports.

matplotlib is imported only when the chart is first built, on a zero-timer after the
panel first paints (so only once it is on screen), so the window paints before any
plotting code loads and figures further down a chapter cost nothing until reached.
"""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.story.datasets import DatasetError
from desktop_app.ui.figures.store import FigureStore
from desktop_app.ui.figures.tabs import DataTable, SourcesView
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.atomic import WriteError, write_bytes_atomic
from desktop_app.ui.shell.zoom import apply_zoom
from desktop_app.ui.widgets.accessible import Pages, PageTabs

log = logging.getLogger(__name__)

EXPORT_KINDS = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV data (*.csv)"}


class FigurePanel(QFrame):
    """One figure. Signals: ``rendered()`` once the chart has first been drawn."""

    rendered = Signal()

    def __init__(
        self,
        figure_id: str,
        store: FigureStore,
        theme: str = "light",
        font_scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.figure_id = figure_id
        self.store = store
        self.theme_name = theme
        self.font_scale = font_scale
        self.ready = False
        self.error: str | None = None
        self.figure = None
        self.canvas = None
        self._table: DataTable | None = None  # the Table and Sources tabs are filled
        self._sources: SourcesView | None = None  # when first opened (issue 16)
        self.last_tooltip = ""
        self.last_message = ""
        self._build_pending = False
        self._stale = False  # theme or text size changed while off screen
        self._chart_only = False
        self.setObjectName(f"figure-{figure_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        try:
            self.info = store.info(figure_id)
            self.data = store.dataset(figure_id)
        except DatasetError as exc:
            self._show_error(str(exc))
            return
        self._build_frame(layout)
        self._apply_fonts()

    # --- structure ------------------------------------------------------------------
    def _build_frame(self, layout: QVBoxLayout) -> None:
        info = self.info
        self.setAccessibleName(self.tr("Figure: %1").replace("%1", info.title))
        self.setAccessibleDescription(info.description)
        # The chart draws its own title; the row of tabs carries Describe and Export. Each
        # button names its figure: a page with three figures has three Export buttons.
        corner = QWidget()
        head = QHBoxLayout(corner)
        head.setContentsMargins(0, 0, 0, 2)
        # Our own tabs, not QTabBar's: Qt reports a tab bar's current tab as focused even
        # while the focus is elsewhere (see ui/widgets/accessible.py).
        self.page_tabs = PageTabs([self.tr("Chart"), self.tr("Table"), self.tr("Sources")])
        self.page_tabs.setAccessibleName(self.tr("Views of %1").replace("%1", info.title))
        head.addWidget(self.page_tabs, 1)
        self.describe_button = QPushButton(self.tr("Describe"))
        self.describe_button.setCheckable(True)
        self.describe_button.setAccessibleName(
            self.tr("Show the text description of %1").replace("%1", info.title)
        )
        head.addWidget(self.describe_button)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export %1").replace("%1", info.title))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for kind, label in (
            ("png", self.tr("Picture (PNG)…")),
            ("svg", self.tr("Picture (SVG)…")),
            ("csv", self.tr("Data (CSV)…")),
        ):
            menu.addAction(label, lambda kind=kind: self.export_with_dialog(kind))
        self.export_button.setMenu(menu)
        head.addWidget(self.export_button)

        self.description = QLabel(info.description.strip())
        self.description.setObjectName("figure-description")
        self.description.setWordWrap(True)
        self.description.setVisible(False)
        self.description.setAccessibleName(info.description.strip())  # the text itself
        self.description.setAccessibleDescription(self.tr("Description"))
        self.describe_button.toggled.connect(self.description.setVisible)

        self.tabs = Pages(self.page_tabs)
        self.header = corner
        self.tabs.setAccessibleName(
            self.tr("%1: chart, table and sources").replace("%1", info.title)
        )
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Drawing the chart…"))
        self.placeholder.setMinimumHeight(360)
        self.chart_layout.addWidget(self.placeholder)
        self.tabs.addTab(self.chart_holder, self.tr("Chart"))
        # The table and the sources are a third of a figure's widgets and most of its
        # memory, and most readers stay on Chart: each tab is filled when first opened.
        table_tab = QWidget()
        self._table_layout = QVBoxLayout(table_tab)
        copy = QPushButton(self.tr("Copy table"))
        copy.setAccessibleName(self.tr("Copy the table of %1").replace("%1", info.title))
        copy.clicked.connect(lambda: self.table.copy())
        self._table_layout.addWidget(copy)
        self.tabs.addTab(table_tab, self.tr("Table"))
        sources_tab = QWidget()
        self._sources_layout = QVBoxLayout(sources_tab)
        self._sources_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(sources_tab, self.tr("Sources"))
        self.tabs.currentChanged.connect(self._fill_tab)
        layout.addWidget(corner)
        layout.addWidget(self.tabs)
        layout.addWidget(self.description)
        self.status = QLabel()
        self.status.setObjectName("figure-status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)

    @property
    def table(self) -> DataTable:
        """The Table tab's grid (built on first use)."""
        if self._table is None:
            self._table = DataTable(self.data, self.info)
            self._table_layout.insertWidget(0, self._table)
            self._table.show()  # at once: Qt would show a late child only after a turn
            self._apply_fonts()
        return self._table

    @property
    def sources(self) -> SourcesView:
        """The Sources tab's text (built on first use)."""
        if self._sources is None:
            self._sources = SourcesView(self.info, self.store.citations)
            self._sources_layout.addWidget(self._sources)
            self._sources.show()
            self._apply_fonts()
        return self._sources

    def _fill_tab(self, index: int) -> None:
        if index == 1:
            self.table  # noqa: B018 (built by reading it)
        elif index == 2:
            self.sources  # noqa: B018

    def _show_error(self, message: str) -> None:
        self.error = message
        self.ready = True
        label = QLabel(self.tr("This figure could not be shown.\n%1").replace("%1", message))
        label.setObjectName("figure-error")
        label.setWordWrap(True)
        self.setAccessibleName(self.tr("Figure unavailable"))
        self.setAccessibleDescription(message)
        self.layout().addWidget(label)
        log.error("figure %s: %s", self.figure_id, message)

    # --- chart --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._stale and self.figure is not None:
            self._stale = False
            QTimer.singleShot(0, self, self.rebuild)  # self as context: dropped if deleted
        elif self.figure is None and self.error is None and not self._build_pending:
            self._build_pending = True
            QTimer.singleShot(0, self, self._build_chart)

    def _chart_theme(self):
        from desktop_app.charts.style import theme_named

        if self.store.lang == "ko":
            from desktop_app.ui.shell.fonts import ensure_matplotlib_fonts

            ensure_matplotlib_fonts()  # Hangul needs the bundled font inside matplotlib too
        theme = theme_named(self.theme_name, self.font_scale, self.store.lang)
        # Zoomed text is laid out for the width the chart has, not a wider page that the
        # canvas would then shrink (and the text with it) to fit the column.
        return replace(theme, room_in=self.chart_holder.width() / 96.0)

    def _make_figure(self):
        from desktop_app.charts.registry import builder_for

        return builder_for(self.figure_id)(self.data, self.info, self._chart_theme())

    def _build_chart(self) -> None:
        self._build_pending = False
        if self.figure is not None or self.error is not None:
            return
        try:
            figure = self._make_figure()
        except Exception as exc:  # a bad figure must not take the chapter down
            self._show_error(f"{type(exc).__name__}: {exc}")
            self.rendered.emit()
            return
        from desktop_app.ui.figures.canvas import FittingCanvas

        self.figure = figure
        self.canvas = FittingCanvas(figure, max_dpi=192.0 if self._chart_only else 96.0)
        self.canvas.setAccessibleName(self.info.title)
        self.canvas.setAccessibleDescription(self.info.description)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("draw_event", self._drawn)
        self.chart_layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()
        self.placeholder = None
        from desktop_app.ui.shell.memory import forget_module_sources_soon

        forget_module_sources_soon()  # matplotlib's sources, read by PySide6 (see there)

    def _drawn(self, _event) -> None:
        if not self.ready:
            self.ready = True
            self.rendered.emit()

    def _hover(self, event) -> None:
        from desktop_app.charts.marks import tooltips

        for artist, text in tooltips(self.figure):
            hit, _ = artist.contains(event)
            if hit:
                if text != self.last_tooltip:
                    self.last_tooltip = text
                    QToolTip.showText(QCursor.pos(), text, self.canvas)
                return
        if self.last_tooltip:
            self.last_tooltip = ""
            QToolTip.hideText()

    def render_now(self) -> str | None:
        """Build and draw synchronously; return None, or what went wrong (for --self-test)."""
        if self.error:
            return self.error
        if self._stale:
            self._stale = False
            self.rebuild()
        if self.figure is None:
            self._build_chart()
            if self.error:
                return self.error
        self.canvas.draw()
        rgba = bytes(self.canvas.buffer_rgba())
        if len(set(rgba[i : i + 4] for i in range(0, len(rgba), 4 * 97))) < 2:
            return "the chart rendered blank"
        return None

    def rebuild(self) -> None:
        """Draw the figure again (after a theme or text-size change)."""
        if self.figure is None:
            return
        old_canvas = self.canvas
        self.figure = None
        self.canvas = None
        self.placeholder = QLabel()
        self.chart_layout.replaceWidget(old_canvas, self.placeholder)
        old_canvas.deleteLater()
        self._build_chart()

    def _restyle(self) -> None:
        # Only what is on screen is redrawn now; other panels redraw when next painted.
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self.rebuild()
        else:
            self._stale = True

    def set_font_scale(self, scale: float) -> None:
        """Text zoom: the tabs, table, sources and description now, the chart when drawn."""
        if scale != self.font_scale:
            self.font_scale = scale
            self._apply_fonts()
            self._restyle()

    def _apply_fonts(self) -> None:
        font = apply_zoom(self, self.font_scale)
        # A theme change re-polishes every widget against the application style sheet,
        # which resets fonts set with setFont; a size in the panel's own sheet survives it.
        self.setStyleSheet(f"font-size: {font.pointSizeF():.2f}pt;")
        if self._table is not None:
            self._table.resizeColumnsToContents()
            self._table.resizeRowsToContents()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Moving into a page, or the style sheet's first polish, makes Qt resolve the
        # children's fonts again (as in the calculator), undoing the zoom: set them again.
        again = (QEvent.Type.ParentChange, QEvent.Type.Polish)
        if event.type() in again and getattr(self, "error", "") is None:
            self._apply_fonts()
        return handled

    def set_theme(self, name: str) -> None:
        if name != self.theme_name:
            self.theme_name = name
            self._restyle()

    def set_chart_only(self, on: bool) -> None:
        """Show just the chart (presentation mode): no tab bar, buttons or frame."""
        self._chart_only = on
        if self.error is not None:
            return
        if self.canvas is not None:
            self.canvas.max_dpi = 192.0 if on else 96.0
        self.header.setVisible(not on)
        self.tabs.setCurrentIndex(0)
        self.setFrameShape(QFrame.Shape.NoFrame if on else QFrame.Shape.StyledPanel)

    # --- export -----------------------------------------------------------------------
    def default_export_name(self, kind: str) -> str:
        return f"lifeline-{self.figure_id}.{kind}"

    def export_bytes(self, kind: str) -> bytes:
        if kind == "csv":
            return self.data.as_csv_text().encode("utf-8")
        figure = self.figure if self.figure is not None else self._make_figure()
        buffer = io.BytesIO()
        # Export at the design size, whatever size the canvas has on screen.
        width, height = (
            getattr(self.canvas, "design_w", None),
            getattr(self.canvas, "design_h", None),
        )
        if width and height:
            figure.set_size_inches(width, height, forward=False)
        figure.savefig(buffer, format=kind, dpi=150, facecolor=figure.get_facecolor())
        if self.canvas is not None:
            self.canvas.resize(self.canvas.size())
            self.canvas.draw_idle()
        return buffer.getvalue()

    def export(self, kind: str, path: Path) -> bool:
        """Write the figure (png/svg) or its data (csv) atomically; report the outcome."""
        try:
            write_bytes_atomic(path, self.export_bytes(kind))
        except (WriteError, OSError, ValueError) as exc:
            self._say(self.tr("Could not save: %1").replace("%1", str(exc)), error=True)
            return False
        self._say(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def export_with_dialog(self, kind: str) -> None:
        path = file_dialogs.ask_save_path(
            self,
            self.tr("Export figure"),
            self.default_export_name(kind),
            self.tr(EXPORT_KINDS[kind]),
        )
        if path is not None:
            if not path.suffix:
                path = path.with_suffix(f".{kind}")
            self.export(kind, path)

    def _say(self, message: str, error: bool = False) -> None:
        self.last_message = message
        self.status.setText(("⚠ " if error else "✓ ") + message)
        self.status.setVisible(True)
        self.status.setAccessibleName(message)
