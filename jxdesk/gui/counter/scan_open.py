"""扫码打开 (Ctrl+Shift+O): open the case a kiosk slip's QR code carries.

A USB scanner types like a keyboard and ends with Enter, so the dialog is one line edit
with the focus: what the scanner (or a paste) puts there is read by the core exactly as a
case file is (`jxdesk.core.api.parse_json`, which unpacks `JX1:` codes), then opened as
`jxdesk --case` opens a file (`open_case_data`). A damaged or foreign code, or a case
the core refuses, is said in the dialog in words, the text selected so the next scan
replaces it; nothing is opened and the case on screen is kept.
"""

from __future__ import annotations

from typing import Any

from jxdesk.gui import i18n
from jxdesk.gui.counter.wizard import Wizard
from jxdesk.gui.qt import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)

SCAN_KEY = "Ctrl+Shift+O"
#: what a scanner may type: a version 40 QR code holds at most 4,296 characters
MAX_CODE_CHARS = 8000


def read_case_text(text: str, lang: str) -> tuple[dict[str, Any] | None, str]:
    """(the case, "") or (None, the message) for a code or a case's JSON text."""
    from jxdesk.core.api import parse_json, problems_of
    from jxdesk.core.problems import InvalidCase

    if not text.strip():
        return None, tr(i18n.SCAN_EMPTY)
    if not text.lstrip().startswith("{"):  # not a case's JSON: a code, ours or not
        from jxdesk.core.problems import Problem
        from jxdesk.core.slipcode import SlipCodeError, decode

        try:
            text = decode(text)
        except SlipCodeError as exc:
            problem = Problem("", exc.code, exc.message, exc.params)
            return None, tr(i18n.SCAN_BAD).format(problem=problem.text(lang))
    try:
        data = parse_json(text)
        problems = problems_of(data)
    except InvalidCase as exc:
        if len(exc.problems) == 1 and exc.problems[0].code.startswith("slip_"):
            return None, tr(i18n.SCAN_BAD).format(problem=exc.problems[0].text(lang))
        problems = exc.problems
    if problems or not isinstance(data, dict):
        lines = "\n".join(
            f"{p.path}: {p.text(lang)}" if p.path else p.text(lang) for p in problems[:8]
        )
        return None, tr(i18n.SCAN_BAD_CASE).format(problems=lines)
    return data, ""


def open_case_data(wizard: Wizard, data: dict[str, Any]) -> None:
    """Open a case in the counter as `--case` does: the answers replaced, every page
    read again, and on to the results as far as the answers go."""
    from jxdesk.gui.answers import from_case

    model = wizard.model
    model.answers = from_case(data)
    model.changed()
    wizard.restart()
    wizard.complete()
    for page in (wizard.identity, wizard.claims, wizard.family):
        page.reload()
    wizard.to_results()


class ScanDialog(QDialog):
    def __init__(self, wizard: Wizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.setWindowTitle(tr(i18n.SCAN_TITLE))
        lay = QVBoxLayout(self)
        hint = QLabel(tr(i18n.SCAN_HINT))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_CODE_CHARS)
        self.edit.setAccessibleName(tr(i18n.SCAN_FIELD))
        self.edit.returnPressed.connect(self.try_open)
        lay.addWidget(self.edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        lay.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            tr(i18n.SCAN_OPEN_BUTTON), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setAutoDefault(False)  # Enter belongs to the line edit
        cancel = buttons.addButton(tr(i18n.SCAN_CANCEL), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.open_button.clicked.connect(self.try_open)
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
        self.edit.setFocus()

    def try_open(self) -> bool:
        data, message = read_case_text(self.edit.text(), self.wizard.model.lang)
        if data is None:
            self.problem.setText(message)
            self.problem.setAccessibleName(message)
            self.problem.show()
            self.edit.selectAll()  # the next scan types over it
            self.edit.setFocus()
            return False
        self.problem.hide()
        open_case_data(self.wizard, data)
        self.accept()
        return True


def scan_open(wizard: Wizard) -> ScanDialog:
    """The dialog, empty (one for the window, kept: a day of scans makes no more)."""
    found = wizard.findChildren(ScanDialog)
    dialog = found[0] if found else ScanDialog(wizard)
    dialog.edit.clear()
    dialog.problem.hide()
    dialog.open()
    dialog.edit.setFocus()
    return dialog


def scan_action(wizard: Wizard, parent: QWidget | None = None) -> QAction:
    """扫码打开 as an action with its shortcut: the 文件 menu lists it; added to the
    window, its shortcut works on every page."""
    action = QAction(tr(i18n.SCAN_OPEN), parent or wizard)
    action.setShortcut(QKeySequence(SCAN_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: scan_open(wizard))
    wizard.addAction(action)
    return action
