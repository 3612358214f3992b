"""Issue 19: no slip of the hand or the keyboard loses a case, and a case can be saved and
opened again. Each flow is driven by events: clicks on what is under the pointer, keys into
QApplication.focusWidget()."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from gui import clerk
from gui.test_keyed_cases import agree, calc_figures
from jxdesk.gui.qt import QApplication, QEvent, QFileDialog, QMouseEvent, QPointF, Qt, QWizard
from jxdesk.gui.viewmodel import Page

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CASE = {
    "year": 2025,
    "person": {"scheme": "employee", "account_balance": "300"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "12000", "excluded": "800"},
        {"kind": "outpatient", "facility": "primary", "eligible": "950"},
    ],
}


def key(qtbot: Any, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, mods)


def click_at(wizard: Any, where: QPointF, at_ms: int) -> None:
    """One left click at a point of the window, stamped `at_ms` as the window system stamps
    it; it goes to whatever widget is there at the moment of the press."""
    target = wizard.childAt(where.toPoint())
    assert target is not None
    local = QPointF(target.mapFrom(wizard, where.toPoint()))
    for kind, buttons, t in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton, at_ms),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton, at_ms + 40),
    ):
        event = QMouseEvent(
            kind,
            local,
            QPointF(target.mapToGlobal(local.toPoint())),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        event.setTimestamp(t)
        QApplication.sendEvent(target, event)


def double_click_next(qtbot: Any, wizard: Any) -> Any:
    """A double click on 下一步, its two presses 120 ms apart; what the second landed on."""
    button = wizard.button(NEXT)
    where = QPointF(button.mapTo(wizard, button.rect().center()))
    t0 = 10_000_000
    click_at(wizard, where, t0)
    second = wizard.childAt(where.toPoint())
    click_at(wizard, where, t0 + 120)
    qtbot.wait(10)
    return second


def type_case(qtbot: Any, wizard: Any) -> None:
    """Page 1 as it is, then two claims typed in (Ctrl+N puts the cursor in the amount)."""
    clerk.click_type(qtbot, wizard.identity.account, "300")
    for amount in ("12000", "950"):
        key(qtbot, Qt.Key.Key_N, CTRL)
        clerk.type_text(qtbot, amount)


def test_a_double_click_on_next_never_lands_on_finish(
    qtbot: Any, wizard: Any, counter: Any
) -> None:
    type_case(qtbot, wizard)
    assert wizard.currentId() == Page.CLAIMS
    second = double_click_next(qtbot, wizard)
    assert second is wizard.button(FINISH)  # the slip: 完成 took 下一步's place
    assert wizard.currentId() == Page.RESULTS
    assert wizard.isVisible() and wizard.quit_box is None
    assert counter.wizard.click_guard.swallowed == 1
    # the focus may have fallen on 完成 (下一步 hid under it): Enter there does nothing either
    finish = wizard.button(FINISH)
    finish.setFocus()
    qtbot.keyClick(finish, Qt.Key.Key_Return)
    assert wizard.isVisible() and wizard.quit_box is None


def test_a_double_click_on_page_one_does_not_skip_page_two(
    qtbot: Any, wizard: Any, counter: Any
) -> None:
    clerk.click_type(qtbot, wizard.identity.account, "300")
    double_click_next(qtbot, wizard)
    assert wizard.currentId() == Page.CLAIMS


def test_enter_on_the_results_page_does_nothing(qtbot: Any, wizard: Any, counter: Any) -> None:
    type_case(qtbot, wizard)
    key(qtbot, Qt.Key.Key_Return)  # 下一步 from the claims page
    assert wizard.currentId() == Page.RESULTS
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Return):
        if QApplication.focusWidget() is not None:
            key(qtbot, k)
        else:
            qtbot.keyClick(wizard, k)
    assert wizard.isVisible() and wizard.quit_box is None
    assert wizard.currentId() == Page.RESULTS


def test_finish_and_closing_the_window_ask_to_save(
    qtbot: Any, wizard: Any, counter: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    type_case(qtbot, wizard)
    key(qtbot, Qt.Key.Key_Return)
    clerk.click(qtbot, wizard.button(FINISH))
    box = wizard.quit_box
    assert box is not None and box.isVisible() and wizard.isVisible()
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存…", "不保存", "取消"])
    clerk.click(qtbot, next(b for b in box.buttons() if b.text() == "取消"))
    assert wizard.isVisible() and wizard.model.answers.claims[1].eligible == "950"
    wizard.close()  # the window's close box
    assert wizard.isVisible() and wizard.quit_box is not None
    out = tmp_path / "case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    clerk.click(qtbot, next(b for b in wizard.quit_box.buttons() if b.text() == "保存…"))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert json.loads(out.read_text(encoding="utf-8"))["claims"][1]["eligible"] == "950"


def test_new_case_with_unsaved_answers_asks(qtbot: Any, wizard: Any, counter: Any) -> None:
    type_case(qtbot, wizard)
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    box = wizard.quit_box
    assert box is not None and box.isVisible()
    clerk.click(qtbot, next(b for b in box.buttons() if b.text() == "取消"))
    assert len(wizard.model.answers.claims) == 2 and wizard.currentId() == Page.CLAIMS


def test_delete_then_undo_brings_the_claim_back(qtbot: Any, wizard: Any, counter: Any) -> None:
    type_case(qtbot, wizard)
    table = wizard.claims.table
    first = table.cellWidget(0, 3)
    clerk.click(qtbot, first)
    key(qtbot, Qt.Key.Key_Delete, CTRL)
    assert [c.eligible for c in wizard.model.answers.claims] == ["950"]
    assert table.rowCount() == 1
    target = QApplication.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    assert [c.eligible for c in wizard.model.answers.claims] == ["12000", "950"]
    assert table.rowCount() == 2 and table.cellWidget(0, 3).text() == "12000"
    target = QApplication.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: deleted again
    assert [c.eligible for c in wizard.model.answers.claims] == ["950"]
    target = QApplication.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    assert table.rowCount() == 2


def test_typing_is_one_undo_step_even_inside_the_field(
    qtbot: Any, wizard: Any, counter: Any
) -> None:
    clerk.click_type(qtbot, wizard.identity.account, "300")
    qtbot.keyClicks(clerk.focus(), "5")
    assert wizard.model.answers.account_balance == "3005"
    assert wizard.isWindowModified()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the case's undo, not the line edit's own
    assert wizard.model.answers.account_balance == ""
    assert wizard.identity.account.text() == ""
    assert not wizard.isWindowModified()  # back where the case started: nothing to save
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert wizard.identity.account.text() == "3005"


def test_open_edit_save_reopen_agrees_with_calc(
    qtbot: Any, wizard: Any, counter: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    source = tmp_path / "张三.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    key(qtbot, Qt.Key.Key_O, CTRL)
    assert wizard.currentId() == Page.RESULTS  # a valid case opens at its results
    assert "张三.json" in wizard.windowTitle() and not wizard.isWindowModified()
    clerk.click(qtbot, wizard.button(QWizard.WizardButton.BackButton))  # to the claims
    assert wizard.currentId() == Page.CLAIMS
    amount = wizard.claims.table.cellWidget(1, 3)
    clerk.click(qtbot, amount)
    clerk.press(qtbot, Qt.Key.Key_End)
    qtbot.keyClicks(clerk.focus(), "0")  # 950 -> 9500
    assert wizard.isWindowModified()
    key(qtbot, Qt.Key.Key_S, CTRL)  # 保存: back into the file it came from
    assert not wizard.isWindowModified()
    assert "张三.json" in wizard.case_file.status.currentMessage()
    saved = json.loads(source.read_text(encoding="utf-8"))
    assert saved["claims"][1]["eligible"] == "9500"

    out = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", str(source)],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    want = calc_figures(json.loads(out))

    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    again = Wizard(WizardModel())
    qtbot.addWidget(again, before_close_func=lambda w: setattr(w, "_quitting", True))
    again.resize(1100, 800)
    again.show()
    qtbot.waitExposed(again)
    assert again.case_file.open_file(source)
    assert again.currentId() == Page.RESULTS
    shown = clerk.shown(again)
    assert agree(shown, want) == []
    assert shown["medical.paid"] != Decimal(0)
    first = calc_figures(
        json.loads(
            subprocess.run(
                [sys.executable, "-m", "jxdesk", "calc", "-"],
                input=json.dumps(CASE),
                capture_output=True,
                text=True,
                check=True,
                encoding="utf-8",
            ).stdout
        )
    )
    assert first != want  # the edit changed the figures, and the reopened case has it


def test_a_file_that_is_not_a_case_is_refused_and_the_case_kept(
    qtbot: Any, wizard: Any, counter: Any, tmp_path: Path
) -> None:
    clerk.click_type(qtbot, wizard.identity.account, "300")
    bad = tmp_path / "x.json"
    bad.write_text("{not json", encoding="utf-8")
    assert not wizard.case_file.open_file(bad)
    assert wizard.case_file.refusal.isVisible()
    assert wizard.model.answers.account_balance == "300"


def test_page_one_opens_with_the_cursor_on_its_first_question(qtbot: Any, wizard: Any) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert QApplication.focusWidget() is wizard.identity.scheme_buttons["employee"]


def test_results_open_at_the_top_and_to_results_says_why_it_is_off(
    qtbot: Any, wizard: Any, counter: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    many = {**CASE, "claims": CASE["claims"] * 6}
    source = tmp_path / "many.json"
    source.write_text(json.dumps(many), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    key(qtbot, Qt.Key.Key_O, CTRL)
    assert wizard.currentId() == Page.RESULTS
    bar = wizard.results.scroll_area.verticalScrollBar()
    qtbot.wait(20)
    assert bar.maximum() > 0 and bar.value() == 0  # it scrolls, and opens at the figures
    change = wizard.results.summary.links[1]  # 修改 the claims
    wizard.results.scroll_area.ensureWidgetVisible(change)
    clerk.click(qtbot, change)
    assert wizard.currentId() == Page.CLAIMS
    back = wizard.button(QWizard.WizardButton.CustomButton2)
    assert back.isVisible() and back.isEnabled()
    amount = wizard.claims.table.cellWidget(0, 3)
    clerk.click(qtbot, amount)
    clerk.type_text(qtbot, "")  # the amount cleared: the case has a problem
    assert not back.isEnabled() and "第1笔" in back.toolTip()
    clerk.type_text(qtbot, "100")
    assert back.isEnabled() and back.toolTip() == ""
    clerk.click(qtbot, back)
    qtbot.wait(20)
    assert wizard.currentId() == Page.RESULTS and bar.value() == 0


def test_a_problem_shows_once_the_field_is_left_not_on_arrival(
    qtbot: Any, wizard: Any, counter: Any
) -> None:
    key(qtbot, Qt.Key.Key_N, CTRL)  # page 2, a new row, the cursor in its empty amount
    amount = QApplication.focusWidget()
    assert amount is wizard.claims.table.cellWidget(0, 3)
    assert not wizard.button(NEXT).isEnabled()  # the amount is missing...
    assert not amount.property("invalid") and not wizard.claims.errors.isVisible()  # ...unsaid
    assert wizard.button(NEXT).toolTip()  # (下一步 says why it is off)
    clerk.tab(qtbot)  # left empty: now it is said
    assert amount.property("invalid") and wizard.claims.errors.isVisible()
