"""Every number can explain itself: steps name their article and render in both languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
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
            if step.amount is not None and step.code not in {
                "medical_total",
                "medical_total_prior",
                "uninsured",
            }:
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
    for figure in ("10%", "10,000.00", "800.00", "80%", "71,360.00", "第四十九条", "第三十四条"):
        assert figure in text


def test_labels_in_each_language() -> None:
    from jxdesk.core.messages import label

    assert (label("kind", "inpatient"), label("kind", "inpatient", "en")) == (
        "住院",
        "inpatient stay",
    )
    assert label("facility", "pharmacy", "zh") == "零售药店"


# ---- issue 10: how the explanation reads

FULLWIDTH = set("：，（）。；、〔〕《》÷×“”！？")


def _lines(case: dict[str, object], lang: str = "zh") -> list[str]:
    lines: list[str] = estimate_json(case, lang=lang)["explanation"]
    return lines


def test_no_line_carries_the_assumption_marker_twice() -> None:
    for zh, en in TEMPLATES.values():
        assert "估算假设" not in zh and "assumption" not in en  # render adds the one marker
    case = {
        "year": 2025,
        "person": {"scheme": "resident"},
        "children": [{"birth_date": "2025-03-03", "order": 2}],
    }
    zh, en = _lines(case), _lines(case, "en")
    assert sum(line.count("估算假设") for line in zh) == 2  # no mother given; 就高不重复
    assert all(line.count("估算假设") <= 1 for line in zh)
    assert all(line.count("assumption") <= 1 for line in en)


def test_english_lines_cite_articles_and_use_ascii_punctuation() -> None:
    seen_articles = False
    for path in golden_files():
        for line in _lines(load_golden(path)["case"], "en"):
            assert not FULLWIDTH & set(line), line
            assert "(第" not in line and "条)" not in line, line
            seen_articles = seen_articles or " (Art. " in line
    assert seen_articles
    case = json.loads((ROOT / "examples" / "employee-inpatient.json").read_text("utf-8"))
    assert any(line.endswith("(Art. 17)") for line in _lines(case, "en"))
    child = {
        "year": 2025,
        "person": {"scheme": "resident"},
        "children": [{"birth_date": "2025-03-03", "order": 2}],
    }
    assert any(line.endswith("(Measure 4)") for line in _lines(child, "en"))


def test_amounts_have_thousands_separators() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "employee"},
        "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "12345.6"}],
    }
    zh, en = _lines(case), _lines(case, "en")
    assert any("12,345.60 元" in line for line in zh)
    assert any("12,345.60 yuan" in line for line in en)
    assert not any("12345.60" in line for line in zh + en)


def test_premium_lines_say_whose_they_are() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "resident", "disabled_certified": True},
        "children": [
            {"birth_date": "2022-05-05", "order": 1},
            {"birth_date": "2025-03-03", "order": 2},
        ],
    }
    zh = [line for line in _lines(case) if "个人缴费" in line]
    en = [line for line in _lines(case, "en") if "contribution" in line]
    assert zh[0].startswith("本人（持证残疾人）") and zh[1].startswith("第2个孩子（子女参保补助）")
    assert en[0].startswith("You (certified disability)")
    assert en[1].startswith("Child 2 (child premium support)")


def test_a_claim_on_a_full_axis_says_the_maximum_is_reached() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "resident"},
        "claims": [
            {"kind": "inpatient", "facility": "level3", "eligible": "250000"},
            {"kind": "inpatient", "facility": "level2", "eligible": "1000"},
            {"kind": "outpatient", "facility": "primary", "eligible": "3000"},
            {"kind": "outpatient", "facility": "primary", "eligible": "100"},
        ],
    }
    zh = _lines(case)
    assert not any(" 0.00 元按" in line for line in zh)
    assert any(
        "已达到住院年度最高支付限额（200,000.00 元），本笔统筹基金不再支付" in line for line in zh
    )
    assert any("已达到普通门诊最高支付限额（2,400.00 元）" in line for line in zh)
    en = _lines(case, "en")
    assert any("maximum (200,000.00 yuan) is already reached" in line for line in en)
    assert not any("of 0.00 yuan" in line or " 0.00 yuan below" in line for line in en)


def test_national_subsidy_explained_child_by_child_per_year() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "resident"},
        "mother": {"scheme": "resident"},
        "children": [
            {"birth_date": "2023-11-20", "order": 1},
            {"birth_date": "2025-07-08", "order": 2},
        ],
    }
    zh = _lines(case)
    assert any(
        line.startswith("第1个孩子（2023-11-20 出生）国家育儿补贴：共 23 个月 6,900.00 元")
        and "2025年 12 个月 3,600.00 元，2026年 11 个月 3,300.00 元" in line
        for line in zh
    )
    assert any(
        "2025年 5 个月 1,500.00 元" in line and "2028年 7 个月 2,100.00 元" in line for line in zh
    )
    marked = [line for line in zh if "就高不重复相抵" in line]
    assert len(marked) == 1 and marked[0].endswith("（估算假设，见说明）")  # only child 2 has both
    en = _lines(case, "en")
    assert any(
        "Child 1 (born 2023-11-20), national childcare subsidy: 23 months, 6,900.00 yuan; "
        "2025: 12 months, 3,600.00 yuan; 2026: 11 months, 3,300.00 yuan" in line
        for line in en
    )


ROUTES = [
    (
        {"route": "employer_registration", "date": "2025-03-20"},
        "employee",
        "（第十二条）",
        "Art. 12",
    ),
    ({"route": "mid_year", "date": "2025-03-20"}, "resident", "（第二十二条）", "Art. 22"),
    ({"route": "continuation", "date": "2025-03-20"}, "resident", "（第二十三条）", "Art. 23"),
    ({"route": "special_group", "date": "2025-03-20"}, "resident", "（第二十六条）", "Art. 26"),
    ({"route": "newborn", "date": "2025-03-20"}, "resident", "（第二十四条）", "Art. 24"),
]


@pytest.mark.parametrize(("enrollment", "scheme", "zh_article", "en_article"), ROUTES)
def test_each_route_cites_its_article(
    enrollment: dict[str, str], scheme: str, zh_article: str, en_article: str
) -> None:
    case = {
        "year": 2025,
        "person": {"scheme": scheme, "birth_date": "2025-01-10", "enrollment": enrollment},
        "claims": [
            {"kind": "inpatient", "facility": "level2", "eligible": "1000", "date": "2025-01-15"}
        ],
    }
    zh, en = _lines(case), _lines(case, "en")
    assert zh[0].endswith(zh_article) and en[0].endswith(f"({en_article})")
    waiting = [line for line in zh if "国办发〔2024〕38号" in line]
    assert len(waiting) == (1 if enrollment["route"] == "mid_year" else 0)
    if enrollment["route"] != "newborn":  # a newborn in time is covered from birth
        assert any("早于待遇享受起始日" in line and line.endswith(zh_article) for line in zh)


def test_special_group_with_medical_aid_cites_article_38() -> None:
    case = {
        "year": 2025,
        "person": {
            "scheme": "resident",
            "medical_aid": "marginal",
            "enrollment": {"route": "special_group", "date": "2025-03-20"},
        },
    }
    assert _lines(case)[0].endswith("（第二十六条、第三十八条）")
    assert _lines(case, "en")[0].endswith("(Art. 26, Art. 38)")


def test_a_late_newborn_is_read_as_mid_year_with_both_articles() -> None:
    case = {
        "year": 2025,
        "person": {
            "scheme": "resident",
            "birth_date": "2025-01-10",
            "enrollment": {"route": "newborn", "date": "2025-04-11"},
        },
    }
    zh = _lines(case)
    assert zh[0].endswith("（第二十四条、第二十二条）") and "2025-06-01" in zh[0]
    assert any("国办发〔2024〕38号" in line for line in zh)
    assert any("Guobanfa [2024] No. 38" in line for line in _lines(case, "en"))


def test_prior_account_and_estimate_are_explained() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "retiree", "estimate_account": True, "prior_account_balance": "3000"},
        "claims": [
            {"kind": "outpatient", "facility": "level3", "eligible": "3000", "excluded": "100"}
        ],
    }
    zh = _lines(case)
    assert any(
        "退休人员每月 195.00 元 × 12 个月 = 2,340.00 元（第十四条）（估算假设，见说明）" in line
        for line in zh
    )
    assert any(
        line.startswith("历年个人账户（余额 3,000.00 元）支付个人仍需负担的费用 461.00 元")
        and line.endswith("（第十五条）")
        for line in zh
    )
    assert any("prior-years account 461.00" in line for line in _lines(case, "en"))


def test_coverage_notes_where_the_figure_may_change() -> None:
    retiree = {
        "year": 2025,
        "person": {"scheme": "retiree"},
        "claims": [{"kind": "outpatient", "facility": "primary", "eligible": "100"}],
    }
    assert any("按已满 20 年缴费年限计算" in line for line in _lines(retiree))
    employee = {**retiree, "person": {"scheme": "employee"}}
    assert not any("20 年缴费年限" in line for line in _lines(employee))
    bed = {**employee, "claims": [{"kind": "home_bed", "facility": "primary", "eligible": "100"}]}
    assert any(
        "家庭病床每年最多建床 3 次" in line and line.endswith("（第五十二条）")
        for line in _lines(bed)
    )


def test_the_national_rules_the_city_defers_to_are_noted() -> None:
    """Issue 16, docs/coverage.md: where a national rule applies but is not computed, the note
    says so with 第七十条's words; the waiting period is for every mid-year enrolment."""
    higher = "如遇上级政策调整，按上级政策执行（国办发〔2024〕38号）"
    mid_year = {
        "year": 2025,
        "person": {"scheme": "resident", "enrollment": {"route": "mid_year", "date": "2025-03-10"}},
        "claims": [
            {"kind": "outpatient", "facility": "primary", "eligible": "100", "date": "2025-06-01"}
        ],
    }
    [wait] = [line for line in _lines(mid_year) if line.endswith(higher)]
    assert "凡未在集中参保期内参保的" in wait and "固定待遇等待期3个月" in wait
    assert "everyone enrolling outside the annual enrolment period" in " ".join(
        _lines(mid_year, "en")
    )
    big = {"kind": "inpatient", "facility": "level3", "eligible": "900000"}
    resident = {"year": 2025, "person": {"scheme": "resident"}, "claims": [big]}
    assert (
        sum("大病保险最高支付限额" in line and line.endswith(higher) for line in _lines(resident))
        == 1
    )
    small = {**resident, "claims": [{**big, "eligible": "50000"}]}  # the cap does not bind
    employee = {**resident, "person": {"scheme": "employee"}}  # the national raise is residents'
    for case in (small, employee):
        assert not any("大病保险最高支付限额" in line for line in _lines(case))
    other = {**small, "person": {"scheme": "resident", "medical_aid": "other"}}
    assert any(
        "不低于50%：按50%估算" in line and line.endswith("（第三十六条）") for line in _lines(other)
    )


def test_every_english_template_and_label_uses_ascii_punctuation() -> None:
    from jxdesk.core.messages import LABELS

    for code, (_, en) in TEMPLATES.items():
        assert not FULLWIDTH & set(en), code
    for group in LABELS.values():
        for _, en in group.values():
            assert not FULLWIDTH & set(en), en


def test_english_articles() -> None:
    from jxdesk.core.messages import english_article

    assert english_article("第十七条") == "Art. 17"
    assert english_article("第六十八条") == "Art. 68"
    assert english_article("第二十条") == "Art. 20"
    assert english_article("措施第四条") == "Measure 4"
    assert english_article("第二十六条、第三十八条") == "Art. 26, Art. 38"
    assert english_article("《女职工劳动保护特别规定》第七条").startswith("Art. 7 of the Special")
    assert english_article("国办发〔2024〕38号") == "Guobanfa [2024] No. 38"
