"""Every kiosk page at the four kiosk sizes, in both languages: nothing cut or elided,
text at least 20 pt, touch targets at least 72 px, and a large screen's space used.

A page is walked to by the window's own buttons (a session that passes every page), then
each visible widget is measured: a wrapped label must get the height its words need at
its width, a one-line label or a button the width of its words, a headline figure
(`FitLabel`) must fit whole, and everything outside a scroll area must lie on the screen.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect

from gui import kiosk_fixtures
from jxdesk.gui.kiosk import style
from jxdesk.gui.kiosk.base import FitLabel
from jxdesk.gui.kiosk.demo import EVERY_PAGE, Bill, Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QAbstractButton, QApplication, QLabel, QScrollArea, Qt, QWidget

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
SIZES = [(1024, 768), (1280, 800), (1366, 768), (1920, 1080)]


def scrolled(w: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's contents (may lie beyond the visible part)."""
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p.parentWidget(), QScrollArea) or isinstance(p, QScrollArea):
            return True
        p = p.parentWidget()
    return False


def problems(win: Any, root: QWidget | None = None) -> list[str]:
    """What is wrong with the page shown (or the full-screen message `root`)."""
    QApplication.processEvents()
    QApplication.processEvents()
    out = []
    hint = win.minimumSizeHint()
    if hint.width() > win.width() or hint.height() > win.height():
        out.append(f"the window needs {hint.width()}x{hint.height()}")
    screen = QRect(0, 0, win.width(), win.height())
    for w in (root or win).findChildren(QWidget):
        if not w.isVisibleTo(win) or not w.isVisible() or w.objectName() == "overlay":
            continue
        if root is None and any(o.isAncestorOf(w) for o in win.overlays):
            continue
        where = f"{type(w).__name__} {getattr(w, 'accessibleName', lambda: '')()!r}"
        if not scrolled(w, win):
            box = QRect(w.mapTo(win, QPoint(0, 0)), w.size())
            if not screen.contains(box):
                out.append(f"{where} off the screen: {box}")
            parent = w.parentWidget()
            for other in parent.findChildren(QWidget, options=DIRECT) if parent else ():
                if other is w or not other.isVisible() or other.objectName() == "overlay":
                    continue
                if id(other) < id(w) and other.geometry().intersects(w.geometry()):
                    out.append(f"{where} overlaps {type(other).__name__} {other.geometry()}")
        if isinstance(w, QLabel) and w.text():
            if w.font().pointSizeF() < style.MIN_BODY_PT:
                out.append(f"{where} in {w.font().pointSizeF()} pt")
            if isinstance(w, FitLabel):
                if not w.fits():
                    out.append(f"{where} does not fit in {w.width()} px")
            elif w.wordWrap():
                need = w.heightForWidth(w.contentsRect().width())
                if need > w.contentsRect().height() + 1:
                    out.append(f"{where} needs {need} px, has {w.contentsRect().height()}")
            elif w.sizeHint().width() > w.width() + 1:
                out.append(f"{where} needs {w.sizeHint().width()} px, has {w.width()}")
        if isinstance(w, QAbstractButton):
            if w.width() < style.MIN_TARGET_PX or w.height() < style.MIN_TARGET_PX:
                out.append(f"{where} is {w.width()}x{w.height()}")
            if w.text():  # the words inside the padding and border (see kiosk/style.py)
                words = w.fontMetrics().horizontalAdvance(w.text())
                inside = 2 * (11 if w.property("tight") else 25)
                if words > w.width() - inside:
                    out.append(f"{where}: its words need {words} px, it is {w.width()}")
            assert w.toolTip() == ""  # no small pop-ups
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits_every_kiosk_screen(qtbot, size, lang, pin_today) -> None:  # type: ignore[no-untyped-def]
    pin_today("2026-02-16")  # February: the year question is asked too (R19)
    win = kiosk_fixtures.make_kiosk(qtbot, size, lang)
    try:
        assert (win.width(), win.height()) == size
        found: dict[str, list[str]] = {}
        seen: list[Step] = []

        def check(step: Step) -> None:
            seen.append(step)
            found[step.name] = problems(win)

        fill(win, EVERY_PAGE, on_page=check)
        for step in (Step.BILLS, Step.EXPLAIN, Step.RULES):
            win.wipe()
            fill(win, EVERY_PAGE, stop=step)
            check(step)
        assert set(seen) == set(Step), set(Step) - set(seen)
        # the full-screen messages too: 重新开始？, the countdown, the crash message
        win.wipe()
        fill(win, EVERY_PAGE, stop=Step.KID_ORDER)
        win.restart.click()
        assert win.confirm.isVisible()
        found["confirm"] = problems(win, win.confirm)
        win.confirm.second.click()
        win._warn(30)
        found["idle"] = problems(win, win.countdown)
        win.countdown.hide()
        win.recover()
        found["crash"] = problems(win, win.crash)
        assert {k: v for k, v in found.items() if v} == {}
        tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win]
        assert tops == []
    finally:
        kiosk_fixtures.close_kiosk(win)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_a_huge_bill_is_never_cut(qtbot, size) -> None:  # type: ignore[no-untyped-def]
    """12,345,678.90 is shown whole (never '45,678.90 元'), on the keypad and the card."""
    win = kiosk_fixtures.make_kiosk(qtbot, size)
    try:
        s = Session(scheme="resident", bills=(Bill("outpatient", "level3", "local", "12345678.9"),))
        fill(win, s, stop=Step.AMOUNT)
        page = win.page
        for key in "12345678.9":
            page.keypad.keys[key].click()
        assert page.fields["total"].text() == "12,345,678.9 元"
        assert problems(win) == []
        page.next.click()
        from jxdesk.core.api import estimate

        m = estimate(win.flow.model.case(), win.flow.model.engine.params).medical
        assert m.out_of_pocket > 10_000_000
        card = win.page.cards["medical"]
        assert f"您自己付 {m.out_of_pocket:,.2f} 元" in card.text()
        assert card.figure.fits() and all(f.fits() for f in card.figures if f.isVisible())
        assert problems(win) == []
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_a_large_screen_draws_everything_larger(qtbot) -> None:  # type: ignore[no-untyped-def]
    small = kiosk_fixtures.make_kiosk(qtbot, (1280, 800))
    big = kiosk_fixtures.make_kiosk(qtbot, (1920, 1080))
    try:
        assert (small.scale, big.scale) == (1.0, 1.35)
        for win in (small, big):
            fill(win, EVERY_PAGE, stop=Step.KID_ORDER)
            QApplication.processEvents()
        ratio = big.page.title.font().pointSizeF() / small.page.title.font().pointSizeF()
        assert ratio == pytest.approx(1.35)
        tile_small, tile_big = small.page.tiles["1"], big.page.tiles["1"]
        assert tile_big.height() > tile_small.height() * 1.2  # the tiles take the room
        assert tile_big.width() > tile_small.width() * 1.3
    finally:
        kiosk_fixtures.close_kiosk(small)
        kiosk_fixtures.close_kiosk(big)
