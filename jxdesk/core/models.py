"""The case's schema: who the person is, what they spent, and the family (docs/contract.md).

Every field is validated strictly. Money is Decimal yuan, never float; dates are
"YYYY-MM-DD" and must exist; unknown fields are rejected.

This pydantic schema is the reference reading of a case, and the one that words every
problem (problems.py). The rules read the plain objects of case.py, which `to_case` builds
from a validated model; the everyday path (fastread.py) builds them without pydantic and
hands every case it does not vouch for to this schema.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt
from pydantic_core import PydanticCustomError

from jxdesk.core import case as plain
from jxdesk.core.codes import (
    FACILITIES_FOR_KIND,
    ClaimKind,
    Facility,
    MedicalAid,
    Place,
    Route,
    Scheme,
)
from jxdesk.core.grammar import (
    FIRST_YEAR,
    LAST_YEAR,
    LEAVE_DAYS,
    MAX_CHILDREN,
    MAX_CLAIMS,
    MAX_MONEY,
    MONTHS,
    ORDER,
    Unreadable,
    read_date,
    read_money,
)

__all__ = [
    "FACILITIES_FOR_KIND",
    "MAX_MONEY",
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


def _money(value: Any) -> Decimal:
    try:
        return read_money(value)
    except Unreadable as exc:
        raise PydanticCustomError(exc.code, exc.message, exc.ctx) from None


def _date(value: Any) -> date:
    try:
        return read_date(value)
    except Unreadable as exc:
        raise PydanticCustomError(exc.code, exc.message, exc.ctx) from None


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
    continuous_months: Annotated[StrictInt, Field(ge=MONTHS[0], le=MONTHS[1])] = 0
    difficult_labour: StrictBool = False
    leave_days: Annotated[StrictInt, Field(ge=LEAVE_DAYS[0], le=LEAVE_DAYS[1])] | None = None


class Child(_Model):
    birth_date: Day
    order: Annotated[StrictInt, Field(ge=ORDER[0], le=ORDER[1])]
    registered_in_jiaxing: StrictBool = True
    resident_insured: StrictBool = True
    disabled_certified: StrictBool = False


class Case(_Model):
    year: Annotated[StrictInt, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
    person: Person
    claims: Annotated[list[Claim], Field(max_length=MAX_CLAIMS)] = []
    mother: Mother | None = None
    children: Annotated[list[Child], Field(max_length=MAX_CHILDREN)] = []


_PLAIN: dict[type[BaseModel], Any] = {
    Enrollment: plain.Enrollment,
    Person: plain.Person,
    Claim: plain.Claim,
    Mother: plain.Mother,
    Child: plain.Child,
    Case: plain.Case,
}


def _plain_value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return to_plain(value)
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    return value


def to_plain(model: BaseModel) -> Any:
    """The case.py object for a model (a partly built one too: fields it lacks are left
    to the plain class's defaults, and a required field that failed is None)."""
    cls = _PLAIN[type(model)]
    values = {
        k: _plain_value(v) for k, v in model.__dict__.items() if k in type(model).model_fields
    }
    return cls(**values, given=frozenset(model.model_fields_set))


def to_case(model: Case) -> plain.Case:
    """The plain case the rules read, for a validated model."""
    case: plain.Case = to_plain(model)
    return case
