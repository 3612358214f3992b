"""The validated case as the rules read it: plain classes, no pydantic.

Two readers build these objects and nothing else does: `fastread.read_case` (the everyday
path of `jxdesk calc`, the batch and the GUI: a few microseconds, and no pydantic import)
and `models.Case.to_case` (the pydantic schema in models.py, which stays the reference: it
reads whatever the fast reader does not vouch for and words every problem). Both give equal
objects for the same input (tests/core/test_fastread.py holds them to it).

The field names, types and defaults are those of docs/contract.md's "The case" (and of models.py).
`given` holds the names of the fields the input wrote, as pydantic's `model_fields_set`:
one cross-field check (an account balance given *and* estimated) needs it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from jxdesk.core.codes import ClaimKind, Facility, MedicalAid, Place, Route, Scheme

__all__ = ["Case", "Child", "Claim", "Enrollment", "Mother", "Person"]

ZERO = Decimal("0.00")


class _Plain:
    """Equality and repr by field, as the pydantic models had them; `given` is not compared."""

    __slots__ = ("given",)
    FIELDS: ClassVar[tuple[str, ...]] = ()
    given: frozenset[str]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.FIELDS)

    __hash__ = None  # type: ignore[assignment]  # compared by value, like the models

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.FIELDS)
        return f"{type(self).__name__}({inner})"


class Enrollment(_Plain):
    """How and when the person enrolled (R15); `date` is the registration or payment."""

    __slots__ = ("date", "route")
    FIELDS = ("route", "date")

    def __init__(
        self, *, route: Route, date: date | None = None, given: frozenset[str] = frozenset()
    ) -> None:
        self.route, self.date, self.given = route, date, given


ANNUAL = Enrollment(route=Route.ANNUAL, given=frozenset({"route"}))  # as the schema's default


class Person(_Plain):
    __slots__ = (
        "account_balance",
        "birth_date",
        "contribution_base",
        "disabled_certified",
        "enrollment",
        "estimate_account",
        "family_planning_special",
        "hukou_jiaxing",
        "medical_aid",
        "pre1949_worker",
        "prior_account_balance",
        "scheme",
        "targeted_child_illness",
    )
    FIELDS = (
        "scheme",
        "birth_date",
        "hukou_jiaxing",
        "medical_aid",
        "disabled_certified",
        "family_planning_special",
        "pre1949_worker",
        "targeted_child_illness",
        "account_balance",
        "prior_account_balance",
        "estimate_account",
        "contribution_base",
        "enrollment",
    )

    def __init__(
        self,
        *,
        scheme: Scheme,
        birth_date: date | None = None,
        hukou_jiaxing: bool = True,
        medical_aid: MedicalAid = MedicalAid.NONE,
        disabled_certified: bool = False,
        family_planning_special: bool = False,
        pre1949_worker: bool = False,
        targeted_child_illness: bool = False,
        account_balance: Decimal = ZERO,
        #: 历年个人账户 (R16): pays what the person still bears after everything else
        prior_account_balance: Decimal = ZERO,
        #: R17: the current-year balance is unknown; estimate it as 12 months of inflow
        estimate_account: bool = False,
        #: the person's own monthly contribution base (employee, flexible; R17)
        contribution_base: Decimal | None = None,
        enrollment: Enrollment = ANNUAL,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.scheme = scheme
        self.birth_date = birth_date
        self.hukou_jiaxing = hukou_jiaxing
        self.medical_aid = medical_aid
        self.disabled_certified = disabled_certified
        self.family_planning_special = family_planning_special
        self.pre1949_worker = pre1949_worker
        self.targeted_child_illness = targeted_child_illness
        self.account_balance = account_balance
        self.prior_account_balance = prior_account_balance
        self.estimate_account = estimate_account
        self.contribution_base = contribution_base
        self.enrollment = enrollment
        self.given = given


class Claim(_Plain):
    __slots__ = ("date", "eligible", "excluded", "facility", "kind", "place")
    FIELDS = ("kind", "facility", "place", "eligible", "excluded", "date")

    def __init__(
        self,
        *,
        kind: ClaimKind,
        facility: Facility,
        place: Place = Place.LOCAL,
        eligible: Decimal,
        excluded: Decimal = ZERO,
        date: date | None = None,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.kind, self.facility, self.place = kind, facility, place
        self.eligible, self.excluded, self.date = eligible, excluded, date
        self.given = given


class Mother(_Plain):
    __slots__ = (
        "continuous_months",
        "contribution_base",
        "difficult_labour",
        "hukou_jiaxing",
        "leave_days",
        "scheme",
    )
    FIELDS = (
        "scheme",
        "hukou_jiaxing",
        "contribution_base",
        "continuous_months",
        "difficult_labour",
        "leave_days",
    )

    def __init__(
        self,
        *,
        scheme: Scheme,
        hukou_jiaxing: bool = True,
        contribution_base: Decimal | None = None,
        continuous_months: int = 0,
        difficult_labour: bool = False,
        leave_days: int | None = None,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.scheme, self.hukou_jiaxing = scheme, hukou_jiaxing
        self.contribution_base, self.continuous_months = contribution_base, continuous_months
        self.difficult_labour, self.leave_days = difficult_labour, leave_days
        self.given = given


class Child(_Plain):
    __slots__ = (
        "birth_date",
        "disabled_certified",
        "order",
        "registered_in_jiaxing",
        "resident_insured",
    )
    FIELDS = (
        "birth_date",
        "order",
        "registered_in_jiaxing",
        "resident_insured",
        "disabled_certified",
    )

    def __init__(
        self,
        *,
        birth_date: date,
        order: int,
        registered_in_jiaxing: bool = True,
        resident_insured: bool = True,
        disabled_certified: bool = False,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.birth_date, self.order = birth_date, order
        self.registered_in_jiaxing, self.resident_insured = registered_in_jiaxing, resident_insured
        self.disabled_certified = disabled_certified
        self.given = given


class Case(_Plain):
    __slots__ = ("children", "claims", "mother", "person", "year")
    FIELDS = ("year", "person", "claims", "mother", "children")

    def __init__(
        self,
        *,
        year: int,
        person: Person,
        claims: list[Claim] | None = None,
        mother: Mother | None = None,
        children: list[Child] | None = None,
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.year, self.person = year, person
        self.claims = [] if claims is None else claims
        self.mother = mother
        self.children = [] if children is None else children
        self.given = given
