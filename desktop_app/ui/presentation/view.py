"""Presentation mode: full screen, projector colours, one section or figure at a time.

Clicker-friendly: PgDn, Right, Down and Space go forward; PgUp, Left, Up and Backspace go
back; Home and End jump to the first and last slide; ``B`` blanks the screen until any
key is pressed; Esc leaves and returns the reader to the chapter on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.classroom.slides import Slide, story_slides
from desktop_app.core.story.chapters import Story
from desktop_app.ui.shell.theme import apply_theme
from desktop_app.ui.widgets.text_block import TextBlock

SPACING = 18
BODY_PT = 30.0  # at 100% zoom; readable from the back of a classroom
FIGURE_SCALE = 1.6
MIN_BODY_PT = 14.0  # the smallest the type may shrink to so a long section still fits
FORWARD = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
BACK = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _no_focus(widget: QWidget) -> None:
    # The presenter's keys must reach the view, never a tab bar or text box inside a slide.
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for child in widget.findChildren(QWidget):
        child.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class PresentationView(QWidget):
    """Signals: ``finished(int)`` with the chapter to return to; ``slideChanged(int)``."""

    finished = Signal(int)
    slideChanged = Signal(int)

    def __init__(
        self,
        story: Story,
        widget_factory: Callable[..., QWidget],
        start_chapter: int = 1,
        zoom: int = 100,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(_tr("Lifeline: presentation"))
        self.setAccessibleName(_tr("Presentation"))
        self.story = story
        self.slides: list[Slide] = story_slides(story)
        self._factory = widget_factory
        self._scale = zoom / 100
        self._built: dict[int, QWidget] = {}
        self.blanked = False
        # The projector theme applies to the whole app while presenting (the reader is
        # hidden behind), then the reader's own theme comes back.
        app = QApplication.instance()
        self._previous_palette = app.palette()
        self._previous_style = app.styleSheet()
        apply_theme(app, "high-contrast")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 36, 60, 24)
        self.stack = QStackedWidget()
        # The slides never size the window: it is the screen's size, and each slide is
        # fitted into it (issue 11, defect 1: the tallest slide made it 1140 px high).
        ignored = QSizePolicy.Policy.Ignored
        self.stack.setSizePolicy(ignored, ignored)
        layout.addWidget(self.stack, 1)
        self.footer = QLabel()
        self.footer.setObjectName("presentation-footer")
        self.footer.setFont(_font(14 * self._scale))
        layout.addWidget(self.footer)
        self.blank = QWidget(self)
        self.blank.setObjectName("presentation-blank")
        self.blank.setAutoFillBackground(True)
        pal = self.blank.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.blank.setPalette(pal)
        self.blank.hide()
        self.index = -1
        first = next((i for i, s in enumerate(self.slides) if s.chapter == start_chapter), 0)
        self.go_to(first)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- slides -------------------------------------------------------------------
    def _build(self, slide: Slide) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(SPACING)
        if slide.kind == "title":
            chapter = self.story.chapters[slide.chapter - 1]
            kicker = QLabel(_tr("Chapter %1").replace("%1", str(chapter.number)))
            kicker.setFont(_font(26 * self._scale))
            title = QLabel(slide.heading)
            title.setFont(_font(54 * self._scale, bold=True))
            title.setWordWrap(True)
            summary = QLabel(slide.body)
            summary.setFont(_font(28 * self._scale))
            summary.setWordWrap(True)
            col.addStretch(1)
            for w in (kicker, title, summary):
                col.addWidget(w)
            col.addStretch(2)
        else:
            heading = QLabel(slide.heading)
            heading.setFont(_font(24 * self._scale, bold=True))
            heading.setWordWrap(True)
            col.addWidget(heading)
            if slide.kind == "text":
                body = TextBlock(slide.body, _font(BODY_PT * self._scale))
                col.addWidget(body)
                col.addStretch(1)
                page.fit = (heading, body)  # type: ignore[attr-defined]
            else:
                widget = self._factory(
                    slide.body, theme="high-contrast", scale=FIGURE_SCALE * self._scale
                )
                if hasattr(widget, "set_chart_only"):
                    widget.set_chart_only(True)
                col.addWidget(widget, 1)
        _no_focus(page)
        return page

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.slides) - 1, index))
        if index == self.index:
            return
        page = self._built.get(index)
        if page is None:
            page = self._build(self.slides[index])
            self._built[index] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.index = index
        self._fit_text()
        slide = self.slides[index]
        chapter = self.story.chapters[slide.chapter - 1]
        in_chapter = [i for i, s in enumerate(self.slides) if s.chapter == slide.chapter]
        self.footer.setText(
            _tr("%1. %2  ·  %3 of %4  ·  Esc to leave, B to blank the screen")
            .replace("%1", str(chapter.number))
            .replace("%2", chapter.title)
            .replace("%3", str(in_chapter.index(index) + 1))
            .replace("%4", str(len(in_chapter)))
        )
        self.setAccessibleDescription(self.footer.text())
        self.slideChanged.emit(index)

    @property
    def current_slide(self) -> Slide:
        return self.slides[self.index]

    def current_widget(self) -> QWidget:
        return self.stack.currentWidget()

    # --- keys ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.blanked:
            self.set_blank(False)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_B:
            self.set_blank(True)
        elif key in FORWARD:
            self.go_to(self.index + 1)
        elif key in BACK:
            self.go_to(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def set_blank(self, on: bool) -> None:
        self.blanked = on
        self.blank.setGeometry(self.rect())
        self.blank.setVisible(on)
        if on:
            self.blank.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.blank.setGeometry(self.rect())
        self._fit_text()

    def _fit_text(self) -> None:
        """Shrink a text slide's type, step by step, until heading and body fit the slide."""
        fit = getattr(self.stack.currentWidget(), "fit", None)
        self.layout().activate()
        width, room = self.stack.width(), self.stack.height()
        if fit is None or width <= 0 or room <= 0:
            return
        heading, body = fit
        room -= heading.heightForWidth(width) + SPACING
        points = BODY_PT * self._scale
        while True:
            body.set_font(_font(points))
            doc = body.document()
            doc.setTextWidth(width)
            height = int(doc.size().height()) + 4
            if height <= room or points <= MIN_BODY_PT:
                break
            points = max(MIN_BODY_PT, points * 0.92)
        body.setFixedHeight(height)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        app = QApplication.instance()
        app.setPalette(self._previous_palette)
        app.setStyleSheet(self._previous_style)
        self.finished.emit(self.current_slide.chapter)
