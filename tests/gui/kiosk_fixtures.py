"""Shared set-up for the kiosk tests: a kiosk window on the offscreen screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def kiosk(qtbot) -> Iterator:  # type: ignore[no-untyped-def, type-arg]
    from jxdesk.gui.app import Language, style
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.kiosk.window import KioskWindow
    from jxdesk.gui.qt import QApplication
    from jxdesk.gui.viewmodel import WizardModel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style(app, large_text=False)
    language = Language(app)
    language.apply("zh", qt_dialogs=False)
    win = KioskWindow(WizardModel(engine=Engine()), KioskConfig(), on_language=language.apply)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.idle.stop()
    win.shutdown()
    win.hide()
    language.apply("zh", qt_dialogs=False)
