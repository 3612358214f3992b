"""pytest-qt walks the wizard offscreen: each path a person takes, validation, language,
keyboard, 修改 from the results, print to PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from gui import clerk
from jxdesk.gui.qt import QAbstractButton, QComboBox, QLineEdit, QSpinBox, Qt, QWidget, QWizard
from jxdesk.gui.viewmodel import Page

NEXT = QWizard.WizardButton.NextButton


def type_in(qtbot, edit: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the field and type ASCII into what has the focus (Chinese via keyClicks
    would abort the process)."""
    clerk.click_type(qtbot, edit, text)


def press(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Tick a box or choose a radio button with the mouse."""
    clerk.click(qtbot, widget)


def go_next(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    clerk.next_page(qtbot, wizard)


def add_claim(
    qtbot, wizard, kind: str, facility: str, place: str, eligible: str, excluded: str = ""
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N, the amounts typed, then Shift+Tab back to the kind, tier and place."""
    claim = {"kind": kind, "facility": facility, "place": place}
    claim.update(eligible=eligible, excluded=excluded)
    clerk.key_claims(qtbot, wizard, {"claims": [claim]}, first=wizard.claims.table.rowCount())


def test_employee_two_hospital_stays(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page1 = wizard.identity
    press(qtbot, page1.scheme_buttons["employee"])
    type_in(qtbot, page1.account, "1500")
    go_next(qtbot, wizard)
    assert wizard.currentId() == Page.CLAIMS
    add_claim(qtbot, wizard, "inpatient", "level3", "local", "50000", "3000")
    add_claim(qtbot, wizard, "inpatient", "level2", "referred", "80000")
    assert "共 2 笔" in wizard.claims.subtotal.text()
    assert "130,000.00" in wizard.claims.subtotal.text()
    go_next(qtbot, wizard)
    assert wizard.currentId() == Page.RESULTS  # no children: page 3 is skipped
    r = wizard.model.result()
    assert r is not None and r.medical.fund > 0
    card = wizard.results.medical
    assert card.buttons["fund"].value.text().startswith("¥") is False
    assert card.total.accessibleName().endswith("元")
    assert wizard.results.whatif.rows.count() > 0


def test_facilities_follow_the_kind(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_next(qtbot, wizard)
    qtbot.mouseClick(wizard.claims.add_button, Qt.MouseButton.LeftButton)
    kind: QComboBox = wizard.claims.table.cellWidget(0, 0)
    assert clerk.tab(qtbot, 3, back=True) is kind  # from the amount: place, tier, kind
    qtbot.keyClick(kind, Qt.Key.Key_End)  # 家庭病床, the last kind
    assert wizard.model.answers.claims[0].kind == "home_bed"
    facility: QComboBox = wizard.claims.table.cellWidget(0, 1)
    assert [facility.itemData(i) for i in range(facility.count())] == ["primary"]
    qtbot.keyClick(kind, Qt.Key.Key_Up)  # 住院
    facility = wizard.claims.table.cellWidget(0, 1)
    assert facility.findData("pharmacy") == -1
    assert clerk.tab(qtbot) is facility  # the new tier box is in the tab chain


def test_resident_outpatient_year(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, wizard.identity.scheme_buttons["resident"])
    assert not wizard.identity.account.isVisible()
    go_next(qtbot, wizard)
    for facility, amount in (("primary", "800"), ("level2", "1500"), ("pharmacy", "300")):
        add_claim(qtbot, wizard, "outpatient", facility, "local", amount)
    qtbot.mouseClick(wizard.claims.up_button, Qt.MouseButton.LeftButton)  # reorder works
    assert wizard.model.answers.claims[1].facility == "pharmacy"
    go_next(qtbot, wizard)
    r = wizard.model.result()
    assert r is not None
    assert r.medical.account == 0 and r.medical.eligible == Decimal("2600")


def test_mother_of_twins(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, wizard.identity.children_box)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.currentId() == Page.FAMILY
    family = wizard.family
    assert family.table.rowCount() == 0  # ticking 估算生育补助 added no child
    qtbot.mouseClick(family.add_button, Qt.MouseButton.LeftButton)
    clerk.type_text(qtbot, "20250501")  # the cursor is in the birth date: digits only
    qtbot.mouseClick(family.twin_button, Qt.MouseButton.LeftButton)
    assert [c.birth_date for c in wizard.model.answers.children] == ["2025-05-01"] * 2
    assert not wizard.button(NEXT).isEnabled()  # the employee mother's base is missing
    assert not family.base_error.isVisible()  # not while the field was never touched
    assert "缴费基数" in wizard.button(NEXT).toolTip()  # 下一步 says why it is off
    type_in(qtbot, family.base, "9000")
    assert not wizard.button(NEXT).isEnabled()  # the months are asked for (no default 12)
    assert "连续缴费月数" in wizard.button(NEXT).toolTip()
    type_in(qtbot, family.months, "-3")  # kept as typed, and said to be wrong
    assert family.months.text() == "-3" and family.months_error.isVisible()
    type_in(qtbot, family.months, "12")
    assert wizard.button(NEXT).isEnabled()
    go_next(qtbot, wizard)
    r = wizard.model.result()
    assert r is not None
    assert r.fertility.prenatal_subsidy == Decimal("3000")  # order 1 and order 2
    assert r.fertility.maternity_leave_days == 98 + 90 + 15
    assert wizard.results.fertility.note.text() == "产假 203 天"


def test_medical_aid_child(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page1 = wizard.identity
    press(qtbot, page1.scheme_buttons["resident"])
    clerk.click(qtbot, page1.year)
    assert clerk.tab(qtbot) is page1.aid
    clerk.choose(qtbot, page1.aid.findText("困境儿童"))
    press(qtbot, page1.flag_boxes["targeted_child_illness"])
    type_in(qtbot, page1.birth, "2019-05-01")
    go_next(qtbot, wizard)
    add_claim(qtbot, wizard, "inpatient", "level3", "local", "120000")
    go_next(qtbot, wizard)
    r = wizard.model.result()
    assert r is not None and r.medical.medical_aid > 0 and r.medical.critical_illness > 0
    assert r.premium.total == Decimal("680.00")  # aid persons: contribution paid in full
    assert wizard.results.medical.buttons["medical_aid"].isVisible()


def test_invalid_amounts_keep_next_disabled(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    type_in(qtbot, wizard.identity.account, "12.345")
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.identity.account_error.text() == "最多两位小数（精确到分）"
    assert wizard.identity.account_error.isVisible()
    type_in(qtbot, wizard.identity.account, "12.34")
    go_next(qtbot, wizard)
    add_claim(qtbot, wizard, "outpatient", "primary", "local", "-100")
    assert not wizard.button(NEXT).isEnabled()
    cell = wizard.claims.table.cellWidget(0, 3)
    assert cell.property("invalid") is True
    assert "金额不能为负数" in wizard.claims.errors.text()
    type_in(qtbot, cell, "abc")
    assert "不是有效金额" in wizard.claims.errors.text()
    type_in(qtbot, cell, "100")
    assert wizard.button(NEXT).isEnabled()
    assert not wizard.claims.errors.isVisible()


def test_enter_advances_and_every_control_is_named(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    clerk.click(qtbot, wizard.identity.account)
    clerk.press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == Page.CLAIMS
    add_claim(qtbot, wizard, "outpatient", "level2", "local", "300")
    clerk.click(qtbot, wizard.claims.table.cellWidget(0, 3))
    clerk.press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == Page.RESULTS
    kinds = (QAbstractButton, QLineEdit, QComboBox, QSpinBox)
    for w in wizard.findChildren(QWidget):
        if (
            isinstance(w, kinds)
            and w.isVisibleTo(wizard)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            assert w.accessibleName(), (type(w).__name__, getattr(w, "text", lambda: "")())


def test_change_from_results_updates_at_once(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_next(qtbot, wizard)
    add_claim(qtbot, wizard, "inpatient", "level3", "local", "10000")
    go_next(qtbot, wizard)
    before = wizard.model.result().medical.out_of_pocket
    link = next(b for b in wizard.results.summary.links if b.property("target") == Page.CLAIMS)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Page.CLAIMS
    back = wizard.button(QWizard.WizardButton.CustomButton2)
    assert back.isVisible()
    type_in(qtbot, wizard.claims.table.cellWidget(0, 3), "20000")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Page.RESULTS
    after = wizard.model.result().medical.out_of_pocket
    assert after > before
    assert wizard.results.medical.buttons["out_of_pocket"].value.text().startswith(f"{after:,.2f}")


def test_amount_opens_its_explanation(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_next(qtbot, wizard)
    add_claim(qtbot, wizard, "inpatient", "level3", "local", "10000")
    go_next(qtbot, wizard)
    qtbot.mouseClick(wizard.results.medical.buttons["fund"], Qt.MouseButton.LeftButton)
    dialog = wizard.results.dialog
    assert dialog is not None and dialog.isVisible()
    assert any("第十七条" in line for line in dialog.lines)
    assert "统筹基金" in dialog.windowTitle()
    dialog.accept()


def test_language_switch_at_run_time(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.app import Language
    from jxdesk.gui.qt import QApplication

    language = Language(QApplication.instance())
    wizard.language_requested.connect(
        lambda lang: (language.apply(lang, qt_dialogs=False), wizard.model.set_lang(lang))
    )
    lang_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert lang_button.text() == "English"
    qtbot.mouseClick(lang_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: wizard.button(NEXT).text() == "Next")
        assert lang_button.text() == "中文"
        assert wizard.identity.scheme_buttons["retiree"].text() == "Retiree"
        assert wizard.identity.header.title.text() == "Insurance"
        type_in(qtbot, wizard.identity.account, "-1")
        assert wizard.identity.account_error.text() == "must not be negative"
        type_in(qtbot, wizard.identity.account, "1000")
        go_next(qtbot, wizard)
        add_claim(qtbot, wizard, "outpatient", "level2", "local", "3000")
        go_next(qtbot, wizard)
        assert wizard.results.medical.title.text() == "Medical reimbursement"
        assert "yuan" in wizard.model.explanation("fund")[-1]
        assert wizard.results.medical.total.value.text().startswith("¥")
    finally:
        qtbot.mouseClick(lang_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == "下一步")
    assert wizard.results.medical.title.text() == "医疗报销"


def test_save_pdf_text_extracts_back(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, wizard.identity.children_box)
    go_next(qtbot, wizard)
    add_claim(qtbot, wizard, "inpatient", "level3", "local", "50000", "3000")
    go_next(qtbot, wizard)
    type_in(qtbot, wizard.family.base, "9000")
    type_in(qtbot, wizard.family.months, "12")
    go_next(qtbot, wizard)
    out = tmp_path / "estimate.pdf"
    assert wizard.results.save_pdf(str(out))
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "").replace("\n", "")
    for wanted in (
        "本结果为估算，仅供参考，以医保经办机构实际结算为准",
        "嘉政发〔2024〕22号",
        "统筹基金",
        "生育补助",
        "参保补助",
        "第十七条",
        "39,360.00",
    ):
        assert wanted in text, wanted
