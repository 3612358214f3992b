"""Checks that need more than one field: what pydantic's per-field rules cannot see.

They also run on a partly valid case (`api.partial_case`): a field that failed its own
validation is then left out (its default applies) or, when required, is None. Every check
therefore reads required fields through `known`, and skips what it cannot see, so that a
case's cross-field problems are listed together with its field problems (rulings R18).
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import TypeVar, cast

from jxdesk.core.case import Case, Child, Claim, Person
from jxdesk.core.codes import FACILITIES_FOR_KIND, ClaimKind, Facility, Place, Route, Scheme
from jxdesk.core.messages import label
from jxdesk.core.parameters import ParameterSet
from jxdesk.core.problems import Problem

T = TypeVar("T")

#: R18: nobody listed was born before this day (a child, or the person)
EARLIEST_BIRTH = date(1900, 1, 1)
#: R18: 建国前参加革命工作 — a worker before 1949 was born in 1935 or earlier
PRE1949_LATEST_BIRTH = date(1935, 12, 31)
#: R18: two different births of the same mother are at least this many days apart
MIN_DAYS_BETWEEN_BIRTHS = 180


def known(value: T) -> T | None:
    """A required field as the checks see it: None where it failed its own validation."""
    return value


def check_case(case: Case, params: ParameterSet) -> list[Problem]:
    problems: list[Problem] = []
    year = known(case.year)
    person = known(case.person)
    if case.claims:
        _claims(case, year, person, problems)
    if person is not None and (
        person.birth_date is not None
        or person.enrollment.route is not Route.ANNUAL
        or person.enrollment.date is not None
        or person.estimate_account
    ):
        _person(person, year, problems)
    if case.children:
        _children(case.children, year, problems)
    if case.mother is not None:
        _mother(case, params, problems)
    return problems


def _claims(case: Case, year: int | None, person: Person | None, out: list[Problem]) -> None:
    route = person.enrollment.route if person is not None else Route.ANNUAL
    born = person.birth_date if person is not None else None
    # Read as `known` reads (None where a claim or field failed its own validation), without
    # its three calls a claim: ~0.1 µs of each everyday claim.
    for i, claim in enumerate(cast("list[Claim | None]", case.claims)):
        if claim is None:
            continue
        kind: ClaimKind | None = claim.kind
        facility: Facility | None = claim.facility
        if kind is not None and facility is not None:
            allowed = FACILITIES_FOR_KIND[kind]
            if facility not in allowed:
                names = ", ".join(f.value for f in allowed)
                out.append(
                    Problem(
                        f"claims[{i}].facility",
                        "facility_for_kind",
                        f"{facility.value} is not valid for {kind.value} claims (allowed: {names})",
                        {
                            "kind_zh": label("kind", kind.value),
                            "facility_zh": label("facility", facility.value),
                            "allowed_zh": "、".join(label("facility", f.value) for f in allowed),
                        },
                    )
                )
        if kind is ClaimKind.HOME_BED and claim.place is not Place.LOCAL:
            out.append(
                Problem(
                    f"claims[{i}].place",
                    "home_bed_not_local",
                    "must be local for a home_bed claim "
                    "(a home sickbed is set up by a primary facility in Jiaxing)",
                )
            )
        day = claim.date
        if day is None:
            if route is not Route.ANNUAL:
                out.append(
                    Problem(
                        f"claims[{i}].date",
                        "claim_date_required",
                        f"is required when person.enrollment.route is {route.value} "
                        "(benefits do not start on 1 January)",
                        {"route_zh": label("route", route.value)},
                    )
                )
            continue
        if year is not None and day.year != year:
            out.append(
                Problem(
                    f"claims[{i}].date",
                    "date_outside_year",
                    f"must fall in the settlement year {year}",
                    {"year": str(year)},
                )
            )
        if born is not None and day < born:
            out.append(
                Problem(
                    f"claims[{i}].date",
                    "claim_before_birth",
                    f"is before person.birth_date ({born.isoformat()})",
                    {"born": born.isoformat()},
                )
            )


def _person(person: Person, year: int | None, out: list[Problem]) -> None:
    born = person.birth_date
    if born is not None:
        if year is not None and born.year > year:
            out.append(
                Problem(
                    "person.birth_date",
                    "birth_after_year",
                    f"is after the settlement year {year}",
                    {"year": str(year)},
                )
            )
        if born < EARLIEST_BIRTH:
            out.append(Problem("person.birth_date", "birth_before_1900", "must not be before 1900"))
        if person.pre1949_worker and born > PRE1949_LATEST_BIRTH:
            out.append(
                Problem(
                    "person.pre1949_worker",
                    "pre1949_too_young",
                    f"cannot be true for a person born after {PRE1949_LATEST_BIRTH.isoformat()}",
                    {"latest": PRE1949_LATEST_BIRTH.isoformat()},
                )
            )
    e = person.enrollment
    if e.route is not Route.ANNUAL and e.date is None:
        out.append(
            Problem(
                "person.enrollment.date",
                "enrollment_date_required",
                f"is required for the {e.route.value} route",
                {"route_zh": label("route", e.route.value)},
            )
        )
    if e.route is Route.NEWBORN and born is None:
        out.append(
            Problem(
                "person.birth_date",
                "newborn_birth_date_required",
                "is required for the newborn enrolment route",
            )
        )
    # (R18) an enrolment after the settlement year cannot open that year's benefits; a newborn
    # may still register early in the next (跨年度, 第二十四条). 9999-12-31 also overflowed.
    latest = None if year is None else year + 1 if e.route is Route.NEWBORN else year
    if e.date is not None and latest is not None and e.date.year > latest:
        out.append(
            Problem(
                "person.enrollment.date",
                "enrollment_after_year",
                f"is after the settlement year {year}"
                if latest == year
                else f"is after {latest}: too late even for a newborn of {year}",
                {"year": str(year), "latest": str(latest)},
            )
        )
    if e.date is not None and born is not None and e.date < born:
        out.append(
            Problem(
                "person.enrollment.date",
                "enrollment_before_birth",
                f"is before person.birth_date ({born.isoformat()})",
                {"born": born.isoformat()},
            )
        )
    scheme = known(person.scheme)
    if person.estimate_account:
        if "account_balance" in person.given:
            out.append(
                Problem(
                    "person.estimate_account",
                    "account_given_and_estimated",
                    "cannot be true when person.account_balance is given (give one of the two)",
                )
            )
        if scheme in (Scheme.EMPLOYEE, Scheme.FLEXIBLE) and person.contribution_base is None:
            out.append(
                Problem(
                    "person.contribution_base",
                    "account_base_required",
                    f"is required to estimate the account of a person in the {scheme.value} "
                    "scheme (2% of the monthly base)",
                    {"scheme_zh": label("scheme", scheme.value)},
                )
            )


def _children(children: list[Child], year: int | None, out: list[Problem]) -> None:
    seen: dict[tuple[date, int], int] = {}
    births: list[tuple[date, int]] = []
    last = date(year + 1, 12, 31) if year is not None else None  # once, not once a child
    for i, child in enumerate(children):
        if known(child) is None:
            continue
        born = known(child.birth_date)
        if born is None:
            continue
        if year is not None and last is not None and born > last:
            out.append(
                Problem(
                    f"children[{i}].birth_date",
                    "child_born_too_late",
                    f"is after the end of {year + 1} (an expected birth may be at most a "
                    "year ahead)",
                    {"last": str(year + 1)},
                )
            )
        if born < EARLIEST_BIRTH:
            out.append(
                Problem(f"children[{i}].birth_date", "birth_before_1900", "must not be before 1900")
            )
        births.append((born, i))
        order = known(child.order)
        if order is None:
            continue
        first = seen.setdefault((born, order), i)
        if first != i:
            out.append(
                Problem(
                    f"children[{i}].order",
                    "child_duplicate",
                    f"children[{first}] has the same birth date and order",
                    {"first": str(first + 1)},
                )
            )
    births.sort()
    for (before, _), (after, j) in itertools.pairwise(births):
        gap = (after - before).days
        if 0 < gap < MIN_DAYS_BETWEEN_BIRTHS:
            out.append(
                Problem(
                    f"children[{j}].birth_date",
                    "births_too_close",
                    f"is {gap} days after another child's birth ({before.isoformat()}); "
                    f"two births are at least {MIN_DAYS_BETWEEN_BIRTHS} days apart",
                    {
                        "gap": str(gap),
                        "other": before.isoformat(),
                        "min": str(MIN_DAYS_BETWEEN_BIRTHS),
                    },
                )
            )


def _mother(case: Case, params: ParameterSet, out: list[Problem]) -> None:
    mother = case.mother
    if mother is None:
        return
    scheme = known(mother.scheme)
    needs_base = mother.contribution_base is None and (
        scheme is Scheme.EMPLOYEE
        or (scheme is Scheme.FLEXIBLE and not _published_flexible_base(case, params))
    )
    if needs_base and scheme is not None:
        out.append(
            Problem(
                "mother.contribution_base",
                "base_required",
                f"is required for a mother in the {scheme.value} scheme "
                "(no published base is held for that year)",
                {"scheme_zh": label("scheme", scheme.value)},
            )
        )


def _published_flexible_base(case: Case, params: ParameterSet) -> bool:
    days = {known(c.birth_date) for c in case.children if known(c) is not None} - {None}
    year = known(case.year)
    if not days:
        if year is None:
            return True  # cannot tell; the year's own problem is reported
        days = {date(year, 1, 1)}
    return all(params.at(d).has("fertility.maternity.flexible_base") for d in days if d)
