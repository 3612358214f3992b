"""The kiosk's family branch by touch (real mouse clicks on the tiles and the keypad), and
its three result cards compared with `jxdesk calc` on the case the person described.

Each flow is typed as a person would answer; the equivalent case beside it is written
out by hand (not built by the kiosk's code), run through the command line, and every
figure of every card must be the command line's. Golden amounts are worked out in the
comments from rulings R11–R14 and the 2025 parameters.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest

from gui import kiosk_fixtures
from jxdesk.gui.kiosk.cards import FERTILITY_ITEMS
from jxdesk.gui.kiosk.demo import Bill, Child, Family, Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.words import say

kiosk = kiosk_fixtures.kiosk  # the fixture
tapper = kiosk_fixtures.tapper


def calc(case: dict[str, Any]) -> dict[str, Any]:
    """`jxdesk calc -` on the case: the command line's own answer."""
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", "-"],
        input=json.dumps(case),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def yuan(text: str | Decimal) -> str:
    return f"{Decimal(text):,.2f} 元"


def cards(win: Any) -> dict[str, Any]:
    assert win.flow.step is Step.RESULT, win.flow.step
    return win.page.cards


def assert_cards_match(win: Any, out: dict[str, Any]) -> None:
    """Every figure on the three cards is the command line's."""
    c = cards(win)
    med = out["medical"]
    if Decimal(med["eligible"]) + Decimal(med["excluded"]) > 0:
        paid = sum(Decimal(med[k]) for k in ("fund", "account", "critical_illness", "medical_aid"))
        assert c["medical"].figure.text() == yuan(paid)
        assert f"您自己付 {yuan(med['out_of_pocket'])}" in c["medical"].text()
    fert = out["fertility"]
    text = c["fertility"].text()
    if Decimal(fert["total"]) > 0:
        assert c["fertility"].figure.text() == yuan(fert["total"])
    else:
        assert not c["fertility"].figure.isVisibleTo(c["fertility"])
    for item in FERTILITY_ITEMS:
        if item in fert and Decimal(fert[item]) > 0:
            assert f"{yuan(fert[item])}" in text, (item, text)
            assert say(item, "zh") in text
    prem = out["premium"]
    if not prem["available"]:  # the year's contribution is not published (R19): no figure
        assert c["premium"].figure.text() == "尚未公布"
    elif Decimal(prem["total"]) > 0:
        assert c["premium"].figure.text() == yuan(prem["total"])
        for item in prem["items"]:
            assert yuan(item["amount"]) in c["premium"].text()
    else:
        assert not c["premium"].figure.isVisibleTo(c["premium"])
    for card in c.values():  # nothing is ever shown as a bare 0
        lines = card.text().splitlines()
        assert not any(line == "0.00 元" or line.endswith(" 0.00 元") for line in lines), lines


#: the issue's young mother: 灵活就业, base 4,500, 14 months, her second child 2025-03-10
YOUNG_MOTHER = Session(
    scheme="flexible",
    account="800",
    family=Family((Child(order="2"),), mother="self", months="14", base="4500"),
    bills=(),
)


