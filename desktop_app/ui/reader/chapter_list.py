"""The sidebar: one row per chapter, with a tick once it has been read."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop_app.core.story.chapters import Story

READ_MARK = "✓"
UNREAD_MARK = "○"


class ChapterList(QListWidget):
    """Row 0 is the title page, row n is chapter n.

    Emits ``chapterChosen(int)`` (0 = title page) when the reader picks a row. Having
    the title page as a row means the list always has a current row, so giving it
    focus never jumps to another chapter by itself.
    """

    chapterChosen = Signal(int)

    def __init__(self, story: Story, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chapter-list")
        self.setAccessibleName(self.tr("Chapters"))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._story = story
        self._read: set[str] = set()
        title = QListWidgetItem(self.tr("Lifeline: title page"))
        title.setData(Qt.ItemDataRole.UserRole, 0)
        self.addItem(title)
        for chapter in story.chapters:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, chapter.number)
            if chapter.summary:
                item.setToolTip(chapter.summary)
            self.addItem(item)
        self._refresh()
        self.currentRowChanged.connect(self._row_changed)

    def _refresh(self) -> None:
        for row, chapter in enumerate(self._story.chapters, 1):
            item = self.item(row)
            done = chapter.id in self._read
            mark = READ_MARK if done else UNREAD_MARK
            warn = "  ⚠" if not chapter.ok else ""
            item.setText(f"{mark}  {chapter.number}. {chapter.title}{warn}")
            state = self.tr("read") if done else self.tr("not read yet")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{chapter.number}. {chapter.title}, {state}",
            )

    def set_read(self, ids: set[str]) -> None:
        self._read = set(ids)
        self._refresh()

    def is_marked_read(self, number: int) -> bool:
        return self.item(number).text().startswith(READ_MARK)

    def select(self, number: int) -> None:
        """Highlight a chapter without emitting ``chapterChosen``."""
        self.blockSignals(True)
        self.setCurrentRow(number)
        self.blockSignals(False)

    def focusInEvent(self, event) -> None:
        # With no chapter highlighted (glossary, My progress, lesson plan), Qt makes the
        # first row current on focus-in, which opened the title page whenever a menu closed
        # with Esc and gave the focus back here (issue 11, defect 6). Focus is not a choice.
        if self.currentRow() < 0:
            self.blockSignals(True)
            super().focusInEvent(event)
            self.blockSignals(False)
        else:
            super().focusInEvent(event)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.chapterChosen.emit(row)
