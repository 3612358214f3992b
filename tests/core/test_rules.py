"""Rules at their edges, each written to catch a way the code could break unseen (issue 12).

Every expected figure is computed by hand in the comment above it from the rulings and the
built-in parameters (resources/parameters); a mutation run (benchmarks/mutation.py) showed
each of these breaks surviving the suite before.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jxdesk.core.api import estimate, estimate_json
from jxdesk.core.engine import calculate
from jxdesk.core.models import Case
from jxdesk.core.parameters.loader import load_tree
from jxdesk.core.resources import resources_dir
from jxdesk.core.result import Result
from jxdesk.core.rules.medical.after_fund import age_on, reference_day
from jxdesk.core.rules.premium import _best, third_birthday

D = Decimal


def steps(result: Result, code: str) -> list[Any]:
    return [s for s in result.steps if s.code == code]


# ---------------------------------------------------------------- premium (R13)


def test_third_birthday_on_29_february_falls_on_1_march() -> None:
    assert third_birthday(date(2028, 2, 29), 3) == date(2031, 3, 1)  # 2031 has no 29 February
    assert third_birthday(date(2028, 2, 29), 4) == date(2032, 2, 29)  # 2032 has one
    assert third_birthday(date(2025, 6, 30), 3) == date(2028, 6, 30)


def test_the_highest_support_is_chosen_by_rate_not_by_article() -> None:
    options = [
        ("family_planning_special", D("0.5"), "第二十六条"),
        ("medical_aid", D("1"), "第三十八条"),
    ]
    # by the article text 第二十六条 sorts after 第三十八条 (二 > 三): the rate must decide
    assert _best(options) == options[1]
    assert _best(list(reversed(options))) == options[1]
    assert _best([]) is None


def _params_with(tmp_path: Path, file: str, old: str, new: str) -> Any:
    """The built-in parameter tree with one figure changed (as a later document might)."""
    root = tmp_path / "parameters"
    shutil.copytree(resources_dir() / "parameters", root)
    f = root / file
    text = f.read_text("utf-8")
    assert text.count(old) == 1, old
    f.write_text(text.replace(old, new), "utf-8")
    return load_tree(root)


def test_highest_support_wins_through_the_rules_when_rates_differ(tmp_path: Path) -> None:
    # family-planning support at 50% (a changed figure), medical-aid support at 100%:
    #   family_planning_special 680 x 0.5 = 340; medical_aid 680 x 1 = 680 -> 680.00
    head = "  label: 计生特殊家庭成员个人缴费由政府承担的比例\n  unit: rate\n"
    head += "  values:\n    2025-01-01:\n"
    params = _params_with(
        tmp_path, "premium/support.yaml", head + "      value: 1\n", head + "      value: 0.5\n"
    )
    case = Case.model_validate(
        {
            "year": 2025,
            "person": {
                "scheme": "resident",
                "family_planning_special": True,
                "medical_aid": "minimum_living",
            },
        }
    )
    r = calculate(case, params)
    assert [(i.who, i.reason, i.amount) for i in r.premium.items] == [
        ("person", "medical_aid", D("680.00"))
    ]
    wins = steps(r, "premium_highest_wins")
    assert [s.subject for s in wins] == ["person"]


def test_a_child_not_resident_insured_does_not_end_support_for_the_next() -> None:
    # child 0 is not in 居民医保: no support; child 1, second child born 2025 in Jiaxing,
    # resident-insured: 措施第五条 50% of 680 = 340.00
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee"},
            "children": [
                {"birth_date": "2025-03-01", "order": 1, "resident_insured": False},
                {"birth_date": "2025-03-01", "order": 2},
            ],
        }
    )
    assert [(i.who, i.reason, i.rate, i.amount) for i in r.premium.items] == [
        ("child:1", "child_order", D("0.50"), D("340.00"))
    ]
    assert [s.subject for s in steps(r, "premium_child_order")] == ["child:1"]
    assert steps(r, "premium_highest_wins") == []  # one option only: no "highest wins" line


def test_one_option_has_no_highest_wins_line_two_have_one() -> None:
    one = estimate({"year": 2025, "person": {"scheme": "resident", "disabled_certified": True}})
    two = estimate(
        {
            "year": 2025,
            "person": {"scheme": "resident", "disabled_certified": True, "medical_aid": "other"},
        }
    )
    assert [s.code for s in one.steps] == ["premium_disabled"]
    assert [s.code for s in two.steps] == ["premium_disabled", "premium_highest_wins"]
    assert two.steps[1].subject == "person" and two.steps[1].article == "措施第五条"


# ------------------------------------------------------------ medical aid (R9)


def _aid_child(born: str, claims: list[dict[str, Any]]) -> Result:
    return estimate(
        {
            "year": 2025,
            "person": {
                "scheme": "resident",
                "birth_date": born,
                "hukou_jiaxing": True,
                "targeted_child_illness": True,
            },
            "claims": claims,
        }
    )


UNDATED = [{"kind": "inpatient", "facility": "level3", "eligible": "20000"}]


@pytest.mark.parametrize("born", ["2010-01-02", "2010-01-15", "2010-12-31"])
def test_age_is_taken_on_1_january_when_no_claim_is_dated(born: str) -> None:
    # resident level3 20000: deductible 800, 19200 x 65% = 12480.00 fund; 大病保险 base
    # 7520 < 15000 -> 0; the person is 14 on 2025-01-01 (15 by 2 January for the first):
    # the child floor 80% applies: 7520 x 80% = 6016.00; cash 7520 - 6016 = 1504.00
    r = _aid_child(born, UNDATED)
    assert (r.medical.fund, r.medical.medical_aid, r.medical.out_of_pocket) == (
        D("12480.00"),
        D("6016.00"),
        D("1504.00"),
    )
    [floor] = steps(r, "aid_child_floor")
    assert (floor.figures["day"], floor.figures["age"]) == ("2025-01-01", 14)


def test_fifteen_on_1_january_is_too_old() -> None:
    r = _aid_child("2010-01-01", UNDATED)
    assert r.medical.medical_aid == 0
    [old] = steps(r, "aid_child_too_old")
    assert (old.figures["day"], old.figures["age"], old.figures["max_age"]) == (
        "2025-01-01",
        15,
        14,
    )


def test_age_is_taken_on_the_earliest_claim_date() -> None:
    claims = [
        {"kind": "inpatient", "facility": "level3", "eligible": "10000", "date": "2025-06-01"},
        {"kind": "inpatient", "facility": "level3", "eligible": "10000", "date": "2025-03-01"},
    ]
    # born 2010-03-02: 14 on 2025-03-01 (the earliest), 15 on 2025-06-01
    # fund: 9200 x 65% = 5980.00, then 10000 x 65% = 6500.00 -> 12480.00; aid as above
    r = _aid_child("2010-03-02", claims)
    assert r.medical.medical_aid == D("6016.00")
    [floor] = steps(r, "aid_child_floor")
    assert (floor.figures["day"], floor.figures["age"]) == ("2025-03-01", 14)
    case = Case.model_validate({"year": 2025, "person": {"scheme": "resident"}, "claims": claims})
    assert reference_day(case) == date(2025, 3, 1)
    undated = Case.model_validate({"year": 2026, "person": {"scheme": "resident"}})
    assert reference_day(undated) == date(2026, 1, 1)


def test_age_on_counts_whole_years_to_the_day() -> None:
    assert age_on(date(2011, 3, 10), date(2025, 3, 9)) == 13
    assert age_on(date(2011, 3, 10), date(2025, 3, 10)) == 14
    assert age_on(date(2011, 3, 10), date(2025, 2, 28)) == 13
    assert age_on(date(2011, 3, 10), date(2025, 4, 1)) == 14


# ------------------------------------------------------------ inpatient (R6)


def test_an_inpatient_claim_beyond_the_maximum() -> None:
    # resident level3 250000: the 200000 maximum leaves 50000 beyond it (paid by the person)
    #   deductible 800; 200000 - 800 = 199200 x 65% = 129480.00
    #   大病保险 base 250000 - 129480 = 120520 -> (120520 - 15000) x 70% = 73864.00
    # a second claim, level1 10000, finds the axis full: fund 0, no deductible, all beyond
    #   base 120520 + 10000 = 130520 -> (130520 - 15000) x 70% = 80864.00
    #   cash 260000 - 129480 - 80864 = 49656.00
    out = estimate_json(
        {
            "year": 2025,
            "person": {"scheme": "resident"},
            "claims": [
                {"kind": "inpatient", "facility": "level3", "eligible": "250000"},
                {"kind": "inpatient", "facility": "level1", "eligible": "10000"},
            ],
        }
    )
    m = out["medical"]
    assert [
        (c["fund"], c["deductible"], c["beyond_maximum"], c["out_of_pocket"]) for c in m["claims"]
    ] == [
        ("129480.00", "800.00", "50000.00", "120520.00"),
        ("0.00", "0.00", "10000.00", "10000.00"),
    ]
    assert (m["fund"], m["critical_illness"], m["out_of_pocket"]) == (
        "129480.00",
        "80864.00",
        "49656.00",
    )


def test_employee_inpatient_above_the_band_and_beyond_the_maximum() -> None:
    # employee level3 1,100,000: maximum 1,000,000, so 100000 beyond it
    #   deductible 800; 800 -> 200000: 199200 x 80% = 159360; 200000 -> 1000000: 800000 x 85%
    #   = 680000 -> fund 839360.00
    #   大病保险 base 1100000 - 839360 = 260640 -> (260640 - 15000) x 70% = 171948.00
    #   cash 1100000 - 839360 - 171948 = 88692.00
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee"},
            "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "1100000"}],
        }
    )
    [c] = r.medical.claims
    assert (c.fund, c.deductible, c.beyond_maximum) == (D("839360.00"), D("800.00"), D("100000.00"))
    assert (r.medical.critical_illness, r.medical.out_of_pocket) == (D("171948.00"), D("88692.00"))
    [beyond] = steps(r, "inpatient_beyond_maximum")
    assert (beyond.amount, beyond.figures["maximum"], beyond.subject) == (
        D("100000"),
        D("1000000"),
        "claim:0",
    )


# ------------------------------------------------------------ outpatient and account


def test_the_account_pays_a_claim_of_one_yuan() -> None:
    # employee, balance 100, ordinary outpatient of 1.00: the account pays it all first
    out = estimate_json(
        {
            "year": 2025,
            "person": {"scheme": "employee", "account_balance": "100"},
            "claims": [{"kind": "outpatient", "facility": "level2", "eligible": "1"}],
        }
    )
    m = out["medical"]
    assert (m["account"], m["account_left"], m["out_of_pocket"]) == ("1.00", "99.00", "0.00")
    assert m["claims"][0]["account"] == "1.00" and m["claims"][0]["deductible"] == "0.00"


def test_account_then_deductible_then_beyond_the_outpatient_maximum() -> None:
    # employee, balance 500, level3 ordinary 12000: account 500 first; 11500 left, of which
    # 10000 within the maximum: deductible 400, (10000 - 400) x 60% = 5760.00; 1500 beyond.
    # 大病保险 base: ordinary outpatient only beyond the maximum, 1500 < 15000 -> 0
    # cash 12000 - 5760 - 500 = 5740.00; account left 0.00
    out = estimate_json(
        {
            "year": 2025,
            "person": {"scheme": "employee", "account_balance": "500"},
            "claims": [{"kind": "outpatient", "facility": "level3", "eligible": "12000"}],
        }
    )
    m = out["medical"]
    assert m["claims"] == [
        {
            "fund": "5760.00",
            "account": "500.00",
            "deductible": "400.00",
            "first_paid": "0.00",
            "beyond_maximum": "1500.00",
            "out_of_pocket": "5740.00",
        }
    ]
    assert (m["account_left"], m["critical_illness"], m["out_of_pocket"]) == (
        "0.00",
        "0.00",
        "5740.00",
    )


def test_no_account_step_when_the_balance_is_zero() -> None:
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee", "account_balance": "0"},
            "claims": [{"kind": "outpatient", "facility": "level2", "eligible": "300"}],
        }
    )
    assert steps(r, "account_pays") == [] and r.medical.account == 0


def test_a_small_balance_is_used_and_a_claim_of_nothing_takes_nothing() -> None:
    # balance 0.50 pays 0.50 of a 300 level2 claim; a claim with nothing in scope (only
    # 50 outside the catalogue) leaves the account alone and says nothing about it
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee", "account_balance": "0.50"},
            "claims": [
                {"kind": "outpatient", "facility": "level2", "eligible": "0", "excluded": "50"},
                {"kind": "outpatient", "facility": "level2", "eligible": "300"},
            ],
        }
    )
    assert [c.account for c in r.medical.claims] == [D("0.00"), D("0.50")]
    assert r.medical.account_left == 0
    assert [(s.subject, s.amount) for s in steps(r, "account_pays")] == [("claim:1", D("0.50"))]


def test_a_child_aged_0_gets_the_floor_and_no_birth_date_says_so() -> None:
    # born 2024-06-01: 0 years old on 2025-01-01, within 0-14: the 80% floor (as above)
    r = _aid_child("2024-06-01", UNDATED)
    assert r.medical.medical_aid == D("6016.00")
    assert [s.figures["age"] for s in steps(r, "aid_child_floor")] == [0]
    # no birth date: the floor cannot be checked and is not applied (A5), and the line says so
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "resident", "targeted_child_illness": True},
            "claims": UNDATED,
        }
    )
    assert r.medical.medical_aid == 0
    [s] = steps(r, "aid_child_no_birth_date")
    assert (s.article, s.assumption) == ("第三十六条", True)


def test_medical_aid_exactly_at_the_annual_cap_is_not_capped() -> None:
    # destitute: 100% of the base. A base of exactly 120000 is paid in full, with no cap
    # line; one fen more is capped at 120000 with the cap line.
    from jxdesk.core.parameters import load_parameters
    from jxdesk.core.rules.medical.after_fund import medical_aid
    from jxdesk.core.trace import Trace

    case = Case.model_validate(
        {"year": 2025, "person": {"scheme": "resident", "medical_aid": "destitute"}}
    )
    snap = load_parameters().at(date(2025, 1, 1))
    at, over = Trace(), Trace()
    assert medical_aid(case, D("120000.00"), snap, at) == D("120000.00")
    assert medical_aid(case, D("120000.01"), snap, over) == D("120000.00")
    assert [s.code for s in at.steps] == ["aid_category", "medical_aid"]
    assert [s.code for s in over.steps] == ["aid_category", "medical_aid", "medical_aid_cap"]
    assert over.steps[-1].figures["computed"] == D("120000.01")


def test_a_claim_with_less_than_a_yuan_below_the_band_shows_both_bands() -> None:
    # employee level3: claim 1 of 199999.50 (the 800 deductible on it) fills the axis to
    # 199999.50; claim 2 of 10000, no deductible left: 0.50 below the 200000 band at 80%
    # = 0.40, 9999.50 above it at 85% = 8499.575 -> fund fen(8499.975) = 8499.98
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee"},
            "claims": [
                {"kind": "inpatient", "facility": "level3", "eligible": "199999.50"},
                {"kind": "inpatient", "facility": "level3", "eligible": "10000"},
            ],
        }
    )
    assert r.medical.claims[1].fund == D("8499.98")
    second = [s for s in r.steps if s.subject == "claim:1"]
    assert [(s.code, s.figures.get("covered")) for s in second[2:4]] == [
        ("inpatient_band", D("0.50")),
        ("inpatient_upper_band", D("9999.50")),
    ]


def test_a_deductible_under_one_yuan_has_its_line() -> None:
    # employee level2: claim 1 of 399.50 pays 399.50 of the 400 deductible; claim 2 of 100
    # pays the last 0.50, and 99.50 x 70% = 69.65
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee"},
            "claims": [
                {"kind": "outpatient", "facility": "level2", "eligible": "399.50"},
                {"kind": "outpatient", "facility": "level2", "eligible": "100"},
            ],
        }
    )
    assert [(c.deductible, c.fund) for c in r.medical.claims] == [
        (D("399.50"), D("0.00")),
        (D("0.50"), D("69.65")),
    ]
    assert [(s.subject, s.amount) for s in steps(r, "outpatient_deductible")] == [
        ("claim:0", D("399.50")),
        ("claim:1", D("0.50")),
    ]


def test_a_residents_small_balance_is_still_said_to_be_unused() -> None:
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "resident", "account_balance": "0.50"},
            "claims": [{"kind": "outpatient", "facility": "level2", "eligible": "100"}],
        }
    )
    assert [s.article for s in steps(r, "no_account_for_residents")] == ["第二十七条"]
    assert r.medical.account == 0 and r.medical.account_left == 0


def test_uninsured_claims_are_wholly_the_persons_own() -> None:
    # scheme none (R1): nothing pays; each claim's own share is in scope + outside it
    out = estimate_json(
        {
            "year": 2025,
            "person": {"scheme": "none"},
            "claims": [
                {"kind": "outpatient", "facility": "level2", "eligible": "100", "excluded": "50"}
            ],
        }
    )
    assert out["medical"]["claims"][0]["out_of_pocket"] == "150.00"
    assert out["medical"]["out_of_pocket"] == "150.00"


def _later_contributions(tmp_path: Path) -> Any:
    """The built-in tree plus contributions for 2027 (700, and 720 from 2 January: a change
    after the first day, which the 2027 premium year must not see) and 2028 (700)."""
    anchor = "resident:\n  label: 城乡居民医保个人缴费（含长期护理保险个人缴费）\n"
    anchor += "  unit: CNY\n  values:\n"
    source = "      source: {document: jx-2025-resident-contribution}\n"
    later = "".join(
        f"    {day}:\n      value: {value}\n{source}"
        for day, value in (("2027-01-01", 700), ("2027-01-02", 720), ("2028-01-01", 700))
    )
    return _params_with(tmp_path, "premium/contribution.yaml", anchor, anchor + later)


def _premium(params: Any, year: int, **case: Any) -> Result:
    return calculate(Case.model_validate({"year": year, **case}), params)


def test_the_premium_year_takes_its_figures_on_1_january(tmp_path: Path) -> None:
    params = _later_contributions(tmp_path)
    r = _premium(params, 2027, person={"scheme": "resident", "disabled_certified": True})
    assert (r.premium.contribution, r.premium.total) == (D("700"), D("700.00"))


def test_child_support_runs_until_the_third_birthday(tmp_path: Path) -> None:
    # 措施第五条: support until the child is 3. Premium year 2028 starts 2028-01-01:
    #   born 2025-01-02 -> third birthday 2028-01-02, after 1 January: 20% of 700 = 140.00
    #   born 2025-01-01 -> third birthday 2028-01-01, the year's first day: nothing in 2028
    params = _later_contributions(tmp_path)
    person = {"scheme": "employee"}
    late = _premium(
        params, 2028, person=person, children=[{"birth_date": "2025-01-02", "order": 1}]
    )
    assert [(i.who, i.amount) for i in late.premium.items] == [("child:0", D("140.00"))]
    born_jan_1 = [{"birth_date": "2025-01-01", "order": 1}]
    early = _premium(params, 2028, person=person, children=born_jan_1)
    assert early.premium.items == () and early.premium.available
    # and the child born on 15 January is still 2 on 1 January 2028 (not 1 February)
    mid = _premium(params, 2028, person=person, children=[{"birth_date": "2025-01-15", "order": 1}])
    assert [(i.who, i.amount) for i in mid.premium.items] == [("child:0", D("140.00"))]


def test_benefits_start_on_1_january_for_the_annual_route() -> None:
    # no enrolment given: the annual route, covered from 1 January (R15), so a stay on
    # 1 January is paid: level3 10000, deductible 800, 9200 x 80% = 7360.00
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee"},
            "claims": [
                {
                    "kind": "inpatient",
                    "facility": "level3",
                    "eligible": "10000",
                    "date": "2025-01-01",
                }
            ],
        }
    )
    assert r.medical.benefits_from == date(2025, 1, 1)
    assert r.medical.fund == D("7360.00") and steps(r, "claim_before_benefits") == []


def test_a_full_axis_and_half_a_yuan_beyond_the_maximum_are_said() -> None:
    # resident level3 200000.50: 0.50 beyond the 200000 maximum has its line; a second
    # stay finds the axis full: its line says so and is the claim's (zero) fund payment
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "resident"},
            "claims": [
                {"kind": "inpatient", "facility": "level3", "eligible": "200000.50"},
                {"kind": "inpatient", "facility": "level1", "eligible": "1000"},
            ],
        }
    )
    assert [c.beyond_maximum for c in r.medical.claims] == [D("0.50"), D("1000.00")]
    beyond = steps(r, "inpatient_beyond_maximum")
    assert [(s.subject, s.amount) for s in beyond] == [
        ("claim:0", D("0.50")),
        ("claim:1", D("1000")),
    ]
    [full] = steps(r, "inpatient_maximum_reached")
    assert (full.subject, full.amount, full.explains, full.figures["maximum"]) == (
        "claim:1",
        D("0"),
        "fund",
        D("200000"),
    )


def test_benefits_start_for_the_annual_route_is_1_january() -> None:
    from jxdesk.core.parameters import load_parameters
    from jxdesk.core.rules.medical.enrollment import Route, benefits_start

    case = Case.model_validate({"year": 2026, "person": {"scheme": "resident"}})
    start = benefits_start(case, load_parameters().at(date(2026, 1, 1)))
    assert (start.day, start.route, start.late_newborn) == (date(2026, 1, 1), Route.ANNUAL, False)


def test_no_national_figure_in_force_gives_no_entitlement() -> None:
    from jxdesk.core.parameters.loader import load_tree
    from jxdesk.core.rules.national_childcare import NATIONAL, Entitlement, entitlement

    params = load_tree(resources_dir() / "parameters")
    leaf = params.leaves[f"{NATIONAL}.monthly"]
    leaf.history = [d.replace(value=None) for d in leaf.history]
    assert entitlement(date(2025, 6, 1), params) == Entitlement((), "", D("0"), 0, D("0"), "")


def test_a_primary_claim_under_a_yuan_says_there_is_no_deductible() -> None:
    # employee primary care: no deductible (第十六条); 0.80 x 85% = 0.68
    r = estimate(
        {
            "year": 2025,
            "person": {"scheme": "employee"},
            "claims": [{"kind": "outpatient", "facility": "primary", "eligible": "0.80"}],
        }
    )
    assert r.medical.fund == D("0.68")
    assert [s.subject for s in steps(r, "outpatient_no_deductible_primary")] == ["claim:0"]


def test_a_claim_before_benefits_start_is_wholly_the_persons_with_its_self_paid_part() -> None:
    # R15: enrolled mid-year on 2025-03-20, benefits start later; a stay on 2025-04-01 of
    # 1000 in scope and 200 outside it is the person's whole: 1200.00, and its line says so
    r = estimate(
        {
            "year": 2025,
            "person": {
                "scheme": "resident",
                "enrollment": {"route": "mid_year", "date": "2025-03-20"},
            },
            "claims": [
                {
                    "kind": "inpatient",
                    "facility": "level2",
                    "eligible": "1000",
                    "excluded": "200",
                    "date": "2025-04-01",
                }
            ],
        }
    )
    assert r.medical.benefits_from is not None and r.medical.benefits_from > date(2025, 4, 1)
    [c] = r.medical.claims
    assert (c.fund, c.out_of_pocket) == (D("0"), D("1200.00"))
    assert [s.amount for s in steps(r, "claim_before_benefits")] == [D("1200.00")]
