"""The outpatient pool: 普通门诊 and 慢性病门诊.

Articles 第十六条, 第十八条, 第二十条, 第二十七条, 第二十九条.

Rulings R4 (employee schemes), R5 (resident schemes), R7 (out of the city), R10 (pre-1949).
"""

from decimal import Decimal
from typing import NamedTuple

from jxdesk.core.case import Claim, Person
from jxdesk.core.codes import ClaimKind, Facility, Scheme
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import Snapshot
from jxdesk.core.rules.medical.common import ClaimOutcome, OutpatientPool, enter_pool
from jxdesk.core.trace import Trace

EMP = "medical.employee.outpatient"
EMP_CHRONIC = "medical.employee.chronic"
RES = "medical.resident.outpatient"
RES_CHRONIC = "medical.resident.chronic"
PRE1949 = "medical.pre1949.outpatient_rate"


class Terms(NamedTuple):
    """The person's outpatient terms for a claim kind: deductible, rate, maxima."""

    deductible: Decimal
    deductible_article: str
    rate: Decimal
    rate_article: str
    ordinary_maximum: Decimal | None  # None: no maximum (pre-1949 workers, 第二十条)
    total_maximum: Decimal | None
    maximum_article: str


def terms_for(person: Person, kind: ClaimKind, facility: Facility, snap: Snapshot) -> Terms:
    key = ("outpatient", person.scheme, person.pre1949_worker, kind, facility)
    terms = snap.memo.get(key)
    if terms is None:
        terms = snap.memo[key] = _terms(person, kind, facility, snap)
    assert isinstance(terms, Terms)
    return terms


def _terms(person: Person, kind: ClaimKind, facility: Facility, snap: Snapshot) -> Terms:
    chronic = kind is ClaimKind.CHRONIC
    if person.scheme.is_employee:
        retiree = person.scheme is Scheme.RETIREE
        deductible = snap.table(f"{EMP}.deductible")["retiree" if retiree else "working"]
        if facility is Facility.PRIMARY:
            deductible = ZERO  # 基层医疗机构就诊不设起付标准
        maximum = snap.get(f"{EMP}.maximum")
        total = maximum + snap.get(f"{EMP_CHRONIC}.extra_maximum")
        if person.pre1949_worker:
            return Terms(
                deductible,
                snap.article(f"{EMP}.deductible"),
                snap.get(PRE1949),
                snap.article(PRE1949),
                None,
                None,
                snap.article(PRE1949),
            )
        rate = snap.table(f"{EMP}.rate")[facility]
        if retiree:
            rate += snap.get(f"{EMP}.retiree_bonus")
        rate_article = snap.article(f"{EMP}.rate")
        if chronic:
            rate_article = snap.article(f"{EMP_CHRONIC}.rate_bonus")
            if facility is Facility.PHARMACY:
                rate = snap.get(f"{EMP_CHRONIC}.pharmacy_rate")
            else:
                rate += snap.get(f"{EMP_CHRONIC}.rate_bonus")
        return Terms(
            deductible,
            snap.article(f"{EMP}.deductible"),
            rate,
            rate_article,
            maximum,
            total,
            snap.article(f"{EMP}.maximum"),
        )
    # resident schemes: no deductible, no account (第二十七条)
    maximum = snap.get(f"{RES}.maximum")
    total = maximum + snap.get(f"{RES_CHRONIC}.extra_maximum")
    table = f"{RES_CHRONIC}.rate" if chronic else f"{RES}.rate"
    return Terms(
        ZERO,
        "",
        snap.table(table)[facility],
        snap.article(table),
        maximum,
        total,
        snap.article(f"{RES}.maximum"),
    )


def settle_outpatient(
    claim: Claim,
    person: Person,
    snap: Snapshot,
    pool: OutpatientPool,
    balance: Decimal,
    trace: Trace,
    subject: str,
) -> ClaimOutcome:
    """Settle one outpatient or chronic claim. `balance` is the account left before it."""
    out = ClaimOutcome(claim.eligible, claim.excluded)
    amount = claim.eligible
    if person.scheme.is_employee and balance > 0 and amount > 0:
        out.account = min(balance, amount)
        amount -= out.account
        # 第十六条: the current-year account pays first
        trace.step(
            "account_pays",
            snap.article(f"{EMP}.deductible"),
            {"balance": balance},
            amount=out.account,
            subject=subject,
            explains="account",
        )
    entry = enter_pool(claim, amount, snap, trace, subject)
    out.first_paid = entry.first_paid
    t = terms_for(person, claim.kind, entry.facility, snap)

    ordinary = claim.kind is ClaimKind.OUTPATIENT
    if t.total_maximum is None or t.ordinary_maximum is None:
        within = entry.amount
    else:
        room = t.total_maximum - pool.filled
        if ordinary:
            room = min(room, t.ordinary_maximum - pool.filled_ordinary)
        within = min(entry.amount, max(ZERO, room))
    beyond = entry.amount - within
    deductible = min(within, max(ZERO, t.deductible - pool.deductible_paid))
    covered = within - deductible
    out.fund = fen(covered * t.rate)
    out.deductible = deductible
    out.beyond_maximum = beyond

    pool.filled += within
    if ordinary:
        pool.filled_ordinary += within
    pool.deductible_paid += deductible

    if deductible > 0:
        trace.step(
            "outpatient_deductible",
            t.deductible_article,
            {"annual": t.deductible, "paid_before": pool.deductible_paid - deductible},
            amount=deductible,
            subject=subject,
            explains="deductible",
        )
    elif t.deductible == 0 and person.scheme.is_employee and within > 0:
        trace.step("outpatient_no_deductible_primary", t.deductible_article, subject=subject)
    limit = t.total_maximum if not ordinary else t.ordinary_maximum
    if not within and entry.amount:  # the maximum is reached: say so, not "0.00 at 60%"
        trace.step(
            "outpatient_maximum_reached",
            t.maximum_article,
            {"kind": claim.kind, "maximum": limit or ZERO},
            amount=ZERO,
            subject=subject,
            explains="fund",
        )
    elif not covered and entry.amount:
        trace.step(
            "outpatient_within_deductible",
            t.rate_article,
            amount=ZERO,
            subject=subject,
            explains="fund",
        )
    else:
        trace.step(
            "outpatient_fund",
            t.rate_article,
            {"kind": claim.kind, "facility": entry.facility, "covered": covered, "rate": t.rate},
            amount=out.fund,
            subject=subject,
            explains="fund",
        )
    if beyond > 0:
        trace.step(
            "outpatient_beyond_maximum",
            t.maximum_article,
            {"kind": claim.kind, "maximum": limit or ZERO},
            amount=beyond,
            subject=subject,
            explains="out_of_pocket",
        )

    # 大病保险 base (R8): ordinary outpatient only beyond the maximum; chronic all it bears
    out.critical_illness_base = beyond if ordinary else claim.eligible - out.fund
    return out
