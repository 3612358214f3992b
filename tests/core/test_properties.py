"""Invariants that hold for every case (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jxdesk.core.api import estimate
from jxdesk.core.models import FACILITIES_FOR_KIND, ClaimKind, MedicalAid, Route, Scheme
from jxdesk.core.money import ZERO
from jxdesk.core.result import Result

D = Decimal
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

money = st.integers(min_value=0, max_value=60_000_000).map(lambda f: str(D(f) / 100))
big_money = st.one_of(money, st.integers(0, 1_300_000).map(str))


@st.composite
def claims(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from([k.value for k in ClaimKind]))
    facility = draw(st.sampled_from([f.value for f in FACILITIES_FOR_KIND[ClaimKind(kind)]]))
    place = draw(st.sampled_from(["local", "local", "referred", "unreferred"]))
    return {
        "kind": kind,
        "facility": facility,
        "place": "local" if kind == "home_bed" else place,  # R18: a home bed is local
        "eligible": draw(big_money),
        "excluded": draw(money),
    }


#: birth dates at least 180 days apart (R18), around the boundaries of R11-R14
BIRTHS = ["2022-10-05", "2024-02-29", "2024-12-31", "2025-07-01", "2026-03-01"]
#: the person's birth dates; 1930 allows pre1949_worker (R18), 2025-01-01 a newborn
PERSON_BIRTHS = ["2015-06-01", "2011-01-01", "1950-03-03", "1930-02-02", "2025-01-01"]
ENROLMENT_DAYS = ["2024-11-20", "2025-01-01", "2025-02-15", "2025-03-31", "2025-08-12"]
CLAIM_DAYS = ["01-01", "02-14", "03-31", "05-01", "09-15", "12-31"]


@st.composite
def children_list(draw: st.DrawFn) -> list[dict[str, Any]]:
    days = draw(st.lists(st.sampled_from(BIRTHS), max_size=3))
    start = draw(st.integers(1, 3))
    return [
        {
            "birth_date": day,
            "order": start + i,  # never two children with the same date and order (R18)
            "registered_in_jiaxing": draw(st.booleans()),
            "resident_insured": draw(st.booleans()),
            "disabled_certified": draw(st.booleans()),
        }
        for i, day in enumerate(sorted(days))
    ]


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    year = draw(st.sampled_from([2025, 2025, 2026]))
    born = draw(st.sampled_from(PERSON_BIRTHS))
    person: dict[str, Any] = {
        "scheme": draw(st.sampled_from([s.value for s in Scheme])),
        "birth_date": born,
        "medical_aid": draw(
            st.sampled_from(["none", *(m.value for m in MedicalAid)])  # "none" twice as often
        ),
        "pre1949_worker": born <= "1935-12-31" and draw(st.booleans()),
        "targeted_child_illness": draw(st.booleans()),
        "disabled_certified": draw(st.booleans()),
        "account_balance": draw(money),
        "prior_account_balance": draw(st.sampled_from(["0", "0", "500", "3000.50"])),
    }
    if draw(st.integers(0, 4)) == 0:  # R17: the balance unknown, estimated from the inflow
        del person["account_balance"]
        person["estimate_account"] = True
        person["contribution_base"] = draw(st.sampled_from(["4812", "8000.55", "12345"]))
    claim_list = draw(st.lists(claims(), max_size=6))
    route = draw(st.sampled_from([r.value for r in Route] + ["annual"] * 3))
    if route != "annual":
        enrolled = max(draw(st.sampled_from(ENROLMENT_DAYS)), born)
        person["enrollment"] = {"route": route, "date": enrolled}
    if route != "annual" or draw(st.booleans()):
        for claim in claim_list:  # R15: every claim dated, never before the birth (R18)
            claim["date"] = max(f"{year}-{draw(st.sampled_from(CLAIM_DAYS))}", born)
    case: dict[str, Any] = {
        "year": year,
        "person": person,
        "claims": claim_list,
        "children": draw(children_list()),
    }
    if draw(st.booleans()):
        case["mother"] = {
            "scheme": draw(st.sampled_from(["employee", "flexible", "resident"])),
            "contribution_base": draw(money),
            "continuous_months": draw(st.integers(0, 24)),
            "difficult_labour": draw(st.booleans()),
        }
    return case


def borne(result: Result) -> Decimal:
    """What the person pays from their own money: cash plus their own personal accounts.

    The account is counted because R8 puts account payments on chronic claims into the
    大病保险 base: one more fen paid by the account can bring one more fen of 大病保险, so the
    cash alone may drop while the person's own money spent does not.
    """
    return result.medical.out_of_pocket + result.medical.account + result.medical.prior_account


@SETTINGS
@given(cases())
def test_parts_add_up(case: dict[str, Any]) -> None:
    r = estimate(case)
    m = r.medical
    assert m.out_of_pocket == (
        m.eligible
        + m.excluded
        - m.fund
        - m.account
        - m.prior_account
        - m.critical_illness
        - m.medical_aid
    )
    assert ZERO <= m.prior_account <= D(case["person"]["prior_account_balance"])
    assert m.out_of_pocket >= ZERO or m.critical_illness > 0  # R8 may refund account money
    assert m.fund == sum((c.fund for c in m.claims), ZERO)
    assert m.account == sum((c.account for c in m.claims), ZERO)
    assert m.eligible == sum((D(c["eligible"]) for c in case["claims"]), ZERO)
    assert r.fertility.total == (
        r.fertility.prenatal_subsidy
        + r.fertility.childcare_allowance
        + r.fertility.maternity_allowance
        + r.fertility.national_childcare_subsidy
    )
    assert r.premium.total == sum((i.amount for i in r.premium.items), ZERO)
    # every amount is a whole number of fen (output.py formats without rounding)
    amounts = [
        v
        for part in (m, r.fertility, r.premium, *m.claims, *r.premium.items)
        for v in (getattr(part, f) for f in part.__slots__)
        if isinstance(v, Decimal)
    ]
    for value in amounts:
        assert value == value.quantize(D("0.01")), value


@SETTINGS
@given(cases())
def test_no_payer_pays_more_than_its_scope(case: dict[str, Any]) -> None:
    r = estimate(case)
    m = r.medical
    balance = m.account_start
    for claim, c in zip(case["claims"], m.claims, strict=True):
        eligible = D(claim["eligible"])
        assert ZERO <= c.fund + c.account <= eligible
        if not case["person"]["pre1949_worker"]:  # 第二十条 also refunds the first-paid share
            assert c.fund + c.account + c.first_paid <= eligible
        assert c.deductible >= 0 and c.first_paid >= 0
        if claim["kind"] not in ("outpatient", "chronic"):
            assert c.account == 0
    assert m.account <= balance
    assert m.critical_illness >= ZERO
    assert ZERO <= m.medical_aid <= D("120000")
    assert m.medical_aid <= max(ZERO, m.eligible - m.fund - m.account - m.critical_illness)
    # 大病保险 may refund what the account paid on chronic claims (R8), nothing more
    chronic_account = sum(
        (
            c.account
            for k, c in zip(case["claims"], m.claims, strict=True)
            if k["kind"] == "chronic"
        ),
        ZERO,
    )
    assert m.out_of_pocket + m.prior_account >= m.excluded - chronic_account
    inpatient_deductibles = sum(
        (
            c.deductible
            for k, c in zip(case["claims"], m.claims, strict=True)
            if k["kind"] not in ("outpatient", "chronic")
        ),
        ZERO,
    )
    assert inpatient_deductibles <= D("800")
    outpatient_deductibles = sum(
        (
            c.deductible
            for k, c in zip(case["claims"], m.claims, strict=True)
            if k["kind"] in ("outpatient", "chronic")
        ),
        ZERO,
    )
    assert outpatient_deductibles <= D("400")
    if case["person"]["scheme"] == "none":
        assert m.fund == m.account == m.critical_illness == m.medical_aid == 0
    assert r.premium.total <= D("680") * (1 + len(case["children"]))


@SETTINGS
@given(cases(), st.data())
def test_more_spending_never_lowers_what_the_person_pays(
    case: dict[str, Any], data: st.DataObject
) -> None:
    if not case["claims"]:
        return
    i = data.draw(st.integers(0, len(case["claims"]) - 1))
    later = case["claims"][i + 1 :]
    if case["claims"][i]["kind"] in ("outpatient", "chronic") and any(
        c["kind"] == "outpatient" for c in later
    ):
        # A bigger earlier outpatient claim pushes later ordinary claims past the maximum,
        # where R8 lets 大病保险 pay 70% of them: the rules themselves are not monotonic
        # there (docs/rules.md, "Where the rules are not monotonic").
        return
    extra = data.draw(st.integers(1, 5_000_000).map(lambda f: D(f) / 100))
    field = data.draw(st.sampled_from(["eligible", "excluded"]))
    more = {**case, "claims": list(case["claims"])}
    more["claims"][i] = {**case["claims"][i], field: str(D(case["claims"][i][field]) + extra)}
    before, after = estimate(case), estimate(more)
    assert borne(after) >= borne(before)
    if before.medical.account_start == 0:
        assert after.medical.out_of_pocket >= before.medical.out_of_pocket


@SETTINGS
@given(cases(), claims(), claims())
def test_order_of_claims_in_different_pools_does_not_matter(
    case: dict[str, Any], a: dict[str, Any], b: dict[str, Any]
) -> None:
    pool = {"outpatient": 0, "chronic": 0}
    if pool.get(a["kind"], 1) == pool.get(b["kind"], 1):
        return
    person = {k: v for k, v in case["person"].items() if k != "enrollment"}  # undated claims
    one = estimate({**case, "person": person, "claims": [a, b]})
    two = estimate({**case, "person": person, "claims": [b, a]})
    assert one.medical.claims == tuple(reversed(two.medical.claims))
    for key in ("fund", "account", "critical_illness", "medical_aid", "out_of_pocket"):
        assert getattr(one.medical, key) == getattr(two.medical, key)


@SETTINGS
@given(
    st.lists(claims(), min_size=1, max_size=8),
    st.sampled_from(["employee", "retiree", "resident", "student"]),
)
def test_maxima_hold(claim_list: list[dict[str, Any]], scheme: str) -> None:
    local = [{**c, "place": "local"} for c in claim_list]
    r = estimate({"year": 2025, "person": {"scheme": scheme}, "claims": local})
    outpatient_fund = sum(
        (
            c.fund
            for k, c in zip(local, r.medical.claims, strict=True)
            if k["kind"] in ("outpatient", "chronic")
        ),
        ZERO,
    )
    inpatient_fund = sum(
        (
            c.fund
            for k, c in zip(local, r.medical.claims, strict=True)
            if k["kind"] not in ("outpatient", "chronic")
        ),
        ZERO,
    )
    slack = D("0.005") * len(local)  # each claim's payment is rounded half up on its own
    if scheme in ("employee", "retiree"):
        assert outpatient_fund <= D("15000") * D("0.93") + slack  # retiree chronic at primary
        assert inpatient_fund <= D("200000") * D("0.95") + D("800000") * D("0.85") + slack
    else:
        assert outpatient_fund <= D("4200") * D("0.65") + slack
        assert inpatient_fund <= D("200000") * D("0.90") + slack


def insurance_pays(result: Result) -> Decimal:
    """Everything but the person's cash and own prior-years account: fund, current-year
    account, 大病保险 and 医疗救助."""
    m = result.medical
    return m.fund + m.account + m.critical_illness + m.medical_aid


INPATIENT_POOL = ("inpatient", "special", "home_bed")


def _band_displaces(claims: list[dict[str, Any]]) -> bool:
    """Two or more claims on the inpatient axis reaching the 200,000 band of the employee
    schemes: an earlier claim, even one the fund paid nothing for (all deductible), fills the
    axis and pushes later money above the band, where the rate is lower; taking it out of the
    settlement (a later start) then raises what the fund pays (docs/rules.md)."""
    pool = [D(c["eligible"]) for c in claims if c["kind"] in INPATIENT_POOL]
    return len(pool) > 1 and sum(pool, D(0)) > D("200000")


def _displaces(claims: list[dict[str, Any]]) -> bool:
    """An outpatient-pool claim (ordinary or chronic) after another: the displacements where
    the rules are not monotonic (docs/rules.md). An earlier claim pushes an ordinary one past
    its maximum, where 大病保险 may pay more than the fund; or an earlier ordinary claim fills
    the shared 15,000 at its own rate, lower than a later chronic claim's."""
    seen = False
    for c in claims:
        if c["kind"] in ("outpatient", "chronic"):
            if seen:
                return True
            seen = True
    return False


