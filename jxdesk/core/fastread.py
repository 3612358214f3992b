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

from jxdesk.core.case import Case, Child, Claim, Enrollment, Mother, Person
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

Fields = dict[str, Callable[[Any], Any]]


def _fields(raw: Any, readers: Fields, required: tuple[str, ...]) -> dict[str, Any]:
    """Each field of `raw` read by its reader; declines on a missing or unknown field."""
    if raw.__class__ is not dict:
        raise _Decline
    out: dict[str, Any] = {}
    for name, value in raw.items():
        reader = readers.get(name)
        if reader is None:
            raise _Decline
        out[name] = reader(value)
    for name in required:
        if name not in out:
            raise _Decline
    return out


def _enrollment(raw: Any) -> Enrollment:
    values = _fields(raw, {"route": _ROUTE, "date": _day_or_none}, ("route",))
    return Enrollment(**values, given=frozenset(values))


_PERSON: Fields = {
    "scheme": _SCHEME,
    "birth_date": _day_or_none,
    "hukou_jiaxing": _bool,
    "medical_aid": _AID,
    "disabled_certified": _bool,
    "family_planning_special": _bool,
    "pre1949_worker": _bool,
    "targeted_child_illness": _bool,
    "account_balance": _money,
    "prior_account_balance": _money,
    "estimate_account": _bool,
    "contribution_base": _money_or_none,
    "enrollment": _enrollment,
}
_CLAIM: Fields = {
    "kind": _KIND,
    "facility": _FACILITY,
    "place": _PLACE,
    "eligible": _money,
    "excluded": _money,
    "date": _day_or_none,
}
_MOTHER: Fields = {
    "scheme": _SCHEME,
    "hukou_jiaxing": _bool,
    "contribution_base": _money_or_none,
    "continuous_months": _int(MONTHS),
    "difficult_labour": _bool,
    "leave_days": _int_or_none(LEAVE_DAYS),
}
_CHILD: Fields = {
    "birth_date": _day,
    "order": _int(ORDER),
    "registered_in_jiaxing": _bool,
    "resident_insured": _bool,
    "disabled_certified": _bool,
}


def _person(raw: Any) -> Person:
    values = _fields(raw, _PERSON, ("scheme",))
    return Person(**values, given=frozenset(values))


def _claim(raw: Any) -> Claim:
    values = _fields(raw, _CLAIM, ("kind", "facility", "eligible"))
    return Claim(**values, given=frozenset(values))


def _mother(raw: Any) -> Mother | None:
    if raw is None:
        return None
    values = _fields(raw, _MOTHER, ("scheme",))
    return Mother(**values, given=frozenset(values))


def _child(raw: Any) -> Child:
    values = _fields(raw, _CHILD, ("birth_date", "order"))
    return Child(**values, given=frozenset(values))


def _list(read: Callable[[Any], T], most: int) -> Callable[[Any], list[T]]:
    def read_all(raw: Any) -> list[T]:
        if raw.__class__ is not list or len(raw) > most:
            raise _Decline
        return [read(item) for item in raw]

    return read_all


_CASE: Fields = {
    "year": _int((FIRST_YEAR, LAST_YEAR)),
    "person": _person,
    "claims": _list(_claim, MAX_CLAIMS),
    "mother": _mother,
    "children": _list(_child, MAX_CHILDREN),
}


def read_case(data: Any) -> Case | None:
    """The case, when every field is certainly valid on its own; None to ask the schema.

    The cross-field checks (checks.check_case) are not made here: the caller makes them,
    on this case as on the schema's."""
    try:
        values = _fields(data, _CASE, ("year", "person"))
    except _Decline:
        return None
    return Case(**values, given=frozenset(values))
