"""The case: who the person is, what they spent, and the family (contract.md, "Case").

Every field is validated strictly. Money is Decimal yuan, never float; dates are
"YYYY-MM-DD" and must exist; unknown fields are rejected.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt
from pydantic_core import PydanticCustomError

#: An amount larger than this (one hundred million yuan) is not a plausible medical bill.
MAX_MONEY = Decimal("100000000")
FIRST_YEAR = 2025
LAST_YEAR = 2100

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Scheme(StrEnum):
    EMPLOYEE = "employee"  # 在职职工
    FLEXIBLE = "flexible"  # 灵活就业
    RETIREE = "retiree"  # 退休
    RESIDENT = "resident"  # 城乡居民
    STUDENT = "student"  # 在校大学生
    NONE = "none"  # 未参保

    @property
    def is_employee(self) -> bool:
        return self in (Scheme.EMPLOYEE, Scheme.FLEXIBLE, Scheme.RETIREE)

    @property
    def is_resident(self) -> bool:
        return self in (Scheme.RESIDENT, Scheme.STUDENT)


class MedicalAid(StrEnum):
    NONE = "none"
    DESTITUTE = "destitute"  # 特困供养
    MINIMUM_LIVING = "minimum_living"  # 低保
    MARGINAL = "marginal"  # 低边
    EXPENDITURE_POVERTY = "expenditure_poverty"  # 支出型贫困
    CHILD_IN_DISTRESS = "child_in_distress"  # 困境儿童
    OTHER = "other"  # 其他特殊救助对象


class ClaimKind(StrEnum):
    OUTPATIENT = "outpatient"  # 普通门(急)诊
    CHRONIC = "chronic"  # 慢性病门诊
    SPECIAL = "special"  # 特殊病种门诊
    INPATIENT = "inpatient"  # 住院
    HOME_BED = "home_bed"  # 家庭病床

    @property
    def outpatient_pool(self) -> bool:
        return self in (ClaimKind.OUTPATIENT, ClaimKind.CHRONIC)


class Facility(StrEnum):
    PRIMARY = "primary"  # 基层医疗机构
    LEVEL1 = "level1"  # 其他一级(含)以下
    LEVEL2 = "level2"
    LEVEL3 = "level3"
    PHARMACY = "pharmacy"  # 定点零售药店


class Place(StrEnum):
    LOCAL = "local"
    REFERRED = "referred"  # 规范转诊异地
    UNREFERRED = "unreferred"  # 未规范转诊异地


#: Which facilities each kind of claim may name (rulings R2).
FACILITIES_FOR_KIND: dict[ClaimKind, tuple[Facility, ...]] = {
    ClaimKind.OUTPATIENT: tuple(Facility),
    ClaimKind.CHRONIC: tuple(Facility),
    ClaimKind.SPECIAL: (Facility.PRIMARY, Facility.LEVEL1, Facility.LEVEL2, Facility.LEVEL3),
    ClaimKind.INPATIENT: (Facility.PRIMARY, Facility.LEVEL1, Facility.LEVEL2, Facility.LEVEL3),
    ClaimKind.HOME_BED: (Facility.PRIMARY,),
}


def _money(value: Any) -> Decimal:
    if value.__class__ is float:
        # A JSON number such as 1234.5: its shortest repr is the digits that were written.
        value = repr(value)
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise PydanticCustomError(
            "money_type", 'must be an amount of yuan written as a string, such as "1234.50"'
        )
    try:
        amount = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise PydanticCustomError(
            "money_format", 'is not an amount of yuan (write digits such as "1234.50")'
        ) from None
    if not amount.is_finite():
        raise PydanticCustomError(
            "money_format", 'is not an amount of yuan (write digits such as "1234.50")'
        )
    if amount < 0:
        raise PydanticCustomError("money_negative", "must not be negative")
    if amount > MAX_MONEY:
        raise PydanticCustomError(
            "money_too_large",
            "is implausibly large (at most {limit} yuan)",
            {"limit": str(MAX_MONEY)},
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise PydanticCustomError(
            "money_precision", "has more than two decimals (the smallest unit is one fen, 0.01)"
        )
    return amount + Decimal("0.00")  # normalise the exponent: "5" -> 5.00


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
    leave_days: Annotated[StrictInt, Field(ge=0, le=1000)] | None = None


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
