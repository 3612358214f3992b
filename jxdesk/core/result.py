"""The estimate: three sections and the explanation steps (contract.md, "Result")."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class Fertility:
    prenatal_subsidy: Decimal = ZERO
    childcare_allowance: Decimal = ZERO
    maternity_allowance: Decimal = ZERO
    maternity_leave_days: int = 0

    @property
    def total(self) -> Decimal:
        return self.prenatal_subsidy + self.childcare_allowance + self.maternity_allowance


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
