"""Contrast of every text colour, and the printout's content (both Qt-free)."""

from __future__ import annotations

from datetime import date

from jxdesk.gui import i18n, theme
from jxdesk.gui.answers import Answers, ClaimAnswer
from jxdesk.gui.counter.report import report_html
from jxdesk.gui.viewmodel import WizardModel


def test_every_text_colour_has_contrast() -> None:
    for fg, bg in theme.TEXT_PAIRS:
        assert theme.contrast(fg, bg) >= 4.5, (fg, bg)


def test_contrast_formula() -> None:
    assert round(theme.contrast("#000000", "#ffffff"), 1) == 21.0


def test_large_text_scales_everything() -> None:
    assert theme.Sizes(1.5).body == 18
    assert "font-size: 18pt" in theme.stylesheet(theme.Sizes(1.5))


def test_report_has_answers_estimates_explanation_rules_and_disclaimer() -> None:
    model = WizardModel(Answers(claims=[ClaimAnswer("inpatient", "level3", "local", "50000")]))
    html = report_html(model, i18n.same, today=date(2025, 7, 1))
    for text in (
        "打印日期：2025-07-01",
        "参保身份",
        "统筹基金",
        "生育补助",
        "参保补助",
        "第十七条",
        "嘉政发〔2024〕22号",
        "本结果为估算，仅供参考，以医保经办机构实际结算为准",
    ):
        assert text in html, text


def test_report_of_an_invalid_case_says_so() -> None:
    model = WizardModel(Answers(claims=[ClaimAnswer(eligible="x")]))
    assert i18n.NOT_READY in report_html(model, i18n.same)
