"""Print and save as PDF: the report's HTML laid out on A4 with a CJK font whose text
extracts back from the PDF (WenQuanYi Micro Hei when installed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jxdesk.gui import i18n
from jxdesk.gui.counter.report import report_html
from jxdesk.gui.qt import (
    QFont,
    QFontDatabase,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QSizeF,
    QTextDocument,
    QWidget,
    print_support,
    tr,
)
from jxdesk.gui.viewmodel import WizardModel
from jxdesk.gui.widgets import money

PDF_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC")


def print_font() -> QFont:
    families = set(QFontDatabase.families())
    for family in PDF_FAMILIES:
        if family in families:
            return QFont(family, 10)
    return QFont(QFont().family(), 10)


def report_document(model: WizardModel, today: date | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(print_font())
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(model, tr, money, today))
    return doc


def layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def save_pdf(model: WizardModel, path: str | Path, today: date | None = None) -> None:
    """Write the report as an A4 PDF. Raises OSError when the file cannot be written."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setPageLayout(layout())
    writer.setResolution(300)
    writer.setTitle(tr(i18n.REPORT_TITLE))
    writer.setCreator("jxdesk")
    doc = report_document(model, today)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # flushes the file
    if not target.is_file() or target.stat().st_size == 0:
        raise OSError(f"cannot write {target}")


def print_report(model: WizardModel, parent: QWidget) -> bool:
    """Ask for a printer and print; False when the person cancels."""
    support = print_support()
    printer = support.QPrinter(support.QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(layout())
    dialog = support.QPrintDialog(printer, parent)
    if dialog.exec() != support.QPrintDialog.DialogCode.Accepted:
        return False
    report_document(model).print_(printer)
    return True
