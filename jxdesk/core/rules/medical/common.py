"""What the medical rules share: per-claim outcome, the year's pools, out-of-city shares."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jxdesk.core.case import Claim
from jxdesk.core.codes import Facility, Place
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import Snapshot
from jxdesk.core.trace import Trace

OUT_OF_CITY = "medical.out_of_city.first_paid"


@dataclass(slots=True)
class ClaimOutcome:
    """What one claim paid, by payer, and what it adds to the 大病保险 base."""

    eligible: Decimal
    excluded: Decimal
    fund: Decimal = ZERO
    account: Decimal = ZERO
    deductible: Decimal = ZERO
    first_paid: Decimal = ZERO
    beyond_maximum: Decimal = ZERO
    critical_illness_base: Decimal = ZERO


@dataclass(slots=True)
class OutpatientPool:
    """The year's outpatient axis (普通门诊 and 慢性病门诊 share it, rulings R3/R4)."""

    filled: Decimal = ZERO  # all amounts within the maxima so far
    filled_ordinary: Decimal = ZERO  # of which ordinary outpatient
    deductible_paid: Decimal = ZERO


@dataclass(slots=True)
class InpatientPool:
    """The year's inpatient axis (住院, 特殊病种门诊, 家庭病床 share it, rulings R3/R6)."""

    filled: Decimal = ZERO
    deductible_paid: Decimal = ZERO


@dataclass(slots=True)
class Entry:
    """The part of a claim that enters a pool, after account and out-of-city first-paid share."""

    amount: Decimal
    facility: Facility  # the tier it is settled at: level3 out of the city (第四十九条)
    first_paid: Decimal


def enter_pool(claim: Claim, amount: Decimal, snap: Snapshot, trace: Trace, subject: str) -> Entry:
    """Take the out-of-city first-paid share (第四十九条); the rest is settled as level3."""
    if claim.place is Place.LOCAL:
        return Entry(amount, claim.facility, ZERO)
    rate = snap.table(OUT_OF_CITY)[claim.place]
    first_paid = fen(amount * rate)
    trace.step(
        "out_of_city",
        snap.article(OUT_OF_CITY),
        {"place": claim.place, "rate": rate, "base": amount, "rest": amount - first_paid},
        amount=first_paid,
        subject=subject,
        explains="first_paid",
    )
    return Entry(amount - first_paid, Facility.LEVEL3, first_paid)


def overlap(lo: Decimal, hi: Decimal, band_lo: Decimal, band_hi: Decimal) -> Decimal:
    """How much of the stretch [lo, hi] of the axis lies in the band [band_lo, band_hi]."""
    return max(ZERO, min(hi, band_hi) - max(lo, band_lo))
