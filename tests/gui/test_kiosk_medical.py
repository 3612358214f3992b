"""The kiosk's medical part as an elderly person knows it, by touch: the invoice's total and
自费 (never subtracted by hand), the tiers named beside their pictures, the account that
does not pay for a stay, 删除 / 撤销 / 修改, 重新开始 that asks, the step counter, and the
tap guard: a double tap never answers two questions."""

from __future__ import annotations

import time

from gui import kiosk_fixtures
from jxdesk.gui.kiosk.demo import Bill, Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QApplication, Qt

kiosk = kiosk_fixtures.kiosk  # the fixture
tapper = kiosk_fixtures.tapper

#: the retiree: 60,000 on the invoice, 5,000 of it 自费, a stay at a 三级 hospital
RETIREE = Session(
    scheme="retiree",
    account="2000",
    bills=(Bill("inpatient", "level3", "local", "60000", "5000"),),
)


def test_the_retiree_gets_his_stay_right_from_the_invoice(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, RETIREE, tap, stop=Step.AMOUNT)
    page = kiosk.page
    assert page.labels["total"].accessibleName() == "发票总金额"
    fill_total = kiosk_fixtures.tapper(qtbot)
    for name, text in (("total", "60000"), ("excluded", "5000")):
        fill_total(page.fields[name])
        for key in text:
            fill_total(page.keypad.keys[key])
    # he types what the invoice says; the in-scope part is worked out and shown
    assert page.derived.accessibleName() == "医保范围内：55,000 元"
    tap(page.next)
    case = kiosk.flow.model.case()
    assert case["claims"] == [
        {
            "kind": "inpatient",
            "facility": "level3",
            "place": "local",
            "eligible": "55000",
            "excluded": "5000",
        }
    ]  # the 自费 is counted once
    card = kiosk.page.cards["medical"]
    # (十七): deductible 800 at a 三级 hospital; the retiree's rate 80 % + 5 = 85 % of
    # 55,000 - 800 = 54,200: the fund pays 46,070.00; 大病保险's base 55,000 - 46,070 =
    # 8,930 is under 15,000: nothing. He pays 60,000 - 46,070 = 13,930.00.
    assert card.figure.text() == "46,070.00 元"
    assert "您自己付 13,930.00 元" in card.text()
    # the 2,000 on his card pays nothing for a stay, and the card says why
    assert (
        "个人账户没有用在住院上" in card.text() and "第十六条" not in card.text()
    )  # (no article numbers on a card)


def test_the_tier_tiles_name_the_tier_the_explanation_names(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, RETIREE, tap, stop=Step.TIER)
    tiles = kiosk.page.tiles
    assert tiles["level3"].name.accessibleName() == "三级医院"
    assert tiles["level2"].name.accessibleName() == "二级医院"
    assert tiles["primary"].name.accessibleName() == "社区/乡镇卫生院"
    assert "市里大医院" in tiles["level3"].hint.accessibleName()  # the plain words stay
    kiosk.wipe()
    fill(kiosk, RETIREE, tap, stop=Step.EXPLAIN)
    lines = kiosk.page.lines()
    assert "第 1 笔 · 住院 · 三级医院" in lines
    assert any("住院 三级" in line for line in lines)


def test_a_bill_can_be_changed_and_a_change_undone_by_back(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, RETIREE, tap, stop=Step.BILLS)
    tap(kiosk.page.row_buttons(0, "change"))  # 修改
    assert kiosk.flow.step is Step.KIND
    assert kiosk.page.title.accessibleName().startswith("第 1 笔：")
    assert kiosk.page.tiles["inpatient"].property("chosen")  # what it was is shown
    tap(kiosk.page.tiles["inpatient"])
    assert kiosk.page.tiles["level3"].property("chosen")
    tap(kiosk.page.tiles["level2"])
    tap(kiosk.page.tiles["local"])
    page = kiosk.page
    assert page.fields["total"].text() == "60,000 元"
    tap(page.fields["total"])
    tap(page.keypad.keys["back"])  # 60000 -> 6000
    tap(page.next)
    claims = kiosk.flow.model.answers.claims
    assert len(claims) == 1
    assert (claims[0].facility, claims[0].eligible, claims[0].excluded) == (
        "level2",
        "1000",
        "5000",
    )
    # 修改 again, then 返回 from its first page: the bill is as it was
    tap(kiosk.page.see_bills)
    tap(kiosk.page.row_buttons(0, "change"))
    tap(kiosk.page.tiles["outpatient"])
    tap(kiosk.back)
    tap(kiosk.back)
    assert kiosk.flow.step is Step.BILLS
    assert kiosk.flow.model.answers.claims[0].kind == "inpatient"
    assert kiosk.flow.model.answers.claims[0].facility == "level2"


