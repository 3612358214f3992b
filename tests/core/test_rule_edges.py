"""More rules at their edges (test_rules.py is near the size limit), each expected value
computed by hand from the rulings in the comment above it (issue 21: breaks an unseen
mutation sample showed surviving the suite).
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jxdesk.core.engine import calculate
from jxdesk.core.models import Case
from jxdesk.core.parameters.loader import load_tree
from jxdesk.core.resources import resources_dir
from jxdesk.core.result import Result
from jxdesk.core.rules.medical.common import ClaimOutcome
from jxdesk.core.rules.medical.enrollment import add_months

D = Decimal


def test_birth_date_plus_months_is_the_month_end_where_that_day_is_missing() -> None:
    # 第二十四条's "within 3 months of birth" (R15): the same day 3 months on, or that
    # month's last day where it has none
    assert add_months(date(2025, 1, 31), 3) == date(2025, 4, 30)  # April has 30 days
    assert add_months(date(2025, 3, 31), 3) == date(2025, 6, 30)  # June has 30 days
    assert add_months(date(2025, 8, 31), 3) == date(2025, 11, 30)  # November has 30 days
    assert add_months(date(2025, 11, 29), 3) == date(2026, 2, 28)  # 2026 is not a leap year
    assert add_months(date(2023, 11, 30), 3) == date(2024, 2, 29)  # 2024 is
    # a day every month has is kept, across the year's end too
    assert add_months(date(2025, 10, 15), 3) == date(2026, 1, 15)
    assert add_months(date(2025, 5, 31), 3) == date(2025, 8, 31)  # August has 31 days


def test_a_claim_outcome_shows_every_payer_and_amount() -> None:
    # what a failing test prints for a claim: every field by name, in a fixed order
    out = ClaimOutcome(D("1000.00"), D("50.00"))
    out.fund, out.deductible, out.beyond_maximum = D("630.00"), D("300.00"), D("0.40")
    assert repr(out) == (
        "ClaimOutcome(account=0, beyond_maximum=0.40, critical_illness_base=0, "
        "deductible=300.00, eligible=1000.00, excluded=50.00, first_paid=0, fund=630.00)"
    )


def _national_later(tmp_path: Path, later: str) -> Any:
    """The built-in parameters with later dated values of the national monthly figure."""
    old = "      source: {document: gb-2025-childcare-subsidy, note: 补贴标准：每孩每年3600元}\n"
    return _changed(tmp_path, "fertility/national_childcare.yaml", old, old + later)


def _changed(tmp_path: Path, file: str, old: str, new: str) -> Any:
    """The built-in parameters with `old`, found once in `file`, made `new`."""
    root = tmp_path / "parameters"
    shutil.copytree(resources_dir() / "parameters", root)
    f = root / file
    text = f.read_text("utf-8")
    assert text.count(old) == 1
    f.write_text(text.replace(old, new), "utf-8")
    return load_tree(root)


def _national(params: Any) -> Result:
    case = {
        "year": 2025,
        "person": {"scheme": "resident"},
        "children": [{"birth_date": "2025-03-15", "order": 1}],
    }
    return calculate(Case.model_validate(case), params)


SOURCE = "      source: {document: gb-2025-childcare-subsidy}\n"


def test_a_later_national_figure_pays_from_the_first_month_it_holds_on_the_1st(
    tmp_path: Path,
) -> None:
    # a later document (here invented) raising the monthly 育儿补贴 to 400 from 2 July 2026:
    # each month is paid at the figure in force on its first day (R14: "the monthly figure
    # of each month"), so July 2026 is still paid 300 and August is the first at 400
    r = _national(_national_later(tmp_path, f"    2026-07-02:\n      value: 400\n{SOURCE}"))
    # born 2025-03-15: April 2025 .. March 2028, 36 months
    #   2025: Apr-Dec 9 x 300 = 2700; 2026: Jan-Jul 7 x 300 + Aug-Dec 5 x 400 = 4100;
    #   2027: 12 x 400 = 4800; 2028: Jan-Mar 3 x 400 = 1200; total 12800.00
    assert r.fertility.national_childcare_subsidy == D("12800")
    [step] = [s for s in r.steps if s.code == "national_childcare"]
    assert step.figures["years"] == "2025:9:2700;2026:12:4100;2027:12:4800;2028:3:1200"


def test_months_without_a_national_figure_are_skipped_not_the_end(tmp_path: Path) -> None:
    # the figure suspended from January to June 2026 (no value) and 300 again from July:
    # only months in which the figure is in force are paid (R14), the later ones too
    gap = "    2026-01-01:\n      value: null\n      note: suspended (a test)\n"
    gap += f"    2026-07-01:\n      value: 300\n{SOURCE}"
    r = _national(_national_later(tmp_path, gap))
    # born 2025-03-15, entitled April 2025 .. March 2028:
    #   2025: Apr-Dec 9 x 300 = 2700; 2026: Jul-Dec 6 x 300 = 1800; 2027: 12 x 300 = 3600;
    #   2028: Jan-Mar 3 x 300 = 900; 30 months, 9000.00
    assert r.fertility.national_childcare_subsidy == D("9000")
    [step] = [s for s in r.steps if s.code == "national_childcare"]
    assert step.figures["years"] == "2025:9:2700;2026:6:1800;2027:12:3600;2028:3:900"
    assert step.figures["months"] == 30


def test_a_flexible_mother_without_her_own_base_is_paid_on_the_published_one(
    tmp_path: Path,
) -> None:
    # 第四十二条: a flexible worker's 生育津贴 is on the previous year's published base (第八条);
    # the release holds none for 2025 (null, so the case must give it). Here a published
    # base of 4,500 is entered (invented): the mother who does not know her own is paid on it.
    old = "      value: null\n      note: 上年度公布的缴费基数尚未录入本参数\n"
    new = "      value: 4500\n      source: {document: jzf-2024-22, article: 第八条}\n"
    params = _changed(tmp_path, "fertility/maternity.yaml", old, new)
    case = {
        "year": 2025,
        "person": {"scheme": "flexible"},
        "mother": {"scheme": "flexible", "continuous_months": 24},
        "children": [{"birth_date": "2025-11-11", "order": 2}],
    }
    r = calculate(Case.model_validate(case), params)
    # 4500 / 30 = 150 a day; 98 + 90 days for a second child = 188; 150 x 188 = 28200.00
    assert r.fertility.maternity_allowance == D("28200")
    [step] = [s for s in r.steps if s.code == "maternity_allowance"]
    assert step.figures["base"] == D("4500") and step.figures["days"] == 188


def _claim_lines(case: dict[str, Any], n: int) -> list[str]:
    """The explanation's lines under 第n笔 (the claim's own, up to the next claim or the year)."""
    from jxdesk.core.api import estimate_json

    lines = estimate_json(case)["explanation"]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"第{n}笔："))
    out = []
    for ln in lines[start + 1 :]:
        if not ln.startswith("  "):
            break
        out.append(ln.strip())
    return out


def test_a_stay_wholly_above_the_band_is_said_at_the_upper_rate_only() -> None:
    # 第十七条: an employee's level-3 stays pay 80% up to 200,000 and 85% above. The first
    # stay fills the band (and the 800 deductible); the second, 1.00, lies wholly above it:
    # one line at 85% (0.85) and the claim's total, no line for a band it does not touch
    case = {
        "year": 2025,
        "person": {"scheme": "employee"},
        "claims": [
            {"kind": "inpatient", "facility": "level3", "eligible": "250000"},
            {"kind": "inpatient", "facility": "level3", "eligible": "1"},
        ],
    }
    second = _claim_lines(case, 2)
    assert not any("200,000.00 元以下部分" in ln for ln in second), second
    assert any("1.00 元按 85% 支付 0.85 元" in ln for ln in second), second


def test_a_stay_with_nothing_in_scope_still_says_how_its_fund_is_nought() -> None:
    # all 自费: nothing in scope, the fund pays 0.00; the band line says so (0.00 at 80%)
    case = {
        "year": 2025,
        "person": {"scheme": "employee"},
        "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "0", "excluded": "300"}],
    }
    r = calculate(Case.model_validate(case), load_tree(resources_dir() / "parameters"))
    fund = [s for s in r.steps if s.explains == "fund"]
    assert [(s.code, s.amount) for s in fund] == [("inpatient_band", D("0"))]


def test_the_national_cap_note_only_where_the_cap_binds() -> None:
    # 第三十四条 counts at most 600,000 of a resident's year in the 大病保险 base; only when
    # more is borne does the national raise of that cap (国办发〔2024〕38号) change anything,
    # so only then is its note given. Level-3 stay: the fund pays 199,200 x 65% = 129,480, so
    # a stay of 729,480.00 leaves exactly 600,000 (no note) and one fen more leaves more
    from jxdesk.core.api import estimate

    def noted(eligible: str) -> bool:
        case = {
            "year": 2025,
            "person": {"scheme": "resident"},
            "claims": [{"kind": "inpatient", "facility": "level3", "eligible": eligible}],
        }
        r = estimate(case)
        assert r.medical.fund == D("129480")
        return any(s.code == "national_ci_cap_not_modelled" for s in r.steps)

    assert not noted("729480.00")
    assert noted("729480.01")
