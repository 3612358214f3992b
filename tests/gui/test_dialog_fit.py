"""Issue 19: every dialog fits the screen it opens on: at 1024×768 with large text, in both
languages, the explanation and 规则版本 stay within QScreen.availableGeometry, their Close
button on screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from jxdesk.gui.qt import QApplication, QDialogButtonBox


@pytest.fixture
def large_1024(qtbot: Any) -> Iterator[Any]:
    """The wizard as at a 1024×768 counter with large text (the screen is the offscreen
    platform's: its available area is asserted against, whatever its size)."""
    from gui.test_slips import CASE
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.app import style
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style(app, large_text=True, defer_sheet=True))
    w = Wizard(WizardModel(from_case(CASE)))
    qtbot.addWidget(w, before_close_func=lambda wz: setattr(wz, "_quitting", True))
    w.setGeometry(0, 0, 1024, 768)
    w.show()
    qtbot.waitExposed(w)
    w.to_results()
    yield w
    app.setStyleSheet(before)


def within(dialog: Any, limit: Any) -> list[str]:
    frame = dialog.frameGeometry()
    bad = []
    if frame.width() > limit.width() or frame.height() > limit.height():
        bad.append(f"{frame.width()}×{frame.height()} > {limit.width()}×{limit.height()}")
    if not limit.contains(dialog.geometry()):
        bad.append(f"{dialog.geometry()} not inside {limit}")
    close = dialog.findChild(QDialogButtonBox).buttons()[-1]
    corner = close.mapToGlobal(close.rect().bottomRight())
    if not limit.contains(corner):
        bad.append(f"Close at {corner} off {limit}")
    return bad


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dialogs_fit_1024_by_768_with_large_text(
    qtbot: Any, large_1024: Any, lang: str, request: Any
) -> None:
    from jxdesk.gui.counter.rules_dialog import RulesDialog

    w = large_1024
    if lang == "en":
        request.getfixturevalue("english")
    w.model.set_lang(lang)
    # the offscreen screen's available area: 800×800, narrower than a 1024×768 counter
    limit = w.screen().availableGeometry()
    assert limit.width() <= 1024
    w.results.explain("out_of_pocket")
    explain = w.results.dialog
    qtbot.waitExposed(explain)
    assert within(explain, limit) == []
    explain.close()
    rules = RulesDialog(w.model, w, read_only=False)
    rules.show()
    qtbot.waitExposed(rules)
    assert within(rules, limit) == []
    rules.close()
