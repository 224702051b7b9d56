"""The class report on disk: read a folder (with a progress callback), write CSV or PDF.

Shared by the Class report window and ``lifeline --class-report``. Files are written
atomically (nothing half-written); failures raise WriteError naming the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from desktop_app.core.classroom.report import ClassReport
from desktop_app.core.classroom.report_export import csv_bytes, report_markdown, title
from desktop_app.ui.handouts.printing import build_markdown_document, export_document_pdf
from desktop_app.ui.shell.atomic import WriteError, write_bytes_atomic


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassReport", text)


def file_count(report: ClassReport) -> int:
    return len(report.students) + len(report.superseded) + len(report.unusable)


def report_document(report: ClassReport, titles: Mapping[str, str] | None = None) -> QTextDocument:
    """The report as an A4-ready document: class name and date on top, no buttons."""
    markdown = report_markdown(report, date.today().isoformat(), file_count(report), titles)
    return build_markdown_document(markdown, title(report), font_pt=10)


def write_report(
    report: ClassReport, path: Path, titles: Mapping[str, str] | None = None
) -> QTextDocument | None:
    """Write ``path`` as CSV (.csv) or PDF (.pdf); the printed document for a PDF."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        write_bytes_atomic(Path(path), csv_bytes(report, titles))
        return None
    if suffix == ".pdf":
        doc = report_document(report, titles)
        export_document_pdf(doc, Path(path))
        return doc
    raise WriteError(
        _tr("cannot write %1: the name must end in .csv or .pdf").replace("%1", str(path))
    )
