"""The Table and Sources tabs of a figure panel: the numbers and where they come from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from desktop_app.core.story.datasets import FACTS_COLUMN, Dataset, FigureInfo
from desktop_app.core.story.sources import Citations


def _tr(text: str) -> str:
    return QCoreApplication.translate("SourcesView", text)


class _Cell(QTableWidgetItem):
    """Sorts numbers as numbers and text as text; numbers show the exact CSV text."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        try:
            self._number: float | None = float(text.replace(",", ""))
        except ValueError:
            self._number = None
        if self._number is not None:
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        # Screen readers announce empty cells too, rather than skipping them silently.
        self.setData(Qt.ItemDataRole.AccessibleTextRole, text or "—")

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self._number, getattr(other, "_number", None)
        if mine is not None and theirs is not None:
            return mine < theirs
        if (mine is None) != (theirs is None):
            return mine is not None  # numbers before text
        return self.text() < other.text()


class DataTable(QTableWidget):
    """The exact numbers behind a figure: sortable, and Ctrl+C copies the selection."""

    def __init__(self, data: Dataset, info: FigureInfo, parent: QWidget | None = None) -> None:
        super().__init__(len(data.rows), len(data.columns), parent)
        self.setObjectName("figure-table")
        self.setAccessibleName(self.tr("Data table: %1").replace("%1", info.title))
        # The catalogue's headings and value labels; the CSV export keeps the file's names.
        self.setHorizontalHeaderLabels(
            [self.tr("Fact IDs") if c == FACTS_COLUMN else info.heading(c) for c in data.columns]
        )
        for r, row in enumerate(data.rows):
            for c, cell in enumerate(row):
                self.setItem(r, c, _Cell(info.cell_text(data.columns[c], cell)))
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()
        self.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap

    def selection_as_text(self) -> str:
        """Selected cells as tab-separated lines (the whole table when nothing is selected)."""
        ranges = self.selectedRanges()
        if not ranges:
            rows, cols = range(self.rowCount()), range(self.columnCount())
            header = [self.horizontalHeaderItem(c).text() for c in cols]
            lines = ["\t".join(header)]
        else:
            top = min(r.topRow() for r in ranges)
            bottom = max(r.bottomRow() for r in ranges)
            left = min(r.leftColumn() for r in ranges)
            right = max(r.rightColumn() for r in ranges)
            rows, cols = range(top, bottom + 1), range(left, right + 1)
            lines = []
        for r in rows:
            cells = []
            for c in cols:
                item = self.item(r, c)
                cells.append(item.text() if item and (not ranges or item.isSelected()) else "")
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.selection_as_text())

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)


def sources_html(info: FigureInfo, citations: Citations, tr: object = None) -> str:
    """The Sources tab: each fact ID with its claim and full reference, then the working.

    Its headings are translated under "SourcesView" (lupdate cannot see a ``tr`` passed
    in as an argument, so they stayed English in Korean); ``tr`` is kept for callers.
    """
    parts = [f"<p><b>{_tr('Where these numbers come from')}</b></p><ul>"]
    for fid in info.facts:
        fact = citations.facts.get(fid)
        if fact is None:
            parts.append(f"<li><b>{fid}</b>: {_tr('no source recorded')}</li>")
            continue
        refs = "; ".join(
            s.reference() + (f" <span>{s.url}</span>" if s.url else "")
            for s in citations.sources_of(fid)
        )
        working = f"<br/><i>{_tr('Working')}:</i> {fact.working}" if fact.working else ""
        parts.append(f"<li><b>{fid}</b>: {fact.claim}{working}<br/><small>{refs}</small></li>")
    parts.append("</ul>")
    if info.derivation:
        parts.append(
            f"<p><b>{_tr('How derived numbers were worked out')}:</b> {info.derivation}</p>"
        )
    return "".join(parts)


class SourcesView(QTextBrowser):
    def __init__(self, info: FigureInfo, citations: Citations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figure-sources")
        self.setAccessibleName(self.tr("Sources: %1").replace("%1", info.title))
        self.setOpenLinks(False)
        self.setHtml(sources_html(info, citations, self.tr))
        self.setTabChangesFocus(True)
