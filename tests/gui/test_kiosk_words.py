"""The kiosk's words live in the app's one translation catalogue (context "kiosk" of
resources/translations/jxdesk_en.ts): every word has its English there, the compiled
.qm that Qt loads says the same, and both languages fill in the same blanks."""

from __future__ import annotations

import re

from jxdesk.gui.kiosk import catalogue
from jxdesk.gui.kiosk.words import CONTEXT, WORDS, say

BLANK = re.compile(r"\{(\w+)\}")


def test_every_kiosk_word_has_its_english_in_the_catalogue() -> None:
    english = catalogue.messages(CONTEXT)
    missing = [key for key, zh in WORDS.items() if not english.get(zh)]
    assert missing == []
    assert say("q_family", "en").startswith("Has a child been born")
    assert say("q_family", "zh").startswith("最近几年")


def test_both_languages_fill_the_same_blanks() -> None:
    differ = {}
    for key, zh in WORDS.items():
        blanks_zh, blanks_en = set(BLANK.findall(zh)), set(BLANK.findall(say(key, "en")))
        if key == "month_n":  # "3 月" / "March": the English names the month
            assert blanks_en == {"name"} and blanks_zh == {"n"}
        elif blanks_zh != blanks_en:
            differ[key] = (blanks_zh, blanks_en)
    assert differ == {}


def test_the_compiled_catalogue_that_qt_loads_has_the_kiosk_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.qt import QTranslator

    qm = catalogue.catalogue_path().with_suffix(".qm")
    t = QTranslator()
    assert t.load(str(qm))
    stale = [k for k, zh in WORDS.items() if t.translate(CONTEXT, zh) != say(k, "en")]
    assert stale == []  # rebuild with pyside6-lrelease (see jxdesk/gui/kiosk/words.py)
    assert t.translate("jxdesk", "下一步") == "Next"  # the counter's words, same file
