"""The contract's codes the pages offer, without importing the core (which loads pydantic).

The values are fixed by docs/contract.md. `FACILITIES_FOR_KIND` mirrors
jxdesk.core.models.FACILITIES_FOR_KIND (a test checks they agree); it is repeated here so
the first page can be painted before the core and pydantic are imported.
"""

from __future__ import annotations

SCHEMES: tuple[str, ...] = ("employee", "flexible", "retiree", "resident", "student", "none")
EMPLOYEE_SCHEMES: frozenset[str] = frozenset({"employee", "flexible", "retiree"})
MEDICAL_AID: tuple[str, ...] = (
    "none",
    "destitute",
    "minimum_living",
    "marginal",
    "expenditure_poverty",
    "child_in_distress",
    "other",
)
KINDS: tuple[str, ...] = ("outpatient", "chronic", "special", "inpatient", "home_bed")
FACILITIES: tuple[str, ...] = ("primary", "level1", "level2", "level3", "pharmacy")
PLACES: tuple[str, ...] = ("local", "referred", "unreferred")
#: person.enrollment.route (R15), the default first
ENROLLMENT_ROUTES: tuple[str, ...] = (
    "annual",
    "employer_registration",
    "mid_year",
    "continuation",
    "special_group",
    "newborn",
)
TIERS: tuple[str, ...] = ("primary", "level1", "level2", "level3")

FACILITIES_FOR_KIND: dict[str, tuple[str, ...]] = {
    "outpatient": FACILITIES,
    "chronic": FACILITIES,
    "special": TIERS,
    "inpatient": TIERS,
    "home_bed": ("primary",),
}

FIRST_YEAR = 2025
LAST_YEAR = 2100


def allowed_facilities(kind: str) -> tuple[str, ...]:
    return FACILITIES_FOR_KIND.get(kind, FACILITIES)


def fits(kind: str, facility: str) -> bool:
    return facility in allowed_facilities(kind)
