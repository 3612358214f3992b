"""Counter mode (the default window), keyboard-fast for the clerk.

    Ctrl+1 … Ctrl+4   go to a page (forward only as far as the answers are valid)
    Enter             下一步 (the wizard's default button)
    Ctrl+Enter        回到结果 / to the results
    Ctrl+N            添加一笔 (a claim row; from any page)
    Ctrl+Shift+N      新建: an empty case, page 1 (asks to save first; also the 新建 button)
    Ctrl+O / Ctrl+S   打开 / 保存 the case file; Ctrl+Shift+S 另存为 (filemenu.py)
    Ctrl+E / Ctrl+P   导出 PDF / 打印 (from any page, once the case is valid)
    Ctrl+Z            撤销; Ctrl+Shift+Z or Ctrl+Y 重做 (undo.py)
    Ctrl+R            规则版本: documents and parameter packs (also the 规则版本 button)
    Ctrl+Shift+O      扫码打开: the case on a kiosk slip's QR code (scan_open.py)
    Escape            nothing (it used to close the window and lose the case; 退出 still does)

`install_counter` also installs the crash guard: an unexpected error shows a friendly
dialog, keeps the answers and logs one line without personal data.
"""

from __future__ import annotations

from pathlib import Path

from jxdesk.gui.answers import Answers
from jxdesk.gui.counter.filemenu import FileMenu
from jxdesk.gui.counter.guards import ask_to_save
from jxdesk.gui.counter.rules_dialog import RULES_BUTTON, RulesButton
from jxdesk.gui.counter.wizard import Wizard, button_layout
from jxdesk.gui.crash import CrashGuard, FriendlyDialog
from jxdesk.gui.qt import (
    QEvent,
    QKeyEvent,
    QKeySequence,
    QObject,
    QPushButton,
    QShortcut,
    Qt,
    QWizard,
)
from jxdesk.gui.viewmodel import Page

NEW_CASE_BUTTON = QWizard.WizardButton.CustomButton3
NEW_CASE = {"zh": "新建", "en": "New case"}
NEW_CASE_KEY = "Ctrl+Shift+N"
PAGE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")


class Counter(QObject):
    def __init__(self, wizard: Wizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.dialog: FriendlyDialog | None = None
        self.shortcuts: dict[str, QShortcut] = {}
        for key, page in zip(PAGE_KEYS, Page, strict=True):
            self._key(key, lambda p=page: self.go(p))
        self._key("Ctrl+Return", self.wizard.to_results)
        self._key("Ctrl+Enter", self.wizard.to_results)
        self._key("Ctrl+N", self.add_claim)
        for s in wizard.claims.findChildren(QShortcut):  # the page's own Ctrl+N: ours covers it
            if s.key() == QKeySequence("Ctrl+N"):
                s.setEnabled(False)
        self.menu = FileMenu(self)  # 文件: 新建, 打开, 保存, 另存为, 导出 PDF, 打印, 退出
        self._new_button()
        self.rules = RulesButton(wizard)  # 规则版本, Ctrl+R (rules_dialog.py)
        from jxdesk.gui.counter.scan_open import scan_action

        self.scan = scan_action(wizard, self.menu.open_text)  # 扫码打开, Ctrl+Shift+O
        self.menu.add_after("open", self.scan)
        self.guard = CrashGuard(self.crashed, mode="counter")
        wizard.installEventFilter(self)

    def _key(self, key: str, slot: object) -> None:
        s = QShortcut(QKeySequence(key), self.wizard)
        s.setContext(Qt.ShortcutContext.WindowShortcut)
        s.activated.connect(slot)
        self.shortcuts[key] = s

    def _new_button(self) -> None:
        w = self.wizard
        w.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        w.setButtonLayout(button_layout(NEW_CASE_BUTTON, RULES_BUTTON))
        b = w.button(NEW_CASE_BUTTON)
        if isinstance(b, QPushButton):
            b.setAutoDefault(False)
        b.setToolTip(NEW_CASE_KEY)
        w.customButtonClicked.connect(self._custom)
        self.retranslate()

    def _custom(self, which: int) -> None:
        if which == NEW_CASE_BUTTON.value:
            self.new_case()

    def retranslate(self) -> None:
        text = NEW_CASE["en" if self.wizard.model.lang == "en" else "zh"]
        self.wizard.setButtonText(NEW_CASE_BUTTON, text)
        self.wizard.button(NEW_CASE_BUTTON).setAccessibleName(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.menu.retranslate()
            self.wizard.case_file.update_title()
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            return True  # a stray Escape must not close the case (退出 still does)
        return False

    # ---- actions
    def go(self, page: Page) -> None:
        w = self.wizard
        if not w.completed:
            return
        if page < Page(w.currentId()):
            w.edit(page)
            return
        while w.currentId() < int(page):
            current = w.currentPage()
            if current is None or not current.isComplete() or w.nextId() > int(page):
                break
            before = w.currentId()
            w.next()
            if w.currentId() == before:
                break

    def add_claim(self) -> None:
        w = self.wizard
        if not w.completed:
            return
        if w.currentId() != int(Page.CLAIMS):
            if w.currentId() > int(Page.CLAIMS):
                w.edit(Page.CLAIMS)
            else:
                self.go(Page.CLAIMS)
        if w.currentId() == int(Page.CLAIMS):
            w.claims._add()

    def new_case(self) -> None:
        """新建: an empty case on page 1, the cursor on its first field; asks first when
        the case on screen has unsaved answers (保存 / 不保存 / 取消)."""
        ask_to_save(self.wizard, self.wipe)

    def wipe(self) -> None:
        w = self.wizard
        w.model.answers = Answers()
        w.history.reset()
        w.model.changed()
        w.case_file.path = w.case_file.origin = None
        w.start_over()
        w.case_file.update_title()

    def _ready_results(self) -> bool:
        w = self.wizard
        if not w.completed:
            return False
        w.to_results()
        return w.currentId() == int(Page.RESULTS) and w.model.result() is not None

    def print_report(self) -> None:
        if self._ready_results():
            self.wizard.results.print_report()

    def save_pdf(self) -> None:
        if self._ready_results():
            self.wizard.results.save_pdf()

    # ---- crashes
    def crashed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = FriendlyDialog(self.wizard.model.lang, self.wizard)
        self.dialog.open()


def install_counter(wizard: Wizard, guard: bool = True, case_path: Path | None = None) -> Counter:
    """The counter's menus, keys and crash guard on the wizard; `case_path` is the file the
    case on screen was opened from (`jxdesk --case FILE`): its name in the title, 保存 back
    into it."""
    counter = Counter(wizard)
    if case_path is not None:
        wizard.case_file.opened_from(case_path)
    if guard:
        counter.guard.install()
    return counter
