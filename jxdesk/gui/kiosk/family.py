"""The family branch's answers, as the kiosk asks them, and what they put into the case.
Qt-free.

The kiosk asks one thing a page and every question can be answered 不知道, so it keeps
its own record of the answers (`Kid`, `MotherInfo`: None is "not known") and writes the
part the core can estimate into the shared `Answers` (`write_family`):

- a child whose birth date or birth order is not known is left out of the case (nothing
  can be estimated for it) and the result says so;
- "registered in Jiaxing" or "enrolled in 居民医保" not known: the case says no (the core
  then grants nothing that needs it) and the result says what could not be estimated;
- the mother is in the case only when her insurance is known and, for the two schemes
  that pay 生育津贴 (职工医保, 灵活就业), her months and contribution base too; a difficult
  labour not known counts as none, and the result says the allowance may be higher.

`family_notes` lists what could not be estimated, as (card, word key, {fields}) for the
result page to say plainly; nothing unknown is ever shown as 0.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from jxdesk.gui.answers import Answers, ChildAnswer, MotherAnswer, clean_money
from jxdesk.gui.clock import birth_years
from jxdesk.gui.codes import FIRST_YEAR

#: the mother's schemes that pay 生育津贴 (第四十条); the others are asked no more
WORKING = ("employee", "flexible")
MOTHER_SCHEMES = ("employee", "flexible", "resident", "none")
ORDER_CAP = 3  # 第3个及以上 (R11: orders above 3 count as 3)


class Kid:
    """One answer to "a child born in recent years or on the way" (twins: one Kid, two children)."""

    def __init__(self, expected: bool = False) -> None:
        self.expected = expected
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.date_unknown = False
        self.order: int | None = None  # 1, 2, 3 (3 or more); None: not known (yet)
        self.twins = False
        self.order_asked = False  # the order question was answered (maybe 不知道)
        self.registered: bool | None = None
        self.insured: bool | None = None
        self.done = False  # every question of this child answered

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Kid) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Kid({vars(self)!r})"

    @property
    def birth_date(self) -> str | None:
        if self.date_unknown or None in (self.year, self.month, self.day):
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def orders(self) -> tuple[int, ...]:
        """The birth orders this answer stands for (twins: two)."""
        if self.order is None:
            return ()
        return (self.order, self.order + 1) if self.twins else (self.order,)

    @property
    def estimable(self) -> bool:
        return self.birth_date is not None and self.order is not None


class MotherInfo:
    def __init__(self) -> None:
        self.who: str | None = None  # "self", "other", "unknown"; None: not asked yet
        self.scheme: str | None = None  # a MOTHER_SCHEMES code; None: not known
        self.months: str = ""  # as typed; "" with `months_unknown`: not known
        self.months_unknown = False
        self.base: str = ""
        self.base_unknown = False
        self.difficult: bool | None = None
        self.difficult_asked = False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MotherInfo) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    @property
    def working(self) -> bool:
        return self.scheme in WORKING


def years(expected: bool, year: int = FIRST_YEAR) -> tuple[int, ...]:
    """The years offered (R19, `clock.birth_years`): a birth from three years before the
    settlement year (R14: the national 育儿补贴 of a child under three) up to this year, an
    expected one from this year to the year after the settlement year (R18)."""
    return birth_years(year, expected)


def days_in(year: int | None, month: int | None) -> int:
    if year is None or month is None:
        return 31
    return calendar.monthrange(year, month)[1]


def count_text(text: str) -> int | None:
    cleaned = clean_money(text)
    return int(cleaned) if cleaned.isdigit() else None


def write_family(answers: Answers, kids: list[Kid], mother: MotherInfo) -> None:
    """Put what can be estimated into the answers (see the module's notes)."""
    children: list[ChildAnswer] = []
    for kid in kids:
        born = kid.birth_date
        if born is None:
            continue
        for order in kid.orders():
            children.append(
                ChildAnswer(
                    birth_date=born,
                    order=order,
                    registered_in_jiaxing=kid.registered is True,
                    resident_insured=kid.insured is True,
                )
            )
    answers.children = children
    answers.has_children = bool(children)
    m = answers.mother
    scheme = answers.scheme if mother.who == "self" else mother.scheme
    months = count_text(mother.months) if not mother.months_unknown else None
    base = clean_money(mother.base) if not mother.base_unknown else ""
    known = mother.who in ("self", "other") and scheme is not None
    if known and scheme in WORKING:
        known = months is not None and bool(base)
    if known and children:
        assert scheme is not None
        answers.mother = MotherAnswer(
            include=True,
            scheme=scheme,
            hukou_jiaxing=m.hukou_jiaxing,
            contribution_base=base if scheme in WORKING else "",
            continuous_months=months or 0,
            difficult_labour=mother.difficult is True,
        )
    else:
        answers.mother = MotherAnswer(include=False)


class Note(NamedTuple):
    card: str  # "fertility" or "premium"
    key: str  # the word to say
    n: int  # the child it concerns (1-based), 0 for none


def family_notes(kids: list[Kid], mother: MotherInfo, person_scheme: str) -> Iterator[Note]:
    """What the answers leave unknown, card by card, in the order the questions came."""
    for i, kid in enumerate(kids, start=1):
        if kid.birth_date is None:
            yield Note("fertility", "unknown_date", i)
            continue
        if kid.order is None:
            yield Note("fertility", "unknown_order", i)
            continue
        if kid.registered is None:
            yield Note("fertility", "unknown_registered", i)
        if kid.insured is None:
            yield Note("premium", "unknown_insured", i)
        elif kid.registered is None:
            yield Note("premium", "unknown_registered_premium", i)
    if not any(k.estimable for k in kids):
        return
    scheme = person_scheme if mother.who == "self" else mother.scheme
    if mother.who in (None, "unknown") or scheme is None:
        yield Note("fertility", "unknown_mother", 0)
        return
    if scheme not in WORKING:
        return
    months_ok = not mother.months_unknown and count_text(mother.months) is not None
    base_ok = not mother.base_unknown and bool(clean_money(mother.base))
    if not months_ok:
        yield Note("fertility", "unknown_months", 0)
    if not base_ok:
        yield Note("fertility", "unknown_base", 0)
    if months_ok and base_ok and mother.difficult is None:
        yield Note("fertility", "unknown_difficult", 0)


def twin_of(index: int, kids: Sequence[Kid]) -> tuple[int, int]:
    """The case's child `index` as (the kid's number as asked, 1-based; 0 for a single
    child, 1 or 2 for the first or second twin)."""
    at = 0
    for n, kid in enumerate(kids, start=1):
        if kid.birth_date is None:
            continue
        count = len(kid.orders())
        if index < at + count:
            return n, (index - at + 1) if kid.twins and count == 2 else 0
        at += count
    return index + 1, 0