@SETTINGS
@given(
    cases(),
    st.sampled_from(["employer_registration", "mid_year", "continuation", "special_group"]),
    st.data(),
)
def test_a_later_start_never_raises_what_insurance_pays(
    case: dict[str, Any], route: str, data: st.DataObject
) -> None:
    """R15: moving the first day of benefits later only takes claims out of the settlement."""
    if _displaces(case["claims"]) or _band_displaces(case["claims"]):
        return
    year = case["year"]
    born = case["person"]["birth_date"]
    months = sorted(data.draw(st.lists(st.integers(1, 12), min_size=2, max_size=2)))
    early, late = (
        {**case["person"], "enrollment": {"route": route, "date": max(f"{year}-{m:02d}-15", born)}}
        for m in months
    )
    dated = [{**c, "date": c.get("date", f"{year}-06-01")} for c in case["claims"]]
    dated = [{**c, "date": max(c["date"], born)} for c in dated]
    before = estimate({**case, "person": early, "claims": dated})
    after = estimate({**case, "person": late, "claims": dated})
    assert after.medical.benefits_from is not None and before.medical.benefits_from is not None
    assert after.medical.benefits_from >= before.medical.benefits_from
    assert insurance_pays(after) <= insurance_pays(before)
    assert after.medical.out_of_pocket + after.medical.prior_account >= (
        before.medical.out_of_pocket + before.medical.prior_account
    )


