"""What the person answered, as plain data, and the contract's case built from it.

Pages write these fields; `to_case` turns them into the case dict the core validates
(shared/contract.md), `from_case` reads a case file back into answers. Qt-free.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from jxdesk.gui.codes import EMPLOYEE_SCHEMES, FIRST_YEAR

# Plain classes, not dataclasses: this module is imported before the first paint, and
# `dataclasses` (with the code it generates per class) costs start-up ~6 ms. They keep
# what the pages and tests rely on: keyword or positional construction with defaults,
# `==` field by field, a readable repr.


class _Record:
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class ClaimAnswer(_Record):
    def __init__(
        self,
        kind: str = "outpatient",
        facility: str = "primary",
        place: str = "local",
        eligible: str = "",
        excluded: str = "",
        date: str = "",
    ) -> None:
        self.kind = kind
        self.facility = facility
        self.place = place
        self.eligible = eligible
        self.excluded = excluded
        self.date = date


class ChildAnswer(_Record):
    def __init__(
        self,
        birth_date: str = f"{FIRST_YEAR}-01-01",
        order: int = 1,
        registered_in_jiaxing: bool = True,
        resident_insured: bool = True,
        disabled_certified: bool = False,
    ) -> None:
        self.birth_date = birth_date
        self.order = order
        self.registered_in_jiaxing = registered_in_jiaxing
        self.resident_insured = resident_insured
        self.disabled_certified = disabled_certified


class MotherAnswer(_Record):
    def __init__(
        self,
        include: bool = True,
        scheme: str = "employee",
        hukou_jiaxing: bool = True,
        contribution_base: str = "",
        continuous_months: int = 12,
        difficult_labour: bool = False,
        leave_days: int | None = None,
    ) -> None:
        self.include = include
        self.scheme = scheme
        self.hukou_jiaxing = hukou_jiaxing
        self.contribution_base = contribution_base
        self.continuous_months = continuous_months
        self.difficult_labour = difficult_labour
        self.leave_days = leave_days


class Answers(_Record):
    def __init__(
        self,
        year: int = FIRST_YEAR,
        scheme: str = "employee",
        birth_date: str = "",
        hukou_jiaxing: bool = True,
        medical_aid: str = "none",
        disabled_certified: bool = False,
        family_planning_special: bool = False,
        pre1949_worker: bool = False,
        targeted_child_illness: bool = False,
        account_balance: str = "",
        has_children: bool = False,
        claims: list[ClaimAnswer] | None = None,
        children: list[ChildAnswer] | None = None,
        mother: MotherAnswer | None = None,
    ) -> None:
        self.year = year
        self.scheme = scheme
        self.birth_date = birth_date
        self.hukou_jiaxing = hukou_jiaxing
        self.medical_aid = medical_aid
        self.disabled_certified = disabled_certified
        self.family_planning_special = family_planning_special
        self.pre1949_worker = pre1949_worker
        self.targeted_child_illness = targeted_child_illness
        self.account_balance = account_balance
        self.has_children = has_children
        self.claims: list[ClaimAnswer] = [] if claims is None else claims
        self.children: list[ChildAnswer] = [] if children is None else children
        self.mother: MotherAnswer = MotherAnswer() if mother is None else mother

    @property
    def has_account(self) -> bool:
        return self.scheme in EMPLOYEE_SCHEMES

    def copy(self) -> Answers:
        import copy

        return copy.deepcopy(self)


def clean_money(text: str) -> str:
    """What a person types as an amount, as the contract writes it.

    Full-width digits (from a Chinese input method) become ASCII; grouping commas,
    spaces and a trailing 元 are dropped. Anything else is left for the core to reject
    with its own message.
    """
    s = unicodedata.normalize("NFKC", text).strip()
    for junk in (",", " ", "\u3000", "元", "¥", "￥"):
        s = s.replace(junk, "")
    s = s.replace("。", ".")
    return s


def _money_field(out: dict[str, Any], key: str, text: str) -> None:
    cleaned = clean_money(text)
    if cleaned:
        out[key] = cleaned


def claim_to_case(c: ClaimAnswer) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": c.kind, "facility": c.facility, "place": c.place}
    _money_field(out, "eligible", c.eligible)  # left out when empty: the core says "required"
    _money_field(out, "excluded", c.excluded)
    if c.date.strip():
        out["date"] = unicodedata.normalize("NFKC", c.date).strip()
    return out


def to_case(a: Answers) -> dict[str, Any]:
    person: dict[str, Any] = {
        "scheme": a.scheme,
        "hukou_jiaxing": a.hukou_jiaxing,
        "medical_aid": a.medical_aid,
        "disabled_certified": a.disabled_certified,
        "family_planning_special": a.family_planning_special,
        "pre1949_worker": a.pre1949_worker,
        "targeted_child_illness": a.targeted_child_illness,
    }
    if a.birth_date.strip():
        person["birth_date"] = unicodedata.normalize("NFKC", a.birth_date).strip()
    if a.has_account:  # only employee schemes have an account; the field is hidden otherwise
        _money_field(person, "account_balance", a.account_balance)
    case: dict[str, Any] = {
        "year": a.year,
        "person": person,
        "claims": [claim_to_case(c) for c in a.claims],
    }
    if a.has_children:
        case["children"] = [
            {
                "birth_date": ch.birth_date,
                "order": ch.order,
                "registered_in_jiaxing": ch.registered_in_jiaxing,
                "resident_insured": ch.resident_insured,
                "disabled_certified": ch.disabled_certified,
            }
            for ch in a.children
        ]
        m = a.mother
        if m.include:
            mother: dict[str, Any] = {
                "scheme": m.scheme,
                "hukou_jiaxing": m.hukou_jiaxing,
                "continuous_months": m.continuous_months,
                "difficult_labour": m.difficult_labour,
                "leave_days": m.leave_days,
            }
            _money_field(mother, "contribution_base", m.contribution_base)
            case["mother"] = mother
    return case


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def from_case(data: dict[str, Any]) -> Answers:
    """Answers from a case the core has accepted (defaults where a field is left out)."""
    p = data.get("person") or {}
    a = Answers(
        year=int(data.get("year", FIRST_YEAR)),
        scheme=str(p.get("scheme", "employee")),
        birth_date=_text(p.get("birth_date")),
        hukou_jiaxing=bool(p.get("hukou_jiaxing", True)),
        medical_aid=str(p.get("medical_aid", "none")),
        disabled_certified=bool(p.get("disabled_certified", False)),
        family_planning_special=bool(p.get("family_planning_special", False)),
        pre1949_worker=bool(p.get("pre1949_worker", False)),
        targeted_child_illness=bool(p.get("targeted_child_illness", False)),
        account_balance=_text(p.get("account_balance")),
    )
    for c in data.get("claims") or []:
        a.claims.append(
            ClaimAnswer(
                kind=str(c["kind"]),
                facility=str(c["facility"]),
                place=str(c.get("place", "local")),
                eligible=_text(c.get("eligible")),
                excluded=_text(c.get("excluded")),
                date=_text(c.get("date")),
            )
        )
    for ch in data.get("children") or []:
        a.children.append(
            ChildAnswer(
                birth_date=str(ch["birth_date"]),
                order=int(ch["order"]),
                registered_in_jiaxing=bool(ch.get("registered_in_jiaxing", True)),
                resident_insured=bool(ch.get("resident_insured", True)),
                disabled_certified=bool(ch.get("disabled_certified", False)),
            )
        )
    m = data.get("mother")
    if m is not None:
        leave = m.get("leave_days")
        a.mother = MotherAnswer(
            include=True,
            scheme=str(m.get("scheme", "employee")),
            hukou_jiaxing=bool(m.get("hukou_jiaxing", True)),
            contribution_base=_text(m.get("contribution_base")),
            continuous_months=int(m.get("continuous_months", 0)),
            difficult_labour=bool(m.get("difficult_labour", False)),
            leave_days=None if leave is None else int(leave),
        )
    else:
        a.mother = MotherAnswer(include=False)
    a.has_children = bool(a.children) or m is not None
    return a
