"""Every number can explain itself: steps name their article and render in both languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

from support.compare import golden_files, load_golden

from jxdesk.core.api import estimate, estimate_json
from jxdesk.core.messages import LANGS, TEMPLATES, render

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = re.compile(r"（(措施)?第[一二三四五六七八九十]+条）|（《.+》第.+条）")


def test_every_template_has_chinese_and_english() -> None:
    for code, (zh, en) in TEMPLATES.items():
        assert zh and en, code
        assert set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), code


def test_the_contract_example_line() -> None:
    case = json.loads((ROOT / "examples" / "employee-inpatient.json").read_text("utf-8"))
    lines = estimate_json(case)["explanation"]
    assert any(
        "住院 三级 起付标准 800.00 元" in line and line.endswith("（第十七条）") for line in lines
    )


def test_every_amount_step_names_its_article() -> None:
    seen = set()
    for path in golden_files():
        result = estimate(load_golden(path)["case"])
        for step in result.steps:
            seen.add(step.code)
            for lang in LANGS:
                render(step, lang)
            if step.amount is not None and step.code not in {"medical_total", "uninsured"}:
                assert step.article, step.code
    # the golden cases reach nearly every kind of step
    assert len(seen) >= len(TEMPLATES) - 6, sorted(set(TEMPLATES) - seen)


def test_explanations_name_the_figures_used() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "employee"},
        "claims": [
            {"kind": "inpatient", "facility": "level2", "place": "referred", "eligible": "100000"}
        ],
    }
    text = "\n".join(estimate_json(case)["explanation"])
    for figure in ("10%", "10000.00", "800.00", "80%", "71360.00", "第四十九条", "第三十四条"):
        assert figure in text


def test_labels_in_each_language() -> None:
    from jxdesk.core.messages import label

    assert (label("kind", "inpatient"), label("kind", "inpatient", "en")) == (
        "住院",
        "inpatient stay",
    )
    assert label("facility", "pharmacy", "zh") == "零售药店"
