"""The printout: one A4 page of answers, estimates, explanation, rule documents and the
parameter packs in force, as HTML.

Qt-free; jxdesk.gui.counter.printing lays it out with QTextDocument and writes the PDF.
"""

from __future__ import annotations

from datetime import date
from html import escape

from jxdesk.gui import i18n
from jxdesk.gui.rules_info import packs_in_force
from jxdesk.gui.viewmodel import Money, WizardModel, plain_money


def _rows(rows: list[tuple[str, str]], bold_last: bool = False) -> str:
    out = []
    for i, (name, value) in enumerate(rows):
        weight = "font-weight:bold;" if bold_last and i == len(rows) - 1 else ""
        out.append(
            f'<tr><td style="{weight}">{escape(name)}</td>'
            f'<td align="right" style="{weight}">{escape(value)}</td></tr>'
        )
    return "".join(out)


def report_html(
    model: WizardModel, tr: i18n.Tr, money: Money = plain_money, today: date | None = None
) -> str:
    """The page to print; empty estimates when the case is not valid yet."""
    today = today or date.today()
    result = model.result()
    h: list[str] = [
        f"<h2>{escape(tr(i18n.REPORT_TITLE))}</h2>",
        f"<p>{escape(tr(i18n.REPORT_DATE).format(date=today.isoformat()))}</p>",
        f"<h3>{escape(tr(i18n.ANSWERS))}</h3>",
    ]
    for section in model.summary(tr, money):
        lines = "<br/>".join(escape(line) for line in section.lines)
        h.append(f"<p><b>{escape(section.title)}</b><br/>{lines}</p>")
    if result is not None:
        yuan = tr(i18n.YUAN)
        medical = [
            (tr(i18n.PART[p]), yuan.format(amount=money(v))) for p, v in model.medical_parts()
        ]
        fertility = [
            (tr(i18n.PART[p]), yuan.format(amount=money(v))) for p, v in model.fertility_parts()
        ]
        fertility.append(
            (tr(i18n.FERTILITY_TOTAL), yuan.format(amount=money(result.fertility.total)))
        )
        premium = [(who, yuan.format(amount=money(v))) for who, v in model.premium_items(tr)]
        if not result.premium.available:
            premium = [(tr(i18n.PREMIUM_UNAVAILABLE), "")]
        premium.append((tr(i18n.PREMIUM_TOTAL), yuan.format(amount=money(result.premium.total))))
        h.append('<table width="100%" cellspacing="0" cellpadding="4"><tr>')
        for title, rows, bold in (
            (tr(i18n.MEDICAL), medical, True),
            (tr(i18n.FERTILITY), fertility, True),
            (tr(i18n.PREMIUM), premium, True),
        ):
            h.append(
                f'<td valign="top" width="33%"><b>{escape(title)}</b>'
                f'<table width="100%" cellspacing="0" cellpadding="2">{_rows(rows, bold)}</table>'
                "</td>"
            )
        h.append("</tr></table>")
        h.append(f"<h3>{escape(tr(i18n.REPORT_EXPLANATION))}</h3>")
        h.append(
            '<p style="font-size:small">'
            + "<br/>".join(escape(line).replace("  ", "&nbsp;&nbsp;") for line in model.all_lines())
            + "</p>"
        )
    else:
        h.append(f"<p>{escape(tr(i18n.NOT_READY))}</p>")
    h.append(f"<h3>{escape(tr(i18n.REPORT_RULES))}</h3><p>")
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
    h.append("<br/>".join(rules) + "</p>")
    h.append(f"<h3>{escape(tr(i18n.REPORT_PACKS))}</h3><p>")
    packs = packs_in_force(model.engine.params, tr) if model.engine.ready else []
    h.append("<br/>".join(escape(p) for p in packs) or escape(tr(i18n.REPORT_NO_PACKS)))
    h.append("</p>")
    h.append(f"<p><b>{escape(tr(i18n.DISCLAIMER))}</b></p>")
    return "\n".join(h)
