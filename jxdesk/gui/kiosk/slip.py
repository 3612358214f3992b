"""打印凭条: the slip laid out on the device it is drawn on (a PDF or the kiosk's printer),
an 80 mm receipt by default or A4 (`KioskConfig.paper`), with the case in a QR code.

The QR code is segno's (never home-made): the smallest version that holds the code at
error level L or better (segno raises the level where the version has room); a case too
large for a version 40 code gets the line saying so instead. The code's image is drawn
with a whole number of device pixels a module (a printer dot never falls between two
modules), at least 0.4 mm a module on a receipt and 0.5 mm on A4.

An 80 mm slip is one page as long as its words (the receipt printer cuts it); A4 is
paginated as a document. `--slip OUT.pdf` writes the same slip the button prints.
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jxdesk.gui.kiosk.slip_text import QR_SRC, slip_code, slip_html
from jxdesk.gui.qt import QFont, QFontDatabase, QMarginsF, QPageLayout, QPageSize, QSizeF

if TYPE_CHECKING:  # pragma: no cover
    import segno
    from PySide6.QtGui import QImage, QPagedPaintDevice

    from jxdesk.gui.kiosk.base import Host
    from jxdesk.gui.kiosk.flow import KioskFlow

FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC")
MM_PER_INCH = 25.4
HTML_DPI = 96  # QTextDocument's pixel for an image's width and height


class Paper(NamedTuple):
    width_mm: float
    margin_mm: float
    body_pt: float
    module_mm: float  # the smallest QR module drawn
    qr_max_mm: float  # the widest the code may be (with its quiet zone)


PAPERS = {
    "80mm": Paper(80, 4, 9, 0.4, 70),
    "a4": Paper(210, 15, 10.5, 0.5, 90),
}
A4_HEIGHT_MM = 297


def qr_code(code: str) -> segno.QRCode | None:
    """The QR code of the slip's text, or None when no single QR code holds it."""
    import segno

    try:
        return segno.make_qr(code, error="l", boost_error=True)
    except segno.DataOverflowError:
        return None


def qr_image(qr: segno.QRCode, module_px: int) -> QImage:
    """The code, black on white, `module_px` pixels a module, quiet zone of four."""
    from PySide6.QtGui import QColor, QImage, QPainter

    border = 4
    n = len(qr.matrix) + 2 * border
    image = QImage(n * module_px, n * module_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(qr.matrix):
        for x, dark in enumerate(row):
            if dark:
                p.fillRect(
                    (x + border) * module_px, (y + border) * module_px, module_px, module_px, black
                )
    p.end()
    return image


def module_px(qr: segno.QRCode, paper: Paper, dpi: int) -> int:
    """Whole device pixels a module: at least paper.module_mm, no wider than qr_max_mm."""
    modules = len(qr.matrix) + 8
    most = max(1, int(paper.qr_max_mm / modules / MM_PER_INCH * dpi))
    least = max(1, round(paper.module_mm / MM_PER_INCH * dpi))
    best = max(1, round(0.6 / MM_PER_INCH * dpi))  # a comfortable scan where there is room
    return max(1, min(most, max(least, best)))


def font(paper: Paper) -> QFont:
    families = set(QFontDatabase.families())
    f = QFont(QFont().family())
    for family in FAMILIES:
        if family in families:
            f = QFont(family)
            break
    f.setPointSizeF(paper.body_pt)
    return f


def page_layout(paper: Paper, height_mm: float) -> QPageLayout:
    size = (
        QPageSize(QPageSize.PageSizeId.A4)
        if paper.width_mm == 210
        else QPageSize(QSizeF(paper.width_mm, height_mm), QPageSize.Unit.Millimeter, "receipt")
    )
    m = paper.margin_mm
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter
    )


