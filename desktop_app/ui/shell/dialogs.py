"""Small dialogs: a citation's full reference, an outside address, shortcuts, a crash."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.story.sources import Citations
from desktop_app.ui.shell.zoom import apply_zoom


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _wrap(text: str, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _AddressRow(QWidget):
    """An address shown as selectable text with a Copy button: never opened."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(url)
        self.field.setReadOnly(True)
        self.field.setAccessibleName(self.tr("Web address"))
        self.field.setCursorPosition(0)
        self.copy = QPushButton(self.tr("Copy address"))
        self.copy.setAccessibleName(self.tr("Copy address"))
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.field, 1)
        row.addWidget(self.copy)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())
        self.copy.setText(self.tr("Copied"))


def _dialog(parent: QWidget | None, title: str) -> tuple[QDialog, QVBoxLayout]:
    dialog = _Zoomed(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(520)
    layout = QVBoxLayout(dialog)
    layout.setSpacing(10)
    return dialog, layout


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)


class _Zoomed(QDialog):
    """A pop-up that opens at the text zoom of the window it belongs to (issue 11, defect 8):
    the window's ``zoom`` (percent), found through the parent chain."""

    def showEvent(self, event) -> None:
        owner = self.parentWidget()
        zoom = getattr(owner.window(), "zoom", 100) if owner is not None else 100
        apply_zoom(self, zoom / 100 if isinstance(zoom, int | float) else 1.0)
        super().showEvent(event)


def citation_dialog(parent: QWidget | None, citations: Citations, fact_id: str) -> QDialog:
    dialog, layout = _dialog(parent, _tr("Source %1").replace("%1", fact_id))
    dialog.setObjectName("citation-dialog")
    fact = citations.facts.get(fact_id)
    if fact is None:
        layout.addWidget(_wrap(_tr("No source is recorded for %1.").replace("%1", fact_id)))
        _close_button(dialog, layout)
        return dialog
    kind = {
        "A": _tr("From the article"),
        "X": _tr("From another public source"),
        "D": _tr("Worked out in Lifeline"),
    }[fact_id[0]]
    heading = _wrap(f"<b>{fact_id}</b> · {kind}", rich=True)
    layout.addWidget(heading)
    layout.addWidget(_wrap(fact.claim))
    if fact.attribution:
        layout.addWidget(_wrap(_tr("Who says so: %1").replace("%1", fact.attribution)))
    if fact.working:
        layout.addWidget(_wrap(_tr("Working: %1").replace("%1", fact.working)))
    if fact.derived_from:
        layout.addWidget(
            _wrap(_tr("Worked out from: %1").replace("%1", ", ".join(fact.derived_from)))
        )
    for source in citations.sources_of(fact_id):
        ref = _wrap(source.reference())
        ref.setObjectName("reference")
        layout.addWidget(ref)
        if source.note:
            layout.addWidget(_wrap(source.note))
        if source.url:
            layout.addWidget(_AddressRow(source.url))
    _close_button(dialog, layout)
    return dialog


def glossary_dialog(parent: QWidget | None, glossary, term_id: str) -> QDialog:
    dialog, layout = _dialog(parent, _tr("Glossary"))
    dialog.setObjectName("glossary-dialog")
    term = glossary.get(term_id) if glossary is not None else None
    if term is None:
        layout.addWidget(_wrap(_tr("No glossary entry for '%1'.").replace("%1", term_id)))
    else:
        heading = _wrap(f"<h3>{term.term}</h3>", rich=True)
        heading.setAccessibleName(term.term)
        layout.addWidget(heading)
        definition = _wrap(term.definition)
        definition.setObjectName("definition")
        layout.addWidget(definition)
        if term.facts:
            layout.addWidget(_wrap(_tr("Sources: %1").replace("%1", ", ".join(term.facts))))
    _close_button(dialog, layout)
    return dialog


def link_dialog(parent: QWidget | None, url: str) -> QDialog:
    dialog, layout = _dialog(parent, _tr("Web address"))
    dialog.setObjectName("link-dialog")
    layout.addWidget(
        _wrap(
            _tr(
                "Lifeline works offline and does not open web pages. This link points to the "
                "address below; copy it to open it later on a computer with internet access."
            )
        )
    )
    layout.addWidget(_AddressRow(url))
    _close_button(dialog, layout)
    return dialog


# Keys that are not menu actions; the menu actions list themselves (menus.shortcut_rows).
OTHER_KEYS = (
    ("Space, PgDn", QT_TRANSLATE_NOOP("Dialogs", "Scroll down a screen")),
    ("Shift+Space, PgUp", QT_TRANSLATE_NOOP("Dialogs", "Scroll up a screen")),
    ("F6", QT_TRANSLATE_NOOP("Dialogs", "Move between chapter list and reading pane")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Dialogs", "Move between links, tabs and buttons")),
    (
        "PgDn, Space, →",
        QT_TRANSLATE_NOOP("Dialogs", "Presentation mode: next slide (PgUp, ←: back)"),
    ),
    ("B", QT_TRANSLATE_NOOP("Dialogs", "Presentation mode: blank the screen")),
    ("Esc", QT_TRANSLATE_NOOP("Dialogs", "Presentation mode: back to the reader")),
)


def shortcuts_dialog(parent: QWidget | None, rows: list[tuple[str, str]]) -> QDialog:
    """``rows`` (keys, what they do) come from the window's actions, so they cannot drift;
    the keys that are not actions follow."""
    dialog, layout = _dialog(parent, "")
    dialog.setObjectName("shortcuts-dialog")
    dialog.setWindowTitle(_tr("Keyboard shortcuts"))
    every = [*rows, *((keys, _tr(what)) for keys, what in OTHER_KEYS)]
    html = "".join(
        f"<tr><td style='padding-right:18px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
        for keys, what in every
    )
    layout.addWidget(_wrap(f"<table>{html}</table>", rich=True))
    _close_button(dialog, layout)
    return dialog


def crash_dialog(parent: QWidget | None, message: str, log_path: str) -> QDialog:
    dialog, layout = _dialog(parent, "")
    dialog.setObjectName("crash-dialog")
    dialog.setWindowTitle(_tr("Lifeline hit a problem"))
    layout.addWidget(
        _wrap(
            _tr(
                "Something went wrong. Your reading progress is saved. You can keep "
                "reading; if this happens again, please send the log file to whoever "
                "looks after this computer."
            )
        )
    )
    detail = _wrap(message)
    detail.setObjectName("crash-message")
    layout.addWidget(detail)
    layout.addWidget(_wrap(_tr("Log file: %1").replace("%1", log_path)))
    _close_button(dialog, layout)
    return dialog


def about_dialog(parent: QWidget | None, version: str) -> QDialog:
    dialog, layout = _dialog(parent, "")
    dialog.setWindowTitle(_tr("About Lifeline"))
    layout.addWidget(_wrap(f"<h2>Lifeline {version}</h2>", rich=True))
    layout.addWidget(
        _wrap(
            _tr(
                "Lifeline retells, in its own words and for the classroom, reporting by "
                "Josephine Ma for the South China Morning Post (27 August 2018). The "
                "reporting is the SCMP's; every number in the app links to its source. "
                "A chapter on what happened next uses reports published up to January "
                "2026; its data run to 2025. "
                "Lifeline works offline and never connects to the internet."
            )
        )
    )
    _close_button(dialog, layout)
    return dialog
