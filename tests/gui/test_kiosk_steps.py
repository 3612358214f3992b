"""The step counter counts the questions that remain (issue 20): "第 3 步，还有 2 步" where
the rest is certain, "最多还有 n 步" where later answers may skip questions, "这是最后一步"
on the last. Driven by taps; each page's words are compared with the pages that were
then actually shown up to the result."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import pytest

from gui import kiosk_fixtures
from jxdesk.gui.kiosk.demo import EVERY_PAGE, GRANDFATHER, GRANDMOTHER, Bill, Session, fill
from jxdesk.gui.kiosk.flow import AFTER_RESULT, Step
from jxdesk.gui.qt import QApplication

kiosk = kiosk_fixtures.kiosk  # the fixture
tapper = kiosk_fixtures.tapper

RETIREE_UNSURE = Session(
    scheme="retiree",
    account="2000",
    bills=(Bill("inpatient", "unknown", "local", "30000", "2000"),),
)

WORDS = {
    "zh": re.compile(r"第 (\d+) 步，(?:(最多)?还有 (\d+) 步|这是最后一步)$"),
    "en": re.compile(r"Step (\d+)(?:, (at most )?(\d+) more to go|, the last one)$"),
}


class Shown(NamedTuple):
    step: Step
    number: int
    left: int
    exact: bool


def read(win: Any, lang: str = "zh") -> Shown:
    QApplication.processEvents()
    heading = win.heading.accessibleName()
    m = WORDS[lang].search(heading)
    assert m is not None, heading
    left = int(m.group(3)) if m.group(3) is not None else 0
    return Shown(win.flow.step, int(m.group(1)), left, m.group(2) is None)


def recorder(qtbot: Any, win: Any, shown: list[Shown], lang: str = "zh") -> Any:
    """A tap that first reads the top line of each new page (a page is new when the
    history has grown: the keypad's keys do not make one)."""
    tap = tapper(qtbot, win)
    pages: set[int] = set()

    def recording_tap(b: Any) -> None:
        depth = len(win.flow.history)
        if depth not in pages and win.flow.step not in AFTER_RESULT:
            pages.add(depth)
            shown.append(read(win, lang))
        tap(b)

    return recording_tap


def first_pass(shown: list[Shown]) -> list[Shown]:
    """The pages up to the first result (a bill added there is a pass of its own)."""
    out: list[Shown] = []
    for s in shown:
        if out and s.number <= out[-1].number:
            break
        out.append(s)
    return out


def check(shown: list[Shown]) -> None:
    assert shown, "no page read"
    for i, s in enumerate(shown):
        actual = len(shown) - 1 - i  # the question pages that came after this one
        assert s.number == i + 1, s
        if s.exact:  # 还有 n 步: exactly the pages that came
            assert s.left == actual, (s, actual)
        else:  # 最多还有 n 步: a later answer skipped some
            assert s.left >= actual, (s, actual)
        if i + 1 < len(shown):  # it never climbs: each answer takes one or more away
            assert shown[i + 1].left <= s.left - 1, (s, shown[i + 1])
    assert shown[-1].left == 0 and shown[-1].exact  # 这是最后一步


@pytest.mark.parametrize(
    "session",
    [GRANDFATHER, GRANDMOTHER, RETIREE_UNSURE],
    ids=["grandfather", "grandmother", "retiree-unsure"],
)
def test_the_counter_counts_what_remains(qtbot, kiosk, session) -> None:  # type: ignore[no-untyped-def]
    shown: list[Shown] = []
    fill(kiosk, session, recorder(qtbot, kiosk, shown))
    assert kiosk.flow.step is Step.RESULT
    check(first_pass(shown))


def test_the_counter_is_exact_where_every_question_is_asked(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    # twins, their mother someone else with months, base and 难产, a stay: the most asked
    shown: list[Shown] = []
    fill(kiosk, EVERY_PAGE, recorder(qtbot, kiosk, shown))
    passed = first_pass(shown)
    assert len(passed) == 21  # scheme … amount
    for i, s in enumerate(passed):
        assert s.left == len(passed) - 1 - i, s


def test_the_grandfathers_count_on_each_page(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    """The figures, page by page (worked out from the questions the flow can ask)."""
    shown: list[Shown] = []
    fill(kiosk, GRANDFATHER, recorder(qtbot, kiosk, shown))
    got = [(s.step.name, s.number, s.left, s.exact) for s in first_pass(shown)]
    assert got == [
        ("SCHEME", 1, 20, False),  # all 21 questions could be asked
        ("ACCOUNT", 2, 19, False),
        ("AID", 3, 18, False),
        ("FAMILY", 4, 17, False),
        ("KID_YEAR", 5, 16, False),
        ("KID_MONTH", 6, 15, False),
        ("KID_DAY", 7, 14, False),
        ("KID_ORDER", 8, 13, False),
        # 第 1 个, not 双胞胎: no "how many before the twins"
        ("KID_REGISTERED", 9, 11, False),
        ("KID_INSURED", 10, 10, False),
        ("MORE_KIDS", 11, 9, False),
        ("MOTHER_WHO", 12, 8, False),
        ("MOTHER_SCHEME", 13, 7, False),
        ("MOTHER_MONTHS", 14, 6, False),
        ("MOTHER_BASE", 15, 5, False),
        # her base 不知道: 难产 is not asked
        ("KIND", 16, 3, False),  # (家庭病床 has no tier, 没有看病的费用 none of them)
        ("TIER", 17, 2, True),
        ("PLACE", 18, 1, True),
        ("AMOUNT", 19, 0, True),
    ]


def test_uninsured_takes_the_card_aid_and_bills_off_at_once(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot, kiosk)
    first = read(kiosk)
    assert first == Shown(Step.SCHEME, 1, 20, False)
    tap(kiosk.page.tiles["none"])  # 没有参加医保
    second = read(kiosk)
    # no card, no 救助, no bill's kind, tier, place, amount: 6 fewer, and this page
    assert second == Shown(Step.FAMILY, 2, 20 - 1 - 6, False)
    tap(kiosk.page.tiles["none"])  # no child: straight to the result
    assert kiosk.flow.step is Step.RESULT


def test_editing_a_bill_counts_its_own_questions(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot, kiosk)
    s = Session(
        scheme="resident",
        bills=(
            Bill("home_bed", "primary", "local", "3000"),
            Bill("outpatient", "level2", "local", "90"),
        ),
    )
    fill(kiosk, s, tap)
    for _ in range(2):  # 修改, twice: never more than the bill's own questions
        tap(kiosk.page.see_bills)
        tap(kiosk.page.row_buttons(0, "change"))
        assert read(kiosk) == Shown(Step.KIND, 1, 3, False)  # (家庭病床 skips the tier)
        tap(kiosk.page.tiles["home_bed"])
        assert read(kiosk) == Shown(Step.PLACE, 2, 1, True)
        tap(kiosk.page.tiles["local"])
        assert read(kiosk) == Shown(Step.AMOUNT, 3, 0, True)
        tap(kiosk.page.next)
        assert kiosk.flow.step is Step.RESULT
    tap(kiosk.page.add)  # ＋ 再加一笔: its own count too
    assert read(kiosk) == Shown(Step.KIND, 1, 3, False)
    tap(kiosk.page.tiles["outpatient"])
    assert read(kiosk) == Shown(Step.TIER, 2, 2, True)


def test_the_counter_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, (1080, 1920), lang="en")
    try:
        shown: list[Shown] = []
        fill(win, RETIREE_UNSURE, recorder(qtbot, win, shown, "en"))
        check(first_pass(shown))
        assert win.heading.accessibleName() != ""
    finally:
        kiosk_fixtures.close_kiosk(win)
