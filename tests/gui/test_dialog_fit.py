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


def test_the_file_dialog_speaks_chinese_and_our_own_words_stay() -> None:
    """Qt's catalogue lacks the file dialog's "&Look in:" and "Files of &type:" (this Qt
    added the shortcut letters): qt_zh fills them in, and leaves every other text alone."""
    from jxdesk.gui import i18n
    from jxdesk.gui.app import Language
    from jxdesk.gui.qt import QCoreApplication, tr

    app = QApplication.instance()
    assert app is not None
    language = Language(app)
    try:
        language.apply("zh", qt_dialogs=True)
        ask = QCoreApplication.translate
        assert ask("QFileDialog", "&Look in:") == "查找范围(&L)："
        assert ask("QFileDialog", "Files of &type:") == "文件类型(&T)："
        assert ask("QFileDialog", "&Open") == "打开(&O)"  # the catalogue's own
        assert tr(i18n.NEXT) == "下一步" and tr(i18n.APP_TITLE) == "嘉兴医保与生育待遇估算"
        assert ask("QFileDialog", "Not in any catalogue") == "Not in any catalogue"
    finally:
        language.apply("zh", qt_dialogs=False)
