"""Issue 19: no Chinese in the English printout. Its list of documents (材料清单) named
every document by its Chinese number and title (documents.yaml had no English); a case
that draws on every kind of document (a stay, a birth with a mother's allowance, two
children) now prints with no CJK character at all, the documents by their English names."""

from __future__ import annotations

import re
from datetime import date
from html import unescape
from typing import Any

from jxdesk.gui.answers import from_case
from jxdesk.gui.counter.report import report_html
from jxdesk.gui.viewmodel import WizardModel

CASE = {
    "year": 2025,
    "person": {"scheme": "employee", "birth_date": "1990-03-01", "account_balance": "300"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "52000", "excluded": "800"},
        {"kind": "outpatient", "facility": "primary", "eligible": "950"},
    ],
    "mother": {"scheme": "employee", "contribution_base": "8000", "continuous_months": 14},
    "children": [
        {"birth_date": "2025-04-02", "order": 1},
        {"birth_date": "2025-04-02", "order": 2},
    ],
}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def test_the_english_printout_names_every_document_in_english(qtbot: Any, english: Any) -> None:
    from jxdesk.gui.qt import tr

    model = WizardModel(from_case(CASE), lang="en")
    model.warm()
    assert model.result() is not None, model.problems()
    html = report_html(model, tr, today=date(2025, 7, 1))
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    assert CJK.findall(text) == [], [line for line in text.splitlines() if CJK.search(line)]
    for name in (
        'Jiazhengfa [2024] No. 22 "Jiaxing Basic Medical Security Measures"',
        "Jiazhengbanfa [2024] No. 27",
        "Special Provisions on Labour Protection of Female Employees",
    ):
        assert name in text, name
    # and the Chinese printout keeps the documents' own names
    model.set_lang("zh")
    zh = report_html(model, lambda s: s, today=date(2025, 7, 1))
    assert "嘉政发〔2024〕22号《嘉兴市基本医疗保障办法》" in zh


def test_every_document_has_an_english_name() -> None:
    from jxdesk.gui.engine import Engine

    engine = Engine()
    engine.warm()
    for key, doc in engine.params.documents.items():
        number, title = doc.named("en")
        assert not CJK.search(number + title), key
