"""Issue 18 item 10: every kiosk language switch made a QTranslator that was never freed
(~67 KB each: 2,000 sessions with English every 7th grew 89.7 -> 139.9 MB). The language
button is tapped as a visitor taps it; the translators alive and the memory are counted."""

from __future__ import annotations

import sys
from pathlib import Path

from gui import kiosk_fixtures

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from soak_kiosk import MB, rss_bytes

from jxdesk.gui.qt import QApplication, QCoreApplication, QEvent, QTranslator

kiosk = kiosk_fixtures.kiosk  # the fixture


def _switch(kiosk, times: int) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        kiosk.language.click()  # the button a visitor taps: zh <-> en
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_two_hundred_language_switches_keep_two_translators(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    language = kiosk._language
    _switch(kiosk, 2)
    assert kiosk.lang == "zh"
    kept = len(language.findChildren(QTranslator))
    assert kept <= 3  # jxdesk_en, Qt's Chinese and its "&" fallback (qt_zh.py), each made once
    _switch(kiosk, 199)
    assert kiosk.lang == "en" and "English" not in kiosk.language.text()
    assert len(language.findChildren(QTranslator)) == kept
    _switch(kiosk, 1)


def test_language_switches_do_not_grow_memory(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    _switch(kiosk, 100)  # warm: every page and label has been drawn in both languages
    before = rss_bytes()
    _switch(kiosk, 400)
    growth = (rss_bytes() - before) / MB
    print(f"400 language switches: RSS {growth:+.2f} MB")
    assert growth < 8  # a leaked translator each: 400 x ~67 KB = 26 MB
