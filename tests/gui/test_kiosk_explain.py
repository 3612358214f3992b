"""The kiosk's 为什么是这个数？ and 规则依据 pages: the steps behind the result, grouped by
bill, with their articles, in the kiosk's language; full screen, by touch, read-only,
and wiped with everything else."""

from __future__ import annotations

import pytest

from gui import kiosk_fixtures
from jxdesk.core.trace import Step as TraceStep
from jxdesk.gui.answers import Answers
from jxdesk.gui.engine import Engine
from jxdesk.gui.kiosk import style
from jxdesk.gui.kiosk.demo import Bill, Session, fill
from jxdesk.gui.kiosk.explain import day, explain_sections, group_of, rules_sections
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.reading import ExplainPage, RulesPage
from jxdesk.gui.qt import QApplication, QLabel, QScroller, tr

kiosk = kiosk_fixtures.kiosk  # the fixture

#: an employee with a card account: an inpatient bill (第十七条) and a clinic visit
EMPLOYEE = Session(
    scheme="employee",
    account="1500",
    bills=(
        Bill("inpatient", "level3", "local", "74719.28", "1200"),  # 73,519.28 in scope
        Bill("outpatient", "primary", "local", "300"),
    ),
)
#: a resident on minimum living allowance: 大病保险 for aid recipients, 医疗救助, premium help
RESIDENT_AID = Session(
    scheme="resident",
    aid="minimum_living",
    bills=(Bill("inpatient", "level2", "local", "40000"),),
)


tapper = kiosk_fixtures.tapper


def shown_text(page: ExplainPage | RulesPage) -> str:
    """What the person can read on the page: every visible label's words."""
    labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]
    return "\n".join(w.accessibleName() for w in labels)


# ---- Qt-free: grouping and order
def _step(code: str, **kw) -> TraceStep:  # type: ignore[no-untyped-def]
    return TraceStep(code, kw.pop("article", ""), {}, **kw)


def test_steps_are_grouped_by_bill_then_serious_illness_then_aid() -> None:
    steps = [
        _step("claim_header", subject="claim:1", article="第六十八条"),
        _step("outpatient_fund", subject="claim:1", explains="fund", article="第十六条"),
        _step("claim_header", subject="claim:0"),
        _step("inpatient_band", subject="claim:0", explains="fund", article="第十七条"),
        _step("medical_total", explains="out_of_pocket"),
        _step("aid_category", article="第三十六条"),
        _step("medical_aid", explains="medical_aid", article="第三十六条"),
        _step("critical_illness", explains="critical_illness", article="第三十四条"),
        _step("no_account_for_residents"),
        _step("premium_medical_aid", section="premium", subject="person", explains="premium"),
        _step("premium_none", section="premium"),
        _step("childcare", section="fertility", subject="child:0"),
    ]

    def render(s: TraceStep, lang: str) -> str:
        return f"  {lang}:{s.code}({s.article})"

    sections = explain_sections(
        steps, "zh", [("inpatient", "level3"), ("outpatient", "primary")], render
    )
    assert [s.key for s in sections] == [
        "claim:0",
        "claim:1",
        "critical_illness",
        "medical_aid",
        "total",
        "fertility",
        "premium",
        "other",
    ]
    assert sections[0].title == "第 1 笔 · 住院 · 三级医院"
    assert sections[1].title == "第 2 笔 · 门诊、急诊、药店 · 社区/乡镇卫生院"
    assert sections[0].lines == ("zh:claim_header()", "zh:inpatient_band(第十七条)")
    assert sections[3].lines == ("zh:aid_category(第三十六条)", "zh:medical_aid(第三十六条)")
    assert [s.title for s in sections[2:]] == [
        "大病保险",
        "医疗救助",
        "合计",
        "生育补助",
        "参保补助",
        "其他说明",
    ]
    assert sections[5].lines == ("zh:childcare()",)  # the family's money has its card too
    everything = [line for s in sections for line in s.lines]
    assert not any("premium_none" in x for x in everything)  # nothing to say
    assert group_of(_step("maternity_allowance", section="fertility")) == "fertility"
    english = explain_sections(steps, "en", [("inpatient", "level3")], render)
    assert english[0].title == "Bill 1 · Stayed in hospital · Level-3 hospital"
    assert english[1].title == "Bill 2"  # a bill the answers no longer name: just its number
    assert english[0].lines[0].startswith("en:")


