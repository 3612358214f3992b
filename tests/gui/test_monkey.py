"""A seeded monkey: 5,000 random clicks, touches and keys over every page, in the kiosk
and at the counter. No exception may escape, no blocking pop-up may appear, and the
app still answers afterwards (a full session gives the core's figures)."""

from __future__ import annotations

import io
import random
import time

import pytest
import shiboken6
from pytestqt.qt_compat import qt_api

from gui import kiosk_fixtures
from jxdesk.gui.crash import CrashGuard
from jxdesk.gui.kiosk.demo import EVERY_PAGE, fill, session
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    Qt,
    QTimer,
    QWidget,
)
from jxdesk.gui.viewmodel import Page

EVENTS = 5000  # per mode
# distinct buttons a run must press: about half of what a seeded run presses (81 in the
# kiosk, 37 at the counter, measured 2026-12-01), so layout changes do not trip it
KIOSK_BUTTONS, COUNTER_BUTTONS = 40, 20
DEBUG = bool(__import__("os").environ.get("MONKEY_DEBUG"))
SEED = 20250401
QTest = qt_api.QtTest.QTest
QPoint = qt_api.QtCore.QPoint
QMenu = qt_api.QtWidgets.QMenu
M = Qt.KeyboardModifier
KEYS = [
    (Qt.Key.Key_Return, M.NoModifier),
    (Qt.Key.Key_Enter, M.NoModifier),
    (Qt.Key.Key_Escape, M.NoModifier),
    (Qt.Key.Key_Tab, M.NoModifier),
    (Qt.Key.Key_Backtab, M.ShiftModifier),
    (Qt.Key.Key_Backspace, M.NoModifier),
    (Qt.Key.Key_Delete, M.NoModifier),
    (Qt.Key.Key_Space, M.NoModifier),
    (Qt.Key.Key_Up, M.NoModifier),
    (Qt.Key.Key_Down, M.NoModifier),
    (Qt.Key.Key_Left, M.NoModifier),
    (Qt.Key.Key_Right, M.NoModifier),
    (Qt.Key.Key_Period, M.NoModifier),
    (Qt.Key.Key_Minus, M.NoModifier),
    (Qt.Key.Key_A, M.NoModifier),
    (Qt.Key.Key_E, M.NoModifier),
    *((Qt.Key(Qt.Key.Key_0.value + d), M.NoModifier) for d in range(10)),
    (Qt.Key.Key_N, M.ControlModifier),
    (Qt.Key.Key_N, M.ControlModifier | M.ShiftModifier),
    (Qt.Key.Key_1, M.ControlModifier),
    (Qt.Key.Key_2, M.ControlModifier),
    (Qt.Key.Key_3, M.ControlModifier),
    (Qt.Key.Key_4, M.ControlModifier),
    (Qt.Key.Key_Return, M.ControlModifier),
    (Qt.Key.Key_P, M.ControlModifier),
    (Qt.Key.Key_S, M.ControlModifier),
    (Qt.Key.Key_Delete, M.ControlModifier),
    (Qt.Key.Key_Up, M.ControlModifier),
    (Qt.Key.Key_F4, M.AltModifier),
    (Qt.Key.Key_Q, M.ControlModifier),
]

kiosk = kiosk_fixtures.kiosk  # the fixture


class Monkey:
    def __init__(self, window: QWidget, seed: int) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.touch = QTest.createTouchDevice()
        self.counts = {"button": 0, "click": 0, "touch": 0, "key": 0}
        self.pressed: set[str] = set()  # the distinct buttons pressed (class and text)
        # A pressed tool button with a menu (the calendar's month and year) runs the menu's
        # own event loop until something is chosen: a person clicks elsewhere, this closes it.
        self.menus_closed = 0
        self.closer = QTimer()
        self.closer.setInterval(50)
        self.closer.timeout.connect(self.close_menu)
        self.closer.start()

    def close_menu(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            popup.close()
            self.menus_closed += 1

    def target(self) -> QWidget:
        """The pop-up or dialog on top, if one is open, else the window."""
        tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window]
        return tops[-1] if tops else self.window

    def point(self, w: QWidget) -> QPoint:
        return QPoint(self.rng.randrange(max(1, w.width())), self.rng.randrange(max(1, w.height())))

    def event(self) -> None:
        rng, target = self.rng, self.target()
        r = rng.random()
        if r < 0.45:
            buttons = [
                b for b in target.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
            ]
            if buttons:
                b = rng.choice(buttons)
                self.pressed.add(f"{type(b).__name__}:{b.objectName() or b.text()}")
                QTest.mouseClick(b, Qt.MouseButton.LeftButton, M.NoModifier, self.point(b))
                self.counts["button"] += 1
                return
        if r < 0.65:
            pos = self.point(target)
            child = target.childAt(pos) or target
            local = child.mapFrom(target, pos) if child is not target else pos
            QTest.mouseClick(child, Qt.MouseButton.LeftButton, M.NoModifier, local)
            self.counts["click"] += 1
        elif r < 0.8:
            pos = self.point(target)
            QTest.touchEvent(target, self.touch).press(0, pos, target).commit()
            if shiboken6.isValid(target):  # a press can close the pop-up it landed on
                QTest.touchEvent(target, self.touch).release(0, pos, target).commit()
            self.counts["touch"] += 1
        else:
            key, mods = rng.choice(KEYS)
            if DEBUG:
                w = QApplication.focusWidget() or target
                print("key", key, mods, type(w).__name__, w.objectName(), flush=True)
            QTest.keyClick(QApplication.focusWidget() or target, key, mods)
            self.counts["key"] += 1

    def run(self, n: int, jump) -> dict[str, int]:  # type: ignore[no-untyped-def]
        for i in range(n):
            if i % 200 == 0:
                jump(self.rng)
            self.event()
            if not self.window.isVisible():  # 退出 at the counter: open the window again
                self.window.show()
        QApplication.processEvents()
        return dict(self.counts)


