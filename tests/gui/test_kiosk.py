"""Kiosk mode: a whole session by touch, the keypad, elder-friendly sizes, idle wipe,
完成/重新开始, no way out, and a crash that returns to a wiped first page."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest

from gui import kiosk_fixtures
from jxdesk.gui import theme
from jxdesk.gui.answers import Answers, to_case
from jxdesk.gui.kiosk import entry, style
from jxdesk.gui.kiosk.config import KioskConfig, resolve
from jxdesk.gui.kiosk.demo import Bill, Session, fill, session
from jxdesk.gui.kiosk.flow import KioskFlow, Step
from jxdesk.gui.qt import QApplication, Qt
from jxdesk.gui.viewmodel import WizardModel

kiosk = kiosk_fixtures.kiosk  # the fixture


tapper = kiosk_fixtures.tapper


# ---- Qt-free parts
def test_the_keypad_only_makes_amounts_the_core_accepts() -> None:
    def typed(keys: list[str]) -> str:
        text = ""
        for k in keys:
            text = entry.press(text, k)
        return text

    assert typed(["7", "3", "5", "1", "9", ".", "2", "8", "9"]) == "73519.28"
    assert typed(["0", "0", "5"]) == "5"
    assert typed([".", "5"]) == "0.5"
    assert typed(["1", ".", ".", "2"]) == "1.2"
    assert typed(["1", "00", entry.BACKSPACE]) == "10"
    assert typed(["9"] * 12) == "9" * entry.MAX_WHOLE
    assert typed(["1", "2", entry.CLEAR]) == ""
    assert entry.grouped("73519.2") == "73,519.2" and entry.grouped("") == ""


def test_idle_times_come_from_flags_then_the_environment() -> None:
    assert resolve(env={}) == KioskConfig(90.0, 30.0)
    env = {"JXDESK_IDLE_SECONDS": "120", "JXDESK_COUNTDOWN_SECONDS": "nonsense"}
    assert resolve(env=env) == KioskConfig(120.0, 30.0)
    assert resolve(45, 10, env=env) == KioskConfig(45.0, 10.0)
    assert resolve(-1, 0, env={}) == KioskConfig(90.0, 30.0)


def test_the_command_line_asks_for_the_kiosk() -> None:
    from jxdesk.gui.app import Mode, parse_args

    o = parse_args(["--kiosk", "--idle-seconds", "5", "--countdown-seconds", "2"])
    assert (o.mode, o.kiosk, o.idle_seconds, o.countdown_seconds) == (Mode.KIOSK, True, 5, 2)
    assert parse_args([]).mode is Mode.WINDOW
    shot = parse_args(
        ["--kiosk", "--case", "c.json", "--screenshot", "s.png", "--geometry", "1024x768"]
    )
    assert (shot.mode, shot.kiosk, shot.geometry) == (Mode.SCREENSHOT, True, (1024, 768))
    assert parse_args(["--geometry", "1920X1080"]).geometry == (1920, 1080)
    for bad in ("1024", "1024x", "x768", "10x10", "axb"):
        with pytest.raises(SystemExit) as stop:
            parse_args(["--geometry", bad])
        assert stop.value.code == 2


def test_the_flow_drops_an_unconfirmed_claim_on_the_way_back() -> None:
    f = KioskFlow(WizardModel())
    f.choose_scheme("resident")
    assert f.step is Step.AID  # no card account for residents
    f.choose_aid("none")
    assert f.step is Step.FAMILY
    f.choose_family("none")  # no child: the family branch is one tap
    assert f.step is Step.KIND and len(f.model.answers.claims) == 1
    f.choose_kind("home_bed")
    assert f.step is Step.PLACE  # one tier only: the picture page is skipped
    f.back()
    f.back()
    assert f.step is Step.FAMILY and f.model.answers.claims == []
    assert f.number == 3  # 第 3 步: scheme, aid, family (no account page was asked)
    f.wipe()
    assert f.pristine and f.model.answers == Answers()


def test_kiosk_colours_are_readable() -> None:
    low = [(fg, bg) for fg, bg in style.TEXT_PAIRS if theme.contrast(fg, bg) < 4.5]
    assert low == []


# ---- the window
def test_a_session_by_touch_gives_the_cores_figures(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="employee",
        account="1500",
        bills=(
            Bill("inpatient", "level3", "referred", "74719.28", "1200"),  # total, 自费
            Bill("outpatient", "pharmacy", "local", "300"),
        ),
    )
    fill(kiosk, s, tapper(qtbot))
    assert kiosk.flow.step is Step.RESULT
    case = to_case(kiosk.flow.model.answers)
    assert case["person"]["account_balance"] == "1500"
    assert [c["facility"] for c in case["claims"]] == ["level3", "pharmacy"]
    assert case["claims"][0] == {
        "kind": "inpatient",
        "facility": "level3",
        "place": "referred",
        "eligible": "73519.28",
        "excluded": "1200",
    }
    from jxdesk.core.api import estimate

    expected = estimate(case, kiosk.flow.model.engine.params).medical
    card = kiosk.page.cards["medical"]
    assert f"您自己付 {expected.out_of_pocket:,.2f} 元" in card.text()
    assert expected.out_of_pocket > 0 and expected.fund > 0
    paid = expected.fund + expected.account + expected.critical_illness + expected.medical_aid
    assert card.figure.text() == f"{paid:,.2f} 元"


def test_remove_a_bill_undo_and_add_another(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, Session(), tap, stop=Step.BILLS)
    page = kiosk.page
    claims = kiosk.flow.model.answers.claims
    first = claims[0]
    assert not page.undo_bar.isVisible()
    tap(page.row_buttons(0, "remove"))
    assert claims == kiosk.flow.model.answers.claims and len(claims) == 1
    assert page.undo_bar.isVisible() and "74,719.28" in page.undo_text.accessibleName()
    tap(page.undo)  # 撤销: the bill is back where it was
    assert kiosk.flow.model.answers.claims[0] is first and len(claims) == 2
    assert not page.undo_bar.isVisible()
    tap(page.row_buttons(1, "remove"))
    tap(page.add)
    assert kiosk.flow.step is Step.KIND
    tap(kiosk.back)  # a bill never confirmed is dropped
    assert kiosk.flow.step is Step.BILLS and len(kiosk.flow.model.answers.claims) == 1


def test_amount_page_needs_the_invoice_total(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, Session(), tap, stop=Step.AMOUNT)
    page = kiosk.page
    tap(page.fields["total"])
    tap(page.keypad.keys["clear"])
    assert not page.error.isVisible()  # (nothing typed yet: nothing is wrong yet)
    tap(page.next)  # pressed too soon: it says what is missing, and stays
    assert kiosk.flow.step is Step.AMOUNT and page.error.accessibleName() == "请填写发票总金额"
    for k in "12.345":
        tap(page.keypad.keys[k])
    assert kiosk.flow.claim.total == "12.34" and kiosk.flow.claim.eligible == "12.34"
    assert page.fields["total"].text() == "12.34 元" and not page.error.isVisible()
    tap(page.fields["excluded"])
    for k in "20":  # 自费 more than the total: said, and 下一步 waits
        tap(page.keypad.keys[k])
    assert "自费不能比总金额多" in page.error.accessibleName()
    tap(page.next)
    assert kiosk.flow.step is Step.AMOUNT
    tap(page.keypad.keys["back"])
    assert kiosk.flow.claim.eligible == "10.34" and not page.error.isVisible()
    assert "医保范围内：10.34 元" in page.derived.accessibleName()
    tap(page.next)
    assert kiosk.flow.step is Step.RESULT


def test_idle_countdown_then_wipe(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.idle.idle_ms, kiosk.idle.countdown_ms = 150, 400
    kiosk.start()
    fill(kiosk, Session(), stop=Step.AMOUNT)
    qtbot.waitUntil(lambda: kiosk.countdown.isVisible(), timeout=3000)
    assert "秒后将清空" in kiosk.countdown.text.text()
    # a touch anywhere continues, and does nothing else
    qtbot.mouseClick(kiosk.countdown, Qt.MouseButton.LeftButton)
    assert not kiosk.countdown.isVisible() and kiosk.flow.step is Step.AMOUNT
    qtbot.waitUntil(lambda: kiosk.countdown.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: kiosk.flow.pristine, timeout=3000)
    assert kiosk.flow.model.answers == Answers() and not kiosk.countdown.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.pages[Step.SCHEME]
    # nothing to clear on a fresh first page: no countdown
    qtbot.wait(400)
    assert not kiosk.countdown.isVisible()


def test_done_and_restart_wipe_at_once_and_the_language_resets(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    tap(kiosk.language)
    assert kiosk.flow.model.lang == "en" and kiosk.language.text() == "中文"
    fill(kiosk, Session(), tap)
    assert kiosk.restart.text() == "Done, clear all"
    tap(kiosk.restart)
    assert kiosk.flow.pristine and kiosk.flow.model.lang == "zh"
    fill(kiosk, Session(), tap, stop=Step.TIER)
    tap(kiosk.restart)  # 重新开始 asks first
    assert kiosk.confirm.isVisible() and not kiosk.flow.pristine
    assert kiosk.confirm.title.accessibleName() == "要全部清空，重新开始吗？"
    tap(kiosk.confirm.second)  # 不，继续填写
    assert not kiosk.confirm.isVisible() and kiosk.flow.step is Step.TIER
    tap(kiosk.restart)
    tap(kiosk.confirm.button)  # 是，全部清空
    assert kiosk.flow.pristine and not kiosk.restart.isVisible()
    assert not kiosk.confirm.isVisible()


def test_there_is_no_way_out(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.close() is False and kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk.isVisible()
    kiosk.show_kiosk()
    qtbot.waitExposed(kiosk)
    flags = kiosk.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.isFullScreen()
    kiosk.showNormal()
    qtbot.waitUntil(kiosk.isFullScreen, timeout=2000)


def test_the_screen_sets_the_kiosks_size_even_a_small_one(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    # the test screen (800 x 800) is narrower than a landscape page's least width (1012 px):
    # the window once grew past it, and that resize dropped its full-screen state without a
    # WindowStateChange (the window stayed windowed, test_there_is_no_way_out failed now
    # and then); the window and Qt's own window now agree, and it is the screen's size
    kiosk.show_kiosk()
    qtbot.waitExposed(kiosk)
    screen = kiosk.screen().geometry()
    assert screen.width() < kiosk.minimumSizeHint().width()  # (what makes this a test)
    for _ in range(3):
        QApplication.processEvents()
        assert kiosk.size() == screen.size()
        assert kiosk.isFullScreen()
        assert kiosk.windowHandle().windowStates() & Qt.WindowState.WindowFullScreen


def test_the_kiosk_program_does_not_quit_when_its_window_closes(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`jxdesk --kiosk` (run in-process, smoke mode) turns off quit-on-last-window-closed."""
    import signal

    from jxdesk.gui.app import Language, Mode, Options
    from jxdesk.gui.kiosk import run
    from jxdesk.gui.kiosk.window import KioskWindow

    made: list[KioskWindow] = []

    class Recorded(KioskWindow):
        def __init__(self, *a, **k) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*a, **k)
            made.append(self)

    monkeypatch.setattr(run, "KioskWindow", Recorded)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    before = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(True)
    try:
        assert run.kiosk_main(qapp, Language(qapp), Options(Mode.SMOKE, kiosk=True)) == 0
        assert qapp.quitOnLastWindowClosed() is False
    finally:
        qapp.setQuitOnLastWindowClosed(before)
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        for win in made:
            win.hide()
            win.deleteLater()
    assert len(made) == 1


