"""Fixtures for the wizard's tests: a model, a full wizard, helpers to drive it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jxdesk.gui.answers import Answers


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
