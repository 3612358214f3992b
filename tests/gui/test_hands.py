"""Issue 8, each item as a clerk's hands meet it: keys go where the cursor is, dates are
typed as digits, impossible input is refused at the field, opening a case keeps what it
says, 退出 asks, the explanation behind 您自己付 is whole, the save dialog is in one
language and opens in the person's folder. Every input is a mouse click or a key press
into the focused widget (tests/gui/clerk.py)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from support.compare import WORKED_EXAMPLES

from gui import clerk
from jxdesk.gui import i18n
from jxdesk.gui.answers import from_case
from jxdesk.gui.qt import QApplication, Qt, QWizard
from jxdesk.gui.viewmodel import Page

CTRL = Qt.KeyboardModifier.ControlModifier


def open_case(qtbot: Any, case: dict[str, Any]) -> Any:
    """The wizard as `jxdesk --case` builds it."""
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    w = Wizard(WizardModel(from_case(case)))
    qtbot.addWidget(w, before_close_func=lambda wz: setattr(wz, "_quitting", True))
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_keys_typed_into_a_loaded_amount_change_the_amount(qtbot: Any) -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "employee"},
        "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "1200"}],
    }
    w = open_case(qtbot, case)
    clerk.next_page(qtbot, w)
    amount = w.claims.table.cellWidget(0, 3)
    clerk.click(qtbot, amount)
    assert QApplication.focusWidget() is amount  # not the row's 就医类型 combo
    clerk.press(qtbot, Qt.Key.Key_End)
    clerk.press(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClicks(clerk.focus(), "5")
    claim = w.model.answers.claims[0]
    assert (claim.kind, claim.eligible) == ("inpatient", "1205")
    assert w.claims.table.rowCount() == 1  # and no phantom row


def test_ctrl_n_then_tab_through_the_row(qtbot: Any, wizard: Any) -> None:
    clerk.next_page(qtbot, wizard)
    clerk.press(qtbot, Qt.Key.Key_N, CTRL)
    table = wizard.claims.table
    assert clerk.focus() is table.cellWidget(0, 3)
    qtbot.keyClicks(clerk.focus(), "1200")
    assert clerk.tab(qtbot) is table.cellWidget(0, 4)
    qtbot.keyClicks(clerk.focus(), "300")
    assert clerk.tab(qtbot) is table.cellWidget(0, 5).edit
    qtbot.keyClicks(clerk.focus(), "20250601")
    assert clerk.tab(qtbot, 3, back=True) is table.cellWidget(0, 2)  # 就医地
    clerk.press(qtbot, Qt.Key.Key_Down)  # 规范转诊异地
    assert clerk.tab(qtbot, back=True) is table.cellWidget(0, 1)
    clerk.press(qtbot, Qt.Key.Key_End)  # the last tier the kind allows: 药店
    assert clerk.tab(qtbot, back=True) is table.cellWidget(0, 0)
    c = wizard.model.answers.claims[0]
    assert (c.eligible, c.excluded, c.place, c.facility) == ("1200", "300", "referred", "pharmacy")
    assert wizard.model.case()["claims"][0]["date"] == "2025-06-01"
    assert table.cellWidget(0, 5).edit.text() == "2025-06-01"  # tidied on leaving the field


def test_the_calendar_is_a_help_that_fits_on_the_screen(qtbot: Any, wizard: Any) -> None:
    clerk.next_page(qtbot, wizard)
    clerk.press(qtbot, Qt.Key.Key_N, CTRL)
    day = wizard.claims.table.cellWidget(0, 5)
    clerk.click(qtbot, day.edit)
    qtbot.keyClicks(day.edit, "20250315")
    clerk.press(qtbot, Qt.Key.Key_F4)
    popup = day.popup
    assert popup is not None and popup.isVisible()
    screen = day.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry()), (screen, popup.frameGeometry())
    assert popup.selectedDate().toString("yyyy-MM-dd") == "2025-03-15"
    clerk.press(qtbot, Qt.Key.Key_Right)  # the calendar has the keys: one day on
    clerk.press(qtbot, Qt.Key.Key_Return)
    assert wizard.model.answers.claims[0].date == "2025-03-16"
    assert clerk.focus() is day.edit


def test_impossible_input_is_refused_at_the_field(qtbot: Any, wizard: Any) -> None:
    page = wizard.identity
    for typed in ("1e3", "1_000"):
        clerk.click_type(qtbot, page.account, typed)
        assert page.account_error.isVisible(), typed
        assert "不是有效金额" in page.account_error.text()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    clerk.click_type(qtbot, page.account, "1,000")  # grouped as people write it: fine
    assert not page.account_error.isVisible()
    for typed, words in (
        ("1800-01-01", "不能早于 1900-01-01"),
        ("20300101", "不能晚于结算年度"),
        ("2025-13-01", "不是有效日期"),
    ):
        clerk.click_type(qtbot, page.birth, typed)
        assert words in page.birth_error.text(), (typed, page.birth_error.text())
        assert page.birth.property("invalid") is True
    clerk.click_type(qtbot, page.birth, "19800501")
    assert not page.birth_error.isVisible()
    assert wizard.model.case()["person"]["birth_date"] == "1980-05-01"


def test_opening_a_case_keeps_its_medical_aid_status(qtbot: Any) -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "resident", "medical_aid": "minimum_living"},
        "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "40000"}],
    }
    w = open_case(qtbot, case)
    assert w.model.answers.medical_aid == "minimum_living"
    assert w.identity.aid.currentText() == "低保家庭成员"
    w.show_results()
    from jxdesk.core.api import estimate

    assert w.model.result().medical.out_of_pocket == estimate(case).medical.out_of_pocket
    assert w.model.result().medical.medical_aid > 0


def test_fertility_not_asked_is_not_estimated_and_asking_adds_no_child(
    qtbot: Any, wizard: Any
) -> None:
    clerk.next_page(qtbot, wizard)
    clerk.next_page(qtbot, wizard)
    card = wizard.results.fertility
    assert card.total.value.text() == "未估算"
    link = next(b for b in wizard.results.summary.links if b.property("target") == Page.IDENTITY)
    clerk.click(qtbot, link)
    clerk.set_box(qtbot, wizard.identity.children_box, True)
    assert wizard.model.answers.children == []
    clerk.next_page(qtbot, wizard)
    clerk.next_page(qtbot, wizard)
    assert wizard.currentId() == Page.FAMILY and wizard.family.table.rowCount() == 0


def test_quit_asks_before_losing_a_case(qtbot: Any, wizard: Any) -> None:
    quit_button = wizard.button(QWizard.WizardButton.CancelButton)
    clerk.click_type(qtbot, wizard.identity.account, "500")
    clerk.click(qtbot, quit_button)
    box = wizard.quit_box
    assert box is not None and box.isVisible() and wizard.isVisible()
    stay = next(b for b in box.buttons() if b.text() == "取消")
    clerk.click(qtbot, stay)
    assert wizard.isVisible() and wizard.model.answers.account_balance == "500"
    clerk.click(qtbot, quit_button)
    leave = next(b for b in wizard.quit_box.buttons() if b.text() == "不保存")
    clerk.click(qtbot, leave)
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_quit_with_nothing_entered_just_quits(qtbot: Any, wizard: Any) -> None:
    clerk.click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.quit_box is None


def test_the_explanation_behind_you_pay_is_whole(qtbot: Any) -> None:
    example = WORKED_EXAMPLES / "referred-out-of-city-with-critical-illness.json"
    case = json.loads(example.read_text("utf-8"))["case"]
    case["person"]["medical_aid"] = "minimum_living"
    case["claims"].append({"kind": "outpatient", "facility": "level2", "eligible": "900"})
    w = open_case(qtbot, case)
    w.show_results()
    clerk.click(qtbot, w.results.medical.buttons["out_of_pocket"])
    lines = w.results.dialog.lines
    text = "\n".join(lines)
    assert "第1笔" in text and "第2笔" in text  # every claim
    assert "大病保险" in text and "医疗救助" in text  # and the steps after the fund
    pays = w.model.result().medical.out_of_pocket
    assert f"{pays:,.2f}" in w.results.dialog.windowTitle()
    w.results.dialog.accept()


def test_figures_use_the_glossary_names(qtbot: Any, wizard: Any) -> None:
    from jxdesk.core.glossary import PAYERS

    clerk.next_page(qtbot, wizard)
    clerk.press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(clerk.focus(), "20000")
    clerk.next_page(qtbot, wizard)
    names = {p: b.name.text().replace("<b>", "").replace("</b>", "") for p, b in
             wizard.results.medical.buttons.items()}  # fmt: skip
    for part, name in names.items():
        assert name == PAYERS[part].zh, part


def test_amount_fields_are_right_aligned(qtbot: Any, wizard: Any) -> None:
    for edit in (wizard.identity.account, wizard.identity.prior, wizard.family.base):
        assert edit.alignment() & Qt.AlignmentFlag.AlignRight, edit.accessibleName()


def test_the_save_dialog_is_in_one_language_and_opens_at_home(
    qtbot: Any, wizard: Any, monkeypatch: Any, english: None
) -> None:
    from jxdesk.gui.qt import QFileDialog

    seen: list[tuple[Any, ...]] = []

    def ask(parent: Any, caption: str, folder: str, filters: str, **kw: Any) -> tuple[str, str]:
        seen.append((caption, folder, filters, kw.get("options")))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    clerk.next_page(qtbot, wizard)
    clerk.next_page(qtbot, wizard)
    clerk.click(qtbot, wizard.results.pdf_button)
    caption, folder, filters, options = seen[0]
    assert (caption, filters) == ("Export PDF", "PDF files (*.pdf)")  # (导出 PDF: one name)
    assert Path(folder).parent in (Path.home(), Path.home() / "Documents")
    assert Path(folder).name == "estimate.pdf"
    assert options & QFileDialog.Option.DontUseNativeDialog  # Qt's dialog, in our language
    assert Path.cwd() != Path(folder).parent or Path.cwd() == Path.home()


def test_the_new_inputs_of_page_one_are_typed_in(qtbot: Any, wizard: Any) -> None:
    """R15-R17 on page 1: 参保方式 and its date, 不知道当年账户余额 → the base, 历年账户."""
    page = wizard.identity
    clerk.click(qtbot, page.year)
    clerk.tab(qtbot, 3)  # aid, birth date, 参保方式
    assert clerk.focus() is page.route
    assert not page.enrolled.isVisible()
    clerk.choose(qtbot, 1)  # 单位新参保登记
    assert page.route_hint.text() == i18n.ENROLLMENT_HINT["employer_registration"]
    assert clerk.tab(qtbot) is page.enrolled
    qtbot.keyClicks(clerk.focus(), "20250310")
    clerk.set_box(qtbot, page.estimate, True)
    assert not page.account.isEnabled() and page.base.isVisible()
    clerk.click_type(qtbot, page.base, "8000")
    clerk.click_type(qtbot, page.prior, "2500")
    person = wizard.model.case()["person"]
    assert person["enrollment"] == {"route": "employer_registration", "date": "2025-03-10"}
    assert person["estimate_account"] is True and person["contribution_base"] == "8000"
    assert person["prior_account_balance"] == "2500" and "account_balance" not in person
    clerk.next_page(qtbot, wizard)
    clerk.press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(clerk.focus(), "5000")
    clerk.tab(qtbot, 2)
    qtbot.keyClicks(clerk.focus(), "20250601")
    clerk.next_page(qtbot, wizard)
    result = wizard.model.result()
    assert result.medical.benefits_from.isoformat() == "2025-04-01"  # the 1st of month M+1
    assert "2025-04-01" in wizard.results.medical.start.text()
    # R17: 2% of 8,000 = 160.00 a month, x 12 = 1,920.00, all spent on the 5,000 first;
    # the fund pays 2,618.00 of the rest and the prior-years account the 462.00 left
    assert result.medical.account == Decimal("1920.00")
    assert result.medical.prior_account == Decimal("462.00")
    assert clerk.shown(wizard)["medical.prior_account"] == Decimal("462.00")
    assert result.medical.out_of_pocket == 0
