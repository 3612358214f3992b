"""Issue 19: a year typed into 结算年度 that the counter does not offer is kept as typed and
named, never clamped (a spin box turned 2028 into 2027 and 2024 into 2025 without a word).
On a December-2026 clock the years offered are 2025 to 2026 (R19, `clock.counter_years`):
2028 and 2024 stay in the field, the message names 2025 and 2026, 下一步 and 回到结果 are
off with it as their reason, in both languages; 2026 typed over it clears it."""

from __future__ import annotations

from typing import Any

import pytest

from gui import clerk
from jxdesk.gui.qt import QWizard
from jxdesk.gui.viewmodel import Page

WORDS = {
    "zh": "请填写 2025–2026 年中的一年",
    "en": "enter a year from 2025 to 2026",
}


@pytest.fixture
def december(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("JXDESK_TODAY", "2026-12-07")
    return qtbot.__class__  # (only the order matters: the clock before the wizard)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_year_not_offered_stays_as_typed_and_is_named(
    qtbot: Any, december: Any, wizard: Any, lang: str, request: Any
) -> None:
    if lang == "en":
        request.getfixturevalue("english")
        wizard.model.set_lang("en")
    page = wizard.identity
    field = page.year
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    assert field.text() == "2026" and wizard.model.answers.years == (2025, 2026)
    for typed in ("2028", "2024"):
        clerk.click_type(qtbot, field, typed)
        assert clerk.tab(qtbot) is page.aid  # left: the field keeps what was typed
        assert field.text() == typed and wizard.model.answers.year == 2026
        assert page.year_error.isVisible() and page.year_error.text() == WORDS[lang]
        assert field.property("invalid") and field.toolTip() == WORDS[lang]
        assert not nxt.isEnabled() and WORDS[lang] in nxt.toolTip()
    clerk.click_type(qtbot, field, "2025")
    assert wizard.model.answers.year == 2025 and not page.year_error.isVisible()
    assert nxt.isEnabled() and not field.property("invalid")
    # from the results page: 回到结果 is off while the year is one not offered
    wizard.to_results()
    assert wizard.currentId() == int(Page.RESULTS)
    wizard.edit(Page.IDENTITY)
    back = wizard.button(QWizard.WizardButton.CustomButton2)
    clerk.click_type(qtbot, field, "2028")
    assert field.text() == "2028"
    assert back.isVisible() and not back.isEnabled() and WORDS[lang] in back.toolTip()
    clerk.click_type(qtbot, field, "2026")
    assert back.isEnabled() and wizard.model.answers.year == 2026


def test_up_and_down_step_through_the_years_offered(qtbot: Any, december: Any, wizard: Any) -> None:
    field = wizard.identity.year
    clerk.click(qtbot, field)
    clerk.press(qtbot, clerk.Qt.Key.Key_Up)  # 2026 is the last offered: stays
    assert field.text() == "2026"
    clerk.press(qtbot, clerk.Qt.Key.Key_Down)
    clerk.press(qtbot, clerk.Qt.Key.Key_Down)
    assert field.text() == "2025" and wizard.model.answers.year == 2025
    clerk.type_text(qtbot, "2031")
    clerk.press(qtbot, clerk.Qt.Key.Key_Down)  # from a year not offered: the last one
    assert field.text() == "2026" and wizard.model.answers.year == 2026


@pytest.mark.parametrize("shortcut", ["save", "save_as"])
def test_a_year_not_offered_is_not_saved_as_another(
    qtbot: Any,
    december: Any,
    wizard: Any,
    counter: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
    shortcut: str,
) -> None:
    # the answers keep the last year offered while 2028 is on screen: a file written now
    # would say 2026, which the clerk does not see. Ctrl+S / Ctrl+Shift+S write nothing and
    # the status bar says why; once the year is one offered, Ctrl+S saves it.
    from jxdesk.gui.qt import QFileDialog

    out = tmp_path / "case.json"
    asked: list[str] = []

    def chosen(*_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append("dialog")
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    field = wizard.identity.year
    clerk.click_type(qtbot, field, "2028")
    clerk.tab(qtbot)
    mods = clerk.Qt.KeyboardModifier.ControlModifier
    if shortcut == "save_as":
        mods |= clerk.Qt.KeyboardModifier.ShiftModifier
    clerk.press(qtbot, clerk.Qt.Key.Key_S, mods)
    assert asked == [] and not out.exists()
    said = wizard.case_file.status.currentMessage()
    assert said == f"未保存：结算年度“2028”不能用，{WORDS['zh']}"
    assert field.text() == "2028"
    clerk.click_type(qtbot, field, "2025")
    clerk.press(qtbot, clerk.Qt.Key.Key_S, mods)
    assert asked == ["dialog"] and '"year": 2025' in out.read_text("utf-8")
