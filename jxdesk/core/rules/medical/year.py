"""One person's settlement year: claims in order, then 大病保险, 医疗救助 and the prior-years
account (R1–R10, R15–R17)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxdesk.core.case import Case, Person
from jxdesk.core.codes import ClaimKind, MedicalAid, Route, Scheme
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import Snapshot
from jxdesk.core.result import ClaimResult, Medical
from jxdesk.core.rules.medical.after_fund import CI, critical_illness, medical_aid
from jxdesk.core.rules.medical.common import InpatientPool, OutpatientPool
from jxdesk.core.rules.medical.enrollment import Start, benefits_start
from jxdesk.core.rules.medical.inpatient import settle_inpatient
from jxdesk.core.rules.medical.outpatient import settle_outpatient
from jxdesk.core.trace import Trace

ACCOUNT = "medical.account"
#: the annual route (第二十二条): claims are never before its first day, so no article is shown
_ANNUAL = Start(date(1, 1, 1), Route.ANNUAL, "")


def settle_year(case: Case, snap: Snapshot, trace: Trace) -> Medical:
    person = case.person
    eligible = sum((c.eligible for c in case.claims), ZERO)
    excluded = sum((c.excluded for c in case.claims), ZERO)
    annual = person.enrollment.route is Route.ANNUAL
    start = _ANNUAL if annual else benefits_start(case, snap)
    # the snapshot is taken on 1 January of the settlement year: the annual route's first day
    first_day = snap.day if annual else start.day
    if not annual and person.scheme is not Scheme.NONE:
        _explain_start(case, start, trace)
    if not case.claims:
        return Medical(benefits_from=first_day)
    if person.scheme is Scheme.NONE:
        # R1: fund, account, 大病保险 and 医疗救助 all follow insurance
        trace.step("uninsured", "", amount=eligible + excluded, explains="out_of_pocket")
        claims = tuple(
            ClaimResult(ZERO, ZERO, ZERO, ZERO, ZERO, c.eligible + c.excluded) for c in case.claims
        )
        return Medical(
            eligible,
            excluded,
            out_of_pocket=eligible + excluded,
            claims=claims,
            benefits_from=first_day,
        )
    employee = person.scheme.is_employee
    if employee:
        estimated = person.estimate_account
        balance = _estimated_account(person, snap, trace) if estimated else person.account_balance
    else:
        balance = ZERO
        if person.pre1949_worker:
            trace.step("pre1949_not_employee", "第二十条")
        if person.account_balance:
            trace.step("no_account_for_residents", "第二十七条")
        if person.estimate_account:
            trace.step("note_estimate_for_residents", "第二十七条")
        if person.prior_account_balance:
            trace.step("no_prior_account_for_residents", "第二十七条")
    opening = balance
    outpatient, inpatient = OutpatientPool(), InpatientPool()
    results: list[ClaimResult] = []
    fund = account = base = ZERO
    before_eligible = before_excluded = ZERO  # claims before the first day of benefits
    home_bed = False
    for i, claim in enumerate(case.claims):
        subject = f"claim:{i}"
        # the header also says what lies outside the catalogue: 自费, borne by the person
        trace.step(
            "claim_header_excluded" if claim.excluded else "claim_header",
            "第六十八条" if claim.excluded else "",
            {
                "n": i + 1,
                "kind": claim.kind,
                "facility": claim.facility,
                "place": claim.place,
                "eligible": claim.eligible,
                "excluded": claim.excluded,
            },
            subject=subject,
        )
        if claim.kind is ClaimKind.HOME_BED:
            home_bed = True
        if not annual and claim.date is not None and claim.date < first_day:
            # R15: before the first day of benefits nothing is settled; the person bears it
            trace.step(
                "claim_before_benefits",
                start.article,
                {"day": claim.date.isoformat(), "start": first_day.isoformat()},
                amount=claim.eligible + claim.excluded,
                subject=subject,
                explains="out_of_pocket",
            )
            results.append(
                ClaimResult(ZERO, ZERO, ZERO, ZERO, ZERO, claim.eligible + claim.excluded)
            )
            before_eligible += claim.eligible
            before_excluded += claim.excluded
            continue
        if claim.kind.outpatient_pool:
            o = settle_outpatient(claim, person, snap, outpatient, balance, trace, subject)
            balance -= o.account
        else:
            o = settle_inpatient(claim, person, snap, inpatient, trace, subject)
        results.append(
            ClaimResult(
                o.fund,
                o.account,
                o.deductible,
                o.first_paid,
                o.beyond_maximum,
                o.eligible + o.excluded - o.fund - o.account,
            )
        )
        fund += o.fund
        account += o.account
        base += o.critical_illness_base

    covered_eligible = eligible - before_eligible
    aid_person = person.medical_aid is not MedicalAid.NONE
    ci = critical_illness(base, aid_person, snap, trace)
    if person.scheme.is_resident and not aid_person and base > snap.get(f"{CI}.base_cap"):
        # the cap binds: the national raise for continuous residents would change it ((七十))
        trace.step("national_ci_cap_not_modelled", "国办发〔2024〕38号")
    # R8 counts account payments on chronic claims in the 大病保险 base, so 大病保险 can exceed
    # the cash still borne; medical aid then has nothing left to cover.
    aid = medical_aid(case, max(ZERO, covered_eligible - fund - account - ci), snap, trace)
    prior = ZERO
    if employee and person.prior_account_balance:
        rest = covered_eligible - fund - account - ci - aid
        covered_excluded = excluded - before_excluded
        prior = _prior_account(person.prior_account_balance, rest, covered_excluded, trace)
    out_of_pocket = eligible + excluded - fund - account - prior - ci - aid
    trace.step(
        "medical_total" if not prior else "medical_total_prior",
        "",
        {
            "eligible": eligible,
            "excluded": excluded,
            "fund": fund,
            "account": account,
            "prior_account": prior,
            "critical_illness": ci,
            "medical_aid": aid,
        },
        amount=out_of_pocket,
        explains="out_of_pocket",
    )
    # what the estimate leaves out, where it may change this case's figure (docs/coverage.md)
    if person.scheme is Scheme.RETIREE:
        trace.step("note_retiree_years", "第十条、第十一条")
    if home_bed:
        trace.step("note_home_bed_limits", "第五十二条")
    return Medical(
        eligible,
        excluded,
        fund,
        account,
        ci,
        aid,
        out_of_pocket,
        balance,
        tuple(results),
        prior_account=prior,
        benefits_from=first_day,
        account_start=opening,
    )


def _estimated_account(person: Person, snap: Snapshot, trace: Trace) -> Decimal:
    """R17: the current-year account taken as 12 months of inflow (第十四条)."""
    months = int(snap.get(f"{ACCOUNT}.estimate_months"))
    if person.scheme is Scheme.RETIREE:
        monthly = snap.get(f"{ACCOUNT}.retiree_monthly")
        balance = monthly * months
        trace.step(
            "account_estimated_retiree",
            snap.article(f"{ACCOUNT}.retiree_monthly"),
            {"monthly": monthly, "months": months},
            amount=balance,
            explains="account",
            assumption=True,
        )
        return balance
    base = person.contribution_base or ZERO  # validated present for these schemes
    rate = snap.get(f"{ACCOUNT}.inflow_rate")
    monthly = fen(base * rate)
    balance = monthly * months
    trace.step(
        "account_estimated",
        snap.article(f"{ACCOUNT}.inflow_rate"),
        {"base": base, "rate": rate, "monthly": monthly, "months": months},
        amount=balance,
        explains="account",
        assumption=True,
    )
    return balance


def _prior_account(balance: Decimal, rest: Decimal, excluded: Decimal, trace: Trace) -> Decimal:
    """R16 (第十五条2): the prior-years account pays what the person still bears on covered
    claims, in scope first, then 自费, never more than that cash (大病保险 may have refunded
    money the current-year account paid, making `rest` negative)."""
    cash = max(ZERO, rest + excluded)
    paid = min(balance, cash)
    in_scope = min(paid, max(ZERO, rest))
    trace.step(
        "prior_account",
        "第十五条",
        {"balance": balance, "in_scope": in_scope, "self_paid": paid - in_scope},
        amount=paid,
        explains="prior_account",
    )
    return paid


def _explain_start(case: Case, start: Start, trace: Trace) -> None:
    e = case.person.enrollment
    enrolled = e.date.isoformat() if e.date else ""
    code = "benefits_late_newborn" if start.late_newborn else f"benefits_{start.route.value}"
    trace.step(code, start.article, {"day": start.day.isoformat(), "enrolled": enrolled})
    if start.route is Route.MID_YEAR:
        trace.step("waiting_after_break_not_modelled", "国办发〔2024〕38号")
