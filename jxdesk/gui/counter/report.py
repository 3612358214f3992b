"""The printout: answers, estimates, explanation, rule documents and the parameter packs
in force, as HTML for A4 (body 10.5 pt from printing.py, headings 13 and 17 pt).

Every key figure is text: each card's headline, every payer and 您自己付. The estimates
are one small table near the top; the explanation is one paragraph per step, so a page
break falls between lines, never through a table row.

Qt-free; jxdesk.gui.counter.printing lays it out with QTextDocument and writes the PDF.
"""

from __future__ import annotations

from datetime import date
from html import escape

from jxdesk.gui import clock, i18n
from jxdesk.gui.rules_info import packs_in_force
from jxdesk.gui.summary import summarise
from jxdesk.gui.viewmodel import Money, WizardModel, plain_money


def _rows(rows: list[tuple[str, str]], bold: int) -> str:
    """Table rows; row `bold` (an index, -1 the last) is the card's headline."""
    out = []
    for i, (name, value) in enumerate(rows):
        weight = "font-weight:bold;" if i == bold % len(rows) else ""
        out.append(
            f'<tr><td style="{weight}">{escape(name)}</td>'
            f'<td align="right" style="{weight}">{escape(value)}</td></tr>'
        )
    return "".join(out)


H1 = "font-size:17pt;font-weight:bold;"
H2 = "font-size:13pt;font-weight:bold;margin-top:10px;"


def _h(text: str, style: str = H2) -> str:
    return f'<p style="{style}">{escape(text)}</p>'


def _lines(first: str, rest: list[str]) -> str:
    """Lines that read as one paragraph, each its own paragraph (already escaped): a page
    break falls between two of them, and a long list (a case of 150 claims) no longer
    makes one paragraph over three pages (issue 19)."""
    if not rest:
        return f"<p>{first}</p>"
    out = [f'<p style="margin-bottom:0;">{first}</p>']
    out += [f'<p style="margin-top:0;margin-bottom:0;">{line}</p>' for line in rest[:-1]]
    out.append(f'<p style="margin-top:0;">{rest[-1]}</p>')
    return "".join(out)


def report_html(
    model: WizardModel, tr: i18n.Tr, money: Money = plain_money, today: date | None = None
) -> str:
    """The page to print; empty estimates when the case is not valid yet."""
    today = today or date.fromisoformat(clock.today().iso())  # (the one clock)
    result = model.result()
    h: list[str] = [
        _h(tr(i18n.REPORT_TITLE), H1),
        f"<p>{escape(tr(i18n.REPORT_DATE).format(date=today.isoformat()))}</p>",
        _h(tr(i18n.ANSWERS)),
    ]
    for section in summarise(model, tr, money):
        h.append(_lines(f"<b>{escape(section.title)}</b>", [escape(x) for x in section.lines]))
    if result is not None:
        yuan = tr(i18n.YUAN)
        medical = [
            (tr(i18n.MEDICAL_TOTAL), yuan.format(amount=money(model.medical_paid_for_you())))
        ]
        medical += [
            (tr(i18n.PART[p]), yuan.format(amount=money(v))) for p, v in model.medical_parts()
        ]
        start = model.benefits_from()
        if start:
            medical.append((tr(i18n.BENEFITS_FROM).format(date=start), ""))
        if model.fertility_asked:
            fertility = [
                (tr(i18n.PART[p]), yuan.format(amount=money(v))) for p, v in model.fertility_parts()
            ]
            fertility.append(
                (tr(i18n.FERTILITY_TOTAL), yuan.format(amount=money(result.fertility.total)))
            )
        else:
            fertility = [(tr(i18n.FERTILITY_TOTAL), tr(i18n.NOT_ESTIMATED))]
        premium = [(who, yuan.format(amount=money(v))) for who, v in model.premium_items(tr)]
        if result.premium.available:
            total = yuan.format(amount=money(result.premium.total))
        else:  # the year's contribution is not published: no figure, never 0.00 (R19)
            premium, total = [(tr(i18n.PREMIUM_UNAVAILABLE), "")], tr(i18n.NOT_PUBLISHED)
        premium.append((tr(i18n.PREMIUM_TOTAL), total))
        h.append('<table width="100%" cellspacing="0" cellpadding="4"><tr>')
        for title, rows, bold in (
            (tr(i18n.MEDICAL), medical, 0),
            (tr(i18n.FERTILITY), fertility, -1),
            (tr(i18n.PREMIUM), premium, -1),
        ):
            h.append(
                f'<td valign="top" width="33%"><b>{escape(title)}</b>'
                f'<table width="100%" cellspacing="0" cellpadding="2">{_rows(rows, bold)}</table>'
                "</td>"
            )
        h.append("</tr></table>")
        h.append(_h(tr(i18n.REPORT_EXPLANATION)))
        for line in model.all_lines():
            indent = "margin-left:14px;" if line.startswith("  ") else "margin-top:4px;"
            h.append(f'<p style="{indent}">{escape(line.strip())}</p>')
    else:
        h.append(f"<p>{escape(tr(i18n.NOT_READY))}</p>")
    h.append(_h(tr(i18n.REPORT_RULES)))
    rules: list[str] = []
    for doc in model.documents():
        rules.append(
            escape(
                tr(i18n.REPORT_RULE).format(
                    number=doc.number,
                    title=doc.title,
                    effective=doc.effective.isoformat() if doc.effective else "—",
                    dates=tr(i18n.SEP).join(d.isoformat() for d in doc.since),
                )
            )
        )
    h.append(_lines(rules[0], rules[1:]) if rules else "")
    h.append(_h(tr(i18n.REPORT_PACKS)))
    packs = packs_in_force(model.engine.params, tr) if model.engine.ready else []
    packs = [escape(p) for p in packs] or [escape(tr(i18n.REPORT_NO_PACKS))]
    h.append(_lines(packs[0], packs[1:]))
    h.append(f"<p><b>{escape(tr(i18n.DISCLAIMER))}</b></p>")
    return "\n".join(h)
