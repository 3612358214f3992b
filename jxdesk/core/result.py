"""The estimate: three sections and the explanation steps (contract.md, "Result").

Named tuples, immutable as the frozen dataclasses they replace: a frozen dataclass costs
three times as much to build (each field set through object.__setattr__) and its
generated methods cost milliseconds to import, on every `calc`. No `from __future__
import annotations`: typing.NamedTuple would compile every string annotation.
"""

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from jxdesk.core.money import ZERO
from jxdesk.core.trace import Step


class ClaimResult(NamedTuple):
    fund: Decimal
    account: Decimal
    deductible: Decimal
    first_paid: Decimal
    beyond_maximum: Decimal
    out_of_pocket: Decimal


class Medical(NamedTuple):
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


class Fertility(NamedTuple):
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


class PremiumItem(NamedTuple):
    who: str  # "person" or "child:N"
    reason: str  # disabled | family_planning_special | medical_aid | child_order
    rate: Decimal
    contribution: Decimal
    amount: Decimal


class Premium(NamedTuple):
    available: bool
    contribution: Decimal = ZERO
    items: tuple[PremiumItem, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((i.amount for i in self.items), ZERO)


class CarriedOver(NamedTuple):
    """R19: the year's figures stand over from an earlier year's documents."""

    #: the latest year the carried figures were set in (2025)
    since: int
    #: the documents' numbers (嘉政发〔2024〕22号, ...)
    documents: tuple[str, ...]


class Result(NamedTuple):
    year: int
    medical: Medical
    fertility: Fertility
    premium: Premium
    steps: tuple[Step, ...] = ()
    #: R19: set when some figures of a later year are carried over (None: none are)
    carried_over: CarriedOver | None = None
