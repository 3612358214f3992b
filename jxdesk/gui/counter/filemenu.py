"""The counter's menu bar: 文件 (新建, 打开, 保存, 另存为, 导出 PDF, 打印, 退出) and 编辑
(撤销, 重做). The case file itself is casefile.py; the undo history undo.py.

To add a way of opening a case (a scanned slip), add an action after 打开 with
`FileMenu.add_after("open", action)` whose slot hands the case's JSON text to
`FileMenu.open_text(text, origin)`: it asks to save the case on screen first, as 打开 does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jxdesk.gui.counter.guards import ask_to_save
from jxdesk.gui.qt import QAction, QKeySequence, QMenu, QMenuBar, QObject, Qt

#: the counter's Counter (session.py), typed loosely: session.py imports this module, and the
#: package keeps its import graph free of cycles (tests/test_import_cycles.py)
Counter = Any
WORDS = {
    "file": {"zh": "文件(&F)", "en": "&File"},
    "edit": {"zh": "编辑(&E)", "en": "&Edit"},
    "new": {"zh": "新建", "en": "New case"},
    "open": {"zh": "打开…", "en": "Open..."},
    "save": {"zh": "保存", "en": "Save"},
    "save_as": {"zh": "另存为…", "en": "Save as..."},
    "pdf": {"zh": "导出 PDF…", "en": "Export PDF..."},
    "print": {"zh": "打印…", "en": "Print..."},
    "quit": {"zh": "退出", "en": "Quit"},
    "undo": {"zh": "撤销", "en": "Undo"},
    "redo": {"zh": "重做", "en": "Redo"},
}
KEYS = {
    "new": "Ctrl+Shift+N",
    "open": "Ctrl+O",
    "save": "Ctrl+S",
    "save_as": "Ctrl+Shift+S",
    "pdf": "Ctrl+E",
    "print": "Ctrl+P",
    # (shown in the menu; the keys themselves are taken by undo.CaseHistory in any field)
    "undo": "Ctrl+Z",
    "redo": "Ctrl+Shift+Z",
}


class FileMenu(QObject):
    def __init__(self, counter: Counter) -> None:
        super().__init__(counter)
        self.counter = counter
        w = self.wizard = counter.wizard
        self.bar = QMenuBar(w)
        self.bar.setNativeMenuBar(False)  # in the window, on every platform
        w.menu_bar = self.bar  # (Wizard.sizeHint counts it)
        grid = w.main_grid()
        if grid is not None:
            grid.setMenuBar(self.bar)
        self.file_menu = QMenu(self.bar)
        self.edit_menu = QMenu(self.bar)
        self.bar.addMenu(self.file_menu)
        self.bar.addMenu(self.edit_menu)
        self.actions: dict[str, QAction] = {}
        case = w.case_file
        slots: dict[str, Callable[[], object]] = {
            "new": counter.new_case,
            "open": lambda: ask_to_save(w, case.choose_and_open),
            "save": case.save,
            "save_as": case.save_as,
            "pdf": counter.save_pdf,
            "print": counter.print_report,
            "quit": w.reject,
        }
        for key, slot in slots.items():
            if key in ("pdf", "quit"):
                self.file_menu.addSeparator()
            self.file_menu.addAction(self._action(key, slot))
        stack = w.history.stack
        for key, make in (("undo", stack.createUndoAction), ("redo", stack.createRedoAction)):
            action = make(self.edit_menu, WORDS[key]["en" if w.model.lang == "en" else "zh"])
            self._keep(key, action)
            self.edit_menu.addAction(action)
        self.retranslate()
        if w.auto_sized and w.isVisible() and not w.isMaximized():  # (after the first paint)
            w.show_sized()  # the menu bar takes height: sized again, or maximised

    def _action(self, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.bar)
        action.triggered.connect(lambda _checked=False: slot())
        self._keep(key, action)
        return action

    def _keep(self, key: str, action: QAction) -> None:
        if key in KEYS:
            action.setShortcut(QKeySequence(KEYS[key]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.wizard.addAction(action)  # its key works wherever the focus is in the window
        self.actions[key] = action

    def add_after(self, key: str, action: QAction) -> None:
        """Put `action` in the 文件 menu after the entry `key` ("open")."""
        listed = self.file_menu.actions()
        after = self.actions[key]
        i = listed.index(after)
        before = listed[i + 1] if i + 1 < len(listed) else None
        self.file_menu.insertAction(before, action)  # type: ignore[arg-type]
        self.wizard.addAction(action)

    def open_text(self, text: str, origin: str) -> None:
        """Open a case from its JSON text, asking first when the case on screen is unsaved."""
        case = self.wizard.case_file
        ask_to_save(self.wizard, lambda: case.open_case_text(text, origin))

    def retranslate(self) -> None:
        lang = "en" if self.wizard.model.lang == "en" else "zh"
        self.file_menu.setTitle(WORDS["file"][lang])
        self.edit_menu.setTitle(WORDS["edit"][lang])
        for key, action in self.actions.items():
            if key not in ("undo", "redo"):  # (QUndoStack words those, Qt's catalogue)
                action.setText(WORDS[key][lang])
