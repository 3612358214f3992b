"""The codes a case is written in: schemes, kinds of claim, tiers, places, aid categories.

Kept apart from the pydantic models so that the GUI's first page can use them without
loading pydantic.
"""

from __future__ import annotations

from enum import StrEnum


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


class Route(StrEnum):
    """How and when the person enrolled (rulings R15): it sets the first day of benefits."""

    ANNUAL = "annual"  # paid by the end of the previous year: 1 January (第二十二条)
    EMPLOYER_REGISTRATION = "employer_registration"  # 第十二条: from the 2nd natural month
    MID_YEAR = "mid_year"  # 第二十二条: from the 3rd natural month after paying
    CONTINUATION = "continuation"  # 第二十三条: from the month after paying
    SPECIAL_GROUP = "special_group"  # 第二十六条, 第三十八条: from the month of enrolment
    NEWBORN = "newborn"  # 第二十四条: from birth when registered within 3 months
