"""Every explanation step of every golden case: its data, its article, its figures, its line.

Three kinds of check, so a step cannot drift unseen:

* the structured steps equal their reviewed recording (tests/steps/, rewritten by
  tests/support/steps.py: a changed rule shows up as a diff to review);
* independently of any recording, the steps agree with the result and the case: the amounts
  a step says it explains add up to that figure of the result (which the golden case ties to
  its hand computation), each step's arithmetic holds, each names the article the policy
  gives for it (ARTICLES, checked against ../shared/policy), subjects follow their claims;
* each step renders in both languages with its article, its figures and its amount.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support.compare import GOLDEN, golden_files, load_golden
from support.steps import STEPS, load, step_data

from jxdesk.core.api import estimate
from jxdesk.core.messages import (
    FUNCTION_FIELDS,
    LABELS,
    MONEY_FIELDS,
    RATE_FIELDS,
    TEMPLATES,
    english_article,
    render,
)
from jxdesk.core.money import ZERO, fen, percent
from jxdesk.core.result import Result
from jxdesk.core.trace import Step

D = Decimal
FILES = golden_files()
IDS = [str(p.relative_to(GOLDEN).with_suffix("")) for p in FILES]
EMPLOYEE = {"employee", "flexible", "retiree"}

#: The article each step names (the 办法's (N) items are 第N条; 措施 are the fertility measures).
#: Steps whose article depends on the scheme map to {scheme group: article}.
ARTICLES: dict[str, Any] = {
    "claim_header": "",
    "claim_header_excluded": "第六十八条",  # 用语含义: 自费 outside the catalogue
    "account_pays": "第十六条",
    "out_of_city": "第四十九条",
    "outpatient_deductible": "第十六条",
    "outpatient_no_deductible_primary": "第十六条",
    "outpatient_beyond_maximum": {"employee": "第十六条", "resident": "第二十七条"},
    "inpatient_deductible": {"employee": "第十七条", "resident": "第二十八条"},
    "inpatient_band": {"employee": "第十七条", "resident": "第二十八条"},
    "inpatient_upper_band": {"employee": "第十七条"},
    "inpatient_fund": {"employee": "第十七条"},
    "inpatient_beyond_maximum": {"employee": "第十七条", "resident": "第二十八条"},
    "pre1949_supplement": "第二十条",
    "pre1949_not_employee": "第二十条",
    "no_account_for_residents": "第二十七条",
    "uninsured": "",
    "critical_illness": "第三十四条",
    "critical_illness_aid": "第三十九条",
    "aid_category": "第三十六条",
    "aid_child_floor": "第三十六条",
    "aid_child_too_old": "第三十六条",
    "aid_child_not_hukou": "第三十六条",
    "aid_child_no_birth_date": "第三十六条",
    "medical_aid": "第三十六条",
    "medical_aid_cap": "第三十七条",
    "medical_total": "",
    "child_before_measures": "措施第七条",
    "order_capped": "措施第六条",
    "prenatal": "措施第三条",
    "prenatal_no_hukou": "措施第三条",
    "hukou_from_person": "",
    "childcare": "措施第四条",
    "childcare_none_for_order": "措施第四条",
    "childcare_not_registered": "措施第四条",
    "delivery_before_rules": "第七十条",
    "maternity_not_working": "第四十条",
    "maternity_months_short": "第四十一条",
    "maternity_allowance": "第四十二条",
    "leave_days_given": "第四十二条",
    "leave_national": "《女职工劳动保护特别规定》第七条",
    "leave_difficult_labour": "《女职工劳动保护特别规定》第七条",
    "leave_extra_babies": "《女职工劳动保护特别规定》第七条",
    "leave_first_child": "《浙江省人口与计划生育条例》第二十五条",
    "leave_later_child": "《浙江省人口与计划生育条例》第二十五条",
    "multiple_birth_confirm": "",
    "premium_unavailable": "第二十五条",
    "premium_disabled": "第二十六条",
    "premium_family_planning_special": "第二十六条",
    "premium_medical_aid": "第三十八条",
    "premium_child_order": "措施第五条",
    "premium_highest_wins": "措施第五条",
    "premium_none": "",
    # R14 national 育儿补贴
    "national_childcare": "《育儿补贴制度实施方案》",
    "national_childcare_none": "《育儿补贴制度实施方案》",
    "national_childcare_not_registered": "",
    "national_and_local_childcare": "措施第七条",  # 就高不重复相抵 with the local allowance
    # R15 benefits by enrolment route (the article of the route, see expected_article)
    "benefits_employer_registration": "第十二条",
    "benefits_mid_year": "第二十二条",
    "benefits_continuation": "第二十三条",
    "benefits_newborn": "第二十四条",
    "benefits_late_newborn": "第二十四条、第二十二条",
    "waiting_after_break_not_modelled": "国办发〔2024〕38号",
    "national_ci_cap_not_modelled": "国办发〔2024〕38号",
    "aid_other_floor": "第三十六条",
    # R16 prior-years account, R17 estimated current-year account
    "prior_account": "第十五条",
    "no_prior_account_for_residents": "第二十七条",
    "account_estimated": "第十四条",
    "account_estimated_retiree": "第十四条",
    "note_estimate_for_residents": "第二十七条",
    "medical_total_prior": "",
    # claims within the deductible or on a full axis
    "outpatient_within_deductible": "第十六条",
    "inpatient_within_deductible": {"employee": "第十七条", "resident": "第二十八条"},
    "outpatient_maximum_reached": {"employee": "第十六条", "resident": "第二十七条"},
    "inpatient_maximum_reached": {"employee": "第十七条", "resident": "第二十八条"},
    # where an article not computed may change the figure
    "note_retiree_years": "第十条、第十一条",
    "note_home_bed_limits": "第五十二条",
    "note_maternity_medical": "第四十三条、第四十四条",
}
#: outpatient fund lines cite the rate's article: by scheme group and claim kind
OUTPATIENT_FUND = {
    ("employee", "outpatient"): "第十六条",
    ("employee", "chronic"): "第十八条",
    ("resident", "outpatient"): "第二十七条",
    ("resident", "chronic"): "第二十九条",
    ("pre1949", "outpatient"): "第二十条",
    ("pre1949", "chronic"): "第二十条",
}
NO_DEDUCTIBLE = {  # 特殊病种门诊 and 家庭病床 are settled as inpatient costs
    ("employee", "special"): "第十九条",
    ("resident", "special"): "第三十条",
    ("employee", "home_bed"): "第五十二条",
    ("resident", "home_bed"): "第五十二条",
}


def _results() -> dict[Path, tuple[dict[str, Any], Result]]:
    out = {}
    for p in FILES:
        case = load_golden(p)["case"]
        out[p] = (case, estimate(case))
    return out


RESULTS = _results()


def group(case: dict[str, Any]) -> str:
    return "employee" if case["person"]["scheme"] in EMPLOYEE else "resident"


def expected_article(case: dict[str, Any], step: Step, steps: tuple[Step, ...] = ()) -> str:
    person = case["person"]
    g = group(case)
    if step.code == "benefits_special_group":  # 第三十八条 too for a medical-aid person
        aid = person.get("medical_aid", "none") != "none"
        return "第二十六条、第三十八条" if aid else "第二十六条"
    if step.code == "carried_over":  # R19: the documents of the parts the estimate uses
        docs = []
        if case.get("claims") or case.get("children"):  # 办法 (and its 生育津贴 figures)
            docs.append("嘉政发〔2024〕22号")
        if case.get("children"):
            docs += ["嘉政办发〔2024〕27号", "《育儿补贴制度实施方案》"]
        return "、".join(docs)
    if step.code == "claim_before_benefits":  # the article of the route that set the day
        [start] = [s for s in steps if s.code.startswith("benefits_")]
        return start.article
    if step.code == "outpatient_fund":
        pre = g == "employee" and person.get("pre1949_worker")
        return OUTPATIENT_FUND[("pre1949" if pre else g, step.figures["kind"])]
    if step.code == "inpatient_no_deductible":
        return NO_DEDUCTIBLE[(g, step.figures["kind"])]
    assert step.code in ARTICLES, f"{step.code}: add its article to ARTICLES (check the policy)"
    want = ARTICLES[step.code]
    return want[g] if isinstance(want, dict) else want


# ------------------------------------------------------------------- the recordings


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_steps_match_their_reviewed_recording(path: Path) -> None:
    recorded = load(path)
    assert recorded is not None, (
        f"no recording of {path.name}'s steps: run `uv run python tests/support/steps.py`, "
        "then review tests/steps/ against the case's hand computation"
    )
    got = [step_data(s) for s in RESULTS[path][1].steps]
    for i, (g, want) in enumerate(zip(got, recorded, strict=False)):
        assert g == want, f"step {i}"
    assert len(got) == len(recorded)


def test_every_recording_has_its_golden_case() -> None:
    wanted = {STEPS / p.relative_to(GOLDEN) for p in FILES}
    assert sorted(set(STEPS.rglob("*.yaml")) - wanted) == []


# ------------------------------------------------- steps against the result and the case


def _sum(steps: list[Step], explains: str, subject: str | None = None) -> Decimal:
    return sum(
        (
            s.amount
            for s in steps
            if s.explains == explains and s.amount is not None and s.subject == subject
        ),
        ZERO,
    )


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_each_claims_steps_add_up_to_its_figures(path: Path) -> None:
    case, r = RESULTS[path]
    steps = list(r.steps)
    m = r.medical
    if case["person"]["scheme"] == "none":
        return  # one `uninsured` step (checked below), no claim lines
    for i, c in enumerate(m.claims):
        who = f"claim:{i}"
        before = [s for s in steps if s.code == "claim_before_benefits" and s.subject == who]
        if before:  # R15: a claim before benefits start is wholly the person's
            assert [s.amount for s in before] == [c.out_of_pocket]
            assert c.fund == c.account == c.deductible == c.first_paid == 0
            continue
        assert _sum(steps, "fund", who) == c.fund, (who, "fund")
        assert _sum(steps, "account", who) == c.account, (who, "account")
        assert _sum(steps, "deductible", who) == c.deductible, (who, "deductible")
        assert _sum(steps, "first_paid", who) == c.first_paid, (who, "first_paid")
        assert _sum(steps, "out_of_pocket", who) == c.beyond_maximum, (who, "beyond")
    subjects = {s.subject for s in steps if s.subject and s.subject.startswith("claim:")}
    assert subjects == {f"claim:{i}" for i in range(len(m.claims))}


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_year_steps_add_up_to_the_result(path: Path) -> None:
    case, r = RESULTS[path]
    steps, m = list(r.steps), r.medical
    codes = [s.code for s in steps]
    if not case.get("claims"):
        assert not any(s.section == "medical" for s in steps)
        return
    if case["person"]["scheme"] == "none":
        [u] = [s for s in steps if s.code == "uninsured"]
        assert u.amount == m.out_of_pocket == m.eligible + m.excluded
        return
    [ci] = [s for s in steps if s.explains == "critical_illness"]
    assert ci.amount == m.critical_illness
    aid = [s for s in steps if s.explains == "medical_aid"]
    assert (aid[-1].amount if aid else ZERO) == m.medical_aid
    assert ("medical_aid_cap" in codes) == (len(aid) == 2)
    [total] = [s for s in steps if s.code in ("medical_total", "medical_total_prior")]
    assert total.amount == m.out_of_pocket
    keys = ("eligible", "excluded", "fund", "account", "critical_illness", "medical_aid")
    for key in (*keys, "prior_account"):
        assert total.figures[key] == getattr(m, key), key
    assert (total.code == "medical_total_prior") == (m.prior_account > 0)
    assert _sum(steps, "prior_account") == m.prior_account
    estimated = [s for s in steps if s.code.startswith("account_estimated")]
    for s in estimated:  # R17: the estimate is the account the year starts with
        assert (
            s.amount == m.account_start == fen(D(s.figures["monthly"]) * int(s.figures["months"]))
        )


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_fertility_and_premium_steps_add_up_to_the_result(path: Path) -> None:
    case, r = RESULTS[path]
    steps, f, p = list(r.steps), r.fertility, r.premium
    by = defaultdict(lambda: ZERO)
    for s in steps:
        if s.section == "fertility" and s.amount is not None:
            by[s.explains] += s.amount
    assert by["prenatal_subsidy"] == f.prenatal_subsidy
    assert by["childcare_allowance"] == f.childcare_allowance
    assert by["maternity_allowance"] == f.maternity_allowance
    assert by["national_childcare_subsidy"] == f.national_childcare_subsidy
    for s in steps:
        if s.code == "national_childcare":  # each calendar year's months and amount add up
            years = [part.split(":") for part in str(s.figures["years"]).split(";")]
            assert sum(int(n) for _, n, _ in years) == s.figures["months"]
            assert sum((D(a) for _, _, a in years), ZERO) == s.amount
            assert s.amount == D(s.figures["monthly"]) * int(s.figures["months"])
    allowances = [s for s in steps if s.code == "maternity_allowance"]
    assert sum(int(s.figures["days"]) for s in allowances) == f.maternity_leave_days
    for s in allowances:
        base, days, per_month = s.figures["base"], s.figures["days"], s.figures["per_month"]
        assert isinstance(base, Decimal) and isinstance(days, int) and isinstance(per_month, int)
        assert s.amount == fen(base * days / per_month)
    # each child counted once in each subsidy
    for explains in ("prenatal_subsidy", "childcare_allowance"):
        subjects = [s.subject for s in steps if s.explains == explains]
        assert len(subjects) == len(set(subjects))
        assert set(subjects) <= {f"child:{i}" for i in range(len(case.get("children", [])))}

    support = [s for s in steps if s.section == "premium" and s.code.startswith("premium_")]
    paid = [s for s in support if s.amount is not None]
    assert [(s.subject, s.code.removeprefix("premium_"), s.amount) for s in paid] == [
        (i.who, i.reason, i.amount) for i in p.items
    ]
    for s, item in zip(paid, p.items, strict=True):
        assert (s.figures["rate"], s.figures["contribution"]) == (item.rate, item.contribution)
        assert s.amount == fen(item.contribution * item.rate)
    codes = [s.code for s in support]
    if not p.available:
        assert codes == ["premium_unavailable"]
    elif not p.items:
        assert codes == ["premium_none"]


def _person_options(case: dict[str, Any]) -> int:
    person = case["person"]
    if person["scheme"] not in ("resident", "student"):
        return 0
    return sum(
        (
            bool(person.get("disabled_certified")),
            bool(person.get("family_planning_special")),
            person.get("medical_aid", "none") != "none",
        )
    )


def _child_options(case: dict[str, Any], child: dict[str, Any]) -> int:
    born = date.fromisoformat(child["birth_date"])
    year = case["year"]
    try:
        third = born.replace(year=born.year + 3)
    except ValueError:
        third = date(born.year + 3, 3, 1)
    child_support = (
        born >= date(2025, 1, 1)
        and child.get("registered_in_jiaxing", True)
        and born.year <= year
        and date(year, 1, 1) < third
    )
    return int(bool(child.get("disabled_certified"))) + int(child_support)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_highest_wins_is_said_exactly_where_supports_compete(path: Path) -> None:
    case, r = RESULTS[path]
    if not r.premium.available:
        return
    said = sorted(s.subject or "" for s in r.steps if s.code == "premium_highest_wins")
    want = ["person"] if _person_options(case) > 1 else []
    for i, child in enumerate(case.get("children", [])):
        if child.get("resident_insured", True) and _child_options(case, child) > 1:
            want.append(f"child:{i}")
    assert said == sorted(want)
    # and each person with any option has exactly one support line
    paid = sorted(i.who for i in r.premium.items)
    assert len(paid) == len(set(paid))


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_each_step_names_its_article_and_its_arithmetic_holds(path: Path) -> None:
    case, r = RESULTS[path]
    claims = case.get("claims", [])
    current = None
    for s in r.steps:
        assert s.article == expected_article(case, s, r.steps), s
        f = s.figures
        if s.code.startswith("claim_header"):
            i = int(f["n"]) - 1
            current = f"claim:{i}"
            assert s.subject == current
            c = claims[i]
            assert (f["kind"], f["facility"], f["place"]) == (
                c["kind"],
                c["facility"],
                c.get("place", "local"),
            )
            assert (f["eligible"], f["excluded"]) == (D(c["eligible"]), D(c.get("excluded", 0)))
            assert (s.code == "claim_header_excluded") == (f["excluded"] > 0)
        elif s.subject and s.subject.startswith("claim:"):
            assert s.subject == current, "a claim's steps follow its header"
        else:
            current = None  # the year's steps come after every claim
        if s.code == "outpatient_fund":
            assert s.amount == fen(D(f["covered"]) * D(f["rate"]))
        if s.code in ("inpatient_band", "inpatient_upper_band"):
            assert f["band_amount"] == fen(D(f["covered"]) * D(f["rate"]))
            if s.amount is not None:
                assert s.amount == f["band_amount"]
        if s.code == "out_of_city":
            assert s.amount == fen(D(f["base"]) * D(f["rate"]))
            assert f["rest"] == D(f["base"]) - s.amount
        if s.code == "pre1949_supplement":
            assert s.amount == fen(D(f["borne"]) * D(f["rate"]))
        if s.code == "account_pays":
            assert s.amount is not None and ZERO < s.amount <= D(f["balance"])
        if s.code in ("critical_illness", "critical_illness_aid"):
            base, cap = D(f["base"]), D(f["cap"])
            assert f["counted"] == (base if s.code == "critical_illness_aid" else min(base, cap))
            assert s.amount == fen(max(ZERO, D(f["counted"]) - D(f["threshold"])) * D(f["rate"]))
        if s.code == "medical_aid":
            assert s.amount == min(fen(D(f["base"]) * D(f["rate"])), D("120000"))
        if s.code == "outpatient_deductible":
            assert s.amount is not None and s.amount <= D(f["annual"]) - D(f["paid_before"])
        if s.code == "inpatient_deductible":
            assert s.amount is not None and s.amount <= D(f["tier_deductible"])
            assert D(f["paid_before"]) + s.amount <= D(f["ceiling"])


# ---------------------------------------------------------------------- the lines

MONEY_TEXT = re.compile(r"\d[\d,]*\.\d\d")


def _money_in(line: str, value: Decimal) -> bool:
    """The amount appears with two decimals (thousands separators allowed)."""
    want = f"{value:.2f}"
    return any(m.replace(",", "") == want for m in MONEY_TEXT.findall(line))


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_line_shows_its_article_and_figures(path: Path) -> None:
    _, r = RESULTS[path]
    for s in r.steps:
        zh, en = render(s, "zh"), render(s, "en")
        for lang, line in (("zh", zh), ("en", en)):
            text = line.strip()
            assert text and "{" not in text and "None" not in text, line
            suffix = "（估算假设，见说明）" if lang == "zh" else " (an assumption; see the notes)"
            assert text.endswith(suffix) == s.assumption, line
            body = text.removesuffix(suffix) if s.assumption else text
            if s.article:
                assert body.endswith(f"（{s.article}）" if lang == "zh" else ")"), line
                if lang == "en":
                    assert body.endswith(f"({english_article(s.article)})"), line
            is_claim_line = bool(s.subject and s.subject.startswith("claim:"))
            header = s.code.startswith("claim_header")
            assert line.startswith("  ") == (is_claim_line and not header), line
            template = TEMPLATES[s.code][0 if lang == "zh" else 1]
            for _, field, _, _ in string.Formatter().parse(template):
                if field is None:
                    continue
                if field == "amount":
                    assert s.amount is not None and _money_in(line, s.amount), line
                elif field in MONEY_FIELDS:
                    assert _money_in(line, D(s.figures[field])), (field, line)
                elif field == "whose":  # whose premium line: 本人 / 第2个孩子, you / child 2
                    who = str(s.figures[field])
                    n = "" if who == "person" else str(int(who.removeprefix("child:")) + 1)
                    words = ("本人", "you") if not n else (f"第{n}个孩子", f"child {n}")
                    assert words[0 if lang == "zh" else 1] in line.lower(), (field, line)
                elif field in FUNCTION_FIELDS:  # a national subsidy's years: each amount shown
                    for part in str(s.figures[field]).split(";"):
                        year, _, amount = part.split(":")
                        assert year in line and _money_in(line, D(amount)), (field, line)
                elif field in RATE_FIELDS:
                    assert percent(D(s.figures[field])) in line, (field, line)
                elif field in LABELS:
                    code = s.figures[field]
                    word = LABELS[field][code][0 if lang == "zh" else 1]
                    assert word.lower() in line.lower(), (field, line)  # "Inpatient stay: …"
                else:
                    assert str(s.figures[field]) in line, (field, line)
        assert en.lstrip()[0].isupper() or not en.lstrip()[0].isalpha(), en