def assert_it_got_around(monkey: Monkey, counts: dict[str, int], buttons: int) -> None:
    """The monkey really did all four kinds of input, and pressed many different buttons
    (a monkey stuck on one page, or whose events went nowhere, fails here)."""
    assert sum(counts.values()) == EVENTS, counts
    assert min(counts.values()) >= EVENTS // 20, counts
    assert len(monkey.pressed) >= buttons, sorted(monkey.pressed)


@pytest.fixture
def guard():  # type: ignore[no-untyped-def]
    log = io.StringIO()
    g = CrashGuard(lambda: None, mode="monkey", log=log).install()
    yield g
    g.uninstall()


@pytest.fixture
def february(monkeypatch):  # type: ignore[no-untyped-def]
    """A February day (before the kiosk is made): the year question is among the pages."""
    monkeypatch.setenv("JXDESK_TODAY", "2026-02-16")


@pytest.mark.qt_no_exception_capture
def test_monkey_in_the_kiosk(qtbot, february, kiosk, guard) -> None:  # type: ignore[no-untyped-def]
    kiosk.idle.idle_ms, kiosk.idle.countdown_ms = 700, 500  # the countdown and wipe happen too
    kiosk.start()
    steps = list(Step)

    def jump(rng: random.Random) -> None:  # to a random page, by the kiosk's own buttons
        kiosk.wipe()
        step = rng.choice(steps)
        if step is not kiosk.flow.step:  # (the year question first, in February)
            fill(kiosk, EVERY_PAGE, stop=step)  # (a session that passes every page)

    start = time.perf_counter()
    monkey = Monkey(kiosk, SEED)
    # a finger's pace on the kiosk's tap-guard clock: 0.3 s an event, so the second of two
    # quick taps after a page change is dropped (the guard) and the next one is not
    event = monkey.event

    def paced() -> None:
        kiosk.guard.clock.ahead += 0.3
        event()

    monkey.event = paced  # type: ignore[method-assign]
    counts = monkey.run(EVENTS, jump)
    took = time.perf_counter() - start
    print(f"kiosk monkey: {counts}, {len(monkey.pressed)} buttons, in {took:.1f} s")
    assert kiosk.guard.dropped > 0  # the guard was in the way of some double taps
    assert_it_got_around(monkey, counts, buttons=KIOSK_BUTTONS)
    assert guard.count == 0, guard.log.getvalue()
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not kiosk]
    assert tops == [], "the kiosk opened a pop-up"
    assert kiosk.isVisible()
    kiosk.wipe()
    session(kiosk)  # fill, result, 完成
    assert kiosk.flow.pristine and kiosk.wipes > 0


@pytest.mark.qt_no_exception_capture
def test_monkey_at_the_counter(qtbot, wizard, guard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The print dialog blocks, and a file dialog would let the monkey rename or delete real
    # files: both stand aside (the buttons that open them are still pressed).
    import jxdesk.gui.counter.printing
    from jxdesk.gui.counter.session import install_counter

    printed: list[int] = []
    monkeypatch.setattr(jxdesk.gui.counter.printing, "print_report", lambda *a: printed.append(1))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    for name in ("open", "exec", "show"):
        monkeypatch.setattr(QFileDialog, name, lambda self, *a: printed.append(2))
    wizard.complete()
    counter = install_counter(wizard, guard=False)
    wizard.language_requested.connect(lambda lang: wizard.model.set_lang(lang))

    def jump(rng: random.Random) -> None:
        for w in QApplication.topLevelWidgets():  # an explanation left open
            if w is not wizard and w.isVisible():
                w.close()
        if rng.random() < 0.4:  # 新建 now and then, as a clerk would between citizens
            counter.new_case()
        counter.go(rng.choice(list(Page)))

    start = time.perf_counter()
    monkey = Monkey(wizard, SEED + 1)
    counts = monkey.run(EVENTS, jump)
    took = time.perf_counter() - start
    print(f"counter monkey: {counts}, {len(monkey.pressed)} buttons, in {took:.1f} s")
    assert_it_got_around(monkey, counts, buttons=COUNTER_BUTTONS)
    assert guard.count == 0, guard.log.getvalue()
    # still answers: a new case (its question answered 不保存 / Don't save: the monkey may
    # leave the counter in either language), a claim, the results
    counter.new_case()
    box = wizard.quit_box
    if box is not None:
        discard = next(b for b in box.buttons() if b.text() in ("不保存", "Don't save"))
        assert box.buttonRole(discard) == QMessageBox.ButtonRole.DestructiveRole
        discard.click()
    assert wizard.model.answers.claims == []
    counter.add_claim()
    table = wizard.claims.table
    table.cellWidget(table.rowCount() - 1, 3).setText("5000")
    wizard.model.answers.claims[-1].eligible = "5000"
    wizard.model.changed()
    wizard.to_results()
    assert wizard.currentId() == Page.RESULTS
    assert wizard.model.result() is not None and wizard.model.result().medical.eligible == 5000