def test_the_young_mother_gets_the_counters_fertility_and_premium(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    fill(kiosk, YOUNG_MOTHER, tapper(qtbot))
    case = {
        "year": 2025,
        "person": {"scheme": "flexible", "account_balance": "800"},
        "mother": {"scheme": "flexible", "contribution_base": "4500", "continuous_months": 14},
        "children": [{"birth_date": "2025-03-10", "order": 2}],
    }
    out = calc(case)
    assert_cards_match(kiosk, out)
    # the counter, given the same case, has the same fertility and premium figures
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.viewmodel import WizardModel

    counter = WizardModel(from_case(case)).result()
    mine = kiosk.flow.model.result()
    assert counter is not None and mine is not None
    assert (counter.fertility, counter.premium) == (mine.fertility, mine.premium)
    text = cards(kiosk)["fertility"].text()
    assert "孕产补助 2,000.00 元" in text  # M3: a second child, 2,000
    assert "育儿津贴 5,000.00 元" in text  # M4: a second child, 5,000
    # (四十二): 4,500 / 30 a day x (98 national + 90 for a second child) = 28,200.00
    assert "生育津贴 28,200.00 元" in text and "生育津贴（产假 188 天）" in text
    # the counter's local fertility money: 2,000 + 5,000 + 28,200 = 35,200.00
    local = sum(Decimal(out["fertility"][k]) for k in FERTILITY_ITEMS[:3])
    assert local == Decimal("35200.00")
    # R14: the national 育儿补贴, 36 months x 300 = 10,800.00, counted too, and the card
    # says that netting it against the local 育儿津贴 is to be confirmed
    assert "国家育儿补贴 10,800.00 元" in text
    assert cards(kiosk)["fertility"].figure.text() == "46,000.00 元"
    assert any("就高不重复" in line and "请到窗口确认" in line for line in text.splitlines())
    # M5: a second child in 居民医保, 50 % of the 680 contribution = 340.00
    assert cards(kiosk)["premium"].figure.text() == "340.00 元"
    assert "孩子1 340.00 元" in cards(kiosk)["premium"].text()
    assert cards(kiosk)["medical"].empty.accessibleName() == "没有填写看病的费用"


def test_the_young_mother_in_english_has_the_same_figures(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    tap(kiosk.language)
    fill(kiosk, YOUNG_MOTHER, tap)
    c = cards(kiosk)
    assert "Maternity allowance 28,200.00 yuan" in c["fertility"].text()
    assert c["premium"].figure.text() == "340.00 yuan"


def test_twins_add_both_children(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="employee",
        account="0",
        family=Family(
            (Child(order="twins", before_twins="0", month="6", day="18"),),
            mother="self",
            months="12",
            base="8000",
        ),
        bills=(),
    )
    fill(kiosk, s, tapper(qtbot))
    children = kiosk.flow.model.answers.children
    assert [(c.birth_date, c.order) for c in children] == [("2025-06-18", 1), ("2025-06-18", 2)]
    out = calc(
        {
            "year": 2025,
            "person": {"scheme": "employee", "account_balance": "0"},
            "mother": {"scheme": "employee", "contribution_base": "8000", "continuous_months": 12},
            "children": [
                {"birth_date": "2025-06-18", "order": 1},
                {"birth_date": "2025-06-18", "order": 2},
            ],
        }
    )
    assert_cards_match(kiosk, out)
    f = out["fertility"]
    assert f["prenatal_subsidy"] == "3000.00"  # 1,000 (first) + 2,000 (second)
    assert f["childcare_allowance"] == "5000.00"  # the second twin only
    # 98 + 90 (the delivery has a second child) + 15 (one more baby) = 203 days;
    # 8,000 / 30 x 203 = 54,133.33
    assert (f["maternity_allowance"], f["maternity_leave_days"]) == ("54133.33", 203)
    premium = cards(kiosk)["premium"].text()
    assert "孩子1（双胞胎之一） 136.00 元" in premium  # 20 % of 680
    assert "孩子1（双胞胎之二） 340.00 元" in premium  # 50 % of 680


def test_an_expected_birth_is_asked_by_its_due_date(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    s = Session(
        scheme="resident",
        family=Family((Child(when="expected", year="2026", month="2", day="1"),), mother="self"),
        bills=(),
    )
    fill(kiosk, s, tap, stop=Step.KID_YEAR)
    page = kiosk.page
    assert page.title.accessibleName() == "孩子1：预产期是哪一年？"
    assert [c for c in page.visible_choices()] == ["2025", "2026", "unknown"]
    kiosk.wipe()
    fill(kiosk, s, tap)
    out = calc(
        {
            "year": 2025,
            "person": {"scheme": "resident"},
            "mother": {"scheme": "resident"},
            "children": [{"birth_date": "2026-02-01", "order": 1}],
        }
    )
    assert_cards_match(kiosk, out)
    # a first child: 孕产补助 1,000, no 育儿津贴; the mother in 居民医保: no 生育津贴
    assert out["fertility"]["prenatal_subsidy"] == "1000.00"
    fert = cards(kiosk)["fertility"].text()
    assert "育儿津贴：育儿津贴只发给家里第 2 个、第 3 个孩子" in fert and "第四条" not in fert
    assert "生育津贴：" in fert and "生育津贴只发给交职工医保" in fert
    # not born in 2025: no premium support for 2025, said in one line
    premium = cards(kiosk)["premium"]
    assert premium.empty.accessibleName().startswith("不符合条件")
    assert out["premium"]["items"] == []


def test_a_grandparent_with_a_grandchild_is_not_the_mother(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="retiree",
        account="2000",
        family=Family(
            (Child(order="2", month="8", day="1"),),
            mother="other",
            mother_scheme="employee",
            months="12",
            base="9000",
        ),
        bills=(),
    )
    fill(kiosk, s, tapper(qtbot))
    assert kiosk.flow.model.answers.mother.scheme == "employee"  # the daughter's, not his
    out = calc(
        {
            "year": 2025,
            "person": {"scheme": "retiree", "account_balance": "2000"},
            "mother": {"scheme": "employee", "contribution_base": "9000", "continuous_months": 12},
            "children": [{"birth_date": "2025-08-01", "order": 2}],
        }
    )
    assert_cards_match(kiosk, out)
    # 9,000 / 30 x 188 = 56,400.00; the grandchild's premium 340.00; none for the retiree
    assert out["fertility"]["maternity_allowance"] == "56400.00"
    assert [i["who"] for i in out["premium"]["items"]] == ["child:0"]


def test_a_resident_on_minimum_living_with_two_children(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="resident",
        aid="minimum_living",
        family=Family(
            (
                Child(order="1", year="2025", month="1", day="20"),
                Child(when="expected", order="2", year="2026", month="5", day="10"),
            ),
            mother="self",
        ),
        bills=(Bill("inpatient", "level2", "local", "40000"),),
    )
    fill(kiosk, s, tapper(qtbot))
    out = calc(
        {
            "year": 2025,
            "person": {"scheme": "resident", "medical_aid": "minimum_living"},
            "claims": [
                {"kind": "inpatient", "facility": "level2", "place": "local", "eligible": "40000"}
            ],
            "mother": {"scheme": "resident"},
            "children": [
                {"birth_date": "2025-01-20", "order": 1},
                {"birth_date": "2026-05-10", "order": 2},
            ],
        }
    )
    assert_cards_match(kiosk, out)
    # premium: herself 680 (a medical-aid person, all of it) + the first child 136 (20 %);
    # the second, born in 2026, has none for 2025
    assert out["premium"]["total"] == "816.00"
    premium = cards(kiosk)["premium"].text()
    assert "您本人 680.00 元" in premium and "孩子1 136.00 元" in premium
    # 孕产补助 1,000 + 2,000; 育儿津贴 5,000 for the second
    assert out["fertility"]["prenatal_subsidy"] == "3000.00"
    assert out["fertility"]["childcare_allowance"] == "5000.00"


# ---- 不知道 at each question: said plainly, never a silent 0
BASE = Family((Child(order="2"),), mother="self", months="14", base="4500")


def with_child(**kw: str) -> Family:
    return Family((Child(**{"order": "2", **kw}),), mother="self", months="14", base="4500")


UNKNOWN_AT = {
    "year": (with_child(year="unknown"), "fertility", "孩子1：需要出生日期"),
    "month": (with_child(month="unknown"), "fertility", "孩子1：需要出生日期"),
    "day": (with_child(day="unknown"), "fertility", "孩子1：需要出生日期"),
    "order": (with_child(order="unknown"), "fertility", "孩子1：需要知道是第几个孩子"),
    "twins_before": (
        with_child(order="twins", before_twins="unknown"),
        "fertility",
        "孩子1：需要知道是第几个孩子",
    ),
    "registered": (with_child(registered="unknown"), "fertility", "需要知道户口是否在嘉兴登记"),
    "insured": (with_child(insured="unknown"), "premium", "需要知道是否参加居民医保"),
    "mother": (Family((Child(order="2"),), mother="unknown"), "fertility", "需要妈妈的医保情况"),
    "mother_scheme": (
        Family((Child(order="2"),), mother="other", mother_scheme="unknown"),
        "fertility",
        "需要妈妈的医保情况",
    ),
    "months": (
        Family((Child(order="2"),), mother="self", months="unknown", base="4500"),
        "fertility",
        "生育津贴：需要连续缴费月数，请到窗口确认",
    ),
    "base": (
        Family((Child(order="2"),), mother="self", months="14", base="unknown"),
        "fertility",
        "生育津贴：需要缴费基数，请到窗口确认",
    ),
    "difficult": (
        Family((Child(order="2"),), mother="self", months="14", base="4500", difficult="unknown"),
        "fertility",
        "生育津贴按顺产估算",
    ),
}


@pytest.mark.parametrize("question", list(UNKNOWN_AT))
def test_dont_know_at_each_question_is_said_on_the_result(qtbot, kiosk, question) -> None:  # type: ignore[no-untyped-def]
    family, card, words = UNKNOWN_AT[question]
    fill(kiosk, Session(scheme="flexible", family=family, bills=()), tapper(qtbot))
    view = cards(kiosk)[card]
    assert words in view.text(), view.text()
    case = kiosk.flow.model.case()
    if question in ("year", "month", "day", "order", "twins_before"):
        assert "children" not in case  # nothing can be estimated for this child
        assert not view.figure.isVisibleTo(view)
    if question in ("mother", "mother_scheme", "months", "base"):
        assert "mother" not in case  # no 生育津贴 computed from a guess
        said = [line for line in view.text().splitlines() if "生育津贴" in line]
        assert said and all("请到窗口确认" in line for line in said)  # never shown as 0.00
        assert "28,200.00" not in view.text()
    if question == "difficult":  # estimated without it (98 + 90 days), and said
        assert "28,200.00 元" in view.text()
    lines = view.text().splitlines()
    assert not any(line == "0.00 元" or line.endswith(" 0.00 元") for line in lines), lines
    # 为什么是这个数？ lists it too
    kiosk_fixtures.tapper(qtbot)(kiosk.page.why)
    assert any(words in line for line in kiosk.page.lines())


def test_the_account_balance_dont_know_is_said(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="employee", account="unknown", bills=(Bill("outpatient", "level2", "local", "900"),)
    )
    fill(kiosk, s, tapper(qtbot))
    assert "个人账户余额没有填：按 0 估算" in cards(kiosk)["medical"].text()


def test_no_child_skips_the_family_with_one_tap(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, Session(scheme="resident"), tap, stop=Step.FAMILY)
    number = kiosk.flow.number
    assert f"第 {number} 步，最多还有" in kiosk.heading.accessibleName()
    tap(kiosk.page.tiles["none"])
    assert kiosk.flow.step is Step.KIND and kiosk.flow.number == number + 1
    assert kiosk.flow.model.answers.children == []
    fill_rest = Session(scheme="resident")
    kiosk.wipe()
    fill(kiosk, fill_rest, tap)
    assert cards(kiosk)["fertility"].empty.accessibleName() == "没有填写孩子"
    assert not cards(kiosk)["fertility"].figure.isVisibleTo(cards(kiosk)["fertility"])
