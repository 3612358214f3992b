"""Issue 20 on an upright terminal (1080 × 1920): the question pages use the height, and a
keypad page says nothing is wrong before the person has done anything. By taps."""

from __future__ import annotations

from typing import Any

from gui import kiosk_fixtures
from jxdesk.gui.kiosk.demo import EVERY_PAGE, Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QApplication

tapper = kiosk_fixtures.tapper


def upright(qtbot: Any, lang: str = "zh") -> Any:
    return kiosk_fixtures.make_kiosk(qtbot, (1080, 1920), lang)


def test_no_error_on_arrival_nor_for_a_field_only_moved_past(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = upright(qtbot)
    try:
        # the count on a line of its own upright, from the first page on
        assert win.heading.accessibleName().endswith("估算\n第 1 步，最多还有 20 步")
        tap = tapper(qtbot, win)
        fill(win, Session(), tap, stop=Step.AMOUNT)
        page = win.page
        QApplication.processEvents()
        assert not page.error.isVisible()  # on arrival
        assert not page.fields["total"].property("invalid")
        tap(page.fields["excluded"])  # straight to the second field, nothing typed
        assert not page.error.isVisible()
        tap(page.fields["total"])
        tap(page.fields["excluded"])
        assert not page.error.isVisible()
        tap(page.next)  # 下一步 with no total: now it is said, on the total's field
        assert win.flow.step is Step.AMOUNT
        assert page.error.isVisible() and page.error.accessibleName() == "请填写发票总金额"
        assert page.fields["total"].property("invalid")
        tap(page.fields["total"])
        for k in "300":
            tap(page.keypad.keys[k])
        assert not page.error.isVisible()
        tap(page.next)
        assert win.flow.step is Step.RESULT
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_a_total_typed_then_cleared_is_said_once_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = upright(qtbot)
    try:
        tap = tapper(qtbot, win)
        fill(win, Session(), tap, stop=Step.AMOUNT)
        page = win.page
        tap(page.keypad.keys["5"])
        tap(page.keypad.keys["back"])
        assert not page.error.isVisible()  # (still in the field: it may be typed again)
        tap(page.fields["excluded"])
        assert page.error.accessibleName() == "请填写发票总金额"
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_each_keypad_page_is_quiet_on_arrival(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = upright(qtbot)
    try:
        tap = tapper(qtbot, win)
        for step in (Step.ACCOUNT, Step.MOTHER_MONTHS, Step.MOTHER_BASE, Step.AMOUNT):
            win.wipe()
            fill(win, EVERY_PAGE, tap, stop=step)
            QApplication.processEvents()
            assert win.flow.step is step
            assert not win.page.error.isVisible(), (step, win.page.error.accessibleName())
    finally:
        kiosk_fixtures.close_kiosk(win)


QUESTIONS = (
    Step.SCHEME,
    Step.ACCOUNT,
    Step.AID,
    Step.FAMILY,
    Step.KID_YEAR,
    Step.KID_MONTH,
    Step.KID_DAY,
    Step.KID_ORDER,
    Step.TWIN_BEFORE,
    Step.KID_REGISTERED,
    Step.KID_INSURED,
    Step.MORE_KIDS,
    Step.MOTHER_WHO,
    Step.MOTHER_SCHEME,
    Step.MOTHER_MONTHS,
    Step.MOTHER_BASE,
    Step.MOTHER_DIFFICULT,
    Step.KIND,
    Step.TIER,
    Step.PLACE,
    Step.AMOUNT,
)


def lowest(win: Any) -> tuple[int, int]:
    """(the lowest visible button's bottom on the page, the top of the window's bottom row
    or, on the first page, where it has none, the window's bottom)."""
    from PySide6.QtCore import QPoint

    from jxdesk.gui.qt import QPushButton

    QApplication.processEvents()
    QApplication.processEvents()
    bottoms = [
        b.mapTo(win, QPoint(0, b.height())).y()
        for b in win.page.findChildren(QPushButton)
        if b.isVisible()
    ]
    floor = win.back.mapTo(win, QPoint(0, 0)).y() if win.back.isVisible() else win.height()
    return max(bottoms), floor


def test_upright_question_pages_use_the_height(qtbot) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.kiosk.keypad import KEY_H

    for lang in ("zh", "en"):
        win = upright(qtbot, lang)
        try:
            tap = tapper(qtbot, win)
            for step in QUESTIONS:
                win.wipe()
                if step is not Step.SCHEME:
                    fill(win, EVERY_PAGE, tap, stop=step)
                assert win.flow.step is step
                bottom, floor = lowest(win)
                # the tiles or the keys reach down to the bottom row: one finger's width
                # and the row's spacing between them, not hundreds of empty pixels
                assert 0 < floor - bottom <= 60, (lang, step.name, bottom, floor)
                page = win.page
                if hasattr(page, "keypad"):  # 下一步 right under the keys, the keys tall
                    keys = page.keypad
                    under = keys.mapTo(win, keys.rect().bottomLeft()).y()
                    assert 0 < page.next.mapTo(win, page.next.rect().topLeft()).y() - under <= 24
                    assert keys.keys["5"].height() >= 1.5 * KEY_H * win.scale, step.name
        finally:
            kiosk_fixtures.close_kiosk(win)


def test_landscape_tiles_stay_as_tall_as_their_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, (1366, 768))
    try:
        tap = tapper(qtbot, win)
        fill(win, EVERY_PAGE, tap, stop=Step.KID_REGISTERED)  # three tiles: room to spare
        QApplication.processEvents()
        for tile in win.page.tiles.values():  # a name and a hint: 108 px (style.py)
            if tile.isVisible():
                assert tile.height() <= 110, tile.height()
        bottom, floor = lowest(win)
        assert floor - bottom > 200  # (the spare height stays under them, as before)
    finally:
        kiosk_fixtures.close_kiosk(win)


def _ink_margins(tile: Any) -> tuple[int, int]:
    """(left, right) blank columns of the tile's name as drawn: the tile grabbed (on its
    paper), the name label's area scanned for the first and last column with ink."""
    image = tile.grab().toImage()
    area = tile.name.geometry()
    rows = range(area.top(), area.bottom() + 1)
    dark = [
        x
        for x in range(area.left(), area.right() + 1)
        if any(image.pixelColor(x, y).lightness() < 128 for y in rows)
    ]
    assert dark, tile.code
    return dark[0] - area.left(), area.right() - dark[-1]


def test_a_day_or_a_month_is_named_in_the_middle_of_its_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    # a grid of short answers reads as a calendar: each in its cell's middle (they hugged
    # the cell's left edge, 10 px in, with the rest of the cell empty); named answers
    # with a line of words (不知道 / 跳过) stay at the left, as on every other page
    for size, lang in (((1080, 1920), "zh"), ((1366, 768), "en")):
        win = kiosk_fixtures.make_kiosk(qtbot, size, lang)
        try:
            tap = tapper(qtbot, win)
            for step in (Step.KID_MONTH, Step.KID_DAY):
                win.wipe()
                fill(win, EVERY_PAGE, tap, stop=step)
                QApplication.processEvents()
                tiles = win.page.tiles
                for code in ("1", "12") if step is Step.KID_MONTH else ("1", "28"):
                    left, right = _ink_margins(tiles[code])
                    seen = (size, step.name, code, left, right)
                    assert left > 20 and abs(left - right) <= 6, seen
                left, right = _ink_margins(tiles["unknown"])
                assert left < 12 < right, (size, step.name, left, right)
        finally:
            kiosk_fixtures.close_kiosk(win)