@SETTINGS
@given(cases(), st.integers(0, 2_000_000), st.integers(0, 2_000_000))
def test_a_larger_prior_balance_never_raises_the_cash_paid(
    case: dict[str, Any], a: int, b: int
) -> None:
    """R16: the prior-years account only takes over what the person would pay in cash."""
    small, large = sorted((a, b))
    results = [
        estimate({**case, "person": {**case["person"], "prior_account_balance": str(D(x) / 100)}})
        for x in (small, large)
    ]
    assert results[1].medical.out_of_pocket <= results[0].medical.out_of_pocket
    assert results[1].medical.prior_account >= results[0].medical.prior_account
    assert results[1].medical.prior_account <= D(large) / 100
    for r in results:  # the prior account changes no base: everything else stays
        assert insurance_pays(r) == insurance_pays(results[0])
        assert r.medical.out_of_pocket >= ZERO or r.medical.critical_illness > 0


def test_a_later_start_can_raise_the_fund_through_the_band() -> None:
    """The case hypothesis found. From 2025-02-01 the 164.91 inpatient claim is settled: all
    of it deductible (primary: 300), the fund pays nothing, but it fills the axis, so the
    home bed's 199,835.10 is 199,835.09 below 200,000 at 95% (189,843.3355) and 0.01 above
    at 85% (0.0085): 189,843.344 → 189,843.34. From 2025-03-01 the first claim is out, and
    the whole home bed is below the band: 199,835.10 × 95% = 189,843.345 → 189,843.35."""
    person = {"scheme": "retiree", "birth_date": "2015-06-01"}
    claims = [
        {"kind": "inpatient", "facility": "primary", "eligible": "164.91", "date": "2025-02-14"},
        {"kind": "home_bed", "facility": "primary", "eligible": "199835.1", "date": "2025-03-31"},
    ]
    assert _band_displaces(claims)
    funds = []
    for day in ("2025-01-15", "2025-02-15"):
        enrolled = {**person, "enrollment": {"route": "employer_registration", "date": day}}
        funds.append(estimate({"year": 2025, "person": enrolled, "claims": claims}).medical.fund)
    assert funds == [Decimal("189843.34"), Decimal("189843.35")]


