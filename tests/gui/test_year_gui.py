"""R19, the year people live in, at the counter and the kiosk, with the clock pinned.

On a December-2026 clock and on a February-2027 clock, a grandfather taps his grandson
born 2026-02-14 and a 2026 hospital stay into the kiosk, and a clerk keys a resident's
2026 stay and child into the counter; every figure shown is `jxdesk calc`'s on the case
written out by hand. The 2026 居民医保 contribution is not published (the parameters hold
none): the premium support says 尚未公布, never 0.00. The kiosk asks which year only from
January to March; the birth years run from three years before the settlement year to the
year after.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from gui import clerk, kiosk_fixtures
from gui.test_keyed_cases import agree, calc_figures
from gui.test_kiosk_family import assert_cards_match, cards
from jxdesk.gui import clock
from jxdesk.gui.kiosk.demo import Bill, Child, Family, Session, fill
from jxdesk.gui.kiosk.flow import UNKNOWN, Step

DECEMBER, FEBRUARY = "2026-12-07", "2027-02-15"


def calc(case: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", "-"],
        input=json.dumps(case),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out: dict[str, Any] = json.loads(done.stdout)
    return out


# ---- the years, without a window
@pytest.mark.parametrize(
    ("today", "year", "born", "expected"),
    [
        (DECEMBER, 2026, (2023, 2024, 2025, 2026), (2026, 2027)),
        (FEBRUARY, 2026, (2023, 2024, 2025, 2026, 2027), (2027,)),
        (FEBRUARY, 2027, (2024, 2025, 2026, 2027), (2027, 2028)),
        ("2025-06-16", 2025, (2022, 2023, 2024, 2025), (2025, 2026)),
    ],
)
def test_birth_years_run_from_three_before_to_the_year_after(
    today: str, year: int, born: tuple[int, ...], expected: tuple[int, ...]
) -> None:
    day = clock.parse(today)
    assert day is not None
    assert clock.birth_span(year) == (year - 3, year + 1)
    # a birth already happened is not after today's year; a due date is not before it
    assert clock.birth_years(year, expected=False, day=day) == born
    assert clock.birth_years(year, expected=True, day=day) == expected


def test_which_year_is_asked_from_january_to_march_only() -> None:
    def day(text: str) -> clock.Day:
        d = clock.parse(text)
        assert d is not None
        return d

    asked = [m for m in range(1, 13) if clock.kiosk_asks_year(day(f"2027-{m:02d}-01"))]
    assert asked == [1, 2, 3]
    assert clock.kiosk_years(day(FEBRUARY)) == (2027, 2026)
    assert not clock.kiosk_asks_year(day("2025-02-01"))  # 2024 is before the rules
    assert clock.counter_years(day(DECEMBER)) == (2025, 2026)  # next year is not offered
    assert clock.counter_years(day(DECEMBER), current=2028) == (2025, 2028)  # a case's own
    assert clock.case_year(day(FEBRUARY)) == 2027


def test_the_pinned_day_and_a_bad_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV, DECEMBER)
    assert clock.today().iso() == DECEMBER and clock.env_problem() is None
    monkeypatch.setenv(clock.ENV, "2026-02-30")
    assert clock.parse("2026-02-30") is None
    assert clock.env_problem() == "JXDESK_TODAY='2026-02-30' is not a date (YYYY-MM-DD)"
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "--smoke"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0 and "JXDESK_TODAY" in done.stderr


def test_only_the_clock_module_reads_the_clock() -> None:
    """R19: the GUI reads the clock in one place; the counter's printout date, the
    calendars and new cases all go through it."""
    from pathlib import Path

    import jxdesk

    root = Path(jxdesk.__file__).parent / "gui"
    reads = ("date.today(", "datetime.now(", "localtime(", "currentDate(", "currentDateTime(")
    found = [
        f"{p.relative_to(root)}: {r}"
        for p in root.rglob("*.py")
        if p.name != "clock.py"
        for r in reads
        if r in p.read_text("utf-8")
    ]
    assert found == []


# ---- the kiosk, by taps
@pytest.fixture
def dated_kiosk(request: pytest.FixtureRequest, qtbot: Any, pin_today: Any) -> Iterator[Any]:
    pin_today(request.param)
    win = kiosk_fixtures.make_kiosk(qtbot, size=(1024, 768))
    yield win
    kiosk_fixtures.close_kiosk(win)


GRANDSON = Child(year="2026", month="2", day="14", order="1")
GRANDFATHER = Session(
    scheme="retiree",
    account="2000",
    family=Family((GRANDSON,), mother="unknown"),
    bills=(Bill("inpatient", "level3", "local", "20000", "1000"),),
)
#: the same, written out by hand for `jxdesk calc`
GRANDFATHER_CASE = {
    "year": 2026,
    "person": {"scheme": "retiree", "account_balance": "2000"},
    "children": [{"birth_date": "2026-02-14", "order": 1}],
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "19000", "excluded": "1000"}
    ],
}


def tap_grandfather(qtbot: Any, win: Any) -> tuple[str, ...]:
    """The grandfather's session by taps, to the result; the birth years offered."""
    seen: list[tuple[str, ...]] = []

    def on_page(step: Step) -> None:
        if step is Step.KID_YEAR:
            seen.append(tuple(c for c, t in win.page.tiles.items() if t.isVisible()))

    fill(win, GRANDFATHER, kiosk_fixtures.tapper(qtbot, win), on_page=on_page)
    assert len(seen) == 1
    return seen[0]


