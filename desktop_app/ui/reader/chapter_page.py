"""One page of the reader: a chapter's text blocks and figures, or an error page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.story.chapters import Chapter
from desktop_app.core.story.glossary import Glossary, link_terms
from desktop_app.core.story.headings import split_headings
from desktop_app.ui.reader.title_page import scaled_label
from desktop_app.ui.shell.announce import Announcer
from desktop_app.ui.widgets.accessible import Heading
from desktop_app.ui.widgets.text_block import TextBlock

FigureFactory = Callable[[str], QWidget]
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.15}  # relative to body text; 4-6 as 3
QUIZ_AFTER_PAINT_MS = 60


class ChapterPage(QWidget):
    """A chapter laid out as a column; emits ``linkClicked(QUrl)`` for any link in it."""

    linkClicked = Signal(QUrl)
    nextClicked = Signal()

    def __init__(
        self,
        chapter: Chapter,
        total: int,
        font: QFont,
        figure_factory: FigureFactory,
        parent: QWidget | None = None,
        glossary: Glossary | None = None,
        extras=None,  # MainWindow: makes the teacher notes and quiz widgets
    ) -> None:
        super().__init__(parent)
        self.chapter = chapter
        self.setObjectName(f"chapter-{chapter.number}")
        self._font = font
        self._labels: list[tuple[QLabel, float]] = []
        self.blocks: list[TextBlock] = []
        self.headings: list[Heading] = []
        self._reading: list[QWidget] = []  # headings and blocks, in reading order
        self._links: Announcer | None = None
        self.figures: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 24)
        layout.setSpacing(12)
        kicker = self._add_label(
            self.tr("Chapter %1 of %2")
            .replace("%1", str(chapter.number))
            .replace("%2", str(total)),
            0.8,
        )
        kicker.setObjectName("kicker")
        layout.addWidget(kicker)
        self.teacher_panel: QWidget | None = None
        self._quiz_panel: QWidget | None = None
        self._quiz_slot: QWidget | None = None  # where the quiz goes once it is built
        self._extras = extras
        self._layout = layout
        if extras is not None and chapter.ok and extras.teacher_mode:
            self.ensure_teacher_panel()
        linked: set[str] = set()  # each glossary term is linked once per chapter
        if chapter.ok:
            for segment in chapter.segments:
                if segment.kind in ("figure", "widget"):
                    # Figures and interactive widgets share one factory and one protocol
                    # (ready / rendered / render_now / set_font_scale / set_theme).
                    widget = figure_factory(segment.value)
                    self.figures[segment.value] = widget
                    layout.addWidget(widget)
                else:
                    self._add_text(segment.value, glossary, linked)
            if extras is not None:
                # The quiz (15-30 widgets) is built just after the page's first paint, or
                # at once when something asks for it: not before the first paint (issue 16).
                self._quiz_slot = QWidget()
                self._quiz_slot.setObjectName("quiz-slot")
                QVBoxLayout(self._quiz_slot).setContentsMargins(0, 0, 0, 0)
                self._quiz_slot.hide()  # a hidden widget takes no room and no spacing
                layout.addWidget(self._quiz_slot)
        else:
            self._build_error(layout)
        if chapter.number < total:
            # At the end of the text, where Space and PgDn arrive: the way on, in reach.
            self.next_button = QPushButton(self.tr("Next chapter  ▶"))
            self.next_button.setObjectName("end-next")
            self.next_button.setMinimumHeight(40)
            self.next_button.clicked.connect(self.nextClicked)
            layout.addSpacing(12)
            layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.setAccessibleName(chapter.title)

    @property
    def quiz_panel(self) -> QWidget | None:
        """The questions at the end of the chapter (built on first need)."""
        self._build_quiz()
        return self._quiz_panel

    def _build_quiz(self) -> None:
        slot, self._quiz_slot = self._quiz_slot, None
        if slot is None or self._extras is None:
            return
        self._quiz_panel = self._extras.quiz_widget(self.chapter, self._font)
        if self._quiz_panel is not None:
            layout = slot.layout()
            assert layout is not None
            layout.addWidget(self._quiz_panel)
            slot.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._quiz_slot is not None:
            # The page is on screen: the quiz at its end follows a moment later, long
            # before anyone can scroll or Tab there (and before a screen reader's first
            # look at the page settles).
            QTimer.singleShot(QUIZ_AFTER_PAINT_MS, self, self._build_quiz)

    def _add_text(self, markdown: str, glossary: Glossary | None, linked: set[str]) -> None:
        # Each heading is its own widget (role Heading), so a screen reader can jump to it.
        for part in split_headings(markdown):
            if part.level:
                scale = HEADING_SCALE.get(part.level, HEADING_SCALE[3])
                heading = Heading(part.text, part.level)
                self._style(heading, scale, bold=True)
                self.headings.append(heading)
                self._reading.append(heading)
                self._layout.addWidget(heading)
                continue
            text = part.text
            if glossary is not None:
                text = link_terms(text, glossary, linked)
            folder = self.chapter.path.parent  # resources/chapters/<lang>/
            block = TextBlock(text, self._font, base=folder, root=folder.parent.parent)
            block.linkClicked.connect(self.linkClicked)
            block.linkFocused.connect(self._announce_link)
            self.blocks.append(block)
            self._reading.append(block)
            self._layout.addWidget(block)

    def _announce_link(self, text: str) -> None:
        # At once: it answers a key press, like the focus moving to a button would.
        if self._links is None:
            self._links = Announcer(self)
        self._links.say_now(self.tr("Link: %1").replace("%1", text))

    def _style(self, label: QLabel, scale: float, bold: bool = False) -> QLabel:
        f = QFont(self._font)
        f.setPointSizeF(self._font.pointSizeF() * scale)
        f.setBold(bold)
        label.setFont(f)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels.append((label, scale))
        return label

    def _add_label(self, text: str, scale: float, bold: bool = False) -> QLabel:
        label = scaled_label(text, self._font, scale, bold)
        self._labels.append((label, scale))
        return label

    def _build_error(self, layout: QVBoxLayout) -> None:
        heading = self._add_label(self.tr("This chapter could not be opened"), 1.6, bold=True)
        heading.setObjectName("error-heading")
        detail = self._add_label(
            self.tr("File: %1\nProblem: %2")
            .replace("%1", str(self.chapter.path))
            .replace("%2", self.chapter.error or ""),
            1.0,
        )
        detail.setObjectName("error-detail")
        hint = self._add_label(
            self.tr(
                "The other chapters still work. A teacher can fix this file in a text "
                "editor (see docs/content-format.md), then reopen Lifeline."
            ),
            0.9,
        )
        for w in (heading, detail, hint):
            layout.addWidget(w)
        self.setAccessibleDescription(detail.text())

    def ensure_teacher_panel(self) -> QWidget | None:
        """Build the teacher notes on first need (they are hidden unless asked for)."""
        if self.teacher_panel is None and self._extras is not None and self.chapter.ok:
            self.teacher_panel = self._extras.teacher_widget(self.chapter, self._font)
            if self.teacher_panel is not None:
                self._layout.insertWidget(1, self.teacher_panel)  # just under the kicker
        return self.teacher_panel

    def set_font(self, font: QFont) -> None:
        self._font = font
        for block in self.blocks:
            block.set_font(font)
        for panel in (self.teacher_panel, self._quiz_panel):
            if panel is not None and hasattr(panel, "set_font"):
                panel.set_font(font)
        if hasattr(self, "next_button"):
            self.next_button.setFont(font)
        for label, scale in self._labels:
            f = QFont(font)
            f.setPointSizeF(font.pointSizeF() * scale)
            f.setBold(label.font().bold())
            label.setFont(f)

    def plain_text(self) -> str:
        return "\n\n".join(
            w.text() if isinstance(w, QLabel) else w.plain_text()  # type: ignore[attr-defined]
            for w in self._reading
        )