def test_restart_asks_first_and_done_does_not(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, RETIREE, tap, stop=Step.PLACE)
    tap(kiosk.restart)
    assert kiosk.confirm.isVisible() and kiosk.flow.step is Step.PLACE
    assert kiosk.confirm.button.text() == "是，全部清空"
    tap(kiosk.confirm.second)
    assert kiosk.flow.model.answers.scheme == "retiree"
    kiosk.wipe()
    fill(kiosk, RETIREE, tap)
    tap(kiosk.restart)  # 完成，清空 on the result: at once
    assert kiosk.flow.pristine and not kiosk.confirm.isVisible()


def test_the_step_counter_counts_the_questions_asked(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    numbers: dict[str, int] = {}

    def seen(step: Step) -> None:
        QApplication.processEvents()
        numbers[step.name] = kiosk.flow.number
        if step is Step.TIER:  # a bill added from the result: counted from 1
            assert kiosk.heading.accessibleName().endswith("第 2 步，还有 2 步")
        elif step is not Step.RESULT:
            assert f"第 {kiosk.flow.number} 步，" in kiosk.heading.accessibleName()

    s = Session(
        scheme="resident",  # no card: no balance question
        bills=(
            Bill("home_bed", "primary", "local", "3000"),
            Bill("outpatient", "level2", "local", "90"),
        ),
    )
    fill(kiosk, s, tap, on_page=seen)
    # scheme 1, aid 2, family 3, then the first bill: kind 4, (no tier for a home bed)
    # place 5, amount 6; the result is not a question; the second bill, added from the
    # result, counts its own questions (issue 20: 修改 must not climb to 第 25 步)
    assert numbers == {
        "SCHEME": 1,
        "AID": 2,
        "FAMILY": 3,
        "KIND": 4,
        "PLACE": 5,
        "AMOUNT": 6,
        "RESULT": 7,
        "TIER": 2,
    }
    assert kiosk.flow.step is Step.RESULT
    tap(kiosk.page.see_bills)
    tap(kiosk.page.row_buttons(0, "change"))  # 修改 the first bill: its own steps
    assert kiosk.flow.step is Step.KIND  # (家庭病床 has no tier: 2 or 3 more)
    assert kiosk.heading.accessibleName().endswith("第 1 步，最多还有 3 步")


def test_a_double_tap_answers_one_question(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot)
    try:
        win.guard.clock = time.monotonic  # the real clock: taps as fast as a finger can
        tile = win.page.tiles["resident"]
        where = tile.mapTo(win, tile.rect().center())
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert win.flow.step is Step.AID
        # the second tap of a double tap lands on the aid page's tile under the finger
        under = win.childAt(where)
        assert under is not None
        qtbot.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(win, where))
        qtbot.mouseDClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(win, where))
        assert win.flow.step is Step.AID and win.guard.dropped >= 2
        qtbot.wait(550)  # half a second on, a tap is a tap again
        tap = win.page.tiles["none"]
        qtbot.mouseClick(tap, Qt.MouseButton.LeftButton)
        assert win.flow.step is Step.FAMILY
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_a_tap_on_a_tile_cannot_reach_the_next_pages_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot)
    try:
        fill(win, RETIREE, stop=Step.PLACE)
        qtbot.wait(550)
        win.guard.clock = time.monotonic
        qtbot.mouseClick(win.page.tiles["local"], Qt.MouseButton.LeftButton)
        page = win.page
        assert win.flow.step is Step.AMOUNT and page.current == "total"
        qtbot.mouseClick(page.fields["excluded"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.keypad.keys["7"], Qt.MouseButton.LeftButton)
        assert page.current == "total" and win.flow.claim.total == ""  # both dropped
        # the full-screen question 重新开始？ is not guarded: its answer is one tap
        win.restart.click()
        qtbot.mouseClick(win.confirm.second, Qt.MouseButton.LeftButton)
        assert not win.confirm.isVisible()
    finally:
        kiosk_fixtures.close_kiosk(win)
