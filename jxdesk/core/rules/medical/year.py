"""One person's settlement year: claims in order, then 大病保险 and 医疗救助 (R1–R10)."""

from __future__ import annotations

from jxdesk.core.models import Case, MedicalAid, Scheme
from jxdesk.core.money import ZERO
from jxdesk.core.parameters import Snapshot
from jxdesk.core.result import ClaimResult, Medical
from jxdesk.core.rules.medical.after_fund import critical_illness, medical_aid
from jxdesk.core.rules.medical.common import ClaimOutcome, InpatientPool, OutpatientPool
from jxdesk.core.rules.medical.inpatient import settle_inpatient
from jxdesk.core.rules.medical.outpatient import settle_outpatient
from jxdesk.core.trace import Trace


def settle_year(case: Case, snap: Snapshot, trace: Trace) -> Medical:
    person = case.person
    eligible = sum((c.eligible for c in case.claims), ZERO)
    excluded = sum((c.excluded for c in case.claims), ZERO)
    if not case.claims:
        return Medical()
    if person.scheme is Scheme.NONE:
        # R1: fund, account, 大病保险 and 医疗救助 all follow insurance
        trace.add("uninsured", "", amount=eligible + excluded, explains="out_of_pocket")
        claims = tuple(
            ClaimResult(ZERO, ZERO, ZERO, ZERO, ZERO, c.eligible + c.excluded) for c in case.claims
        )
        return Medical(eligible, excluded, out_of_pocket=eligible + excluded, claims=claims)
    if person.pre1949_worker and not person.scheme.is_employee:
        trace.add("pre1949_not_employee", "第二十条")
    if not person.scheme.is_employee and person.account_balance > 0:
        trace.add("no_account_for_residents", "第二十七条")

    outpatient, inpatient = OutpatientPool(), InpatientPool()
    balance = person.account_balance if person.scheme.is_employee else ZERO
    outcomes: list[ClaimOutcome] = []
    fund = account = base = ZERO
    for i, claim in enumerate(case.claims):
        subject = f"claim:{i}"
        # the header also says what lies outside the catalogue: 自费, borne by the person
        trace.add(
            "claim_header_excluded" if claim.excluded else "claim_header",
            "第六十八条" if claim.excluded else "",
            subject=subject,
            n=i + 1,
            kind=claim.kind,
            facility=claim.facility,
            place=claim.place,
            eligible=claim.eligible,
            excluded=claim.excluded,
        )
        if claim.kind.outpatient_pool:
            o = settle_outpatient(claim, person, snap, outpatient, balance, trace, subject)
            balance -= o.account
        else:
            o = settle_inpatient(claim, person, snap, inpatient, trace, subject)
        outcomes.append(o)
        fund += o.fund
        account += o.account
        base += o.critical_illness_base

    aid_person = person.medical_aid is not MedicalAid.NONE
    ci = critical_illness(base, aid_person, snap, trace)
    # R8 counts account payments on chronic claims in the 大病保险 base, so 大病保险 can exceed
    # the cash still borne; medical aid then has nothing left to cover.
    aid = medical_aid(case, max(ZERO, eligible - fund - account - ci), snap, trace)
    out_of_pocket = eligible + excluded - fund - account - ci - aid
    trace.add(
        "medical_total",
        "",
        amount=out_of_pocket,
        explains="out_of_pocket",
        eligible=eligible,
        excluded=excluded,
        fund=fund,
        account=account,
        critical_illness=ci,
        medical_aid=aid,
    )
    claims = tuple(
        ClaimResult(
            o.fund,
            o.account,
            o.deductible,
            o.first_paid,
            o.beyond_maximum,
            o.eligible + o.excluded - o.fund - o.account,
        )
        for o in outcomes
    )
    return Medical(eligible, excluded, fund, account, ci, aid, out_of_pocket, balance, claims)
