"""What stands between a slip and a lost case.

- `ask_to_save`: before anything ends or replaces a case with unsaved answers (完成, 新建,
  打开, closing the window, 退出) the clerk is asked: 保存 / 不保存 / 取消. The question is
  window-modal (`open()`, no nested event loop), so tests and the monkey can answer it.
- `ClickGuard`: a click on the wizard's buttons within the double-click interval after a
  click that changed the page is ignored. 完成 and 下一步 share one place in the row; the
  second click of a double click on 下一步 must not land on 完成 (or skip the next page).
- Enter on the results page does nothing (`Wizard.keyPressEvent`): on every other page it
  is 下一步, so keying through with Enter must not end on a press that closes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jxdesk.gui.qt import (
    QApplication,
    QEvent,
    QKeyEvent,
    QMessageBox,
    QMouseEvent,
    QObject,
    Qt,
    QWizard,
)

#: the counter's Wizard (wizard.py), typed loosely: wizard.py imports this module, and the
#: package keeps its import graph free of cycles (tests/test_import_cycles.py)
Wizard = Any
WORDS = {
    "title": {"zh": "保存案件？", "en": "Save the case?"},
    "text": {
        "zh": "这个案件有未保存的内容。关闭前要保存吗？（不保存，填写的内容就会清除。）",
        "en": "This case has answers that are not saved. Save them first? "
        "(If not, what was entered is cleared.)",
    },
    "save": {"zh": "保存…", "en": "Save..."},
    "discard": {"zh": "不保存", "en": "Don't save"},
    "cancel": {"zh": "取消", "en": "Cancel"},
}


def words(key: str, lang: str) -> str:
    return WORDS[key]["en" if lang == "en" else "zh"]


def ask_to_save(wizard: Wizard, then: Callable[[], object]) -> None:
    """Run `then` now when the case has nothing unsaved; else ask first. 保存 runs it once
    the file is written (a cancelled file dialog or a failed write keeps the case open)."""
    if not wizard.dirty():
        then()
        return
    lang = wizard.model.lang
    box = QMessageBox(wizard)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(words("title", lang))
    box.setText(words("text", lang))
    save = box.addButton(words("save", lang), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(words("discard", lang), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(words("cancel", lang), QMessageBox.ButtonRole.RejectRole)
    for b in (save, discard, cancel):
        b.setAccessibleName(b.text())
    box.setDefaultButton(save)  # Enter saves: the one answer that loses nothing
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:  # (after the box is hidden)
        button = box.clickedButton()
        wizard.quit_box = None
        wizard.activateWindow()  # the keys come back to the case (not left with no window)
        if button is discard or (button is save and wizard.save_case()):
            then()

    box.finished.connect(answered)
    wizard.quit_box = box
    box.open()


BUTTONS = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.CustomButton2,  # 回到结果
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


class ClickGuard(QObject):
    """Swallows a click on the wizard's buttons that follows, within the double-click
    interval, a click that changed the page. Times are the events' own (the window
    system's clock, as Qt uses to make double clicks), so clicks that are far apart
    for the person are never taken for a slip, however fast the program runs."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.last_release = -(10**12)  # ms, the last release on a button
        self.changed_by = -(10**12)  # the release after which the page changed
        self.swallowing = False
        self.swallowed = 0  # clicks swallowed (for the tests and the curious)
        self._buttons = {wizard.button(b) for b in BUTTONS}
        self._finish = wizard.button(QWizard.WizardButton.FinishButton)
        for b in self._buttons:
            b.installEventFilter(self)
        wizard.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, _id: int) -> None:
        self.changed_by = self.last_release

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self._finish:
            # the focus falls on 完成 when 下一步 hides under it: Enter there does nothing
            return isinstance(event, QKeyEvent) and event.key() in _ENTER
        if kind not in _MOUSE or watched not in self._buttons:
            return False
        at = int(event.timestamp()) if isinstance(event, QMouseEvent) else 0
        if kind == QEvent.Type.MouseButtonRelease:
            if self.swallowing:
                self.swallowing = False
                return True
            self.last_release = at
            return False
        # a press (or the double-click event Qt makes of the second press)
        if 0 <= at - self.changed_by < QApplication.doubleClickInterval():
            self.swallowing = True
            self.swallowed += kind == QEvent.Type.MouseButtonPress
            return True
        return False
