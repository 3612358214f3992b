"""One kiosk session driven through the window's own buttons (the soak, the screenshots
and the tests use it): tap the tiles, type the figures on the keypad, read the result.

`tap` is how a button is pressed: `QAbstractButton.click` by default, a real mouse
event in the tests (which then also step the window's tap guard clock on)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jxdesk.gui.kiosk.amounts import KeypadPage
from jxdesk.gui.kiosk.choices import ChoicePage
from jxdesk.gui.kiosk.flow import UNKNOWN, Step
from jxdesk.gui.kiosk.reading import ExplainPage
from jxdesk.gui.kiosk.result import ResultPage
from jxdesk.gui.kiosk.window import KioskWindow
from jxdesk.gui.qt import QAbstractButton


@dataclass(frozen=True)
class Bill:
    kind: str
    tier: str
    place: str
    total: str  # the invoice's total
    excluded: str = ""  # of which 自费


@dataclass(frozen=True)
class Child:
    """A child as the family branch asks it; "unknown" answers 不知道 at that question."""

    when: str = "born"  # or "expected"
    year: str = "2025"
    month: str = "3"
    day: str = "10"
    order: str = "1"  # "1", "2", "3", "twins", "unknown"
    before_twins: str = "0"  # twins: children before them ("0", "1", "2", "unknown")
    registered: str = "yes"
    insured: str = "yes"


@dataclass(frozen=True)
class Family:
    children: tuple[Child, ...] = (Child(),)
    mother: str = "self"  # "self", "other", "unknown"
    mother_scheme: str = "employee"  # when "other"
    months: str = "12"  # "unknown": 不知道
    base: str = "8000"
    difficult: str = "no"


@dataclass(frozen=True)
class Session:
    scheme: str = "employee"
    account: str = "1500"
    aid: str = "none"
    family: Family | None = None  # None: 没有 (the branch skipped with one tap)
    bills: tuple[Bill, ...] = field(
        default_factory=lambda: (
            Bill("inpatient", "level3", "local", "74719.28", "1200"),
            Bill("outpatient", "primary", "local", "300"),
        )
    )


#: passes every page: an employee with a card balance, twins after one child, their
#: mother someone else (a daughter-in-law, say), a hospital stay and a clinic visit
EVERY_PAGE = Session(
    scheme="employee",
    account="1500",
    family=Family(
        (Child(order="twins", before_twins="1", year="2025", month="6", day="18"),),
        mother="other",
        mother_scheme="employee",
        months="24",
        base="9000",
    ),
    bills=(
        Bill("inpatient", "level3", "local", "60000", "5000"),
        Bill("outpatient", "primary", "local", "300"),
    ),
)
#: the issue's young mother: 灵活就业, base 4,500, 14 months, a second child 2025-03-10
YOUNG_MOTHER = Session(
    scheme="flexible",
    account="800",
    family=Family((Child(order="2"),), mother="self", months="14", base="4500"),
    bills=(Bill("inpatient", "level2", "local", "12000", "1500"),),
)


Tap = Callable[[QAbstractButton], None]


def _click(b: QAbstractButton) -> None:
    b.click()


def type_figure(page: KeypadPage, name: str, text: str, tap: Tap = _click) -> None:
    tap(page.fields[name])
    tap(page.keypad.keys["clear"])
    for ch in text:
        tap(page.keypad.keys[ch])


type_amount = type_figure  # (the older name)


def choose(win: KioskWindow, code: str, tap: Tap = _click) -> None:
    page = win.page
    assert isinstance(page, ChoicePage), win.flow.step
    tap(page.tiles[code])


class Stop(Exception):
    """The page asked for is showing."""


def fill(
    win: KioskWindow,
    s: Session = Session(),
    tap: Tap = _click,
    stop: Step | None = None,
    on_page: Callable[[Step], None] | None = None,
) -> None:
    """From the first page to the result (or up to the page `stop`); `on_page` is called
    on each page before it is answered."""
    try:
        _fill(win, s, tap, stop, on_page)
    except Stop:
        return


def _fill(
    win: KioskWindow,
    s: Session,
    tap: Tap,
    stop: Step | None,
    on_page: Callable[[Step], None] | None,
) -> None:
    seen: list[Step] = []

    def at() -> None:
        step = win.flow.step
        if on_page is not None and step not in seen:
            seen.append(step)
            on_page(step)
        if step is stop:
            raise Stop

    def answer(code: str) -> None:
        at()
        choose(win, code, tap)

    def keypad(name: str, text: str) -> None:
        at()
        page = win.page
        assert isinstance(page, KeypadPage), win.flow.step
        if text == UNKNOWN:
            assert page.skip is not None
            tap(page.skip)
            return
        type_figure(page, name, text, tap)
        tap(page.next)

    if win.flow.step is Step.YEAR:  # (January to March) this year's costs
        answer(win.page.visible_choices()[0])  # type: ignore[attr-defined]
    answer(s.scheme)
    if win.flow.step is Step.ACCOUNT:
        keypad("account_balance", s.account)
    answer(s.aid)
    fam = s.family
    if fam is None:
        answer("none")
    else:
        for i, child in enumerate(fam.children):
            if i:
                answer("more_born" if child.when == "born" else "more_expected")
            else:
                answer(child.when)
            for code in (child.year, child.month, child.day):
                answer(code)
                if code == UNKNOWN:
                    break
            answer(child.order)
            if child.order == "twins":
                answer(child.before_twins)
            answer(child.registered)
            answer(child.insured)
        answer("no_more")
        answer(fam.mother)
        if win.flow.step is Step.MOTHER_SCHEME:
            answer(fam.mother_scheme)
        if win.flow.step is Step.MOTHER_MONTHS:
            keypad("months", fam.months)
            keypad("base", fam.base)
            answer(fam.difficult)
    if not s.bills:
        answer("no_bill")
    for i, bill in enumerate(s.bills):
        if i:
            at()
            result = win.page
            assert isinstance(result, ResultPage), win.flow.step
            tap(result.add)
        answer(bill.kind)
        if win.flow.step is Step.TIER:
            answer(bill.tier)
        answer(bill.place)
        at()
        page = win.page
        assert isinstance(page, KeypadPage), win.flow.step
        type_figure(page, "total", bill.total, tap)
        if bill.excluded:
            type_figure(page, "excluded", bill.excluded, tap)
        at()
        tap(page.next)
    assert win.flow.step is Step.RESULT, win.flow.step
    at()
    result = win.page
    assert isinstance(result, ResultPage)
    if stop is Step.BILLS:
        tap(result.see_bills)
    elif stop in (Step.EXPLAIN, Step.RULES):  # 为什么是这个数？, then 规则依据
        tap(result.why)
        if stop is Step.RULES:
            explain = win.page
            assert isinstance(explain, ExplainPage)
            tap(explain.rules)
    at()
    if stop is not None:
        raise AssertionError(f"{stop} was not reached: {win.flow.step}")


def session(win: KioskWindow, s: Session = Session(), tap: Tap = _click) -> None:
    """Fill, see the result, press 完成 (which wipes)."""
    fill(win, s, tap)
    assert isinstance(win.page, ResultPage)
    tap(win.restart)  # 完成，清空
