"""In English the kiosk's result says nothing in Chinese (issue 19/20: "no Chinese in English
mode"): not a word, not a full-width colon between a name and why it is nothing. By taps,
landscape and upright, for people whose cards carry reasons (a grandfather whose grandson
gets no 育儿津贴 as a first child, a grandmother outside the scheme, a retiree unsure of the
hospital's tier)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from gui import kiosk_fixtures
from gui.test_kiosk_steps import RETIREE_UNSURE
from jxdesk.gui.kiosk.demo import GRANDFATHER, GRANDMOTHER, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QAbstractButton, QApplication, QLabel

#: CJK ideographs, CJK punctuation (、。「」) and full-width forms (：，（）)
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def shown_texts(win: Any) -> list[str]:
    out = []
    for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        if w.isVisibleTo(win) and w is not win.language:  # (中文 is the way back)
            out += [w.text(), w.accessibleName()]
    return [t for t in out if t]


@pytest.mark.parametrize("size", [(1366, 768), (1080, 1920)], ids=["landscape", "upright"])
@pytest.mark.parametrize(
    "session",
    [GRANDFATHER, GRANDMOTHER, RETIREE_UNSURE],
    ids=["grandfather", "grandmother", "retiree-unsure"],
)
def test_the_english_result_has_no_chinese(qtbot, session, size) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, size, "en")
    try:
        fill(win, session, kiosk_fixtures.tapper(qtbot, win))
        assert win.flow.step is Step.RESULT
        QApplication.processEvents()
        texts = shown_texts(win)
        assert any("yuan" in t for t in texts)  # the result is what is shown
        chinese = [t for t in texts if CHINESE.search(t)]
        assert chinese == []
    finally:
        kiosk_fixtures.close_kiosk(win)
