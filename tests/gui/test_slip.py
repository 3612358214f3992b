"""打印凭条 and 扫码打开 (issue 22): for every golden case, the kiosk's slip is written as
an 80 mm PDF, rasterised with pdftoppm at a receipt printer's 203 dpi, its QR code read
by a real decoder (zxing-cpp), and the text typed into the counter's 扫码打开 by key
events (as a USB scanner types it), Enter; the counter then shows what `jxdesk calc`
says for the original case, to the fen. Damaged and foreign codes are said in the
dialog; a case too large for one code is said on the slip; A4 and the command line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from support.compare import GOLDEN, golden_files, load_golden
from support.need import require

from gui import clerk
from gui.test_keyed_cases import agree, calc, calc_figures

CASES = [(str(p.relative_to(GOLDEN)), load_golden(p)["case"]) for p in golden_files()]
TODAY = date(2026, 3, 14)  # the GUI's clock, pinned


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, Any]]:
    results = calc([case for _name, case in CASES])
    return {name: r for (name, _case), r in zip(CASES, results, strict=True)}


@pytest.fixture(scope="module")
def engine() -> Any:
    from jxdesk.gui.engine import Engine

    return Engine()


def kiosk_flow(case: dict[str, Any], engine: Any, lang: str = "zh") -> Any:
    """The kiosk's flow on a case's result, as `--kiosk --case … --slip` builds it."""
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.kiosk.flow import KioskFlow
    from jxdesk.gui.viewmodel import WizardModel

    flow = KioskFlow(WizardModel(from_case(case), engine, lang=lang))
    flow.load()
    return flow


def rasterise(pdf: Path, dpi: int = 203, bottom_mm: float | None = None) -> Path:
    """The PDF's first page as a grey PNG at `dpi` (203: a receipt printer's dots);
    with `bottom_mm`, only that much of the page's foot (where the code is: quicker)."""
    require(shutil.which("pdftoppm") is not None, "pdftoppm (apt: poppler-utils)")
    crop: list[str] = []
    if bottom_mm is not None:
        box = PdfReader(str(pdf)).pages[0].mediabox
        width, height = (round(float(v) / 72 * dpi) for v in (box.width, box.height))
        part = min(height, round(bottom_mm / 25.4 * dpi))
        crop = ["-x", "0", "-y", str(height - part), "-W", str(width), "-H", str(part)]
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", *crop, str(pdf), str(pdf)],
        check=True,
    )
    return pdf.with_suffix(".pdf.png")


def read_qr(png: Path) -> list[str]:
    """Every QR code zxing-cpp finds in the picture."""
    import zxingcpp
    from PySide6.QtGui import QImage

    from jxdesk.gui.qt import QApplication  # noqa: F401  (QImage needs the Gui module)

    img = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = img.width(), img.height(), img.bytesPerLine()
    raw = bytes(img.constBits())
    rows = b"".join(raw[y * stride : y * stride + w] for y in range(h))
    found = zxingcpp.read_barcodes(memoryview(rows).cast("B", (h, w)))
    return [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode]


