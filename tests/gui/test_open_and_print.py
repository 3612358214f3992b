"""Every case file of the tests (the golden cases and the worked examples), opened as
`jxdesk --case` opens it: the results page shows what `jxdesk calc` says, to the fen, and
`--save-pdf` (its `print_case`, in this process) writes an A4 PDF whose extractable text
carries every key figure (each card's headline, every payer, 您自己付). One real
`jxdesk --case … --save-pdf … --lang en` process checks the command line itself: exit 0,
A4, body text ≥ 10 pt, headings larger.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from support.compare import GOLDEN, WORKED_EXAMPLES, golden_files, load_golden

from gui import clerk
from gui.test_keyed_cases import calc, calc_figures

CASES: list[tuple[str, dict[str, Any]]] = [
    (f"worked/{p.name}", json.loads(p.read_text("utf-8"))["case"])
    for p in sorted(WORKED_EXAMPLES.glob("*.json"))
] + [(str(p.relative_to(GOLDEN)), load_golden(p)["case"]) for p in golden_files()]
IDS = [name for name, _ in CASES]
EN = ("--lang", "en")


@pytest.fixture(scope="module", autouse=True)
def chinese() -> None:
    """Chinese words and zh_CN amounts (1,234.50), as `jxdesk --case` sets them up."""
    from jxdesk.gui.app import Language
    from jxdesk.gui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    Language(app).apply("zh", qt_dialogs=False)


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, Any]]:
    results = calc([case for _name, case in CASES])
    return {name: r for (name, _case), r in zip(CASES, results, strict=True)}


def pdf_text(path: Path) -> str:
    """The PDF's text with all white space removed (pypdf puts tabs between words)."""
    reader = PdfReader(str(path))
    return "".join("".join(p.extract_text().split()) for p in reader.pages)


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


@pytest.mark.parametrize(("name", "case"), CASES, ids=IDS)
def test_opened_case_shows_what_calc_says(
    qtbot: Any, expected: dict[str, dict[str, Any]], name: str, case: dict[str, Any]
) -> None:
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import Page, WizardModel

    wizard = Wizard(WizardModel(from_case(case)))  # as app.gui_main builds it for --case
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w, "_quitting", True))
    wizard.show()
    wizard.show_results()
    assert wizard.currentId() == Page.RESULTS, wizard.model.problems()
    assert wizard.model.answers.medical_aid == case["person"].get("medical_aid", "none")
    want = expected[name]
    assert "error" not in want, want
    figures = calc_figures(want)
    from gui.test_keyed_cases import agree

    assert agree(clerk.shown(wizard), figures) == []


@pytest.mark.parametrize(("name", "case"), CASES, ids=IDS)
def test_save_pdf_carries_the_figures(
    qtbot: Any, tmp_path: Path, expected: dict[str, dict[str, Any]], name: str, case: dict[str, Any]
) -> None:
    from jxdesk.gui.app import load_case, print_case
    from jxdesk.gui.qt import QApplication

    source = tmp_path / "case.json"
    source.write_text(json.dumps(case, ensure_ascii=False), "utf-8")
    out = tmp_path / "out.pdf"
    data = load_case(source, "zh")  # as `jxdesk --case` reads it, then --save-pdf's path
    assert isinstance(data, dict), data
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert print_case(app, data, out) == 0
    text = pdf_text(out)
    want = calc_figures(expected[name])
    for key, value in want.items():
        if key.startswith("fertility.") and not (case.get("children") or case.get("mother")):
            continue  # not asked: the printout says 未估算
        assert money(value) in text, (key, money(value))
    if not (case.get("children") or case.get("mother")):
        assert "未估算" in text
    for words in ("您自己付", "统筹基金", "医保等共支付", "政府代缴", "本结果为估算"):
        assert words in text, words


def test_the_command_line_writes_a_readable_a4_pdf(tmp_path: Path) -> None:
    example = WORKED_EXAMPLES / "referred-out-of-city-with-critical-illness.json"
    case = json.loads(example.read_text("utf-8"))["case"]
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case), "utf-8")
    out = tmp_path / "批量" / "out.pdf"
    out.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "--case", str(source), "--save-pdf", str(out), *EN],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.parent.iterdir()] == ["out.pdf"]  # no temporary file left
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    sizes: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            sizes.append((round(size * scale, 1), text.strip()))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    body = min(s for s, _ in sizes)
    assert body >= 10, [t for s, t in sizes if s == body][:3]
    heading = max(s for s, _ in sizes)
    assert heading >= body * 1.4
    title = [t for s, t in sizes if s == heading]
    assert "Estimate" in " ".join(title) or "estimate" in " ".join(title), title
    text = "".join(pdf_text(out).split())
    result = calc([case])[0]["medical"]
    for key in ("fund", "critical_illness", "out_of_pocket"):
        assert money(Decimal(result[key])) in text, key
    for words in ("Youpay", "Criticalillnessinsurance", "Insurancefund"):  # the glossary's
        assert words in text, words


def test_a_pdf_that_cannot_be_written_whole_is_a_failure(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk: the writer leaves a truncated file. Nothing takes the name, the page
    says it failed, and no temporary file is left behind."""
    from jxdesk.gui.answers import Answers, ClaimAnswer
    from jxdesk.gui.counter import printing
    from jxdesk.gui.counter.pages.results import ResultsPage
    from jxdesk.gui.viewmodel import Page, WizardModel

    real = printing.write_pdf

    def truncated(model: Any, path: Path, today: Any = None) -> None:
        real(model, path, today)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])  # what a full disk leaves

    monkeypatch.setattr(printing, "write_pdf", truncated)
    model = WizardModel(Answers(claims=[ClaimAnswer("inpatient", "level3", "local", "9000")]))
    page = ResultsPage(model, lambda p: None)
    qtbot.addWidget(page)
    target = tmp_path / "case.pdf"
    assert page.save_pdf(str(target)) is False
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert "无法保存" in page.saved.text()
    monkeypatch.setattr(printing, "write_pdf", real)
    assert page.save_pdf(str(target)) is True
    assert printing.complete(target) and "已保存" in page.saved.text()
    assert page.page is Page.RESULTS
