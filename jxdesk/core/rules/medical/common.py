"""What the medical rules share: per-claim outcome, the year's pools, out-of-city shares."""

from decimal import Decimal
from typing import NamedTuple

from jxdesk.core.case import Claim
from jxdesk.core.codes import Facility, Place
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import Snapshot
from jxdesk.core.trace import Trace

OUT_OF_CITY = "medical.out_of_city.first_paid"


class ClaimOutcome:
    """What one claim paid, by payer, and what it adds to the 大病保险 base (filled in by
    the rules as they go). Plain __slots__ classes here and below: a dataclass costs each
    `jxdesk calc` process about 0.6 ms to create."""

    __slots__ = (
        "account",
        "beyond_maximum",
        "critical_illness_base",
        "deductible",
        "eligible",
        "excluded",
        "first_paid",
        "fund",
    )

    def __init__(self, eligible: Decimal, excluded: Decimal) -> None:
        self.eligible, self.excluded = eligible, excluded
        self.fund = self.account = self.deductible = self.first_paid = ZERO
        self.beyond_maximum = self.critical_illness_base = ZERO

    def __repr__(self) -> str:
        return "ClaimOutcome(" + ", ".join(f"{k}={getattr(self, k)}" for k in self.__slots__) + ")"


class OutpatientPool:
    """The year's outpatient axis (普通门诊 and 慢性病门诊 share it, rulings R3/R4)."""

    __slots__ = ("deductible_paid", "filled", "filled_ordinary")

    def __init__(self) -> None:
        self.filled = ZERO  # all amounts within the maxima so far
        self.filled_ordinary = ZERO  # of which ordinary outpatient
        self.deductible_paid = ZERO


class InpatientPool:
    """The year's inpatient axis (住院, 特殊病种门诊, 家庭病床 share it, rulings R3/R6)."""

    __slots__ = ("deductible_paid", "filled")

    def __init__(self) -> None:
        self.filled = ZERO
        self.deductible_paid = ZERO


class Entry(NamedTuple):
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