@pytest.mark.qt_no_exception_capture
def test_a_crash_shows_a_friendly_message_and_a_wiped_first_page(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.crash import CrashGuard

    log = io.StringIO()
    guard = CrashGuard(kiosk.recover, mode="kiosk", log=log).install()
    try:
        fill(kiosk, Session(), stop=Step.AMOUNT)
        page = kiosk.page

        def broken(key: str) -> None:
            raise RuntimeError(f"cannot add {key} to 73519.28")

        page.keypad.key_pressed.connect(broken)  # an error inside a slot
        tapper(qtbot)(page.keypad.keys["5"])
        qtbot.waitUntil(lambda: kiosk.crash.isVisible(), timeout=3000)
    finally:
        guard.uninstall()
    assert kiosk.flow.pristine and kiosk.flow.model.answers == Answers()
    assert kiosk.stack.currentWidget() is kiosk.pages[Step.SCHEME]
    assert "出了点问题" in kiosk.crash.title.text()
    assert guard.count == 1 and "RuntimeError" in log.getvalue()
    assert "73519" not in log.getvalue()  # the message (what was typed) is never logged
    qtbot.mouseClick(kiosk.crash.button, Qt.MouseButton.LeftButton)
    assert not kiosk.crash.isVisible()
    session(kiosk)  # and the kiosk still works
    assert kiosk.wipes >= 2


def test_qt_messages_are_logged_without_digits() -> None:
    from jxdesk.gui.crash import CrashGuard, scrub
    from jxdesk.gui.qt import QtMsgType

    log = io.StringIO()
    CrashGuard(lambda: None, log=log).qt_message(QtMsgType.QtWarningMsg, None, "bad 73519.28")
    assert log.getvalue().strip() == "jxdesk: qt warning: bad #####.##"
    assert scrub("a1b22") == "a#b##"


def test_kiosk_smoke_paints_and_exits_0() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "--kiosk", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_input_restarts_the_idle_clock(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    idle_ms = 800
    kiosk.idle.idle_ms, kiosk.idle.countdown_ms = idle_ms, 300
    warned: list[int] = []
    kiosk.idle.warn.connect(warned.append)
    kiosk.start()
    fill(kiosk, Session(), stop=Step.KIND)
    start = time.monotonic()
    # keep touching, every 150 ms, for well over the idle time: without the restart the
    # countdown (warn) would come after 800 ms and the wipe 300 ms later
    while time.monotonic() - start < 2.5 * idle_ms / 1000:
        qtbot.wait(150)
        qtbot.mouseClick(kiosk.pages[Step.KIND], Qt.MouseButton.LeftButton)
    assert warned == [] and not kiosk.countdown.isVisible()
    assert not kiosk.flow.pristine and kiosk.flow.step is Step.KIND
    # and once the touching stops, the countdown does come
    qtbot.waitUntil(lambda: kiosk.countdown.isVisible(), timeout=5000)
    assert len(warned) == 1