def pdf_text(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def counter(qapp):  # type: ignore[no-untyped-def]
    """One counter window for every case: each scan replaces the case before it."""
    from jxdesk.gui.app import Language, style
    from jxdesk.gui.counter.session import install_counter
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    style(qapp, large_text=False)
    Language(qapp).apply("zh", qt_dialogs=False)
    w = Wizard(WizardModel())
    install_counter(w, guard=False)
    w.resize(1100, 800)
    w.show()
    yield w
    w._quitting = True
    w.close()
    w.deleteLater()


def scan(qtbot: Any, wizard: Any, text: str) -> Any:
    """Ctrl+Shift+O, then the code typed where the focus is, then Enter (a scanner)."""
    from jxdesk.gui.counter.scan_open import ScanDialog
    from jxdesk.gui.qt import QApplication, Qt

    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(
        wizard,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = [d for d in wizard.findChildren(ScanDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.edit)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    return dialog


@pytest.mark.parametrize(("name", "case"), CASES, ids=[n for n, _ in CASES])
def test_slip_opens_at_the_counter(
    qtbot: Any,
    tmp_path: Path,
    engine: Any,
    counter: Any,
    expected: dict[str, dict[str, Any]],
    name: str,
    case: dict[str, Any],
) -> None:
    from jxdesk.gui.kiosk.slip import qr_code, write_pdf
    from jxdesk.gui.kiosk.slip_text import slip_code
    from jxdesk.gui.viewmodel import Page

    flow = kiosk_flow(case, engine)
    pdf = tmp_path / "slip.pdf"
    has_code = write_pdf(flow, pdf, "80mm", TODAY)
    text = pdf_text(pdf)
    if not has_code:  # too large for one code: the slip says so, and carries none
        assert qr_code(slip_code(flow.model)) is None
        assert "一个二维码放不下" in text
        return
    assert "估算，仅供参考，以医保经办机构结算为准" in text and "2026-03-14" in text
    (code,) = read_qr(rasterise(pdf, bottom_mm=120))
    assert code == slip_code(flow.model)
    dialog = scan(qtbot, counter, code)
    assert not dialog.isVisible(), dialog.problem.text()
    assert counter.currentId() == Page.RESULTS, counter.model.problems()
    assert agree(clerk.shown(counter), calc_figures(expected[name])) == []


def test_every_golden_case_fits_one_code(engine: Any) -> None:
    from jxdesk.gui.kiosk.slip import qr_code
    from jxdesk.gui.kiosk.slip_text import slip_code

    sizes = [len(slip_code(kiosk_flow(case, engine).model)) for _n, case in CASES]
    assert all(qr_code("JX1:" + "0" * (n - 4)) for n in sizes)
    assert max(sizes) < 1200, max(sizes)  # (a version 25 code at most, 0.4 mm a module)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hello", "不是本系统凭条上的二维码"),
        ("JX2:ABCDEF", "第 2 版凭条二维码"),
        ("JX1:ABCD", "长度不对"),
        ("JX1:ABC", "无法解开"),
        ("", "还没有扫到内容"),
        ('{"year": 2025}', "二维码里的案件有问题"),
    ],
)
def test_a_bad_code_is_said_in_the_dialog(qtbot: Any, counter: Any, text: str, words: str) -> None:
    from jxdesk.gui.counter.scan_open import ScanDialog

    before = counter.model.case()
    dialog = scan(qtbot, counter, text)
    assert isinstance(dialog, ScanDialog) and dialog.isVisible()
    assert words in dialog.problem.text() and dialog.problem.isVisible()
    assert counter.model.case() == before  # nothing opened, nothing lost
    dialog.reject()


def test_a_damaged_slip_code_is_caught(qtbot: Any, counter: Any, engine: Any) -> None:
    from jxdesk.gui.kiosk.slip_text import slip_code

    code = slip_code(kiosk_flow(CASES[0][1], engine).model)
    dialog = scan(qtbot, counter, code[:-5])  # a scan cut short
    assert dialog.isVisible() and "二维码" in dialog.problem.text()
    dialog.reject()


def test_a_case_too_large_for_one_code(tmp_path: Path, engine: Any) -> None:
    import random

    from jxdesk.gui.kiosk.slip import write_pdf

    rng = random.Random(22)  # amounts that do not compress away
    case = {
        "year": 2025,
        "person": {"scheme": "employee"},
        "claims": [
            {"kind": "outpatient", "facility": "level3", "eligible": f"{rng.randrange(10**9)}"}
            for _ in range(1000)
        ],
    }
    flow = kiosk_flow(case, engine)
    pdf = tmp_path / "big.pdf"
    assert write_pdf(flow, pdf, "80mm", TODAY) is False
    assert "一个二维码放不下" in pdf_text(pdf)
    assert read_qr(rasterise(pdf, 100)) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a4_and_the_command_line(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASES[0][1]), "utf-8")
    sizes = {}
    for paper in ("80mm", "a4"):
        out = tmp_path / f"{paper}.pdf"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "jxdesk",
                "--kiosk",
                "--case",
                str(source),
                "--slip",
                str(out),
                "--paper",
                paper,
                "--lang",
                lang,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        page = PdfReader(str(out)).pages[0].mediabox
        sizes[paper] = (round(float(page.width) / 72 * 25.4), round(float(page.height) / 72 * 25.4))
        text = pdf_text(out)
        if lang == "en":
            assert "estimate" in text.lower() and "QR" in text
        (code,) = read_qr(rasterise(out, 150))
        assert code.startswith("JX1:")
    assert sizes["a4"] == (210, 297)
    assert sizes["80mm"][0] == 80 and sizes["80mm"][1] > 100


def test_print_slip_on_the_kiosk_says_what_happened(qtbot: Any, capfd: Any) -> None:
    """打印凭条 on the result prints on the default printer; on a machine with none (this
    one, CI) the person is told at once, full screen, and the administrator's log says
    why; nothing else changes."""
    from gui import kiosk_fixtures
    from jxdesk.gui.kiosk.demo import Bill, Session, fill
    from jxdesk.gui.qt import print_support

    win = kiosk_fixtures.make_kiosk(qtbot)
    try:
        tap = kiosk_fixtures.tapper(qtbot)
        assert not win.slip.isVisible()  # only on the result
        fill(win, Session(bills=(Bill("outpatient", "level3", "local", "300"),)), tap)
        assert win.slip.isVisible() and win.slip.text() == "打印凭条"
        before = win.flow.model.case()
        tap(win.slip)
        assert win.note.isVisible()
        printer = print_support().QPrinterInfo.defaultPrinter()
        if printer.isNull():
            assert "凭条没有打印出来" in win.note.text.accessibleName()
            assert "no default printer" in capfd.readouterr().err
        else:  # pragma: no cover - a machine with a printer
            assert "凭条正在打印" in win.note.text.accessibleName()
        assert win.flow.model.case() == before
        tap(win.note.button) if win.note.button.isVisible() else qtbot.mouseClick(
            win.note, kiosk_fixtures_left()
        )
        assert not win.note.isVisible()
    finally:
        kiosk_fixtures.close_kiosk(win)


def kiosk_fixtures_left() -> Any:
    from jxdesk.gui.qt import Qt

    return Qt.MouseButton.LeftButton
