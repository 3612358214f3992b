"""The case: who the person is, what they spent, and the family (contract.md, "Case").

Every field is validated strictly. Money is Decimal yuan, never float; dates are
"YYYY-MM-DD" and must exist; unknown fields are rejected.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt
from pydantic_core import PydanticCustomError

from jxdesk.core.codes import (
    FACILITIES_FOR_KIND,
    ClaimKind,
    Facility,
    MedicalAid,
    Place,
    Route,
    Scheme,
)

__all__ = [
    "FACILITIES_FOR_KIND",
    "Case",
    "Child",
    "Claim",
    "ClaimKind",
    "Enrollment",
    "Facility",
    "MedicalAid",
    "Mother",
    "Person",
    "Place",
    "Route",
    "Scheme",
]

#: An amount larger than this (one hundred million yuan) is not a plausible medical bill.
MAX_MONEY = Decimal("100000000")
FIRST_YEAR = 2025
LAST_YEAR = 2100

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")
_NOT_AMOUNT = 'is not an amount of yuan (write digits such as "1234.50")'


#: The one way money may be written (rulings R18): ASCII digits, optionally a point and
#: decimals; a leading minus is read only to say "must not be negative". No exponent, no
#: grouping ("1,000", "1_000"), no sign "+", no spaces, no fullwidth digits, no leading point.
_MONEY = re.compile(r"-?[0-9]+(?:\.[0-9]*)?")


def _money(value: Any) -> Decimal:
    kind = value.__class__
    if kind is str:
        text = value
    elif kind is int or kind is Decimal:  # not bool, a subclass of int
        text = str(value)
    elif kind is float:
        # A JSON number such as 1234.5: its shortest repr is the digits that were written.
        text = repr(value)
    else:
        raise PydanticCustomError(
            "money_type", 'must be an amount of yuan written as a string, such as "1234.50"'
        )
    if _MONEY.fullmatch(text) is None:
        raise PydanticCustomError("money_format", _NOT_AMOUNT)
    amount = Decimal(text)
    if amount < 0:
        raise PydanticCustomError("money_negative", "must not be negative")
    if amount > MAX_MONEY:
        raise PydanticCustomError(
            "money_too_large",
            "is implausibly large (at most {limit} yuan)",
            {"limit": str(MAX_MONEY)},
        )
    fen = amount.quantize(_CENT)  # also normalises the exponent: "5" -> 5.00
    if fen != amount:
        raise PydanticCustomError(
            "money_precision", "has more than two decimals (the smallest unit is one fen, 0.01)"
        )
    return fen if fen else _ZERO  # "-0" is zero, not a negative zero in the result


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        raise PydanticCustomError("date_format", "must be a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date_invalid", "is not a real calendar date") from None


Money = Annotated[Decimal, BeforeValidator(_money)]
Day = Annotated[date, BeforeValidator(_date)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Enrollment(_Model):
    """How and when the person enrolled (R15); `date` is the registration or payment."""

    route: Route
    date: Day | None = None


_ANNUAL = Enrollment(route=Route.ANNUAL)


class Person(_Model):
    scheme: Scheme
    birth_date: Day | None = None
    hukou_jiaxing: StrictBool = True
    medical_aid: MedicalAid = MedicalAid.NONE
    disabled_certified: StrictBool = False
    family_planning_special: StrictBool = False
    pre1949_worker: StrictBool = False
    targeted_child_illness: StrictBool = False
    account_balance: Money = Decimal("0.00")
    #: 历年个人账户 (R16): pays what the person still bears after everything else
    prior_account_balance: Money = Decimal("0.00")
    #: R17: the current-year balance is unknown; estimate it as 12 months of inflow
    estimate_account: StrictBool = False
    #: the person's own monthly contribution base (employee, flexible; R17)
    contribution_base: Money | None = None
    enrollment: Enrollment = _ANNUAL


class Claim(_Model):
    kind: ClaimKind
    facility: Facility
    place: Place = Place.LOCAL
    eligible: Money
    excluded: Money = Decimal("0.00")
    date: Day | None = None


class Mother(_Model):
    scheme: Scheme
    hukou_jiaxing: StrictBool = True
    contribution_base: Money | None = None
    continuous_months: Annotated[StrictInt, Field(ge=0, le=1200)] = 0
    difficult_labour: StrictBool = False
    leave_days: Annotated[StrictInt, Field(ge=0, le=365)] | None = None


class Child(_Model):
    birth_date: Day
    order: Annotated[StrictInt, Field(ge=1, le=30)]
    registered_in_jiaxing: StrictBool = True
    resident_insured: StrictBool = True
    disabled_certified: StrictBool = False


class Case(_Model):
    year: Annotated[StrictInt, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
    person: Person
    claims: Annotated[list[Claim], Field(max_length=1000)] = []
    mother: Mother | None = None
    children: Annotated[list[Child], Field(max_length=30)] = []