def test_real_steps_keep_their_articles_in_both_languages() -> None:
    from jxdesk.core.api import estimate
    from jxdesk.gui.answers import ClaimAnswer, to_case

    engine = Engine()
    a = Answers()
    a.scheme, a.medical_aid = "resident", "minimum_living"
    c = ClaimAnswer()
    c.kind, c.facility, c.place, c.eligible = "inpatient", "level2", "local", "40000"
    a.claims.append(c)
    result = estimate(to_case(a), engine.params)
    zh = explain_sections(result.steps, "zh", [("inpatient", "level2")])
    keys = [s.key for s in zh]
    assert keys[:3] == ["claim:0", "critical_illness", "medical_aid"] and "premium" in keys
    lines = [line for s in zh for line in s.lines]
    assert all(line == line.strip() for line in lines)
    assert sum("（第" in line for line in lines) >= 4  # the articles stay on their lines
    en = explain_sections(result.steps, "en", [("inpatient", "level2")])
    assert [s.key for s in en] == keys
    assert "大病保险" not in en[1].title and "(Art. " in " ".join(en[1].lines)


def test_rules_sections_name_documents_dates_and_packs(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = Engine()
    sections = rules_sections(engine.params, [], "zh", tr)
    assert [s.key for s in sections] == ["packs", "documents"]
    assert sections[0].lines == ("没有参数更新包，用的是软件自带的参数。",)
    assert any("嘉政发" in line and "起施行" in line for line in sections[1].lines)
    assert day("2025-01-01", "zh") == "2025年1月1日" and day("2025-01-01", "en") == "1 Jan 2025"
    assert day(None, "zh") == "—" and day("—", "en") == "—"


# ---- the window
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_why_button_is_big_and_opens_the_steps(qtbot, kiosk, lang) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    if lang == "en":
        tap(kiosk.language)
    fill(kiosk, EMPLOYEE, tap)
    result = kiosk.page
    why = result.why
    assert why.isVisible() and why.width() >= style.MIN_TARGET_PX
    assert why.height() >= style.MIN_TARGET_PX
    assert why.text() == ("为什么是这个数？" if lang == "zh" else "Why these numbers?")
    tap(why)
    assert kiosk.flow.step is Step.EXPLAIN
    page = kiosk.page
    assert isinstance(page, ExplainPage) and kiosk.stack.currentWidget() is page
    text = shown_text(page)
    article = "（第十七条）" if lang == "zh" else "(Art. 17)"
    account = "第十六条" if lang == "zh" else "(Art. 16)"
    assert article in text and account in text  # the inpatient bill, the card account
    bill = "第 1 笔 · 住院 · 三级医院" if lang == "zh" else "Bill 1 · Stayed in hospital"
    assert bill in text
    assert "16,303.16" in page.summary.text()  # the figures being explained
    # in order: bill 1's lines, then bill 2's, then 大病保险
    keys = [s.key for s in page.shown or []]
    assert keys[:3] == ["claim:0", "claim:1", "critical_illness"]
    # large type, 1.3 line spacing, readable colours: the kiosk's own style
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.text():
            assert label.font().pointSizeF() >= style.MIN_BODY_PT, label.text()
            assert f"line-height:{style.LINE_HEIGHT}%" in label.text()
    # no pop-up: a page of the kiosk's own stack
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not kiosk]
    assert tops == []
    assert kiosk.back.text() == ("‹ 返回结果" if lang == "zh" else "‹ Back to the estimate")
    tap(kiosk.back)
    assert kiosk.flow.step is Step.RESULT and kiosk.page is result


def test_it_scrolls_by_finger_and_by_big_page_buttons(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, EMPLOYEE, tap, stop=Step.EXPLAIN)
    page = kiosk.page
    assert isinstance(page, ExplainPage)
    assert QScroller.hasScroller(page.area.viewport())
    bar = page.area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # more than a screenful
    assert bar.value() == 0 and not page.up.isEnabled() and page.down.isEnabled()
    for b in (page.up, page.down, page.rules):
        assert b.width() >= style.MIN_TARGET_PX and b.height() >= style.MIN_TARGET_PX
    tap(page.down)
    assert bar.value() > 0 and page.up.isEnabled()
    while page.down.isEnabled():
        tap(page.down)
    assert bar.value() == bar.maximum()
    tap(page.up)
    assert 0 < bar.value() < bar.maximum()


