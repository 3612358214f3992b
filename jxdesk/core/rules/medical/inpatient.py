"""The inpatient pool: 住院, 特殊病种门诊, 家庭病床 (第十七条, 第十九条, 第二十条, 第二十八条,
第三十条, 第五十条, 第五十二条). Rulings R6 (pool), R7 (out of the city), R10 (pre-1949)."""

from decimal import Decimal
from typing import NamedTuple

from jxdesk.core.case import Claim, Person
from jxdesk.core.codes import ClaimKind, Facility, Scheme
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


class Terms(NamedTuple):
    """A person's inpatient terms at one tier: deductible, bands, rates, maximum."""

    deductible: Decimal  # this tier's
    ceiling: Decimal  # 第五十条: the year's deductibles add up to the highest tier's at most
    rate: Decimal  # below the band
    band: Decimal  # employee: 200,000; resident: the maximum (one band)
    upper_rate: Decimal | None  # employee schemes only
    maximum: Decimal
    deductible_article: str
    rate_article: str
    upper_article: str
    maximum_article: str


def terms_for(person: Person, tier: Facility, snap: Snapshot) -> Terms:
    key = ("inpatient", person.scheme, tier)
    terms = snap.memo.get(key)
    if terms is None:
        terms = snap.memo[key] = _terms(person, tier, snap)
    assert isinstance(terms, Terms)
    return terms


def _terms(person: Person, tier: Facility, snap: Snapshot) -> Terms:
    employee = person.scheme.is_employee
    base = EMP if employee else RES
    deductibles = snap.table(f"{base}.deductible")
    rate = snap.table(f"{base}.rate")[tier]
    if person.scheme is Scheme.RETIREE:
        rate += snap.get(f"{EMP}.retiree_bonus")
    maximum = snap.get(f"{base}.maximum")
    return Terms(
        deductible=deductibles[tier],
        ceiling=max(deductibles.values()),
        rate=rate,
        band=snap.get(f"{EMP}.band") if employee else maximum,
        upper_rate=snap.get(f"{EMP}.upper_band_rate") if employee else None,
        maximum=maximum,
        deductible_article=snap.article(f"{base}.deductible"),
        rate_article=snap.article(f"{base}.rate"),
        upper_article=snap.article(f"{EMP}.upper_band_rate"),
        maximum_article=snap.article(f"{base}.maximum"),
    )


def settle_inpatient(
    claim: Claim, person: Person, snap: Snapshot, pool: InpatientPool, trace: Trace, subject: str
) -> ClaimOutcome:
    out = ClaimOutcome(claim.eligible, claim.excluded)
    entry = enter_pool(claim, claim.eligible, snap, trace, subject)
    out.first_paid = entry.first_paid
    employee = person.scheme.is_employee
    tier = entry.facility
    t = terms_for(person, tier, snap)

    within = min(entry.amount, max(ZERO, t.maximum - pool.filled))
    beyond = entry.amount - within

    free_article = no_deductible_article(claim.kind, employee)
    if free_article is not None:
        deductible = ZERO
        trace.step("inpatient_no_deductible", free_article, {"kind": claim.kind}, subject=subject)
    else:
        deductible = min(t.deductible, max(ZERO, t.ceiling - pool.deductible_paid), within)
        trace.step(
            "inpatient_deductible",
            t.deductible_article,
            {
                "facility": tier,
                "tier_deductible": t.deductible,
                "paid_before": pool.deductible_paid,
                "ceiling": t.ceiling,
            },
            amount=deductible,
            subject=subject,
            explains="deductible",
        )

    lo, hi = pool.filled + deductible, pool.filled + within
    lower = overlap(lo, hi, ZERO, t.band)
    paid = lower * t.rate
    upper = overlap(lo, hi, t.band, t.maximum) if t.upper_rate is not None else ZERO
    if not within and entry.amount:  # the axis is full: say so, not "0.00 at 85%"
        trace.step(
            "inpatient_maximum_reached",
            t.maximum_article,
            {"maximum": t.maximum},
            amount=ZERO,
            subject=subject,
            explains="fund",
        )
    elif not lower and not upper and entry.amount:  # all of it within the deductible
        trace.step(
            "inpatient_within_deductible",
            t.rate_article,
            amount=ZERO,
            subject=subject,
            explains="fund",
        )
    elif lower > 0 or upper == 0:  # a claim wholly above the band shows only the upper band
        only = upper == 0  # then this line is the claim's whole fund payment
        trace.step(
            "inpatient_band",
            t.rate_article,
            {
                "facility": tier,
                "kind": claim.kind,
                "covered": lower,
                "rate": t.rate,
                "band": t.band,
                "band_amount": fen(paid),
            },
            amount=fen(paid) if only else None,
            explains="fund" if only else None,
            subject=subject,
        )
    if upper > 0 and t.upper_rate is not None:
        paid += upper * t.upper_rate
        trace.step(
            "inpatient_upper_band",
            t.upper_article,
            {
                "covered": upper,
                "rate": t.upper_rate,
                "band": t.band,
                "maximum": t.maximum,
                "band_amount": fen(upper * t.upper_rate),
            },
            subject=subject,
        )
    out.fund = fen(paid)
    if upper > 0:  # two bands: say what they add up to
        trace.step(
            "inpatient_fund",
            t.rate_article,
            {"kind": claim.kind},
            amount=out.fund,
            subject=subject,
            explains="fund",
        )
    if beyond > 0:
        trace.step(
            "inpatient_beyond_maximum",
            t.maximum_article,
            {"maximum": t.maximum},
            amount=beyond,
            subject=subject,
            explains="out_of_pocket",
        )

    if employee and person.pre1949_worker:
        # 第二十条: after the usual settlement the fund pays 95% of what the person bears
        supplement_rate = snap.get(PRE1949)
        borne = claim.eligible - out.fund
        supplement = fen(borne * supplement_rate)
        out.fund += supplement
        trace.step(
            "pre1949_supplement",
            snap.article(PRE1949),
            {"borne": borne, "rate": supplement_rate},
            amount=supplement,
            subject=subject,
            explains="fund",
        )

    pool.filled += within
    pool.deductible_paid += deductible
    out.deductible = deductible
    out.beyond_maximum = beyond
    out.critical_illness_base = claim.eligible - out.fund
    return out
