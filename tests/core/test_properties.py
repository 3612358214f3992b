"""Invariants that hold for every case (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jxdesk.core.api import estimate
from jxdesk.core.models import FACILITIES_FOR_KIND, ClaimKind, MedicalAid, Scheme
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
    return {
        "kind": kind,
        "facility": facility,
        "place": draw(st.sampled_from(["local", "local", "referred", "unreferred"])),
        "eligible": draw(big_money),
        "excluded": draw(money),
    }


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    person = {
        "scheme": draw(st.sampled_from([s.value for s in Scheme])),
        "birth_date": draw(st.sampled_from(["2015-06-01", "2011-01-01", "1950-03-03"])),
        "medical_aid": draw(
            st.sampled_from(["none", *(m.value for m in MedicalAid)])  # "none" twice as often
        ),
        "pre1949_worker": draw(st.booleans()),
        "targeted_child_illness": draw(st.booleans()),
        "disabled_certified": draw(st.booleans()),
        "account_balance": draw(money),
    }
    children = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "birth_date": st.sampled_from(
                        ["2024-12-31", "2025-01-01", "2025-06-01", "2025-06-01"]
                    ),
                    "order": st.integers(1, 5),
                    "registered_in_jiaxing": st.booleans(),
                    "resident_insured": st.booleans(),
                    "disabled_certified": st.booleans(),
                }
            ),
            max_size=3,
        )
    )
    case: dict[str, Any] = {
        "year": draw(st.sampled_from([2025, 2025, 2026])),
        "person": person,
        "claims": draw(st.lists(claims(), max_size=6)),
        "children": children,
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
    """What the person pays from their own money: cash plus their own personal account.

    The account is counted because R8 puts account payments on chronic claims into the
    大病保险 base: one more fen paid by the account can bring one more fen of 大病保险, so the
    cash alone may drop while the person's own money spent does not.
    """
    return result.medical.out_of_pocket + result.medical.account


@SETTINGS
@given(cases())
def test_parts_add_up(case: dict[str, Any]) -> None:
    r = estimate(case)
    m = r.medical
    assert m.out_of_pocket == (
        m.eligible + m.excluded - m.fund - m.account - m.critical_illness - m.medical_aid
    )
    assert m.fund == sum((c.fund for c in m.claims), ZERO)
    assert m.account == sum((c.account for c in m.claims), ZERO)
    assert m.eligible == sum((D(c["eligible"]) for c in case["claims"]), ZERO)
    assert r.fertility.total == (
        r.fertility.prenatal_subsidy
        + r.fertility.childcare_allowance
        + r.fertility.maternity_allowance
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
    balance = D(case["person"]["account_balance"])
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
    assert m.out_of_pocket >= m.excluded - chronic_account
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
    if D(case["person"]["account_balance"]) == 0:
        assert after.medical.out_of_pocket >= before.medical.out_of_pocket


@SETTINGS
@given(cases(), claims(), claims())
def test_order_of_claims_in_different_pools_does_not_matter(
    case: dict[str, Any], a: dict[str, Any], b: dict[str, Any]
) -> None:
    pool = {"outpatient": 0, "chronic": 0}
    if pool.get(a["kind"], 1) == pool.get(b["kind"], 1):
        return
    one = estimate({**case, "claims": [a, b]})
    two = estimate({**case, "claims": [b, a]})
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
