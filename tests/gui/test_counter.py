"""Counter mode: keyboard-fast (Enter, Ctrl+1…4, Ctrl+N, 新建, Ctrl+P/E) and a crash
that shows a friendly dialog, keeps the answers and logs nothing personal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gui import clerk
from jxdesk.gui.qt import QApplication, QLineEdit, Qt, QTimer
from jxdesk.gui.viewmodel import Page

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(qtbot, wizard, k, mods=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or wizard
    qtbot.keyClick(target, k, mods)


def fill_claim(qtbot, wizard, amount: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the new row: Ctrl+N put the cursor in its 医保范围内 amount."""
    table = wizard.claims.table
    edit = table.cellWidget(table.rowCount() - 1, 3)
    assert isinstance(edit, QLineEdit)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, amount)


def test_enter_advances_and_ctrl_n_adds_rows_from_any_page(qtbot, wizard, counter) -> None:  # type: ignore[no-untyped-def]
    clerk.click_type(qtbot, wizard.identity.account, "1500")
    key(qtbot, wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == Page.CLAIMS
    key(qtbot, wizard, Qt.Key.Key_N, CTRL)
    fill_claim(qtbot, wizard, "5000")
    key(qtbot, wizard, Qt.Key.Key_N, CTRL)  # on the claims page too: one row each time
    fill_claim(qtbot, wizard, "300")
    assert [c.eligible for c in wizard.model.answers.claims] == ["5000", "300"]
    key(qtbot, wizard, Qt.Key.Key_Return)  # from inside the table's amount field
    assert wizard.currentId() == Page.RESULTS
    key(qtbot, wizard, Qt.Key.Key_1, CTRL)
    assert wizard.currentId() == Page.IDENTITY
    key(qtbot, wizard, Qt.Key.Key_N, CTRL)  # back on page 1: straight to a third row
    assert wizard.currentId() == Page.CLAIMS and len(wizard.model.answers.claims) == 3


def test_page_keys_go_forward_only_through_valid_pages(qtbot, wizard, counter) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, wizard, Qt.Key.Key_4, CTRL)
    assert wizard.currentId() == Page.RESULTS  # nothing invalid, no children: 1 → 2 → 4
    key(qtbot, wizard, Qt.Key.Key_2, CTRL)
    assert wizard.currentId() == Page.CLAIMS
    key(qtbot, wizard, Qt.Key.Key_N, CTRL)  # an empty amount: the page is not complete
    key(qtbot, wizard, Qt.Key.Key_4, CTRL)
    assert wizard.currentId() == Page.CLAIMS
    key(qtbot, wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == Page.CLAIMS


def test_new_case_asks_then_wipes(qtbot, wizard, counter) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.answers import Answers
    from jxdesk.gui.counter.session import NEW_CASE_BUTTON

    clerk.click_type(qtbot, wizard.identity.account, "777")
    key(qtbot, wizard, Qt.Key.Key_N, CTRL)
    fill_claim(qtbot, wizard, "4321")
    assert wizard.button(NEW_CASE_BUTTON).text() == "新建"
    key(qtbot, wizard, Qt.Key.Key_N, CTRL | SHIFT)
    assert wizard.currentId() == Page.CLAIMS  # unsaved answers: 保存 / 不保存 / 取消 first
    discard = next(b for b in wizard.quit_box.buttons() if b.text() == "不保存")
    clerk.click(qtbot, discard)
    assert wizard.currentId() == Page.IDENTITY
    assert wizard.model.answers == Answers()
    assert wizard.identity.account.text() == ""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    assert QApplication.focusWidget() is wizard.identity.scheme_buttons["employee"]
    key(qtbot, wizard, Qt.Key.Key_N, CTRL)
    assert wizard.claims.table.rowCount() == 1  # the old rows are gone from the table too
    qtbot.mouseClick(wizard.button(NEW_CASE_BUTTON), Qt.MouseButton.LeftButton)
    clerk.click(qtbot, next(b for b in wizard.quit_box.buttons() if b.text() == "不保存"))
    assert wizard.model.answers == Answers() and wizard.currentId() == Page.IDENTITY


def test_print_and_save_are_one_key_away(
    qtbot, wizard, counter, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    monkeypatch.setattr(wizard.results, "print_report", lambda: calls.append("print"))
    out = tmp_path / "case.pdf"
    from jxdesk.gui.qt import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    key(qtbot, wizard, Qt.Key.Key_P, CTRL)
    assert calls == ["print"] and wizard.currentId() == Page.RESULTS
    key(qtbot, wizard, Qt.Key.Key_E, CTRL)  # 导出 PDF (Ctrl+S saves the case file)
    assert out.read_bytes()[:5] == b"%PDF-"


@pytest.mark.qt_no_exception_capture
def test_a_crash_shows_a_friendly_dialog_and_keeps_the_answers(qtbot, wizard, counter) -> None:  # type: ignore[no-untyped-def]
    log = io.StringIO()
    counter.guard.log = log
    counter.guard.install()
    try:
        clerk.click_type(qtbot, wizard.identity.account, "73519.28")

        def boom() -> None:
            raise ValueError("cannot use 73519.28")

        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: counter.dialog is not None and counter.dialog.isVisible())
    finally:
        counter.guard.uninstall()
    assert wizard.model.answers.account_balance == "73519.28"
    assert "Traceback" not in counter.dialog.text.text()
    line = log.getvalue()
    assert "ValueError" in line and "test_counter.py" in line
    assert "73519" not in line
    counter.dialog.accept()
