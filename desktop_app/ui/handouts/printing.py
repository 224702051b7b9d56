"""Documents on paper: A4 PDFs written atomically, and printing through the print dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from desktop_app.ui.shell.atomic import WriteError, write_bytes_atomic
from desktop_app.ui.widgets.content_document import ContentDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


def build_markdown_document(markdown: str, title: str = "", font_pt: float = 11) -> QTextDocument:
    """Any Markdown page (the lesson plan, a student's answers) as a printable document."""
    doc = ContentDocument()  # a page of text: no local files, ever
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(font_pt)
    doc.setDefaultFont(font)
    doc.setMarkdown(markdown)
    if title:  # after setMarkdown, which clears it
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def _prepare(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print adds 2 cm margins and page numbers itself.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def pdf_bytes(doc: QTextDocument) -> bytes:
    """The document as an A4 PDF, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _prepare(writer)
    writer.setResolution(300)
    writer.setCreator("Lifeline")
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def export_document_pdf(doc: QTextDocument, path: Path) -> None:
    """Write the document to ``path`` as PDF, atomically; WriteError names path and reason."""
    data = pdf_bytes(doc)
    if not data.startswith(b"%PDF"):
        raise WriteError(f"cannot write {path}: the PDF could not be made")
    write_bytes_atomic(Path(path), data)


def print_document(doc: QTextDocument, parent=None) -> bool:
    """Ask for a printer and print; False if the student cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc.print_(printer)
    return True
