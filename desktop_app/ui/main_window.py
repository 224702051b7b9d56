"""The reader window: chapter list, reading pane, navigation, zoom.

All wiring between the child widgets happens here, in ``_connect_signals``; the
children never reach into each other.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classroom.progress import Progress, ProgressError
from desktop_app.ui.reader.chapter_list import ChapterList
from desktop_app.ui.reader.column import Column as _Column
from desktop_app.ui.reader.content import Content
from desktop_app.ui.reader.nav_bar import NavBar
from desktop_app.ui.reader.page_stack import PageStack
from desktop_app.ui.reader.reading_clock import ReadingClock
from desktop_app.ui.reader.title_page import TitlePage
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.memory import forget_module_sources_soon
from desktop_app.ui.shell.settings import ZOOM_MAX, ZOOM_MIN, Settings

if TYPE_CHECKING:  # a chapter page's module is imported with the first chapter shown
    from desktop_app.ui.reader.chapter_page import ChapterPage, FigureFactory

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 13.0
# Pages that are not chapters live beside them under negative keys.
PROGRESS_PAGE, LESSON_PLAN_PAGE, GLOSSARY_PAGE = -1, -2, -3
SIDE_PAGES = (PROGRESS_PAGE, LESSON_PLAN_PAGE, GLOSSARY_PAGE)
NO_PAGE = -100  # before the first page is shown
READING_WIDTH_CHARS = 72


class MainWindow(QMainWindow):
    """Signals: ``chapterShown(int)`` after a chapter (0 = title page) is on screen."""

    chapterShown = Signal(int)

    def __init__(
        self,
        content: Content,
        settings: Settings,
        progress: Progress,
        figure_factory: FigureFactory | None = None,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__()
        self.content = content
        self.story = content.story
        self.citations = content.citations
        self.progress_store = progress
        self.settings = settings
        file_dialogs.remember_in(settings)  # every file dialog starts where the last one ended
        self._figure_factory = figure_factory or (lambda fid: QLabel(fid))
        self._icon = icon or QIcon()
        self.current = NO_PAGE
        self._return_to = 1
        self.chart_theme = "light"
        self._columns: dict[int, _Column] = {}
        self._read = {c.id for c in self.story.chapters if progress.is_read(c.id)}
        self._zoom = settings.zoom
        self._notice = ""
        self.setObjectName("main-window")
        self.setWindowIcon(self._icon)
        from desktop_app.ui.classroom.coordinator import Classroom

        self.classroom = Classroom(self)
        self.reading_clock = ReadingClock(progress, parent=self)
        self.reading_clock.due.connect(self._scrolled)
        self._build()
        self._build_menus()
        self._connect_signals()
        self.chapter_list.set_read(self._read)
        self._apply_sidebar_font()
        self._update_progress()
        from desktop_app.ui.shell import window_geometry

        window_geometry.restore(self, settings)

    def closeEvent(self, event) -> None:
        from desktop_app.ui.shell import window_geometry

        window_geometry.save(self, self.settings)
        super().closeEvent(event)

    # --- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.chapter_list = ChapterList(self.story)
        self.chapter_list.setMinimumWidth(240)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("reading-pane")
        self.scroll.setAccessibleName(self.tr("Reading pane"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pages = PageStack()  # every page built so far; one shown (issue 16)
        self.scroll.setWidget(self.pages)
        self.scroll_progress = QProgressBar()
        self.scroll_progress.setObjectName("scroll-progress")
        self.scroll_progress.setAccessibleName(self.tr("Position in this chapter"))
        self.scroll_progress.setTextVisible(False)
        self.scroll_progress.setMaximumHeight(4)
        self.scroll_progress.setRange(0, 100)

        self.nav_bar = NavBar(len(self.story))
        # The window's own names for the bar's parts (tests and menus use them).
        self.prev_button = self.nav_bar.prev_button
        self.next_button = self.nav_bar.next_button
        self.progress = self.nav_bar.progress
        self.position_label = self.nav_bar.position_label

        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.scroll_progress)
        col.addWidget(self.scroll, 1)
        col.addWidget(self.nav_bar)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.chapter_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 890])
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        from desktop_app.ui.menus import build_menus

        build_menus(self)

    def _connect_signals(self) -> None:
        self.chapter_list.chapterChosen.connect(self.show_chapter)
        self.prev_button.clicked.connect(self.previous_chapter)
        self.next_button.clicked.connect(self.next_chapter)
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(lambda *_: self._scrolled())
        from desktop_app.ui.reader.keys import ReaderKeys

        self._reader_keys = ReaderKeys(self, self.scroll)
        self.scroll.setFocus()  # the reading keys work from the start (F6: chapter list)

    # --- public API -------------------------------------------------------------------
    def reading_font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        return font

    @property
    def zoom(self) -> int:
        return self._zoom

    @property
    def title_page(self) -> TitlePage:
        page = self.page(0)
        assert isinstance(page, TitlePage)
        return page

    def page(self, number: int) -> QWidget:
        """The page widget for a chapter (built on first use and kept)."""
        return self._column(number).page

    def _column(self, number: int) -> _Column:
        column = self._columns.get(number)
        if column is None:
            if number < 0:
                kind = {PROGRESS_PAGE: "progress", LESSON_PLAN_PAGE: "lesson-plan"}
                page = self.classroom.side_page(kind.get(number, "glossary"), self.reading_font())
            elif number == 0:
                # Built on first need: opening straight into a chapter skips the logo.
                title = TitlePage(len(self.story), self.reading_font(), self._icon)
                title.startClicked.connect(lambda: self.show_chapter(1))
                page: QWidget = title
            else:
                from desktop_app.ui.reader.chapter_page import ChapterPage

                chapter = self.story.chapters[number - 1]
                chapter_page = ChapterPage(
                    chapter,
                    len(self.story),
                    self.reading_font(),
                    self._figure_factory,
                    glossary=self.content.glossary if chapter.id != "sources" else None,
                    extras=self.classroom,
                )
                chapter_page.linkClicked.connect(self.open_link)
                chapter_page.nextClicked.connect(self.next_chapter)
                page = chapter_page
            column = _Column(page)
            column.set_reading_width(self._reading_width())
            self._columns[number] = column
            forget_module_sources_soon()  # the sources PySide6 read for the new page's imports
        return column

    def _put_on_screen(self, key: int) -> None:
        self.pages.show_only(self._column(key))
        self.scroll.verticalScrollBar().setValue(0)

    def page_on_screen(self) -> QWidget | None:
        """The column (page at its reading width) now in the reading pane."""
        return self.pages.shown

    def show_page(self, key: int) -> None:
        """Show My progress, the lesson plan or the glossary (keys below zero)."""
        if self.current > 0:
            self._return_to = self.current
            self._return_scroll = self.scroll.verticalScrollBar().value()
        self._put_on_screen(key)
        self.current = key
        self.reading_clock.open(None)
        self.chapter_list.select(-1)
        titles = {
            PROGRESS_PAGE: self.tr("My progress"),
            LESSON_PLAN_PAGE: self.tr("Lesson plan"),
            GLOSSARY_PAGE: self.tr("Glossary"),
        }
        self.setWindowTitle(self.tr("%1 — Lifeline").replace("%1", titles[key]))
        if key == PROGRESS_PAGE:
            self.classroom.refresh_progress()
        self.prev_button.setEnabled(True)
        self.next_button.setEnabled(True)
        self.position_label.setText(titles[key])

    def show_chapter(self, n: int) -> None:
        """Show chapter ``n`` (1-based); 0 shows the title page."""
        if not 0 <= n <= len(self.story):
            raise ValueError(f"chapter {n} does not exist (1 to {len(self.story)})")
        if n == self.current:
            return
        self._put_on_screen(n)
        self.current = n
        self.reading_clock.open(self.story.chapters[n - 1].id if n else None, self._body(n))
        self.chapter_list.select(n)
        if n:
            chapter = self.story.chapters[n - 1]
            self.setWindowTitle(
                self.tr("%1. %2 — Lifeline").replace("%1", str(n)).replace("%2", chapter.title)
            )
            self.settings.last_chapter = n
        else:
            self.setWindowTitle(self.tr("Lifeline"))
        self.prev_button.setEnabled(n > 0)
        self.next_button.setEnabled(n < len(self.story))
        self._update_progress()
        self._scrolled()
        self.chapterShown.emit(n)

    def next_chapter(self) -> None:
        if self.current in SIDE_PAGES:  # back to where the reader was
            self._back_to_reading()
        elif self.current < len(self.story):
            self.show_chapter(self.current + 1)

    def previous_chapter(self) -> None:
        if self.current in SIDE_PAGES:
            self._back_to_reading()
        elif self.current > 0:
            self.show_chapter(self.current - 1)

    def _back_to_reading(self) -> None:
        """The chapter, scrolled to where the reader left it (issue 11, defect 10)."""
        self.show_chapter(self._return_to)
        position = getattr(self, "_return_scroll", 0)
        bar = self.scroll.verticalScrollBar()
        bar.setValue(position)
        if bar.value() != position:  # the page's height is known after the next layout
            # The bar as context: the call is dropped if the window is deleted first.
            QTimer.singleShot(0, bar, lambda: bar.setValue(position))

    def built_chapter_pages(self) -> list[ChapterPage]:
        from desktop_app.ui.reader.chapter_page import ChapterPage

        pages = (column.page for key, column in self._columns.items() if key > 0)
        return [page for page in pages if isinstance(page, ChapterPage)]

    def forget_read_chapters(self) -> None:
        """After 'Reset my progress': no chapter is ticked any more."""
        self._read = set()
        self.chapter_list.set_read(self._read)
        self._update_progress()

    def set_zoom(self, percent: int) -> None:
        percent = max(ZOOM_MIN, min(ZOOM_MAX, percent))
        if percent == self._zoom:
            return
        self._zoom = percent
        self.settings.zoom = percent
        font = self.reading_font()
        width = self._reading_width()
        self._apply_sidebar_font()
        for number, column in self._columns.items():
            column.set_reading_width(width)
            page = column.page
            if hasattr(page, "set_font"):
                page.set_font(font)
            log.debug("re-zoomed chapter %s", number)
        for fig in self._built_figures():
            if hasattr(fig, "set_font_scale"):
                fig.set_font_scale(percent / 100)
        self.statusBar().showMessage(self.tr("Text size %1%").replace("%1", str(percent)), 2000)

    def set_theme(self, name: str) -> None:
        """Switch Light / Dark / High contrast (or follow the system); figures follow."""
        from desktop_app.ui.shell.theme import THEMES, apply_theme

        if name not in THEMES:
            raise ValueError(f"unknown theme '{name}'")
        self.settings.set_value("view/theme", name)
        self.chart_theme = apply_theme(QApplication.instance(), name)
        self.theme_actions[name].setChecked(True)
        for fig in self._built_figures():
            if hasattr(fig, "set_theme"):
                fig.set_theme(self.chart_theme)

    def _built_figures(self) -> list[QWidget]:
        """Every figure panel (and the calculator) on the pages built so far."""
        return [
            fig
            for column in self._columns.values()
            for fig in getattr(column.page, "figures", {}).values()
        ]

    def is_read(self, n: int) -> bool:
        return self.story.chapters[n - 1].id in self._read

    def mark_read(self, n: int) -> None:
        chapter = self.story.chapters[n - 1]
        if chapter.id in self._read or not chapter.ok:
            return
        self._read.add(chapter.id)
        self.progress_store.mark_read(chapter.id)
        self._save_progress()
        self.chapter_list.set_read(self._read)
        self.classroom.refresh_progress()
        self._update_progress()

    def _save_progress(self) -> None:
        try:
            self.progress_store.save()
        except ProgressError as exc:
            self.show_notice(str(exc))

    def show_notice(self, message: str) -> None:
        """A message the student should see (kept in the status bar for a while).

        A notice still on screen is kept in front of the new one, so none is lost.
        """
        bar = self.statusBar()
        shown = bar.currentMessage()
        if shown and shown == self._notice and message not in shown:
            message = f"{shown}  ·  {message}"
        self._notice = message
        bar.showMessage(message, 20000)

    def open_link(self, url: QUrl) -> None:
        from desktop_app.ui.shell import dialogs  # only when a link is used: keeps start-up lean

        if url.scheme() == "cite":
            dialogs.citation_dialog(self, self.citations, url.path()).open()
        elif url.scheme() == "glossary":
            dialogs.glossary_dialog(self, self.content.glossary, url.path()).open()
        else:
            dialogs.link_dialog(self, url.toString()).open()

    # --- internals ----------------------------------------------------------------
    def _reading_width(self) -> int:
        metrics = QFontMetrics(self.reading_font())
        return metrics.averageCharWidth() * READING_WIDTH_CHARS + 48

    def _apply_sidebar_font(self) -> None:
        font = self.reading_font()
        self.nav_bar.set_font(font)
        font.setPointSizeF(font.pointSizeF() * 0.8)
        self.chapter_list.setFont(font)

    def _scrolled(self, *_: object) -> None:
        bar = self.scroll.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.scroll_progress.setValue(
            100 if bar.maximum() == 0 else 100 * bar.value() // bar.maximum()
        )
        on_screen = self.pages.shown is not None and self.isVisible()
        # Read = the end reached AND a plausible time spent (core.classroom.reading).
        if self.current > 0 and at_end and on_screen and self.reading_clock.long_enough():
            self.mark_read(self.current)

    def _body(self, n: int) -> str:
        return self.story.chapters[n - 1].body if n else ""

    def _update_progress(self) -> None:
        self.nav_bar.show_read(sum(1 for c in self.story.chapters if c.id in self._read))
        self.nav_bar.show_position(self.current)

    def switch_language(self, lang: str) -> MainWindow:
        """Switch language at once: remember it, then rebuild the window in that language
        at the same place (the old window closes). Returns the window now on screen."""
        if lang == self.content.lang:
            return self
        self.settings.set_value("view/language", lang)
        self.settings.sync()
        relaunch = getattr(self, "relaunch", None)
        if relaunch is None:
            return self
        return relaunch(self, lang)

    def start_presentation(self, chapter: int | None = None) -> QWidget:
        """Full-screen presentation from ``chapter`` (default: the current one)."""
        from desktop_app.ui.presentation.view import PresentationView

        start = chapter if chapter is not None else max(1, self.current)
        view = PresentationView(self.story, self._figure_factory, start, self.zoom)
        view.finished.connect(self._presentation_finished)
        self.presentation = view
        view.showFullScreen()
        view.activateWindow()
        return view

    def _presentation_finished(self, chapter: int) -> None:
        # Emitted from the view's own closeEvent: dropping the last reference here would
        # delete it inside its own event handler. It is kept until the next one closes.
        self._closed_view, self.presentation = self.presentation, None
        self.show_chapter(chapter)
        self.activateWindow()
