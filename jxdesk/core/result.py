"""The estimate: three sections and the explanation steps (contract.md, "Result")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from jxdesk.core.money import ZERO
from jxdesk.core.trace import Step


@dataclass(frozen=True, slots=True)
class ClaimResult:
    fund: Decimal
    account: Decimal
    deductible: Decimal
    first_paid: Decimal
    beyond_maximum: Decimal
    out_of_pocket: Decimal


@dataclass(frozen=True, slots=True)
class Medical:
    eligible: Decimal = ZERO
    excluded: Decimal = ZERO
    fund: Decimal = ZERO
    account: Decimal = ZERO
    critical_illness: Decimal = ZERO
    medical_aid: Decimal = ZERO
    out_of_pocket: Decimal = ZERO
    account_left: Decimal = ZERO
    claims: tuple[ClaimResult, ...] = ()
    #: 历年个人账户 (R16), paid once over the year
    prior_account: Decimal = ZERO
    #: the first day the insurance pays (R15); None only for a Medical() built by hand
    benefits_from: date | None = None
    #: the current-year account the case started with (given, or estimated by R17)
    account_start: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Fertility:
    prenatal_subsidy: Decimal = ZERO
    childcare_allowance: Decimal = ZERO
    maternity_allowance: Decimal = ZERO
    maternity_leave_days: int = 0
    #: the national 育儿补贴 (R14) over each child's whole entitlement
    national_childcare_subsidy: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return (
            self.prenatal_subsidy
            + self.childcare_allowance
            + self.maternity_allowance
            + self.national_childcare_subsidy
        )


@dataclass(frozen=True, slots=True)
class PremiumItem:
    who: str  # "person" or "child:N"
    reason: str  # disabled | family_planning_special | medical_aid | child_order
    rate: Decimal
    contribution: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Premium:
    available: bool
    contribution: Decimal = ZERO
    items: tuple[PremiumItem, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((i.amount for i in self.items), ZERO)


@dataclass(frozen=True, slots=True)
class Result:
    year: int
    medical: Medical
    fertility: Fertility
    premium: Premium
    steps: tuple[Step, ...] = field(default_factory=tuple)
