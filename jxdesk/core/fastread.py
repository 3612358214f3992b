"""The everyday reader of a case: builds case.py's objects without pydantic, or declines.

Why: importing pydantic and building the schema costs a `jxdesk calc` process some 60 ms,
and validating cost each line of a batch about 30 µs (this reader: ~7 µs), against 45 µs
for a plain reading of the whole case (issue 11's speed bars). Nearly every case is valid,
so this reader takes the valid ones and leaves everything else to the schema.

It only vouches, never refuses: `read_case` returns None for anything it is not sure of
(a value of another type, an unknown field, a bad amount, …), and the caller then asks the
pydantic schema (models.py), which stays the reference and words every problem. So the
reader can never accept less than the schema, and may not accept more: for every input it
reads, the schema must accept it too and give an equal case (tests/core/test_fastread.py
checks this on generated and mutated cases). Money and dates use the schema's grammar
(grammar.py). The cross-field checks (checks.py) run on its case exactly as on the
schema's. It also reads the values orjson parses a batch line into (api.validate_text), and
so declines every float: see `_money`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from jxdesk.core.case import ANNUAL, ZERO, Case, Child, Claim, Enrollment, Mother, Person
from jxdesk.core.codes import ClaimKind, Facility, MedicalAid, Place, Route, Scheme
from jxdesk.core.grammar import (
    DAYS_READ,
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

P = TypeVar("P")


class _Decline(Exception):
    """Not sure: the schema decides (as on grammar.Unreadable, or a required field missing)."""


def _bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise _Decline


_day_read = DAYS_READ.get


def _day(value: Any) -> date:
    # A str, or exactly a date: a datetime is a date too, and the schema reads it its way.
    if value.__class__ is str:
        day = _day_read(value)  # read_date's own memory of the spelling: a call less
        return read_date(value) if day is None else day
    if value.__class__ is date:
        return value  # as read_date returns it
    raise _Decline


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


def _shapes(required: tuple[str, ...], optional: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The `given` of an object for each choice of its optional fields, by bit mask (bit i:
    optional[i] is given): shared, so that an object's `given` costs no frozenset of its own
    (~0.2 µs each, as much as reading the rest of a claim)."""
    return tuple(
        frozenset(required + tuple(k for i, k in enumerate(optional) if mask >> i & 1))
        for mask in range(1 << len(optional))
    )


# The codes by their values. An unknown value is a KeyError, a value that is no key at all
# (a list) a TypeError: both decline. A lookup finds what the schema's does (a str subclass
# or another enum's member of the same value reads as the code, tests/core/test_fastread.py).
_SCHEMES = {m.value: m for m in Scheme}
_AIDS = {m.value: m for m in MedicalAid}
_KINDS = {m.value: m for m in ClaimKind}
_FACILITIES = {m.value: m for m in Facility}
_PLACES = {m.value: m for m in Place}
_ROUTES = {m.value: m for m in Route}


def _money(value: Any) -> Decimal:
    if value.__class__ is str:
        # read_money's shortcut for the commonest spelling ("1234.56"), here: a call less
        whole, _, decimals = value.partition(".")
        if (
            len(decimals) == 2
            and 0 < len(whole) <= 8
            and whole.isascii()
            and whole.isdigit()
            and decimals.isascii()
            and decimals.isdigit()
        ):
            return Decimal(value)
    elif value.__class__ is float:
        # A float declines: parse_json reads every JSON number with a fraction as a Decimal,
        # and the batch's quicker parser (api.validate_text's `loads`) as a float, which
        # must then be read the reference way.
        raise _Decline
    return read_money(value)  # its Unreadable declines too: read_case catches it


# Each object is read by a function written out for it: a generic field loop cost as much
# as the whole pydantic validation (~20 µs a case). Objects are made without their
# __init__ (object.__new__, then every slot set): a call with keywords costs ~0.7 µs, as
# much as reading a claim's fields. Where an object's keys are counted (`len(raw) != ...`),
# the count is that of its required keys plus the optional ones found: as every required
# key is then read (a KeyError declines), no other key can be there.
_new = object.__new__
_ENROLLMENT_GIVEN = _shapes(("route",), ("date",))


def _enrollment(raw: Any) -> Enrollment:
    if raw.__class__ is not dict:
        raise _Decline
    has_date = "date" in raw
    if len(raw) != 1 + has_date:
        raise _Decline
    enrollment = _new(Enrollment)
    enrollment.route = _ROUTES[raw["route"]]
    day = raw.get("date")
    enrollment.date = None if day is None else _day(day)
    enrollment.given = _ENROLLMENT_GIVEN[has_date]
    return enrollment


_PERSON_KEYS = frozenset(Person.FIELDS)


