"""The everyday reader of a case: builds case.py's objects without pydantic, or declines.

Why: importing pydantic and building the schema costs a `jxdesk calc` process some 60 ms,
and validating costs each line of a batch about 30 µs, against 45 µs for a plain reading of
the whole case (issue 11's speed bars). Nearly every case is valid, so this reader takes
the valid ones and leaves everything else to the schema.

It only vouches, never refuses: `read_case` returns None for anything it is not sure of
(a value of another type, an unknown field, a bad amount, …), and the caller then asks the
pydantic schema (models.py), which stays the reference and words every problem. So the
reader can never accept less than the schema, and may not accept more: for every input it
reads, the schema must accept it too and give an equal case (tests/core/test_fastread.py
checks this on generated and mutated cases). Money and dates use the schema's grammar
(grammar.py). The cross-field checks (checks.py) run on its case exactly as on the
schema's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from jxdesk.core.case import ZERO, Case, Child, Claim, Enrollment, Mother, Person
from jxdesk.core.codes import ClaimKind, Facility, MedicalAid, Place, Route, Scheme
from jxdesk.core.grammar import (
    FIRST_YEAR,
    LAST_YEAR,
    LEAVE_DAYS,
    MAX_CHILDREN,
    MAX_CLAIMS,
    MONTHS,
    ORDER,
    Unreadable,
    read_date,
    read_money,
)

T = TypeVar("T")


class _Decline(Exception):
    """Not sure: the schema decides."""


def _enum(table: dict[str, T]) -> Callable[[Any], T]:
    def read(value: Any) -> T:
        if value.__class__ is str:
            member = table.get(value)
            if member is not None:
                return member
        raise _Decline

    return read


def _bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise _Decline


def _money(value: Any) -> Decimal:
    try:
        return read_money(value)
    except Unreadable:
        raise _Decline from None


def _money_or_none(value: Any) -> Decimal | None:
    return None if value is None else _money(value)


def _day(value: Any) -> date:
    # A str, or exactly a date: a datetime is a date too, and the schema reads it its way.
    if value.__class__ is not str and value.__class__ is not date:
        raise _Decline
    try:
        return read_date(value)
    except Unreadable:
        raise _Decline from None


def _day_or_none(value: Any) -> date | None:
    return None if value is None else _day(value)


def _int(bounds: tuple[int, int]) -> Callable[[Any], int]:
    low, high = bounds

    def read(value: Any) -> int:
        if value.__class__ is int and low <= value <= high:
            result: int = value
            return result
        raise _Decline

    return read


def _int_or_none(bounds: tuple[int, int]) -> Callable[[Any], int | None]:
    read = _int(bounds)
    return lambda value: None if value is None else read(value)


_SCHEME = _enum({m.value: m for m in Scheme})
_AID = _enum({m.value: m for m in MedicalAid})
_KIND = _enum({m.value: m for m in ClaimKind})
_FACILITY = _enum({m.value: m for m in Facility})
_PLACE = _enum({m.value: m for m in Place})
_ROUTE = _enum({m.value: m for m in Route})

# Each object is read by a function written out for it: a generic field loop cost as much
# as the whole pydantic validation (~20 µs a case). Optional fields are read only when given.

_ENROLLMENT_KEYS = frozenset({"route", "date"})


def _enrollment(raw: Any) -> Enrollment:
    if raw.__class__ is not dict or not raw.keys() <= _ENROLLMENT_KEYS or "route" not in raw:
        raise _Decline
    day = raw.get("date")
    return Enrollment(
        route=_ROUTE(raw["route"]),
        date=None if day is None else _day(day),
        given=frozenset(raw),
    )


_PERSON_KEYS = frozenset(
    {
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
    }
)


def _person(raw: Any) -> Person:
    if raw.__class__ is not dict or not raw.keys() <= _PERSON_KEYS or "scheme" not in raw:
        raise _Decline
    g = raw.get
    born, base, aid = g("birth_date"), g("contribution_base"), g("medical_aid")
    person = Person(
        scheme=_SCHEME(raw["scheme"]),
        birth_date=None if born is None else _day(born),
        medical_aid=MedicalAid.NONE if "medical_aid" not in raw else _AID(aid),
        contribution_base=None if base is None else _money(base),
        given=frozenset(raw),
    )
    if "account_balance" in raw:
        person.account_balance = _money(raw["account_balance"])
    if "prior_account_balance" in raw:
        person.prior_account_balance = _money(raw["prior_account_balance"])
    if "enrollment" in raw:
        person.enrollment = _enrollment(raw["enrollment"])
    for name in (
        "hukou_jiaxing",
        "disabled_certified",
        "family_planning_special",
        "pre1949_worker",
        "targeted_child_illness",
        "estimate_account",
    ):
        if name in raw:
            setattr(person, name, _bool(raw[name]))
    return person


_CLAIM_KEYS = frozenset({"kind", "facility", "place", "eligible", "excluded", "date"})


def _claim(raw: Any) -> Claim:
    if (
        raw.__class__ is not dict
        or not raw.keys() <= _CLAIM_KEYS
        or "kind" not in raw
        or "facility" not in raw
        or "eligible" not in raw
    ):
        raise _Decline
    day = raw.get("date")
    return Claim(
        kind=_KIND(raw["kind"]),
        facility=_FACILITY(raw["facility"]),
        place=_PLACE(raw["place"]) if "place" in raw else Place.LOCAL,
        eligible=_money(raw["eligible"]),
        excluded=_money(raw["excluded"]) if "excluded" in raw else ZERO,
        date=None if day is None else _day(day),
        given=frozenset(raw),
    )


_MOTHER_KEYS = frozenset(
    {
        "scheme",
        "hukou_jiaxing",
        "contribution_base",
        "continuous_months",
        "difficult_labour",
        "leave_days",
    }
)
_MONTHS, _LEAVE_DAYS = _int(MONTHS), _int_or_none(LEAVE_DAYS)


def _mother(raw: Any) -> Mother | None:
    if raw is None:
        return None
    if raw.__class__ is not dict or not raw.keys() <= _MOTHER_KEYS or "scheme" not in raw:
        raise _Decline
    g = raw.get
    base = g("contribution_base")
    return Mother(
        scheme=_SCHEME(raw["scheme"]),
        hukou_jiaxing=_bool(raw["hukou_jiaxing"]) if "hukou_jiaxing" in raw else True,
        contribution_base=None if base is None else _money(base),
        continuous_months=_MONTHS(raw["continuous_months"]) if "continuous_months" in raw else 0,
        difficult_labour=_bool(raw["difficult_labour"]) if "difficult_labour" in raw else False,
        leave_days=_LEAVE_DAYS(g("leave_days")),
        given=frozenset(raw),
    )


_CHILD_KEYS = frozenset(
    {"birth_date", "order", "registered_in_jiaxing", "resident_insured", "disabled_certified"}
)
_ORDER = _int(ORDER)


def _child(raw: Any) -> Child:
    if (
        raw.__class__ is not dict
        or not raw.keys() <= _CHILD_KEYS
        or "birth_date" not in raw
        or "order" not in raw
    ):
        raise _Decline
    g = raw.get
    return Child(
        birth_date=_day(raw["birth_date"]),
        order=_ORDER(raw["order"]),
        registered_in_jiaxing=_bool(g("registered_in_jiaxing", True)),
        resident_insured=_bool(g("resident_insured", True)),
        disabled_certified=_bool(g("disabled_certified", False)),
        given=frozenset(raw),
    )


def _list(read: Callable[[Any], T], raw: Any, most: int) -> list[T]:
    if raw.__class__ is not list or len(raw) > most:
        raise _Decline
    return [read(item) for item in raw]


_CASE_KEYS = frozenset({"year", "person", "claims", "mother", "children"})
_YEAR = _int((FIRST_YEAR, LAST_YEAR))


def read_case(data: Any) -> Case | None:
    """The case, when every field is certainly valid on its own; None to ask the schema.

    The cross-field checks (checks.check_case) are not made here: the caller makes them,
    on this case as on the schema's."""
    if (
        data.__class__ is not dict
        or not data.keys() <= _CASE_KEYS
        or "year" not in data
        or "person" not in data
    ):
        return None
    try:
        return Case(
            year=_YEAR(data["year"]),
            person=_person(data["person"]),
            claims=_list(_claim, data["claims"], MAX_CLAIMS) if "claims" in data else [],
            mother=_mother(data.get("mother")),
            children=_list(_child, data["children"], MAX_CHILDREN) if "children" in data else [],
            given=frozenset(data),
        )
    except _Decline:
        return None
