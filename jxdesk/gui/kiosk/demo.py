"""One kiosk session driven through the window's own buttons (the soak, the screenshots
and the tests use it): tap the tiles, type the amounts on the keypad, read the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.pages import ChoicePage, KeypadPage, ResultPage
from jxdesk.gui.kiosk.reading import ExplainPage
from jxdesk.gui.kiosk.window import KioskWindow
from jxdesk.gui.qt import QAbstractButton


@dataclass(frozen=True)
class Bill:
    kind: str
    tier: str
    place: str
    eligible: str
    excluded: str = ""


@dataclass(frozen=True)
class Session:
    scheme: str = "employee"
    account: str = "1500"
    aid: str = "none"
    bills: tuple[Bill, ...] = field(
        default_factory=lambda: (
            Bill("inpatient", "level3", "local", "73519.28", "1200"),
            Bill("outpatient", "primary", "local", "300"),
        )
    )


Tap = Callable[[QAbstractButton], None]


def _click(b: QAbstractButton) -> None:
    b.click()


def type_amount(page: KeypadPage, name: str, text: str, tap: Tap = _click) -> None:
    tap(page.fields[name])
    tap(page.keypad.keys["clear"])
    for ch in text:
        tap(page.keypad.keys[ch])


def choose(win: KioskWindow, code: str, tap: Tap = _click) -> None:
    page = win.page
    assert isinstance(page, ChoicePage), win.flow.step
    tap(page.tiles[code])


def fill(
    win: KioskWindow, s: Session = Session(), tap: Tap = _click, stop: Step | None = None
) -> None:
    """From the first page to the result (or up to the page `stop`)."""

    def at(step: Step) -> bool:
        return win.flow.step is step and step is stop

    if at(Step.SCHEME):
        return
    choose(win, s.scheme, tap)
    if win.flow.step is Step.ACCOUNT:
        page = win.page
        assert isinstance(page, KeypadPage)
        type_amount(page, "account_balance", s.account, tap)
        if at(Step.ACCOUNT):
            return
        tap(page.next)
    if at(Step.AID):
        return
    choose(win, s.aid, tap)
    for i, bill in enumerate(s.bills):
        if i:
            result = win.page
            assert isinstance(result, ResultPage)
            tap(result.add)
        if at(Step.KIND):
            return
        choose(win, bill.kind, tap)
        if win.flow.step is Step.TIER:
            if at(Step.TIER):
                return
            choose(win, bill.tier, tap)
        if at(Step.PLACE):
            return
        choose(win, bill.place, tap)
        page = win.page
        assert isinstance(page, KeypadPage)
        type_amount(page, "eligible", bill.eligible, tap)
        if bill.excluded:
            type_amount(page, "excluded", bill.excluded, tap)
        if at(Step.AMOUNT):
            return
        tap(page.next)
    assert win.flow.step is Step.RESULT, win.flow.step
    if stop in (Step.EXPLAIN, Step.RULES):  # 为什么是这个数？, then 规则依据
        result = win.page
        assert isinstance(result, ResultPage)
        tap(result.why)
        if stop is Step.RULES:
            explain = win.page
            assert isinstance(explain, ExplainPage)
            tap(explain.rules)
        assert win.page.step is stop, win.flow.step


def session(win: KioskWindow, s: Session = Session(), tap: Tap = _click) -> None:
    """Fill, see the result, press 完成 (which wipes)."""
    fill(win, s, tap)
    assert isinstance(win.page, ResultPage)
    tap(win.restart)  # 完成，清空