def check_grandfather(win: Any) -> None:
    out = calc(GRANDFATHER_CASE)
    assert out["year"] == 2026 and out["premium"]["available"] is False
    assert_cards_match(win, out)
    c = cards(win)
    # R14: born February 2026, 36 months x 300; the card says so in figures
    assert "国家育儿补贴 10,800.00 元" in c["fertility"].text()
    # the 2026 contribution is not published: 尚未公布, and the core's line says why
    premium = c["premium"]
    assert premium.figure.text() == "尚未公布"
    assert "2026" in premium.empty.accessibleName()
    assert "0.00" not in premium.text()
    assert win.page.year_note.accessibleName().startswith("按 2026 年估算")


@pytest.mark.parametrize("dated_kiosk", [DECEMBER], indirect=True)
def test_december_2026_kiosk_a_grandson_born_2026_by_taps(qtbot: Any, dated_kiosk: Any) -> None:
    win = dated_kiosk
    assert win.flow.step is Step.SCHEME  # no year question in December
    assert win.flow.model.answers.year == 2026
    assert tap_grandfather(qtbot, win) == ("2023", "2024", "2025", "2026", UNKNOWN)
    assert Step.YEAR not in [e.step for e in win.flow.history]
    check_grandfather(win)


@pytest.mark.parametrize("dated_kiosk", [FEBRUARY], indirect=True)
def test_february_2027_kiosk_asks_the_year_and_settles_2026(qtbot: Any, dated_kiosk: Any) -> None:
    win = dated_kiosk
    tap = kiosk_fixtures.tapper(qtbot, win)
    assert win.flow.step is Step.YEAR and win.flow.pristine
    page = win.page
    assert page.title.accessibleName() == "这些费用是哪一年的？"
    shown = {code: tile.accessibleName() for code, tile in page.tiles.items() if tile.isVisible()}
    assert shown == {"2027": "2027 年，今年", "2026": "2026 年，去年"}
    tap(page.tiles["2026"])  # last year's stay
    assert win.flow.step is Step.SCHEME and win.flow.model.answers.year == 2026
    # the birth years follow the year chosen: 2023 to 2027 (born by February 2027)
    offered = tap_grandfather(qtbot, win)
    assert offered == ("2023", "2024", "2025", "2026", "2027", UNKNOWN)
    check_grandfather(win)
    # 完成 starts a new session: asked again, for this year by default
    tap(win.restart)
    assert win.flow.step is Step.YEAR and win.flow.model.answers.year == 2027


@pytest.mark.parametrize("dated_kiosk", [FEBRUARY], indirect=True)
def test_february_2027_this_years_costs(qtbot: Any, dated_kiosk: Any) -> None:
    win = dated_kiosk
    tap = kiosk_fixtures.tapper(qtbot, win)
    tap(win.page.tiles["2027"])
    assert win.flow.model.answers.year == 2027
    fill(win, GRANDFATHER, tap, stop=Step.KID_YEAR)
    offered = tuple(code for code, t in win.page.tiles.items() if t.isVisible())
    assert offered == ("2024", "2025", "2026", "2027", UNKNOWN)
    # 返回 to the year question and back: the answer is shown chosen
    while win.flow.step is not Step.YEAR:
        tap(win.back)
    assert win.page.tiles["2027"].property("chosen")


