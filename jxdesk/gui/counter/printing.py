"""Print and save as PDF: the report's HTML laid out on A4 with a CJK font whose text
extracts back from the PDF (WenQuanYi Micro Hei when installed).

Print and PDF take one path (`render`): the document is laid out on the device it is
drawn on (its resolution, not the screen's), so 10.5 pt on the page is 10.5 pt on paper.
(Laying it out for the screen and drawing it at 300 dpi shrank the PDF's text to ~3 pt.)
A PDF is written to a temporary file beside the target, checked to be complete (it ends
with %%EOF) and then renamed over the target: a full disk or a vanished folder is
reported as a failure, and never leaves half a PDF under the name the person chose.
"""

from __future__ import annotations

import contextlib
import os
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

TYPE_CHECKING = False  # (not from `typing`: see widgets.py)
if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QPagedPaintDevice

PDF_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC")
BODY_PT = 10.5  # the printout's body text; headings are larger (report.py)
RESOLUTION = 300


def print_font() -> QFont:
    families = set(QFontDatabase.families())
    font = QFont(QFont().family())
    for family in PDF_FAMILIES:
        if family in families:
            font = QFont(family)
            break
    font.setPointSizeF(BODY_PT)
    return font


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


def paginate(
    model: WizardModel, device: QPagedPaintDevice, today: date | None = None
) -> QTextDocument:
    """The report laid out in pages of `device` (a PDF writer or a printer)."""
    doc = report_document(model, today)
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(print_font())  # point sizes now measured at the device's resolution
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    return doc


def render(model: WizardModel, device: QPagedPaintDevice, today: date | None = None) -> None:
    """Lay the report out on `device` and draw it, page by page."""
    paginate(model, device, today).print_(device)


def write_pdf(model: WizardModel, path: Path, today: date | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(layout())
    writer.setTitle(tr(i18n.REPORT_TITLE))
    writer.setCreator("jxdesk")
    render(model, writer, today)
    del writer  # flushes and closes the file


def complete(path: Path) -> bool:
    """Whether a file is a whole PDF: the header, and %%EOF at its end."""
    try:
        with path.open("rb") as f:
            head = f.read(5)
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 64))
            tail = f.read()
    except OSError:
        return False
    return head == b"%PDF-" and tail.rstrip().endswith(b"%%EOF")


def save_pdf(model: WizardModel, path: str | Path, today: date | None = None) -> None:
    """Write the report as an A4 PDF. Raises OSError when it cannot be written whole."""
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        write_pdf(model, temp, today)
        if not complete(temp):
            raise OSError(f"cannot write {target}: the file is incomplete (is the disk full?)")
        with temp.open("rb+") as f:  # on the disk before it takes the name
            os.fsync(f.fileno())
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def print_report(model: WizardModel, parent: QWidget) -> bool:
    """Ask for a printer and print; False when the person cancels."""
    support = print_support()
    printer = support.QPrinter(support.QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(layout())
    dialog = support.QPrintDialog(printer, parent)
    if dialog.exec() != support.QPrintDialog.DialogCode.Accepted:
        return False
    render(model, printer)
    return True
