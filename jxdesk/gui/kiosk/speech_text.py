"""What the kiosk says aloud on each page (🔊 朗读), in one place, from what the page
shows: one function per kind of page, each returning the words, so a test can read them.

- a question with tiles (`ChoicePage`): 第 n 步, the question, its hint, then
  可以选：each tile's name and line;
- a question with the keypad (`KeypadPage`): 第 n 步, the question, its hint, each field
  with what is typed so far, the worked-out figure and any problem;
- the result (`ResultPage`): the three cards (`cards.result_cards`, the words the screen
  and the slip show), then the disclaimer.

Amounts are said as a person says them (jxdesk.core.spoken): 46,070.00 元 becomes
四万六千零七十元, "46,070.00 yuan" forty-six thousand seventy yuan. Other numbers (a year,
a day, 第 2 个) are left for the voice to read as it reads numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from jxdesk.core.spoken import say_amount
from jxdesk.gui.kiosk.ahead import step_words
from jxdesk.gui.kiosk.cards import Card
from jxdesk.gui.kiosk.words import say

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.kiosk.base import KioskPage
    from jxdesk.gui.kiosk.flow import KioskFlow

_ZH_AMOUNT = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)\s?元")
_EN_AMOUNT = re.compile(r"¥\s?(-?\d[\d,]*(?:\.\d+)?)|(-?\d[\d,]*(?:\.\d+)?)\s?yuan")


def amounts_said(text: str, lang: str) -> str:
    """Every amount of money in the text in words."""
    if lang == "zh":
        return _ZH_AMOUNT.sub(lambda m: say_amount(_decimal(m.group(1)), "zh"), text)
    return _EN_AMOUNT.sub(lambda m: say_amount(_decimal(m.group(1) or m.group(2)), "en"), text)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _sentences(parts: Iterable[str], lang: str) -> str:
    """The parts as sentences: each ends in a full stop (a pause) unless it has one."""
    stop = "。" if lang == "zh" else "."
    out = []
    for p in parts:
        p = p.strip()
        if p:
            out.append(p if p[-1] in "。？！?.!：:" else p + stop)
    return (" " if lang == "en" else "").join(out)


def question_said(
    step: str, title: str, hint: str, choices: Iterable[str], lang: str, more: Iterable[str] = ()
) -> str:
    """A question page: its step (第 3 步，还有 2 步), the question, the hint, the choices
    or the fields."""
    listed = [c for c in choices if c]
    sep = "；" if lang == "zh" else "; "
    chosen = say("speak_choices", lang).format(choices=sep.join(listed)) if listed else ""
    return amounts_said(_sentences((step, title, hint, *more, chosen), lang), lang)


def cards_said(cards: Iterable[Card], lang: str) -> str:
    """The result's cards, then the disclaimer."""
    parts: list[str] = []
    for card in cards:
        parts.append(card.title)
        if card.figure:
            parts.append(f"{card.label} {card.figure}".strip())
        parts.append(card.empty)
        for line in card.lines:
            colon = "：" if lang == "zh" else ": "
            parts.append(f"{line.text}{colon}{line.amount}" if line.amount else line.text)
    parts.append(say("disclaimer", lang))
    return amounts_said(_sentences(parts, lang), lang)


def result_said(flow: KioskFlow) -> str:
    from jxdesk.gui.kiosk.cards import result_cards

    lang = flow.model.lang
    title = say("q_result", lang)
    cards = result_cards(flow.model, flow.notes(), flow.kids, flow.account_unknown)
    return _sentences((title,), lang) + (" " if lang == "en" else "") + cards_said(cards, lang)


def choice_said(page: KioskPage, flow: KioskFlow) -> str:
    from jxdesk.gui.kiosk.choices import ChoicePage

    assert isinstance(page, ChoicePage)
    shown = page.visible_choices()
    tiles = [t.accessibleName() for code, t in page.tiles.items() if code in shown]
    return question_said(
        step_words(flow, flow.model.lang),
        page.title.accessibleName(),
        _hint(page),
        tiles,
        flow.model.lang,
    )


def keypad_said(page: KioskPage, flow: KioskFlow) -> str:
    from jxdesk.gui.kiosk.amounts import KeypadPage

    assert isinstance(page, KeypadPage)
    lang = flow.model.lang
    more: list[str] = []
    for name, b in page.fields.items():
        label = page.labels[name].accessibleName()
        value = b.text() if page.value(name) else say("empty", lang)
        colon = "：" if lang == "zh" else ": "
        more.append(f"{label}{colon}{value}" if page.value(name) else label)
    for extra in (page.derived, page.error):
        if extra.isVisibleTo(page):
            more.append(extra.accessibleName())
    step = step_words(flow, lang)
    return question_said(step, page.title.accessibleName(), _hint(page), (), lang, more)


def _hint(page: KioskPage) -> str:
    return page.hint.accessibleName() if page.hint.isVisibleTo(page) else ""


def page_said(page: KioskPage, flow: KioskFlow) -> str:
    """What 🔊 朗读 says on this page; "" where nothing is read (the reading pages)."""
    from jxdesk.gui.kiosk.amounts import KeypadPage
    from jxdesk.gui.kiosk.choices import ChoicePage
    from jxdesk.gui.kiosk.result import ResultPage

    if isinstance(page, ResultPage):
        return result_said(flow)
    if isinstance(page, ChoicePage):
        return choice_said(page, flow)
    if isinstance(page, KeypadPage):
        return keypad_said(page, flow)
    return ""
