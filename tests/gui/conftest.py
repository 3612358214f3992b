"""Fixtures for the wizard's tests: a model, a full wizard, helpers to drive it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from jxdesk.gui.answers import Answers

#: Every GUI test runs on a pinned day (R19: time is an input), this one unless a test pins
#: another with `pin_today`. Set in the environment, so the processes tests start (`jxdesk
#: --case …`, the privacy run) take the same day. An ordinary mid-2025 day: the recorded
#: cases and the family flows are for 2025.
DEFAULT_TODAY = "2025-06-16"
os.environ["JXDESK_TODAY"] = DEFAULT_TODAY


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The default day again for each test (and no `clock.pin` left over)."""
    from jxdesk.gui import clock

    monkeypatch.setenv("JXDESK_TODAY", DEFAULT_TODAY)
    clock.pin(None)
    yield
    clock.pin(None)


@pytest.fixture
def pin_today(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """`pin_today("2026-12-07")`: the GUI takes that day as today, from now on in this test."""

    def pin(day: str) -> None:
        monkeypatch.setenv("JXDESK_TODAY", day)

    return pin


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def wizard(qtbot):  # type: ignore[no-untyped-def]
    from jxdesk.gui.app import Language, style
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.qt import QApplication
    from jxdesk.gui.viewmodel import WizardModel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = style(app, large_text=False, defer_sheet=True)
    if app.styleSheet() != sheet:  # (setting it again re-polishes every widget alive)
        app.setStyleSheet(sheet)
    Language(app).apply("zh", qt_dialogs=False)  # zh_CN amounts: 1,234.50
    w = Wizard(WizardModel())
    # closed at teardown without 退出's "are you sure?" (a test's case is not lost work)
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "_quitting", True))
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def counter(wizard):  # type: ignore[no-untyped-def]
    """The wizard as `jxdesk` runs it at a counter: its menus, shortcuts and status bar (the
    crash guard left out: a test's exception is the test's)."""
    from jxdesk.gui.counter.session import install_counter

    wizard.complete()
    wizard.activateWindow()
    return install_counter(wizard, guard=False)


@pytest.fixture
def english() -> Iterator[None]:
    """The English catalogue installed for one test, Chinese again afterwards."""
    from jxdesk.gui.app import Language
    from jxdesk.gui.qt import QApplication

    app = QApplication.instance()
    assert app is not None
    lang = Language(app)
    assert lang.apply("en")
    yield
    lang.apply("zh", qt_dialogs=False)


@pytest.fixture(autouse=True)
def _delete_closed_widgets() -> Iterator[None]:
    """Widgets that a test closed (qtbot.addWidget calls deleteLater) are deleted at once:
    QTest's event processing never delivers DeferredDelete, so without this every wizard of
    the session stays alive and each style sheet or language change re-polishes them all."""
    yield
    from jxdesk.gui.qt import QApplication, QEvent

    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
