"""The inpatient pool: 住院, 特殊病种门诊, 家庭病床 (第十七条, 第十九条, 第二十条, 第二十八条,
第三十条, 第五十条, 第五十二条). Rulings R6 (pool), R7 (out of the city), R10 (pre-1949)."""

from __future__ import annotations

from jxdesk.core.models import Claim, ClaimKind, Person, Scheme
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import Snapshot
from jxdesk.core.rules.medical.common import ClaimOutcome, InpatientPool, enter_pool, overlap
from jxdesk.core.trace import Trace

EMP = "medical.employee.inpatient"
RES = "medical.resident.inpatient"
PRE1949 = "medical.pre1949.inpatient_supplement_rate"


def no_deductible_article(kind: ClaimKind, employee: bool) -> str | None:
    """Kinds settled as inpatient costs with no deductible, and the article that says so."""
    if kind is ClaimKind.SPECIAL:
        return "第十九条" if employee else "第三十条"
    if kind is ClaimKind.HOME_BED:
        return "第五十二条"
    return None


def settle_inpatient(
    claim: Claim, person: Person, snap: Snapshot, pool: InpatientPool, trace: Trace, subject: str
) -> ClaimOutcome:
    out = ClaimOutcome(claim.eligible, claim.excluded)
    entry = enter_pool(claim, claim.eligible, snap, trace, subject)
    out.first_paid = entry.first_paid
    employee = person.scheme.is_employee
    base = EMP if employee else RES
    tier = entry.facility

    maximum = snap.get(f"{base}.maximum")
    within = min(entry.amount, max(ZERO, maximum - pool.filled))
    beyond = entry.amount - within

    deductibles = snap.table(f"{base}.deductible")
    free_article = no_deductible_article(claim.kind, employee)
    if free_article is not None:
        deductible = ZERO
        trace.add("inpatient_no_deductible", free_article, subject=subject, kind=claim.kind)
    else:
        # 第五十条: deductibles add up over the year to the highest tier's at most
        ceiling = max(deductibles.values())
        deductible = min(deductibles[tier], max(ZERO, ceiling - pool.deductible_paid), within)
        trace.add(
            "inpatient_deductible",
            snap.article(f"{base}.deductible"),
            amount=deductible,
            subject=subject,
            explains="deductible",
            facility=tier,
            tier_deductible=deductibles[tier],
            paid_before=pool.deductible_paid,
            ceiling=ceiling,
        )

    rate = snap.table(f"{base}.rate")[tier]
    if person.scheme is Scheme.RETIREE:
        rate += snap.get(f"{EMP}.retiree_bonus")
    band = snap.get(f"{EMP}.band") if employee else maximum
    lo, hi = pool.filled + deductible, pool.filled + within
    lower = overlap(lo, hi, ZERO, band)
    paid = lower * rate
    upper = overlap(lo, hi, band, maximum) if employee else ZERO
    if lower > 0 or upper == 0:  # a claim wholly above the band shows only the upper band
        trace.add(
            "inpatient_band",
            snap.article(f"{base}.rate"),
            subject=subject,
            facility=tier,
            kind=claim.kind,
            covered=lower,
            rate=rate,
            band=band,
            band_amount=fen(paid),
        )
    if upper > 0:
        upper_rate = snap.get(f"{EMP}.upper_band_rate")
        paid += upper * upper_rate
        trace.add(
            "inpatient_upper_band",
            snap.article(f"{EMP}.upper_band_rate"),
            subject=subject,
            covered=upper,
            rate=upper_rate,
            band=band,
            maximum=maximum,
            band_amount=fen(upper * upper_rate),
        )
    out.fund = fen(paid)
    trace.add(
        "inpatient_fund",
        snap.article(f"{base}.rate"),
        amount=out.fund,
        subject=subject,
        explains="fund",
        kind=claim.kind,
    )
    if beyond > 0:
        trace.add(
            "inpatient_beyond_maximum",
            snap.article(f"{base}.maximum"),
            amount=beyond,
            subject=subject,
            explains="out_of_pocket",
            maximum=maximum,
        )

    if employee and person.pre1949_worker:
        # 第二十条: after the usual settlement the fund pays 95% of what the person bears
        supplement_rate = snap.get(PRE1949)
        borne = claim.eligible - out.fund
        supplement = fen(borne * supplement_rate)
        out.fund += supplement
        trace.add(
            "pre1949_supplement",
            snap.article(PRE1949),
            amount=supplement,
            subject=subject,
            explains="fund",
            borne=borne,
            rate=supplement_rate,
        )

    pool.filled += within
    pool.deductible_paid += deductible
    out.deductible = deductible
    out.beyond_maximum = beyond
    out.critical_illness_base = claim.eligible - out.fund
    return out
