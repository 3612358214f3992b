"""What the slip says (打印凭条): the three estimates with their items, the date, the rules
and packs in force, the disclaimer, and what the QR code holds. Qt-free; slip.py draws it.

The estimates are the result page's own cards (`cards.result_cards`): the slip says what
the screen said, in the same words. The code is the case's contract JSON as the kiosk
holds it (`model.case()`), minified and packed by jxdesk.core.slipcode. No name and no ID
number: the case has none.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from jxdesk.gui.kiosk import catalogue
from jxdesk.gui.kiosk.cards import Card, result_cards
from jxdesk.gui.kiosk.words import say

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.kiosk.flow import KioskFlow
    from jxdesk.gui.viewmodel import WizardModel

QR_SRC = "jxdesk-slip-qr"  # the QR image's name in the document (slip.py adds it)


def slip_code(model: WizardModel) -> str:
    """The text of the slip's QR code: `JX1:` and the case, packed."""
    from jxdesk.core.slipcode import encode

    return encode(json.dumps(model.case(), ensure_ascii=False, separators=(",", ":")))


def counter_tr(lang: str) -> Callable[[str], str]:
    """The counter's words ("jxdesk" context) in `lang`, read without Qt."""
    if lang == "en":
        return lambda s: catalogue.english("jxdesk", s)
    return lambda s: s


def rules_line(model: WizardModel, lang: str) -> str:
    docs = model.documents()
    names = (
        "、".join(f"{d.number}" for d in docs)
        if lang == "zh"
        else "; ".join(d.number for d in docs)
    )
    latest = max((d.effective for d in docs if d.effective), default=None)
    return say("slip_rules", lang).format(
        year=model.answers.year,
        docs=names or "—",
        effective=latest.isoformat() if latest else "—",
    )


def packs_line(model: WizardModel, lang: str) -> str:
    from jxdesk.gui.rules_info import packs_in_force

    packs = packs_in_force(model.engine.params, counter_tr(lang)) if model.engine.ready else []
    return say("slip_packs", lang).format(
        packs=("；" if lang == "zh" else "; ").join(packs) or say("slip_no_packs", lang)
    )


def _card_html(card: Card) -> str:
    h = [f'<p style="margin-top:8px;"><b>{escape(card.title)}</b></p>']
    if card.figure:
        label = f"{escape(card.label)} " if card.label else ""
        h.append(f'<p style="font-size:12pt;">{label}<b>{escape(card.figure)}</b></p>')
    if card.empty:
        h.append(f"<p>{escape(card.empty)}</p>")
    for line in card.lines:
        text = escape(line.text)
        if line.amount:
            h.append(
                '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td>{text}</td><td align="right">{escape(line.amount)}</td></tr></table>'
            )
        elif line.kind == "note":
            h.append(f"<p><i>{text}</i></p>")
        else:
            h.append(f'<p style="color:#333;">{text}</p>')
    return "\n".join(h)


def slip_html(flow: KioskFlow, today: date, code_fits: bool, qr_px: int) -> str:
    """The slip as HTML; the QR image (`QR_SRC`, `qr_px` device pixels square) where the
    case fits one code, else the line saying it did not."""
    model = flow.model
    lang = model.lang
    h = [
        f'<p style="font-size:14pt;"><b>{escape(say("slip_title", lang))}</b></p>',
        f"<p>{escape(say('slip_date', lang).format(date=today.isoformat()))}</p>",
        "<hr/>",
    ]
    for card in result_cards(model, flow.notes(), flow.kids, flow.account_unknown):
        h.append(_card_html(card))
    h.append("<hr/>")
    h.append(f"<p><b>{escape(say('slip_disclaimer', lang))}</b></p>")
    h.append(f"<p>{escape(rules_line(model, lang))}</p>")
    h.append(f"<p>{escape(packs_line(model, lang))}</p>")
    h.append("<hr/>")
    if code_fits:
        h.append(f'<p align="center"><img src="{QR_SRC}" width="{qr_px}" height="{qr_px}"/></p>')
        h.append(f"<p>{escape(say('slip_holds', lang))}</p>")
    else:
        h.append(f"<p><b>{escape(say('slip_too_large', lang))}</b></p>")
    return "\n".join(h)


def slip_plain(flow: KioskFlow, today: date, code_fits: bool) -> str:
    """The slip's words as plain lines (tests, logs never: they hold figures)."""
    from html.parser import HTMLParser

    parts: list[str] = []

    class _Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            if data.strip():
                parts.append(data.strip())

    _Text().feed(slip_html(flow, today, code_fits, 1))
    return "\n".join(parts)