def test_a_later_start_can_raise_the_fund_through_the_shared_outpatient_axis() -> None:
    """The case hypothesis found on 2026-12-07. From 2025-01-01 the 9,986.84 ordinary claim at
    a primary facility is settled at 85% (8,488.81) and fills the shared axis, so the chronic
    claim has 15,000 − 9,986.84 = 5,013.16 left at 88% (4,411.58): fund 12,900.39, and the
    person's 大病保险 base (608,360.42) is above the 600,000 cap: 0.7 × 585,000 = 409,500.00.
    From 2025-02-01 the first claim is out: the chronic claim has the whole 15,000 at 88%
    (13,200.00), the base 599,572.00 is below the cap: 0.7 × 584,572 = 409,200.40. Insurance
    pays 422,400.39 and then 422,400.40: a fen more for a later start."""
    person = {"scheme": "employee", "birth_date": "2015-06-01"}
    claims = [
        {"kind": "outpatient", "facility": "primary", "eligible": "9986.84", "date": "2025-01-01"},
        {"kind": "chronic", "facility": "primary", "eligible": "612772", "date": "2025-02-14"},
    ]
    assert _displaces(claims)
    paid = []
    for day in ("2025-01-15", "2025-02-15"):
        enrolled = {**person, "enrollment": {"route": "special_group", "date": day}}
        m = estimate({"year": 2025, "person": enrolled, "claims": claims}).medical
        paid.append((m.fund, m.critical_illness))
    assert paid == [
        (Decimal("12900.39"), Decimal("409500.00")),
        (Decimal("13200.00"), Decimal("409200.40")),
    ]