def render(flow: KioskFlow, device: QPagedPaintDevice, paper_name: str, today: date) -> bool:
    """Lay the slip out on `device` and draw it; whether it carries the QR code."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    paper = PAPERS[paper_name]
    dpi = device.logicalDpiX()
    qr = qr_code(slip_code(flow.model))
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    image_px = 0
    if qr is not None:
        image = qr_image(qr, module_px(qr, paper, dpi))
        image_px = image.width()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_SRC), image)
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(font(paper))
    html_px = round(image_px * HTML_DPI / dpi)
    doc.setHtml(slip_html(flow, today, qr is not None, html_px))
    width_px = (paper.width_mm - 2 * paper.margin_mm) / MM_PER_INCH * dpi
    doc.setTextWidth(width_px)
    if paper.width_mm != 210:  # a receipt: one page, as long as the slip
        height_mm = doc.size().height() / dpi * MM_PER_INCH + 2 * paper.margin_mm + 2
        device.setPageLayout(page_layout(paper, height_mm))
    rect = device.pageLayout().paintRectPixels(dpi)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(device)
    return qr is not None


def write_pdf(flow: KioskFlow, path: Path, paper_name: str, today: date) -> bool:
    """The slip as a PDF (`--slip`); whether it carries the QR code. OSError when the
    file cannot be written whole (a temporary file is renamed over the target)."""
    from jxdesk.gui.qt import QPdfWriter

    paper = PAPERS[paper_name]
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(600 if paper.width_mm != 210 else 300)
        writer.setPageLayout(page_layout(paper, A4_HEIGHT_MM))
        writer.setCreator("jxdesk")
        has_code = render(flow, writer, paper_name, today)
        del writer  # flushes and closes the file
        data = temp.read_bytes()
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            raise OSError(f"cannot write {path}: the file is incomplete (is the disk full?)")
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return has_code


def print_slip(flow: KioskFlow, paper_name: str, today: date) -> bool:
    """Print on the default printer, no dialog (a kiosk asks nothing); False when there
    is no printer or it refuses the job (the kiosk then says so and logs it)."""
    from jxdesk.gui.qt import print_support

    support = print_support()
    info = support.QPrinterInfo.defaultPrinter()
    if info.isNull():
        print("jxdesk kiosk: no default printer: the slip was not printed", file=sys.stderr)
        return False
    printer = support.QPrinter(info, support.QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(PAPERS[paper_name], A4_HEIGHT_MM))
    if not printer.isValid():
        print(f"jxdesk kiosk: printer {info.printerName()!r} is not usable", file=sys.stderr)
        return False
    render(flow, printer, paper_name, today)
    return bool(printer.printerState() != support.QPrinter.PrinterState.Error)


def slip_main(app: object, language: object, options: object, data: object, config: object) -> int:
    """`jxdesk --kiosk --case C --slip OUT.pdf [--paper 80mm|a4]`: the slip the kiosk
    would print for the case, as a PDF (the date: today, as the kiosk's clock says)."""
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.kiosk.flow import KioskFlow
    from jxdesk.gui.startup import Options
    from jxdesk.gui.viewmodel import WizardModel

    assert isinstance(options, Options) and isinstance(config, KioskConfig)
    assert isinstance(data, dict) and options.slip is not None
    model = WizardModel(from_case(data), Engine(defer=True), lang=options.lang)
    problem = model.warm_or_problem()  # a damaged install or failed self-test: no slip
    if problem is not None:
        print(f"jxdesk: {problem}", file=sys.stderr)
        return 1
    flow = KioskFlow(model)
    flow.load()
    try:
        has_code = write_pdf(flow, options.slip, config.paper, date.today())
    except OSError as exc:
        print(f"{options.slip}: cannot write the slip: {exc}", file=sys.stderr)
        return 1
    if not has_code:
        print(
            f"{options.slip}: the case is too large for one QR code: the slip says so",
            file=sys.stderr,
        )
    return 0


def print_for(win: Host) -> bool:
    """打印凭条 on the result page: the slip on the kiosk's printer, today's date from the
    kiosk's clock; the person is told, full screen, that it prints or that it did not."""
    from jxdesk.gui.kiosk.words import say

    lang = win.flow.model.lang
    try:
        ok = print_slip(win.flow, win.config.paper, date.today())
    except (OSError, RuntimeError) as exc:  # a printer that fails: said, never a crash
        print(f"jxdesk kiosk: the slip was not printed: {type(exc).__name__}", file=sys.stderr)
        ok = False
    win.tell(say("print_slip", lang), say("slip_printing" if ok else "slip_failed", lang))
    return ok
