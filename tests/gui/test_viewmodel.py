"""The Qt-free layer: answers to case, problems per page, edits, summaries, explanations."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from support.compare import WORKED_EXAMPLES

from jxdesk.core.api import problems_of
from jxdesk.core.models import FACILITIES_FOR_KIND
from jxdesk.gui import codes, i18n
from jxdesk.gui.answers import Answers, ChildAnswer, ClaimAnswer, clean_money, from_case, to_case
from jxdesk.gui.summary import summarise
from jxdesk.gui.viewmodel import (
    Page,
    WizardModel,
    page_of,
    plain_money,
    problem_where,
    select_steps,
)

EXAMPLES = sorted(WORKED_EXAMPLES.glob("*.json")) + sorted(
    Path(__file__).resolve().parents[2].joinpath("examples").glob("*.json")
)


def _case(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    return data.get("case", data)


def test_codes_agree_with_the_core() -> None:
    assert {k.value: tuple(f.value for f in v) for k, v in FACILITIES_FOR_KIND.items()} == (
        codes.FACILITIES_FOR_KIND
    )


def test_every_code_has_a_label_and_hint() -> None:
    for table, keys in (
        (i18n.SCHEME_LABEL, codes.SCHEMES),
        (i18n.SCHEME_HINT, codes.SCHEMES),
        (i18n.MEDICAL_AID_LABEL, codes.MEDICAL_AID),
        (i18n.KIND_LABEL, codes.KINDS),
        (i18n.KIND_HINT, codes.KINDS),
        (i18n.FACILITY_LABEL, codes.FACILITIES),
        (i18n.FACILITY_HINT, codes.FACILITIES),
        (i18n.PLACE_LABEL, codes.PLACES),
        (i18n.PLACE_HINT, codes.PLACES),
    ):
        assert set(table) == set(keys)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_cases_survive_the_round_trip(path: Path) -> None:
    case = _case(path)
    again = to_case(from_case(case))
    assert problems_of(again) == []
    from jxdesk.core.api import estimate_json

    assert estimate_json(again) == estimate_json(case)


def test_default_answers_are_a_valid_case(answers: Answers) -> None:
    assert problems_of(to_case(answers)) == []


@pytest.mark.parametrize(
    ("typed", "written"),
    [("1,234.50", "1234.50"), ("１２３４", "1234"), (" 80 元", "80"), ("¥5", "5"), ("", "")],
)
def test_amounts_as_people_type_them(typed: str, written: str) -> None:
    assert clean_money(typed) == written


def test_account_only_for_employee_schemes() -> None:
    a = Answers(scheme="resident", account_balance="500")
    assert "account_balance" not in to_case(a)["person"]
    a.scheme = "retiree"
    assert to_case(a)["person"]["account_balance"] == "500"


def test_children_and_mother_only_when_asked() -> None:
    a = Answers(children=[ChildAnswer("2025-03-01", 1)])
    assert "children" not in to_case(a)
    a.has_children = True
    case = to_case(a)
    assert case["children"][0]["birth_date"] == "2025-03-01"
    assert case["mother"]["scheme"] == "employee"


def test_problems_land_on_their_page() -> None:
    a = Answers(claims=[ClaimAnswer(eligible="-5")], has_children=True)
    a.children.append(ChildAnswer())
    model = WizardModel(a)
    assert model.page_valid(Page.IDENTITY)
    assert not model.page_valid(Page.CLAIMS)
    assert model.problem_at("claims[0].eligible") == "金额不能为负数"
    assert model.problem_lines(Page.CLAIMS, i18n.same) == [
        "第1笔 · 医保范围内（元）：金额不能为负数"
    ]
    model.set_lang("en")
    assert model.problem_at("claims[0].eligible") == "must not be negative"
    assert model.first_invalid_page() is Page.CLAIMS
    a.claims[0].eligible = "5"
    model.changed()  # the core checks across fields once each field is well formed
    assert model.page_valid(Page.CLAIMS)
    assert not model.page_valid(Page.FAMILY)  # an employee mother needs her base
    assert model.first_invalid_page() is Page.FAMILY


def test_an_empty_amount_is_required() -> None:
    model = WizardModel(Answers(claims=[ClaimAnswer()]))
    assert model.problem_at("claims[0].eligible") == "必须填写"
    assert model.result() is None


def test_where_a_problem_is() -> None:
    assert problem_where("claims[2].excluded", i18n.same) == "第3笔 · 自费（元）"
    assert problem_where("children[0].order", i18n.same) == "第1个孩子 · 孩次"
    assert problem_where("mother.contribution_base", i18n.same) == "缴费基数（元/月）"
    assert page_of("person.account_balance") is Page.IDENTITY
    assert page_of("mother.leave_days") is Page.FAMILY


def test_claim_edits() -> None:
    model = WizardModel()
    seen: list[int] = []
    model.subscribe(lambda: seen.append(model.version))
    assert model.add_claim() == 0
    model.set_claim_kind(0, "inpatient")
    model.answers.claims[0].facility = "level3"
    assert model.add_claim() == 1  # like the last one
    assert model.answers.claims[1].kind == "inpatient"
    model.set_claim_kind(1, "home_bed")  # only primary is allowed
    assert model.answers.claims[1].facility == "primary"
    assert model.move_claim(1, -1) == 0
    assert model.answers.claims[0].kind == "home_bed"
    assert model.move_claim(0, -1) == 0  # nowhere to go
    model.remove_claim(0)
    assert [c.kind for c in model.answers.claims] == ["inpatient"]
    assert len(seen) == 6


def test_asking_for_fertility_adds_no_child() -> None:
    model = WizardModel()
    model.set_has_children(True)
    assert model.answers.children == []  # no phantom child earning subsidies
    assert model.case()["children"] == []


def test_twins_share_a_birth_date_and_count_each() -> None:
    model = WizardModel()
    model.set_has_children(True)
    model.add_child()
    model.answers.children[0].birth_date = "2025-05-05"
    model.add_child(twin=True)
    assert [(c.birth_date, c.order) for c in model.answers.children] == [
        ("2025-05-05", 1),
        ("2025-05-05", 2),
    ]


def test_subtotal_counts_what_is_typed_so_far() -> None:
    model = WizardModel(
        Answers(claims=[ClaimAnswer(eligible="1,000"), ClaimAnswer(eligible="abc", excluded="20")])
    )
    assert model.subtotal() == (2, Decimal("1000"), Decimal("20"))
    assert model.subtotal_text(i18n.same) == (
        "共 2 笔　医保范围内 1,000.00 元　自费 20.00 元　合计 1,020.00 元"
    )


def _two_stays() -> WizardModel:
    return WizardModel(
        Answers(
            scheme="employee",
            claims=[
                ClaimAnswer("inpatient", "level3", "unreferred", "50000", "3000"),
                ClaimAnswer("inpatient", "level2", "local", "30000"),
            ],
        )
    )


def test_what_if_compares_tiers_and_referral() -> None:
    model = _two_stays()
    r = model.result()
    assert r is not None
    by_key = {c.key: c for c in model.comparisons()}
    assert {"tier:primary", "tier:level3", "place:referred", "place:local"} <= set(by_key)
    referred = by_key["place:referred"]
    assert referred.difference < 0  # a referral means paying less
    assert referred.out_of_pocket - r.medical.out_of_pocket == referred.difference


def test_explanations_follow_the_figure() -> None:
    model = _two_stays()
    fund = model.explanation("fund")
    assert fund[0].startswith("第1笔：住院 三级")
    assert any("第十七条" in line for line in fund)
    pays = model.explanation("out_of_pocket")
    assert any("先行自付" in line for line in pays)  # the unreferred first-paid share
    assert model.explanation("medical_aid") == []
    r = model.result()
    assert r is not None
    assert select_steps(r.steps, "medical") == [s for s in r.steps if s.section == "medical"]


def test_fertility_explanations() -> None:
    a = Answers(scheme="resident", has_children=True)
    a.children = [ChildAnswer("2023-02-01", 1), ChildAnswer("2025-06-01", 2)]
    a.mother.contribution_base = "9000"
    a.mother.continuous_months = "12"
    model = WizardModel(a)
    assert any("56,400.00" in line for line in model.explanation("maternity_allowance"))
    assert any("产假" in line for line in model.explanation("maternity_allowance"))
    prenatal = model.explanation("prenatal_subsidy")
    assert any("2,000.00" in line for line in prenatal)
    assert any("早于措施施行日" in line for line in prenatal)
    assert model.premium_items(i18n.same) == [("第2个孩子", Decimal("340.00"))]


def test_summary_names_each_page() -> None:
    model = _two_stays()
    sections = summarise(model, i18n.same, plain_money)
    assert [s.page for s in sections] == [Page.IDENTITY, Page.CLAIMS, Page.IDENTITY]
    assert sections[1].lines[1] == (
        "1. 住院 · 三级 · 未规范转诊异地 · 50,000.00 元 + 自费 3,000.00 元"
    )


def test_documents_used_name_their_dates() -> None:
    docs = _two_stays().documents()
    numbers = [d.number for d in docs]
    assert "嘉政发〔2024〕22号" in numbers
    assert all(d.since for d in docs)


def test_a_failing_core_is_a_problem_not_a_crash() -> None:
    class Broken:
        ready = True

        def problems(self, data: dict, lang: str) -> list:
            return []

        def estimate(self, data: dict) -> None:
            raise RuntimeError("boom")

    model = WizardModel(engine=Broken())  # type: ignore[arg-type]
    assert model.result() is None
    assert "boom" in model.problems()[0].text


def test_recompute_is_fast() -> None:
    import time

    model = _two_stays()
    model.recompute()
    start = time.perf_counter()
    for i in range(20):
        model.answers.claims[1].eligible = str(30000 + i)
        model.changed()
        model.recompute()
    assert (time.perf_counter() - start) / 20 < 0.016


def test_damaged_parameters_are_a_message_not_a_number(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.core.parameters import ParameterError
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.viewmodel import WizardModel

    def broken(*args: object, **kwargs: object) -> None:
        raise ParameterError("medical/employee/inpatient.yaml: deductible: unknown document 'x'")

    monkeypatch.setattr("jxdesk.core.parameters.packs.load_effective_parameters", broken)
    model = WizardModel(Engine(defer=True))
    problem = model.warm_or_problem()
    assert problem is not None and "inpatient.yaml" in problem and "规则参数文件有误" in problem


def test_months_are_asked_for_and_a_bad_count_is_kept_with_a_message() -> None:
    """Issue 19: 连续缴费月数 starts empty (a default of 12 made 生育津贴 payable), "-3" is
    not read as 3, and an empty 实际产假天数 means "by the rules", never 999."""
    a = Answers(scheme="resident", has_children=True)
    a.children = [ChildAnswer("2025-06-01", 1)]
    a.mother.contribution_base = "9000"
    model = WizardModel(a)
    assert model.problem_at("mother.continuous_months") is not None
    assert model.result() is None
    for typed in ("-3", "3.5", "三"):
        a.mother.continuous_months = typed
        model.changed()
        assert "负数" in (model.problem_at("mother.continuous_months") or "")
        assert a.mother.continuous_months == typed  # kept as typed until corrected
    a.mother.continuous_months = "3"
    a.mother.leave_days = ""
    model.changed()
    assert model.problem_at("mother.continuous_months") is None
    assert model.case()["mother"]["continuous_months"] == 3
    assert model.case()["mother"]["leave_days"] is None
    a.mother.leave_days = "-1"
    model.changed()
    assert model.problem_at("mother.leave_days") is not None


def test_the_summary_lists_every_answer_the_estimate_used() -> None:
    """Issue 19: the printout lacked the birth date, the claims' dates and the children's
    and the mother's answers."""
    a = Answers(scheme="resident", birth_date="1990-04-02", has_children=True)
    a.claims = [ClaimAnswer("inpatient", "level3", "local", "5000", "", "2025-03-09")]
    a.children = [ChildAnswer("2025-06-01", 2, registered_in_jiaxing=False)]
    a.mother.contribution_base = "9000"
    a.mother.continuous_months = "14"
    a.mother.difficult_labour = True
    a.mother.leave_days = "190"
    sections = summarise(WizardModel(a), i18n.same, plain_money)
    text = "\n".join(line for s in sections for line in s.lines)
    for answer in ("出生日期 1990-04-02", "2025-03-09", "参加居民医保", "难产", "实际产假天数 190"):
        assert answer in text
    assert "在嘉兴登记户口" not in text  # not registered: not said to be


def test_what_if_rows_say_what_they_move_and_a_row_that_changes_nothing_is_left_out() -> None:
    """A pharmacy purchase stays where it is: the row says only the stay moves; a row whose
    figure is the case's own is not shown."""
    from jxdesk.gui.whatif import variant_label

    model = WizardModel(
        Answers(
            scheme="resident",
            claims=[
                ClaimAnswer("inpatient", "level3", "local", "30000"),
                ClaimAnswer("outpatient", "pharmacy", "local", "200"),
            ],
        )
    )
    base = model.result()
    assert base is not None
    rows = model.comparisons()
    labels = [variant_label(c.key, i18n.same) for c in rows]
    assert "住院都在二级医院就诊" in labels
    assert all(c.difference != 0 for c in rows)
    assert not any(label.startswith("都在") for label in labels)  # never "every claim"
