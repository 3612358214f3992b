"""Issue 20 by touch: the grandfather of the issue on an upright terminal, an uninsured
grandmother with a grandchild, a retiree unsure of the hospital's tier; 不知道 and 未参保
where a person may not know; questions that cannot change the estimate are not asked.

Every figure is compared with `jxdesk calc` on the case written out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from gui import kiosk_fixtures
from gui.test_kiosk_family import assert_cards_match, calc, cards, yuan
from gui.test_kiosk_layout import figures_in_view, problems
from jxdesk.gui.kiosk.demo import GRANDFATHER, Bill, Child, Family, Session, fill
from jxdesk.gui.kiosk.flow import CAUTIOUS_TIER, Step
from jxdesk.gui.qt import QApplication

kiosk = kiosk_fixtures.kiosk
tapper = kiosk_fixtures.tapper

ARTICLE = ("第十六条", "第四条", "措施第", "（第", "见说明")


def test_the_grandfather_on_an_upright_terminal(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, (1080, 1920))
    try:
        tap = tapper(qtbot, win)
        asked: list[Step] = []
        fill(win, GRANDFATHER, tap, on_page=asked.append)
        # her base was 不知道: no allowance can be worked out, so 难产 is not asked
        assert Step.MOTHER_DIFFICULT not in asked
        out = calc(
            {
                "year": 2025,
                "person": {"scheme": "retiree", "account_balance": "1200"},
                "children": [{"birth_date": "2025-06-18", "order": 1}],
                "claims": [
                    {
                        "kind": "inpatient",
                        "facility": "level3",
                        "place": "local",
                        "eligible": "55000",
                        "excluded": "5000",
                    },
                    {
                        "kind": "outpatient",
                        "facility": "primary",
                        "place": "unreferred",
                        "eligible": "300",
                    },
                ],
            }
        )
        assert_cards_match(win, out)
        QApplication.processEvents()
        assert figures_in_view(win) == [] and problems(win) == []
        c = cards(win)
        everything = "\n".join(v.text() for v in c.values())
        # what he entered, said back; no wrong assumption, no article numbers on a card
        told = c["told"].text()
        assert "孩子的妈妈：灵活就业，连续缴费 14 个月，缴费基数不知道" in told
        assert "孩子1：2025年6月18日，家里第 1 个孩子，户口在嘉兴，参加了居民医保" in told
        assert "第 2 笔：门诊、急诊、药店，社区/乡镇卫生院，外地，没办转诊" in told
        assert "未填写母亲信息" not in everything and "按本人户籍" not in everything
        assert not any(a in everything for a in ARTICLE), everything
        assert "育儿津贴：育儿津贴只发给家里第 2 个、第 3 个孩子" in everything
        assert "生育津贴：需要缴费基数，请到窗口确认" in everything
        # the grandson's premium support is named, with its figure
        (item,) = out["premium"]["items"]
        assert f"孩子1 {yuan(item['amount'])}" in c["premium"].text()
        # upright: the three cards one under another, full width
        m, f, p = (c[k].geometry() for k in ("medical", "fertility", "premium"))
        assert m.bottom() < f.top() and f.bottom() < p.top()
        assert m.width() == f.width() == p.width() > 900
        # the bills list shows the place and the tier in words
        tap(win.page.see_bills)
        words = [
            " ".join(w.accessibleName() for w in r.findChildren(type(win.heading)))
            for r in win.page.rows
        ]
        assert "外地，没办转诊" in words[1] and "社区/乡镇卫生院" in words[1]
        assert "外地，没办转诊" not in words[0] and "三级医院" in words[0]
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_an_uninsured_grandmother_gets_her_grandchilds_estimate(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="none",
        family=Family(
            (Child(year="2025", month="3", day="10", order="2"),),
            mother="other",
            mother_scheme="employee",
            months="24",
            base="9000",
        ),
    )
    asked: list[Step] = []
    fill(kiosk, s, tapper(qtbot), on_page=asked.append)
    # 未参保: no card, no 救助, no bills (nothing they could change), straight to the result
    assert Step.ACCOUNT not in asked and Step.AID not in asked and Step.KIND not in asked
    out = calc(
        {
            "year": 2025,
            "person": {"scheme": "none"},
            "mother": {"scheme": "employee", "contribution_base": "9000", "continuous_months": 24},
            "children": [{"birth_date": "2025-03-10", "order": 2}],
        }
    )
    assert Decimal(out["fertility"]["total"]) > 0  # R1: the family's money still counts
    assert_cards_match(kiosk, out)
    c = cards(kiosk)
    assert c["medical"].empty.accessibleName().startswith("您没有参加医保")
    assert "您本人：没有参加医保，没有参保补助" in c["premium"].text()
    assert not kiosk.page.add.isVisible()  # ＋ 再加一笔 could change nothing


def test_a_retiree_unsure_of_the_hospital_tier(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    s = Session(
        scheme="retiree",
        account="2000",
        bills=(Bill("inpatient", "unknown", "local", "30000", "2000"),),
    )
    fill(kiosk, s, tapper(qtbot))
    claim = {"kind": "inpatient", "place": "local", "eligible": "28000", "excluded": "2000"}
    case = {
        "year": 2025,
        "person": {"scheme": "retiree", "account_balance": "2000"},
        "claims": [{**claim, "facility": CAUTIOUS_TIER}],
    }
    out = calc(case)
    assert_cards_match(kiosk, out)
    text = cards(kiosk)["medical"].text()
    assert "第 1 笔：医院等级不知道，按报销最少的三级医院估算" in text
    # the most cautious reading: no hospital tier pays less than the one assumed
    for tier in ("level2", "level1", "primary"):
        other = calc({**case, "claims": [{**claim, "facility": tier}]})
        assert Decimal(other["medical"]["fund"]) >= Decimal(out["medical"]["fund"]), tier


def test_the_cautious_tier_pays_least_for_every_scheme_and_kind() -> None:
    from jxdesk.core.api import estimate
    from jxdesk.gui.codes import allowed_facilities

    for scheme in ("employee", "retiree", "flexible", "resident", "student"):
        for kind in ("outpatient", "inpatient", "chronic", "special"):
            paid = {}
            for tier in allowed_facilities(kind):
                if tier == "pharmacy":
                    continue  # (a shop, not a hospital: never the doubt)
                case = {
                    "year": 2025,
                    "person": {"scheme": scheme},
                    "claims": [
                        {"kind": kind, "facility": tier, "place": "local", "eligible": "20000"}
                    ],
                }
                r = estimate(case).medical
                paid[tier] = r.fund + r.critical_illness
            assert min(paid.values()) == paid[CAUTIOUS_TIER], (scheme, kind, paid)


@pytest.mark.parametrize(
    ("child", "next_step"),
    [
        (Child(year="unknown"), Step.MORE_KIDS),  # no date: nothing else about it matters
        (Child(order="unknown"), Step.MORE_KIDS),
        (Child(registered="no"), Step.MORE_KIDS),  # no support without the registration
        (Child(registered="yes"), Step.KID_INSURED),
    ],
)
def test_questions_that_cannot_matter_are_not_asked(qtbot, kiosk, child, next_step) -> None:  # type: ignore[no-untyped-def]
    asked: list[Step] = []
    s = Session(scheme="resident", family=Family((child,), mother="unknown"), bills=())
    fill(kiosk, s, tapper(qtbot), on_page=asked.append)
    after = {
        Step.KID_YEAR: Step.KID_MONTH,
        Step.KID_ORDER: Step.KID_REGISTERED,
        Step.KID_REGISTERED: Step.KID_INSURED,
    }
    answered = [st for st in asked if st in after]
    last = answered[-1]
    assert asked[asked.index(last) + 1] is next_step
    if next_step is Step.MORE_KIDS and child.registered != "no":
        assert Step.MOTHER_WHO not in asked  # no child to estimate: no mother questions


def test_months_not_known_skips_the_base_and_difficult_labour(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    asked: list[Step] = []
    fam = Family((Child(order="2"),), mother="self", months="unknown")
    fill(
        kiosk, Session(scheme="flexible", family=fam, bills=()), tapper(qtbot), on_page=asked.append
    )
    assert Step.MOTHER_BASE not in asked and Step.MOTHER_DIFFICULT not in asked
    text = cards(kiosk)["fertility"].text()
    assert "生育津贴：需要连续缴费月数，请到窗口确认" in text
    assert "需要缴费基数" not in text  # (not asked, so not said twice)


def test_scheme_and_aid_not_known(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, Session(scheme="unknown", bills=()), tap)
    c = cards(kiosk)
    assert c["medical"].empty.accessibleName().startswith("您不知道参加的是哪种医保")
    assert "0.00" not in c["medical"].text()
    kiosk.wipe()
    s = Session(
        scheme="resident", aid="unknown", bills=(Bill("inpatient", "level2", "local", "9000"),)
    )
    fill(kiosk, s, tap)
    out = calc(
        {
            "year": 2025,
            "person": {"scheme": "resident"},
            "claims": [
                {"kind": "inpatient", "facility": "level2", "place": "local", "eligible": "9000"}
            ],
        }
    )
    assert_cards_match(kiosk, out)
    assert "救助：您选了不知道，按不是救助对象估算" in cards(kiosk)["medical"].text()


def test_every_tile_and_button_shows_when_it_is_pressed() -> None:
    from jxdesk.gui.kiosk import style

    sheet = style.stylesheet()
    for role in ("tile", "key", "keyword", "field", "cue"):
        assert f'QPushButton[role="{role}"]:pressed' in sheet, role
    assert "QPushButton:pressed" in sheet and 'QPushButton[primary="true"]:pressed' in sheet


def test_upright_tiles_are_as_tall_as_their_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, (1080, 1920))
    try:
        QApplication.processEvents()
        tiles = [t for t in win.page.tiles.values() if t.isVisible()]
        assert all(t.height() < 220 for t in tiles), [t.height() for t in tiles]
        assert all(t.width() > 900 for t in tiles)  # one a row, the words get the width
        fill(win, GRANDFATHER, stop=Step.AMOUNT)
        QApplication.processEvents()
        page = win.page
        # the keypad under its fields, 下一步 right under the keypad
        field = page.fields["excluded"].geometry()
        keys = page.keypad.geometry()
        nxt = page.next.mapTo(page, page.next.rect().topLeft())
        assert keys.top() > field.bottom()
        assert 0 < nxt.y() - keys.bottom() < 120
    finally:
        kiosk_fixtures.close_kiosk(win)