def _person(raw: Any) -> Person:
    if raw.__class__ is not dict:
        raise _Decline
    given = frozenset(raw)  # one a case: not worth 4,096 shared shapes
    if not given <= _PERSON_KEYS:
        raise _Decline
    g = raw.get
    person = _new(Person)
    person.scheme = _SCHEMES[raw["scheme"]]
    born = g("birth_date")
    person.birth_date = None if born is None else _day(born)
    person.hukou_jiaxing = _bool(g("hukou_jiaxing", True))
    person.medical_aid = _AIDS[raw["medical_aid"]] if "medical_aid" in given else MedicalAid.NONE
    person.disabled_certified = _bool(g("disabled_certified", False))
    person.family_planning_special = _bool(g("family_planning_special", False))
    person.pre1949_worker = _bool(g("pre1949_worker", False))
    person.targeted_child_illness = _bool(g("targeted_child_illness", False))
    person.account_balance = _money(raw["account_balance"]) if "account_balance" in given else ZERO
    person.prior_account_balance = (
        _money(raw["prior_account_balance"]) if "prior_account_balance" in given else ZERO
    )
    person.estimate_account = _bool(g("estimate_account", False))
    base = g("contribution_base")
    person.contribution_base = None if base is None else _money(base)
    person.enrollment = _enrollment(raw["enrollment"]) if "enrollment" in given else ANNUAL
    person.given = given
    return person


_CLAIM_GIVEN = _shapes(("kind", "facility", "eligible"), ("place", "excluded", "date"))


def _claim(raw: Any) -> Claim:
    if raw.__class__ is not dict:
        raise _Decline
    has_place, has_excluded, has_date = "place" in raw, "excluded" in raw, "date" in raw
    if len(raw) != 3 + has_place + has_excluded + has_date:
        raise _Decline
    claim = _new(Claim)
    claim.kind = _KINDS[raw["kind"]]
    claim.facility = _FACILITIES[raw["facility"]]
    claim.place = _PLACES[raw["place"]] if has_place else Place.LOCAL
    claim.eligible = _money(raw["eligible"])
    claim.excluded = _money(raw["excluded"]) if has_excluded else ZERO
    day = raw.get("date")
    claim.date = None if day is None else _day(day)
    claim.given = _CLAIM_GIVEN[has_place | has_excluded << 1 | has_date << 2]
    return claim


_MOTHER_KEYS = frozenset(Mother.FIELDS)
_MONTHS, _LEAVE_DAYS = _int(MONTHS), _int_or_none(LEAVE_DAYS)


def _mother(raw: Any) -> Mother | None:
    if raw is None:
        return None
    if raw.__class__ is not dict:
        raise _Decline
    given = frozenset(raw)
    if not given <= _MOTHER_KEYS:
        raise _Decline
    g = raw.get
    mother = _new(Mother)
    mother.scheme = _SCHEMES[raw["scheme"]]
    mother.hukou_jiaxing = _bool(g("hukou_jiaxing", True))
    base = g("contribution_base")
    mother.contribution_base = None if base is None else _money(base)
    mother.continuous_months = _MONTHS(g("continuous_months", 0))
    mother.difficult_labour = _bool(g("difficult_labour", False))
    mother.leave_days = _LEAVE_DAYS(g("leave_days"))
    mother.given = given
    return mother


_CHILD_GIVEN = _shapes(
    ("birth_date", "order"), ("registered_in_jiaxing", "resident_insured", "disabled_certified")
)
_ORDER = _int(ORDER)


def _child(raw: Any) -> Child:
    if raw.__class__ is not dict:
        raise _Decline
    has_registered = "registered_in_jiaxing" in raw
    has_insured, has_disabled = "resident_insured" in raw, "disabled_certified" in raw
    if len(raw) != 2 + has_registered + has_insured + has_disabled:
        raise _Decline
    g = raw.get
    child = _new(Child)
    child.birth_date = _day(raw["birth_date"])
    child.order = _ORDER(raw["order"])
    child.registered_in_jiaxing = _bool(g("registered_in_jiaxing", True))
    child.resident_insured = _bool(g("resident_insured", True))
    child.disabled_certified = _bool(g("disabled_certified", False))
    child.given = _CHILD_GIVEN[has_registered | has_insured << 1 | has_disabled << 2]
    return child


def _list(read: Callable[[Any], P], raw: Any, most: int) -> list[P]:
    if raw.__class__ is not list or len(raw) > most:
        raise _Decline
    return [read(item) for item in raw]


_CASE_GIVEN = _shapes(("year", "person"), ("claims", "mother", "children"))
_YEAR = _int((FIRST_YEAR, LAST_YEAR))


def read_case(data: Any) -> Case | None:
    """The case, when every field is certainly valid on its own; None to ask the schema.

    The cross-field checks (checks.check_case) are not made here: the caller makes them,
    on this case as on the schema's."""
    if data.__class__ is not dict:
        return None
    has_claims, has_mother, has_children = "claims" in data, "mother" in data, "children" in data
    if len(data) != 2 + has_claims + has_mother + has_children:
        return None
    try:
        case = _new(Case)
        case.year = _YEAR(data["year"])
        case.person = _person(data["person"])
        case.claims = _list(_claim, data["claims"], MAX_CLAIMS) if has_claims else []
        case.mother = _mother(data.get("mother"))
        case.children = _list(_child, data["children"], MAX_CHILDREN) if has_children else []
        case.given = _CASE_GIVEN[has_claims | has_mother << 1 | has_children << 2]
    except (_Decline, Unreadable, KeyError, TypeError):
        return None
    return case