def test_switching_language_re_renders_the_steps(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, RESIDENT_AID, tap, stop=Step.EXPLAIN)
    page = kiosk.page
    zh = shown_text(page)
    assert "医疗救助" in zh and "（第三十六条）" in zh and "大病保险" in zh
    tap(kiosk.language)
    assert kiosk.flow.step is Step.EXPLAIN and kiosk.page is page
    en = shown_text(page)
    assert "Medical aid" in en and "(Art. 36)" in en and "Bill 1" in en
    assert "（第三十六条）" not in en
    tap(kiosk.language)
    assert shown_text(page) == zh


def test_idle_wipe_from_the_explanation_returns_to_a_wiped_first_page(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.idle.idle_ms, kiosk.idle.countdown_ms = 150, 300
    kiosk.start()
    tap = tapper(qtbot)
    tap(kiosk.language)  # English, which the wipe also resets
    fill(kiosk, EMPLOYEE, tap, stop=Step.EXPLAIN)
    page = kiosk.page
    assert "73,519.28" in shown_text(page)
    qtbot.waitUntil(lambda: kiosk.countdown.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: kiosk.flow.pristine, timeout=3000)
    assert kiosk.stack.currentWidget() is kiosk.pages[Step.SCHEME]
    assert kiosk.flow.model.answers == Answers() and kiosk.flow.model.lang == "zh"
    assert page.cards == [] and page.summary.text() == ""
    assert "73519" not in shown_text(page) and "16,303" not in shown_text(page)


@pytest.mark.parametrize("stop", [Step.EXPLAIN, Step.RULES])
def test_done_clears_the_reading_pages_at_once(qtbot, kiosk, stop) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, EMPLOYEE, tap, stop=stop)
    assert kiosk.restart.text() == "完成，清空" and kiosk.restart.isVisible()
    tap(kiosk.restart)
    assert kiosk.flow.pristine and kiosk.stack.currentWidget() is kiosk.pages[Step.SCHEME]
    assert kiosk.pages[Step.EXPLAIN].cards == []  # type: ignore[attr-defined]
    assert "73519" not in shown_text(kiosk.pages[Step.EXPLAIN])  # type: ignore[arg-type]
    # and a new session can read its own result
    fill(kiosk, RESIDENT_AID, tap, stop=Step.EXPLAIN)
    assert "40,000.00" in shown_text(kiosk.page) and "73519" not in shown_text(kiosk.page)


def test_the_rules_page_is_read_only(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, EMPLOYEE, tap, stop=Step.EXPLAIN)
    explain = kiosk.page
    assert isinstance(explain, ExplainPage)
    assert explain.rules.text() == "规则依据"
    assert explain.rules.width() >= 60 and explain.rules.height() >= 60
    tap(explain.rules)
    page = kiosk.page
    assert isinstance(page, RulesPage) and kiosk.flow.step is Step.RULES
    text = shown_text(page)
    assert "这次估算用到的文件" in text and "《嘉兴市基本医疗保障办法》" in text
    assert "2025年1月1日" in text and "正在使用的参数更新包" in text
    # nothing to open or install: the only buttons are paging and the window's own
    names = {b.text() for b in kiosk.buttons()}
    assert {"English", "‹ 返回", "完成，清空"} <= names
    assert names <= {"English", "▲ 上一页", "▼ 下一页", "‹ 返回", "完成，清空"}
    assert not any("规则包" in n or "安装" in n for n in names)
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not kiosk]
    assert tops == []
    tap(kiosk.language)
    assert "Documents used for this estimate" in shown_text(page)
    tap(kiosk.back)  # back where it was opened from: the explanation
    assert kiosk.flow.step is Step.EXPLAIN
    tap(kiosk.back)
    assert kiosk.flow.step is Step.RESULT


def test_the_flow_only_explains_a_result() -> None:
    from jxdesk.gui.kiosk.flow import KioskFlow
    from jxdesk.gui.viewmodel import WizardModel

    f = KioskFlow(WizardModel())
    f.explain()
    f.rules()
    assert f.step is Step.SCHEME and f.pristine
    f.step = Step.RESULT
    f.explain()
    f.rules()
    assert f.step is Step.RULES and [e.step for e in f.history[-2:]] == [Step.RESULT, Step.EXPLAIN]
    f.back()
    f.back()
    assert f.step is Step.RESULT
