"""🔊 朗读 (issue 22): what each page says, in both languages, along the kiosk's tap flows
(read by `speech_text.page_said`, the one place the spoken words come from); the voice
with Qt's own test engine ("mock": it speaks nothing, but starts and stops as an engine
does): the button, stopping on a tap, a page change and the idle wipe, reading each page
as it opens; no voice: no button, and a line for the administrator; and one real
synthesis: espeak-ng says a result's Mandarin into a WAV that is not silent.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from array import array
from pathlib import Path
from typing import Any

import pytest
from support.need import require

from gui import kiosk_fixtures
from jxdesk.gui.kiosk.demo import Bill, Child, Family, Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.kiosk.speech_text import page_said

kiosk = kiosk_fixtures.kiosk
tapper = kiosk_fixtures.tapper

RETIREE = Session(
    scheme="retiree", account="2000", bills=(Bill("inpatient", "level3", "local", "60000", "5000"),)
)
YOUNG_MOTHER = Session(
    scheme="flexible",
    account="",
    family=Family(children=(Child(year="2025", month="5", day="20"),), months="12", base="6000"),
    bills=(),
)


def said_along(qtbot: Any, win: Any, session: Session) -> dict[Step, str]:
    """What 朗读 says on each page of the session, as the page is before it is answered,
    and on the result."""
    said: dict[Step, str] = {}

    def on_page(step: Step) -> None:
        said.setdefault(step, page_said(win.page, win.flow))

    fill(win, session, tapper(qtbot), on_page=on_page)
    said[Step.RESULT] = page_said(win.page, win.flow)
    return said


def test_the_retiree_hears_every_question_and_his_result(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    said = said_along(qtbot, kiosk, RETIREE)
    scheme = said[Step.SCHEME]
    assert scheme.startswith("第 1 步，最多还有 20 步。您参加的是哪种医保？")
    assert "可以选：在职职工，单位给您交医保；退休职工" in scheme
    assert "三级医院" in said[Step.TIER]
    result = said[Step.RESULT]
    # (十七) the fund pays 46,070.00, he pays 13,930.00 (tests/gui/test_kiosk_medical.py)
    assert "四万六千零七十元" in result and "一万三千九百三十元" in result
    assert "46,070" not in result  # every amount in words
    assert result.endswith("这是估算，实际以医保结算为准。")
    for step, words in said.items():
        assert words, step  # every question and the result say something


def test_an_amount_typed_so_far_is_said_in_words(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    tap = tapper(qtbot)
    fill(kiosk, RETIREE, tap, stop=Step.AMOUNT)
    page = kiosk.page
    for name, text in (("total", "60000"), ("excluded", "5000")):
        tap(page.fields[name])
        for key in text:
            tap(page.keypad.keys[key])
    words = page_said(page, kiosk.flow)
    assert "发票总金额：六万元" in words and "其中自费" in words and "五千元" in words
    assert "医保范围内：五万五千元" in words


def test_english_is_said_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, lang="en")
    try:
        said = said_along(qtbot, win, RETIREE)
    finally:
        kiosk_fixtures.close_kiosk(win)
    assert said[Step.SCHEME].startswith("Step 1, at most 20 more to go. ")
    assert "You can choose: " in said[Step.SCHEME]
    result = said[Step.RESULT]
    assert "forty-six thousand seventy yuan" in result
    assert "thirteen thousand nine hundred thirty yuan" in result
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in result), result


def test_the_young_mother_hears_the_family_questions(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    said = said_along(qtbot, kiosk, YOUNG_MOTHER)
    assert "孩子" in said[Step.FAMILY]
    for step in (Step.KID_YEAR, Step.KID_MONTH, Step.KID_DAY, Step.KID_ORDER):
        assert "可以选：" in said[step], step
    assert "2025" in said[Step.KID_YEAR]
    result = said[Step.RESULT]
    assert "生育补助" in result and "元" in result


# ---- the voice, with Qt's test engine


@pytest.fixture
def mock_voice(qtbot, kiosk):  # type: ignore[no-untyped-def]
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():  # pragma: no cover
        pytest.skip("Qt's mock speech engine is not in this PySide6")
    kiosk.set_language("en")  # the mock engine has English voices only
    assert kiosk.voice.probe("mock")
    return kiosk


def test_the_button_reads_the_page_and_a_tap_stops_it(qtbot, mock_voice, capfd) -> None:  # type: ignore[no-untyped-def]
    win = mock_voice
    tap = tapper(qtbot)
    assert win.voice.button.isVisible() and win.voice.button.height() >= 72
    # its loudspeaker is drawn, not the 🔊 character (no glyph in the bundled CJK font: an
    # empty box on a kiosk without an emoji font), as tall as its words
    b = win.voice.button
    assert b.text() == "Read aloud" and not b.icon().isNull()  # (this window is in English)
    assert b.iconSize().height() == b.fontMetrics().height() >= 24
    tap(win.voice.button)
    assert win.voice.speaking()
    assert win.voice.spoken == page_said(win.page, win.flow)
    tap(win.page.tiles["retiree"])  # a tap that answers: the next page, in silence
    assert not win.voice.speaking()
    tap(win.voice.button)
    assert win.voice.speaking()
    # a tap anywhere on the window stops it
    from PySide6.QtCore import QPoint

    from jxdesk.gui.qt import Qt

    qtbot.mouseClick(win.heading, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not win.voice.speaking()
    tap(win.voice.button)
    assert win.voice.speaking()
    win.wipe()  # the idle wipe
    assert not win.voice.speaking()


def test_no_chinese_voice_hides_the_button_and_says_so(qtbot, kiosk, capfd) -> None:  # type: ignore[no-untyped-def]
    win = kiosk
    win.set_language("en")
    assert win.voice.probe("mock")  # English only
    assert "no Mandarin voice" in capfd.readouterr().err
    assert win.voice.button.isVisible()
    win.set_language("zh")
    assert not win.voice.button.isVisible()  # nothing to say it with


def test_read_aloud_reads_each_page_as_it_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    win = kiosk_fixtures.make_kiosk(qtbot, lang="en")
    try:
        win.voice.config = replace(win.config, read_aloud=True)
        assert win.voice.probe("mock")
        tap = tapper(qtbot)
        tap(win.page.tiles["retiree"])
        qtbot.waitUntil(win.voice.speaking)
        assert win.voice.spoken == page_said(win.page, win.flow)
        assert win.voice.spoken.startswith("Step 2, at most 19 more to go.")
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_a_machine_without_voice_shows_no_button(qtbot, kiosk, capfd) -> None:  # type: ignore[no-untyped-def]
    assert not kiosk.voice.button.isVisible()  # not probed: no engine made at all
    assert not kiosk.voice.probe("no-such-engine")
    assert "朗读 is hidden" in capfd.readouterr().err
    assert not kiosk.voice.button.isVisible()


# ---- one real synthesis


def test_espeak_ng_says_a_result_in_mandarin(qtbot, kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    require(shutil.which("espeak-ng") is not None, "espeak-ng (apt: espeak-ng)")
    fill(kiosk, RETIREE, tapper(qtbot))
    text = page_said(kiosk.page, kiosk.flow)
    out = tmp_path / "result.wav"
    subprocess.run(["espeak-ng", "-v", "cmn", "-w", str(out), text], check=True, timeout=120)
    with wave.open(str(out)) as w:
        assert w.getsampwidth() == 2
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    samples = array("h", frames)
    loud = sum(1 for s in samples if abs(s) > 1000)
    assert seconds > 5, seconds  # a whole result, not a word
    assert loud > len(samples) // 20, (loud, len(samples))  # speech, not silence