# ---- the counter, by keys and clicks
@pytest.fixture
def day(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The clock pinned before the wizard is made (listed before `wizard`)."""
    monkeypatch.setenv("JXDESK_TODAY", request.param)
    return str(request.param)


RESIDENT_2026 = {
    "year": 2026,
    "person": {"scheme": "resident", "birth_date": "1958-05-01"},
    "claims": [
        {
            "kind": "inpatient",
            "facility": "level2",
            "place": "local",
            "eligible": "30000",
            "excluded": "2000",
            "date": "2026-06-03",
        }
    ],
    "children": [
        {
            "birth_date": "2026-02-14",
            "order": 1,
            "registered_in_jiaxing": True,
            "resident_insured": True,
        }
    ],
}


@pytest.mark.parametrize("day", [DECEMBER, FEBRUARY], indirect=True)
def test_counter_keys_a_2026_stay_and_child(qtbot: Any, day: str, wizard: Any) -> None:
    from jxdesk.gui.counter.report import report_html
    from jxdesk.gui.qt import QDate, Qt, tr

    this_year = int(day[:4])
    field = wizard.identity.year
    assert field.text() == str(this_year)  # a new case is for the clock's year
    assert wizard.model.answers.years == (2025, this_year)  # not next year
    assert field.toolTip() == f"默认今年；可选 2025–{this_year} 年"
    clerk.key_in(qtbot, wizard, RESIDENT_2026)
    assert wizard.model.answers.year == 2026
    out = calc(RESIDENT_2026)
    assert agree(clerk.shown(wizard), calc_figures(out)) == []
    assert clerk.shown(wizard)["medical.fund"] == Decimal(out["medical"]["fund"])
    premium = wizard.results.premium
    assert premium.total.value.text() == "尚未公布"  # not 0.00 (the figure is not out)
    assert premium.note.text() == "该年度缴费标准尚未公布，暂不估算"
    html = report_html(wizard.model, tr)  # the printout: the same words, no 0.00
    assert '政府代缴</td><td align="right" style="font-weight:bold;">尚未公布<' in html
    # the child's calendar offers 2023 to 2027 and opens on the clock's day
    wizard.edit(wizard.family.page)
    born = wizard.family.cells[(0, 0)]
    clerk.click(qtbot, born.edit)
    clerk.press(qtbot, Qt.Key.Key_F4)
    cal = born.popup
    assert cal is not None
    assert (cal.minimumDate(), cal.maximumDate()) == (QDate(2023, 1, 1), QDate(2027, 12, 31))
    cal.close()


@pytest.mark.parametrize("day", [FEBRUARY], indirect=True)
def test_counter_new_case_is_for_this_year_again(qtbot: Any, day: str, wizard: Any) -> None:
    from jxdesk.gui.counter.session import Counter

    field = wizard.identity.year
    clerk.click_type(qtbot, field, "2026")
    assert wizard.model.answers.year == 2026
    clerk.click_type(qtbot, field, "2028")  # next year is not offered: kept as typed, named
    assert field.text() == "2028" and wizard.model.answers.year == 2026
    assert wizard.identity.year_error.text() == "请填写 2025–2027 年中的一年"
    Counter(wizard).new_case()
    box = wizard.quit_box  # the year was changed: 新建 asks first (issue 19)
    assert box is not None and box.isVisible()
    clerk.click(qtbot, next(b for b in box.buttons() if b.text() == "不保存"))
    assert wizard.model.answers.year == 2027 and field.text() == "2027"
    assert not wizard.identity.year_error.isVisible()


# ---- figures carried over to 2026, said once (the core's line: R19)
@pytest.mark.parametrize("day", [DECEMBER], indirect=True)
def test_both_say_once_which_figures_2026_uses(qtbot: Any, day: str, wizard: Any) -> None:
    said = "2026年沿用2025年起施行的标准"
    clerk.key_in(qtbot, wizard, RESIDENT_2026)
    note = wizard.results.year_note
    assert note.isVisibleTo(wizard.results) and note.text().count(said) == 1
    assert "嘉政发〔2024〕22号" in note.text()  # with the document the figures come from
    assert json.dumps(calc(RESIDENT_2026), ensure_ascii=False).count(said) == 1
    win = kiosk_fixtures.make_kiosk(qtbot, size=(1024, 768))
    try:
        tap_grandfather(qtbot, win)
        text = win.page.year_note.accessibleName()
        assert text.startswith("按 2026 年估算。") and text.count(said) == 1
        # the cards do not repeat it
        assert all(said not in view.text() for view in cards(win).values())
    finally:
        kiosk_fixtures.close_kiosk(win)
