"""A clerk's hands: key a whole case into the counter wizard with mouse clicks and key
presses only, every key sent to `QApplication.focusWidget()` (never setText, setValue or
the view model), then read back what the results page shows.

`key_in(qtbot, wizard, case)` walks page 1 to 3 the way a person at the counter does:
click a field (or Tab to it) and type; Ctrl+N for a claim, whose cursor lands in its
医保范围内 amount; Tab to 自费 and the date; Shift+Tab back to the row's kind, tier and
place, chosen with Home and the arrow keys; Enter or 下一步 to go on. Along the way it
asserts the focus is where a clerk expects it, so a broken tab order fails here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jxdesk.gui.codes import (
    ENROLLMENT_ROUTES,
    KINDS,
    MEDICAL_AID,
    PLACES,
    SCHEMES,
    allowed_facilities,
)
from jxdesk.gui.qt import QApplication, QCheckBox, QComboBox, QLineEdit, QSpinBox, Qt, QWidget
from jxdesk.gui.viewmodel import Page

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focus(), key, mods)


def type_text(qtbot: Any, text: str) -> None:
    """Type ASCII into whatever has the focus, replacing what it holds."""
    press(qtbot, Qt.Key.Key_A, CTRL)  # select all (line edits and spin boxes)
    if text:
        qtbot.keyClicks(focus(), text)
    else:
        press(qtbot, Qt.Key.Key_Delete)


def tab(qtbot: Any, times: int = 1, back: bool = False) -> QWidget:
    for _ in range(times):
        if back:
            press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        else:
            press(qtbot, Qt.Key.Key_Tab)
    return focus()


def click(qtbot: Any, widget: QWidget) -> None:
    """A left click in the middle of a widget (a line edit then has the text cursor)."""
    from jxdesk.gui.qt import QRadioButton

    if not widget.isVisible():  # built just now: Qt shows it at the next turn of the loop
        qtbot.waitUntil(widget.isVisible, timeout=1000)
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    window = widget.window()
    if not window.isActiveWindow():  # a click on a window activates it (the window manager)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    pos = widget.rect().center()
    if isinstance(widget, QCheckBox | QRadioButton):  # on the box: the row may be wider
        pos.setX(min(12, widget.width() // 2))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def click_type(qtbot: Any, edit: QWidget, text: str) -> None:
    click(qtbot, edit)
    assert focus() is edit, (focus().accessibleName(), edit.accessibleName())
    type_text(qtbot, text)


def choose(qtbot: Any, index: int) -> None:
    """Choose item `index` of the focused combo from the keyboard: Home, then Down."""
    box = focus()
    assert isinstance(box, QComboBox), type(box).__name__
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(index):
        press(qtbot, Qt.Key.Key_Down)
    assert box.currentIndex() == index


def set_box(qtbot: Any, box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        click(qtbot, box)
    assert box.isChecked() == on


def next_page(qtbot: Any, wizard: Any) -> None:
    from jxdesk.gui.qt import QWizard

    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.model.problems()
    click(qtbot, button)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# ---- the pages
def key_identity(qtbot: Any, wizard: Any, case: dict[str, Any]) -> None:
    page = wizard.identity
    p = case.get("person") or {}
    click(qtbot, page.scheme_buttons[p.get("scheme", "employee")])
    click_type(qtbot, page.year, str(case.get("year", 2025)))
    assert tab(qtbot) is page.aid
    choose(qtbot, MEDICAL_AID.index(p.get("medical_aid", "none")))
    assert tab(qtbot) is page.birth
    type_text(qtbot, _text(p.get("birth_date")).replace("-", ""))  # as digits: 20180601
    enrollment = p.get("enrollment") or {}
    if page.route.isVisible():
        assert tab(qtbot) is page.route
        choose(qtbot, ENROLLMENT_ROUTES.index(enrollment.get("route", "annual")))
        if enrollment.get("date") and page.enrolled.isVisible():  # (annual: no date)
            assert tab(qtbot) is page.enrolled
            type_text(qtbot, str(enrollment["date"]))
    if page.account_box.isVisible():
        if p.get("estimate_account"):
            set_box(qtbot, page.estimate, True)
            if page.base.isVisible():
                click_type(qtbot, page.base, _text(p.get("contribution_base")))
        else:
            set_box(qtbot, page.estimate, False)
            click_type(qtbot, page.account, _text(p.get("account_balance")))
        click_type(qtbot, page.prior, _text(p.get("prior_account_balance")))
    defaults = {"hukou_jiaxing": True}
    for attr, box in page.flag_boxes.items():
        set_box(qtbot, box, bool(p.get(attr, defaults.get(attr, False))))
    asks = bool(case.get("children")) or case.get("mother") is not None
    set_box(qtbot, page.children_box, asks)


def key_claims(qtbot: Any, wizard: Any, case: dict[str, Any], first: int = 0) -> None:
    """Each claim of the case as a new row (`first`: the rows there already)."""
    page = wizard.claims
    for i, c in enumerate(case.get("claims") or [], start=first):
        press(qtbot, Qt.Key.Key_N, CTRL)  # a new row, the cursor in its amount
        assert page.table.rowCount() == i + 1  # no phantom row
        amount = focus()
        assert amount is page.table.cellWidget(i, 3), f"Ctrl+N: the cursor is in {amount!r}"
        assert isinstance(amount, QLineEdit)
        type_text(qtbot, _text(c.get("eligible")))
        assert tab(qtbot) is page.table.cellWidget(i, 4)  # 自费
        type_text(qtbot, _text(c.get("excluded")))
        assert tab(qtbot) is page.table.cellWidget(i, 5).edit  # 日期
        type_text(qtbot, _text(c.get("date")))
        kind = tab(qtbot, 5, back=True)  # Shift+Tab: place, tier, kind
        assert kind is page.table.cellWidget(i, 0)
        choose(qtbot, KINDS.index(c["kind"]))
        assert tab(qtbot) is page.table.cellWidget(i, 1)
        choose(qtbot, allowed_facilities(c["kind"]).index(c["facility"]))
        assert tab(qtbot) is page.table.cellWidget(i, 2)
        choose(qtbot, PLACES.index(c.get("place", "local")))


def key_family(qtbot: Any, wizard: Any, case: dict[str, Any]) -> None:
    page = wizard.family
    for i, ch in enumerate(case.get("children") or []):
        click(qtbot, page.add_button)
        assert page.table.rowCount() == i + 1
        assert focus() is page.cells[(i, 0)].edit  # the cursor in the new child's birth date
        type_text(qtbot, str(ch["birth_date"]))
        order = tab(qtbot)
        assert isinstance(order, QSpinBox)
        type_text(qtbot, str(ch["order"]))
        for col, attr in ((2, "registered_in_jiaxing"), (3, "resident_insured")):
            box = tab(qtbot)
            assert box is page.cells[(i, col)]
            if box.isChecked() != bool(ch.get(attr, True)):
                press(qtbot, Qt.Key.Key_Space)
        box = tab(qtbot)
        if box.isChecked() != bool(ch.get("disabled_certified", False)):
            press(qtbot, Qt.Key.Key_Space)
    m = case.get("mother")
    if case.get("children"):
        assert tab(qtbot) is page.include  # from the last child's last box
        if page.include.isChecked() != (m is not None):
            press(qtbot, Qt.Key.Key_Space)
    else:  # a click gives it the focus (twice where it already shows the answer)
        if page.include.isChecked() == (m is not None):
            click(qtbot, page.include)
        click(qtbot, page.include)
    assert page.include.isChecked() == (m is not None)
    if m is None:
        return
    assert tab(qtbot) is page.scheme
    choose(qtbot, SCHEMES.index(m["scheme"]))
    set_box(qtbot, page.hukou, bool(m.get("hukou_jiaxing", True)))
    click_type(qtbot, page.base, _text(m.get("contribution_base")))
    click_type(qtbot, page.months, str(m.get("continuous_months", 0)))
    click_type(qtbot, page.leave, _text(m.get("leave_days") or 0))
    set_box(qtbot, page.difficult, bool(m.get("difficult_labour", False)))


def key_in(qtbot: Any, wizard: Any, case: dict[str, Any]) -> None:
    """Key in a whole case from page 1 and go on to the results page."""
    assert wizard.currentId() == Page.IDENTITY
    key_identity(qtbot, wizard, case)
    next_page(qtbot, wizard)
    assert wizard.currentId() == Page.CLAIMS
    key_claims(qtbot, wizard, case)
    next_page(qtbot, wizard)
    if wizard.currentId() == Page.FAMILY:
        key_family(qtbot, wizard, case)
        next_page(qtbot, wizard)
    assert wizard.currentId() == Page.RESULTS, wizard.model.problems()


# ---- what the results page shows
MEDICAL_SHOWN = (
    "fund",
    "account",
    "prior_account",
    "critical_illness",
    "medical_aid",
    "out_of_pocket",
)
FERTILITY_SHOWN = (
    "prenatal_subsidy",
    "childcare_allowance",
    "national_childcare_subsidy",
    "maternity_allowance",
)
_AMOUNT = re.compile(r"-?[\d,]+\.\d\d")


def amount(text: str) -> Decimal:
    """'39,109.60 元' or '¥39,109.60' -> Decimal('39109.60')."""
    m = _AMOUNT.search(text)
    assert m, text
    return Decimal(m.group(0).replace(",", ""))


def shown(wizard: Any) -> dict[str, Decimal | None]:
    """Every figure the results page shows, by the result field it stands for
    (None: the line is not shown)."""
    results = wizard.results
    out: dict[str, Decimal | None] = {"medical.paid": amount(results.medical.total.value.text())}
    for part, b in results.medical.buttons.items():
        out[f"medical.{part}"] = amount(b.value.text()) if b.isVisibleTo(results) else None
    fertility = results.fertility
    out["fertility.total"] = (
        amount(fertility.total.value.text()) if wizard.model.fertility_asked else None
    )
    for part, b in fertility.buttons.items():
        out[f"fertility.{part}"] = amount(b.value.text()) if b.isVisibleTo(results) else None
    premium = results.premium.total.value.text()  # 尚未公布: the year's figure is not out
    out["premium.total"] = None if premium == "尚未公布" else amount(premium)
    return out
