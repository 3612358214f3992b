"""What the person answered, as plain data, and the contract's case built from it.

Pages write these fields; `to_case` turns them into the case dict the core validates
(docs/contract.md), `from_case` reads a case file back into answers. Qt-free.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from jxdesk.gui.clock import case_year, counter_years
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
        birth_date: str = "",
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
        continuous_months: int | str = "",
        difficult_labour: bool = False,
        leave_days: int | str | None = None,
    ) -> None:
        self.include = include
        self.scheme = scheme
        self.hukou_jiaxing = hukou_jiaxing
        self.contribution_base = contribution_base
        # as typed ("" until asked: the contract's default 0 would change the result)
        self.continuous_months = str(continuous_months)
        self.difficult_labour = difficult_labour
        self.leave_days = "" if leave_days is None else str(leave_days)  # "": by the rules


class Answers(_Record):
    def __init__(
        self,
        year: int | None = None,
        scheme: str = "employee",
        birth_date: str = "",
        hukou_jiaxing: bool = True,
        medical_aid: str = "none",
        disabled_certified: bool = False,
        family_planning_special: bool = False,
        pre1949_worker: bool = False,
        targeted_child_illness: bool = False,
        account_balance: str = "",
        prior_account_balance: str = "",
        estimate_account: bool = False,
        contribution_base: str = "",
        enrollment_route: str = "annual",
        enrollment_date: str = "",
        has_children: bool = False,
        claims: list[ClaimAnswer] | None = None,
        children: list[ChildAnswer] | None = None,
        mother: MotherAnswer | None = None,
    ) -> None:
        # a new case is for the current year by the clock (R19; `clock` is its one reader)
        self.year = case_year() if year is None else year
        # the 结算年度 field as typed when it is not a year offered ("": it shows `year`),
        # and the years offered: 2025 to this year by the clock, widened to a case's own
        # year (R19). A year typed outside them is kept and named, never clamped (issue 19).
        self.year_text = ""
        self.years: tuple[int, int] = counter_years(current=self.year)
        self.scheme = scheme
        self.birth_date = birth_date
        self.hukou_jiaxing = hukou_jiaxing
        self.medical_aid = medical_aid
        self.disabled_certified = disabled_certified
        self.family_planning_special = family_planning_special
        self.pre1949_worker = pre1949_worker
        self.targeted_child_illness = targeted_child_illness
        self.account_balance = account_balance
        self.prior_account_balance = prior_account_balance  # R16 历年个人账户
        self.estimate_account = estimate_account  # R17: the current-year balance is unknown
        self.contribution_base = contribution_base  # R17: the person's own monthly base
        self.enrollment_route = enrollment_route  # R15: how (and when) insurance started
        self.enrollment_date = enrollment_date
        self.has_children = has_children
        self.claims: list[ClaimAnswer] = [] if claims is None else claims
        self.children: list[ChildAnswer] = [] if children is None else children
        self.mother: MotherAnswer = MotherAnswer() if mother is None else mother

    @property
    def has_account(self) -> bool:
        return self.scheme in EMPLOYEE_SCHEMES

    @property
    def needs_base(self) -> bool:
        """R17: estimating the account of an employee or a flexible worker takes their base
        (a retiree's inflow is a fixed monthly sum)."""
        return self.has_account and self.estimate_account and self.scheme != "retiree"

    @property
    def insured(self) -> bool:
        return self.scheme != "none"

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


def clean_date(text: str) -> str:
    """A date as typed: full-width digits become ASCII, and eight digits (20250601) or
    dots and slashes (2025.6.1, 2025/06/01) become the contract's 2025-06-01. Anything
    else is left as typed, for the field check to name."""
    s = unicodedata.normalize("NFKC", text).strip()
    if len(s) == 8 and s.isdigit():
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    parts = s.replace("/", "-").replace(".", "-").split("-")
    digits = len(parts) == 3 and all(p.isdigit() for p in parts)
    if digits and len(parts[0]) == 4 and all(1 <= len(p) <= 2 for p in parts[1:]):
        return f"{parts[0]}-{int(parts[1]):02d}-{int(parts[2]):02d}"
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
        out["date"] = clean_date(c.date)
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
        person["birth_date"] = clean_date(a.birth_date)
    if a.has_account:  # only employee schemes have an account; the field is hidden otherwise
        if a.estimate_account:
            person["estimate_account"] = True
            if a.needs_base:
                _money_field(person, "contribution_base", a.contribution_base)
        else:
            _money_field(person, "account_balance", a.account_balance)
        prior = clean_money(a.prior_account_balance)
        if prior and prior not in ("0", "0.0", "0.00"):  # "0" is the default: left out
            person["prior_account_balance"] = prior
    if a.insured and a.enrollment_route != "annual":
        enrollment: dict[str, Any] = {"route": a.enrollment_route}
        if a.enrollment_date.strip():
            enrollment["date"] = clean_date(a.enrollment_date)
        person["enrollment"] = enrollment
    case: dict[str, Any] = {
        "year": a.year,
        "person": person,
        "claims": [claim_to_case(c) for c in a.claims],
    }
    if a.has_children:
        case["children"] = [
            {
                "birth_date": clean_date(ch.birth_date),
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
                "continuous_months": count_of(m.continuous_months) or 0,
                "difficult_labour": m.difficult_labour,
                "leave_days": count_of(m.leave_days) or None,  # 0 or empty: by the rules
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
        prior_account_balance=_text(p.get("prior_account_balance")),
        estimate_account=bool(p.get("estimate_account", False)),
        contribution_base=_text(p.get("contribution_base")),
    )
    enrollment = p.get("enrollment") or {}
    a.enrollment_route = str(enrollment.get("route", "annual"))
    a.enrollment_date = _text(enrollment.get("date"))
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
            continuous_months=_text(m.get("continuous_months", 0)),
            difficult_labour=bool(m.get("difficult_labour", False)),
            leave_days=_text(leave),
        )
    else:
        a.mother = MotherAnswer(include=False)
    a.has_children = bool(a.children) or m is not None
    return a


# ---- checks at the field, before the core sees the case
# The core refuses what the contract does not allow; these catch what a person types
# that the GUI would otherwise turn into a valid-looking case, or that the core words
# for a file rather than for a field: an amount in exponent or grouped-by-underscore
# form ("1e3", "1_000"), a date that is not one, a birth date before 1900 or after the
# settlement year. Messages in both languages (the view model shows the one in use).

BAD_MONEY = {
    "zh": "不是有效金额：请只填数字，例如 1200 或 1200.50",
    "en": "not a valid amount: digits only, e.g. 1200 or 1200.50",
}
BAD_DATE = {
    "zh": "不是有效日期：请按 2025-06-01 或 20250601 填写",
    "en": "not a valid date: type 2025-06-01 or 20250601",
}
TOO_EARLY = {"zh": "日期不能早于 1900-01-01", "en": "must not be before 1900-01-01"}
BORN_AFTER_YEAR = {
    "zh": "出生日期不能晚于结算年度（{year} 年）",
    "en": "must not be after the settlement year ({year})",
}
CHILD_TOO_LATE = {
    "zh": "出生日期不能晚于 {year} 年底（最多可提前估算一年）",
    "en": "must not be after the end of {year} (an expected birth up to a year ahead)",
}


NEED_MONTHS = {
    "zh": "请填写到分娩时连续缴费的月数（0 表示没有）",
    "en": "enter the months of unbroken contributions up to the birth (0 for none)",
}
BAD_COUNT = {
    "zh": "请填写 0 或正整数（不能为负数或小数）",
    "en": "enter 0 or a whole number (not negative, no decimals)",
}


YEAR_RANGE = {
    "zh": "请填写 {first}–{last} 年中的一年",
    "en": "enter a year from {first} to {last}",
}
YEAR_ONLY = {
    "zh": "本程序只能估算 {first} 年",
    "en": "this estimator covers {first} only",
}


def year_of(text: str, years: tuple[int, int]) -> int | None:
    """The year typed ("2026", full-width digits too) when it is one offered, else None."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not (t.isascii() and t.isdigit() and len(t) == 4):
        return None
    year = int(t)
    return year if years[0] <= year <= years[1] else None


def year_problem(years: tuple[int, int], lang: str) -> str:
    """What the 结算年度 field says when it holds something that is not a year offered."""
    first, last = years
    words = YEAR_ONLY if first == last else YEAR_RANGE
    return words["en" if lang == "en" else "zh"].format(first=first, last=last)


def count_of(text: str) -> int | None:
    """A whole number as typed ("12", " 12 "), else None."""
    t = text.strip()
    return int(t) if t.isascii() and t.isdigit() else None


def money_ok(text: str) -> bool:
    s = clean_money(text)
    if not s:
        return True  # empty: the core says whether the field is required
    body = s[1:] if s.startswith(("-", "+")) else s  # a sign: the core's own message
    whole, _, frac = body.partition(".")
    return bool(whole or frac) and (whole + frac).isdigit() and body.count(".") <= 1


def _date_problem(text: str, latest: tuple[int, str] | None, lang: str) -> str | None:
    """The problem of a typed date, or None; `latest` = (last year allowed, message)."""
    from datetime import date  # (not before the first paint)

    s = clean_date(text)
    if not s:
        return None
    try:
        day = date.fromisoformat(s) if len(s) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return BAD_DATE[lang]
    if day.year < 1900:
        return TOO_EARLY[lang]
    if latest is not None and day.year > latest[0]:
        return latest[1]
    return None


def longest_message(path: str, a: Answers, lang: str = "zh") -> str:
    """The longest message `field_problems` may give the field at `path` (the page keeps
    its lines free under the field: a message appearing moves nothing)."""
    lang = "en" if lang == "en" else "zh"
    dates = [BAD_DATE[lang], TOO_EARLY[lang]]
    money = [BAD_MONEY[lang]]
    found = {
        "year": [year_problem(a.years, lang)],
        "person.birth_date": [*dates, BORN_AFTER_YEAR[lang].format(year=a.year)],
        "person.enrollment.date": dates,
        "person.account_balance": money,
        "person.contribution_base": money,
        "person.prior_account_balance": money,
        "mother.contribution_base": money,
        "mother.continuous_months": [NEED_MONTHS[lang], BAD_COUNT[lang]],
        "mother.leave_days": [BAD_COUNT[lang]],
    }.get(path, [""])  # ("": the core's own message, one line kept)
    return max(found, key=len)


def field_problems(a: Answers, lang: str = "zh") -> list[tuple[str, str, str]]:
    """(path, code, message) for each field the person typed wrongly, in reading order."""
    lang = "en" if lang == "en" else "zh"
    out: list[tuple[str, str, str]] = []

    def money(path: str, text: str) -> None:
        if not money_ok(text):
            out.append((path, "money_format", BAD_MONEY[lang]))

    def day(path: str, text: str, latest: tuple[int, str] | None = None) -> None:
        problem = _date_problem(text, latest, lang)
        if problem is not None:
            out.append((path, "date_format", problem))

    if a.year_text:
        out.append(("year", "year_range", year_problem(a.years, lang)))
    born_late = (a.year, BORN_AFTER_YEAR[lang].format(year=a.year))
    day("person.birth_date", a.birth_date, born_late)
    if a.has_account:
        if a.estimate_account:
            if a.needs_base:
                money("person.contribution_base", a.contribution_base)
        else:
            money("person.account_balance", a.account_balance)
        money("person.prior_account_balance", a.prior_account_balance)
    if a.insured and a.enrollment_route != "annual":
        day("person.enrollment.date", a.enrollment_date)
    for i, c in enumerate(a.claims):
        money(f"claims[{i}].eligible", c.eligible)
        money(f"claims[{i}].excluded", c.excluded)
        day(f"claims[{i}].date", c.date)
    if a.has_children:
        child_late = (a.year + 1, CHILD_TOO_LATE[lang].format(year=a.year + 1))
        for i, ch in enumerate(a.children):
            day(f"children[{i}].birth_date", ch.birth_date, child_late)
        m = a.mother
        if m.include:
            money("mother.contribution_base", m.contribution_base)
            if not m.continuous_months.strip():
                out.append(("mother.continuous_months", "missing", NEED_MONTHS[lang]))
            elif count_of(m.continuous_months) is None:
                out.append(("mother.continuous_months", "count_format", BAD_COUNT[lang]))
            if m.leave_days.strip() and count_of(m.leave_days) is None:
                out.append(("mother.leave_days", "count_format", BAD_COUNT[lang]))
    return out
