"""Issue 20 on an upright terminal (1080 × 1920): the question pages use the height, and a
keypad page says nothing is wrong before the person has done anything. By taps."""

from __future__ import annotations

from typing import Any

from gui import kiosk_fixtures

from jxdesk.gui.kiosk.demo import EVERY_PAGE, Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QApplication

tapper = kiosk_fixtures.tapper


def upright(qtbot: Any, lang: str = "zh") -> Any:
    return kiosk_fixtures.make_kiosk(qtbot, (1080, 1920), lang)


def test_no_error_on_arrival_nor_for_a_field_only_moved_past(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = upright(qtbot)
    try:
        tap = tapper(qtbot, win)
        fill(win, Session(), tap, stop=Step.AMOUNT)
        page = win.page
        QApplication.processEvents()
        assert not page.error.isVisible()  # on arrival
        assert not page.fields["total"].property("invalid")
        tap(page.fields["excluded"])  # straight to the second field, nothing typed
        assert not page.error.isVisible()
        tap(page.fields["total"])
        tap(page.fields["excluded"])
        assert not page.error.isVisible()
        tap(page.next)  # 下一步 with no total: now it is said, on the total's field
        assert win.flow.step is Step.AMOUNT
        assert page.error.isVisible() and page.error.accessibleName() == "请填写发票总金额"
        assert page.fields["total"].property("invalid")
        tap(page.fields["total"])
        for k in "300":
            tap(page.keypad.keys[k])
        assert not page.error.isVisible()
        tap(page.next)
        assert win.flow.step is Step.RESULT
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_a_total_typed_then_cleared_is_said_once_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = upright(qtbot)
    try:
        tap = tapper(qtbot, win)
        fill(win, Session(), tap, stop=Step.AMOUNT)
        page = win.page
        tap(page.keypad.keys["5"])
        tap(page.keypad.keys["back"])
        assert not page.error.isVisible()  # (still in the field: it may be typed again)
        tap(page.fields["excluded"])
        assert page.error.accessibleName() == "请填写发票总金额"
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_each_keypad_page_is_quiet_on_arrival(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = upright(qtbot)
    try:
        tap = tapper(qtbot, win)
        for step in (Step.ACCOUNT, Step.MOTHER_MONTHS, Step.MOTHER_BASE, Step.AMOUNT):
            win.wipe()
            fill(win, EVERY_PAGE, tap, stop=step)
            QApplication.processEvents()
            assert win.flow.step is step
            assert not win.page.error.isVisible(), (step, win.page.error.accessibleName())
    finally:
        kiosk_fixtures.close_kiosk(win)
