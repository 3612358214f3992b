"""Shared set-up for the kiosk tests: a kiosk window on the offscreen screen, and `tapper`,
a real mouse click that first moves the window's tap-guard clock on by more than the
guard's half second (a person's pace: the guard itself is tested on its own)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest


class Clock:
    """time.monotonic, plus what the taps have moved it on."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.ahead


def make_kiosk(qtbot: Any, size: tuple[int, int] = (1280, 800), lang: str = "zh") -> Any:
    from jxdesk.gui import theme
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.kiosk.window import KioskWindow
    from jxdesk.gui.qt import QApplication
    from jxdesk.gui.startup import Language, style
    from jxdesk.gui.viewmodel import WizardModel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # the app's font and sheet, unless they are already set: setting them re-polishes
    # every widget alive, and earlier tests (the counter's) may leave many
    if app.styleSheet() != theme.stylesheet(theme.Sizes(1.0)):
        style(app, large_text=False)
    language = Language(app)
    language.apply(lang, qt_dialogs=False)
    win = KioskWindow(
        WizardModel(engine=Engine(), lang=lang), KioskConfig(lang=lang), on_language=language.apply
    )
    win.guard.clock = Clock()
    win._language = language  # type: ignore[attr-defined]
    # (not qtbot.addWidget: close_kiosk deletes the window, which qtbot would close again)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_kiosk(win: Any) -> None:
    from jxdesk.gui.qt import QCoreApplication, QEvent

    win.idle.stop()
    win.shutdown()
    win.hide()
    win._language.apply("zh", qt_dialogs=False)
    # gone, not just hidden: every later style sheet would re-polish its many widgets
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def kiosk(qtbot) -> Iterator:  # type: ignore[no-untyped-def, type-arg]
    win = make_kiosk(qtbot)
    yield win
    close_kiosk(win)


def tapper(qtbot: Any, win: Any = None) -> Callable[[Any], None]:
    """A tap: the button must be visible and enabled; a real left click on it."""
    from jxdesk.gui.qt import Qt

    def tap(b: Any) -> None:
        assert b.isVisible() and b.isEnabled(), b.text()
        target = win if win is not None else b.window()
        clock = getattr(getattr(target, "guard", None), "clock", None)
        if isinstance(clock, Clock):
            clock.ahead += target.guard.seconds + 0.01
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)

    return tap
