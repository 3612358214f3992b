"""Issue 19: on the printout a paragraph never straddles a page break twice, and every
line is whole on its page and no wider than it. A long case (120 claims, as a case file
can carry; a mother, three children) is laid out on A4 exactly as 导出 PDF and 打印 lay it
out (`printing.paginate` on a QPdfWriter), in both languages. The answers used to list
the claims in one paragraph (lines joined by <br/>): over three pages at 120 claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jxdesk.gui.answers import from_case

KINDS = ("outpatient", "inpatient", "chronic", "special")
CASE: dict[str, Any] = {
    "year": 2025,
    "person": {
        "scheme": "employee",
        "birth_date": "1990-03-01",
        "account_balance": "1500",
        "prior_account_balance": "2000",
        "medical_aid": "expenditure_poverty",
    },
    "claims": [
        {
            "kind": KINDS[i % 4],
            "facility": "level3" if KINDS[i % 4] != "outpatient" else "primary",
            "eligible": str(800 + 517 * i),
            "excluded": str(40 * i),
            "date": f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}",
        }
        for i in range(120)
    ],
    "mother": {"scheme": "employee", "contribution_base": "8000", "continuous_months": 14},
    "children": [
        {"birth_date": "2025-04-02", "order": 1},
        {"birth_date": "2025-04-02", "order": 2},
        {"birth_date": "2023-09-12", "order": 3},
    ],
}


def straddles(doc: Any) -> tuple[int, list[str]]:
    """(pages, problems): blocks over more than one page break, lines cut by one or
    wider than the page."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    bad = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        top = layout.blockBoundingRect(block).top()
        pages = set()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            y0 = top + line.y()
            y1 = y0 + line.height()
            first, last = int(y0 // height), int((y1 - 0.01) // height)
            if first != last:
                bad.append(f"a line of {block.text()[:30]!r} cut at page {first + 1}")
            if line.naturalTextWidth() > doc.pageSize().width():
                bad.append(f"a line of {block.text()[:30]!r} wider than the page")
            pages.add(first)
        if pages and max(pages) - min(pages) > 1:
            bad.append(f"{block.text()[:30]!r} over pages {sorted(pages)}")
        block = block.next()
    return doc.pageCount(), bad


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_paragraph_straddles_two_page_breaks(
    qtbot: Any, tmp_path: Path, lang: str, request: Any
) -> None:
    from jxdesk.gui.counter import printing
    from jxdesk.gui.qt import QPdfWriter
    from jxdesk.gui.viewmodel import WizardModel

    if lang == "en":
        request.getfixturevalue("english")
    model = WizardModel(from_case(CASE), lang=lang)
    model.warm()
    assert model.result() is not None, model.problems()
    writer = QPdfWriter(str(tmp_path / "long.pdf"))
    writer.setResolution(printing.RESOLUTION)
    writer.setPageLayout(printing.layout())
    doc = printing.paginate(model, writer)
    pages, bad = straddles(doc)
    assert pages >= 10  # (the list of claims alone is longer than two pages)
    assert bad == [], "\n".join(bad)
