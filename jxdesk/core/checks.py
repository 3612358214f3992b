"""Checks that need more than one field: what pydantic's per-field rules cannot see."""

from __future__ import annotations

from datetime import date

from jxdesk.core.messages import label
from jxdesk.core.models import FACILITIES_FOR_KIND, Case, Scheme
from jxdesk.core.parameters import ParameterSet
from jxdesk.core.problems import Problem


def check_case(case: Case, params: ParameterSet) -> list[Problem]:
    problems: list[Problem] = []
    for i, claim in enumerate(case.claims):
        allowed = FACILITIES_FOR_KIND[claim.kind]
        if claim.facility not in allowed:
            names = ", ".join(f.value for f in allowed)
            problems.append(
                Problem(
                    f"claims[{i}].facility",
                    "facility_for_kind",
                    f"{claim.facility.value} is not valid for {claim.kind.value} claims "
                    f"(allowed: {names})",
                    {
                        "kind_zh": label("kind", claim.kind.value),
                        "facility_zh": label("facility", claim.facility.value),
                        "allowed_zh": "、".join(label("facility", f.value) for f in allowed),
                    },
                )
            )
        if claim.date is not None and claim.date.year != case.year:
            problems.append(
                Problem(
                    f"claims[{i}].date",
                    "date_outside_year",
                    f"must fall in the settlement year {case.year}",
                    {"year": str(case.year)},
                )
            )
    mother = case.mother
    needs_base = (
        mother is not None
        and mother.contribution_base is None
        and (
            mother.scheme is Scheme.EMPLOYEE
            or (mother.scheme is Scheme.FLEXIBLE and not _published_flexible_base(case, params))
        )
    )
    if mother is not None and needs_base:
        problems.append(
            Problem(
                "mother.contribution_base",
                "base_required",
                f"is required for a mother in the {mother.scheme.value} scheme "
                "(no published base is held for that year)",
                {"scheme_zh": label("scheme", mother.scheme.value)},
            )
        )
    return problems


def _published_flexible_base(case: Case, params: ParameterSet) -> bool:
    days = {c.birth_date for c in case.children} or {date(case.year, 1, 1)}
    return all(params.at(d).has("fertility.maternity.flexible_base") for d in days)
