"""The answers as the results page and the printout list them: every answer the estimate
used (issue 19: the birth date, each claim's date, the children's and the mother's answers
were missing from the printout). Qt-free."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jxdesk.gui import i18n
from jxdesk.gui.records import Value

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable
    from decimal import Decimal

    from jxdesk.gui.viewmodel import WizardModel


class SummarySection(Value):
    __slots__ = ("lines", "page", "title")

    def __init__(self, page: Any, title: str, lines: tuple[str, ...]) -> None:
        self.page = page  # the viewmodel's Page (修改 goes there)
        self.title = title
        self.lines = lines


def summarise(
    model: WizardModel, tr: i18n.Tr, money: Callable[[Decimal], str]
) -> list[SummarySection]:
    from jxdesk.gui.viewmodel import Page, parse_money

    a = model.answers
    sep = tr(i18n.SEP)
    who = [tr(i18n.SUM_SCHEME).format(year=a.year, scheme=tr(i18n.SCHEME_LABEL[a.scheme]))]
    if a.birth_date.strip():
        who.append(f"{tr(i18n.BIRTH_DATE)} {a.birth_date.strip()}")
    flags = [
        tr(label)
        for on, label in (
            (a.hukou_jiaxing, i18n.HUKOU),
            (a.disabled_certified, i18n.DISABLED),
            (a.family_planning_special, i18n.FAMILY_SPECIAL),
            (a.pre1949_worker, i18n.PRE1949),
            (a.targeted_child_illness, i18n.CHILD_ILLNESS),
        )
        if on
    ]
    if flags:
        who.append(sep.join(flags))
    if a.medical_aid != "none":
        who.append(tr(i18n.SUM_AID).format(aid=tr(i18n.MEDICAL_AID_LABEL[a.medical_aid])))
    if a.has_account:
        if a.estimate_account:
            who.append(tr(i18n.SUM_ACCOUNT_ESTIMATED))
        else:
            balance = money(parse_money(a.account_balance))
            who.append(tr(i18n.SUM_ACCOUNT).format(amount=balance))
        prior = parse_money(a.prior_account_balance)
        if prior:
            who.append(tr(i18n.SUM_PRIOR_ACCOUNT).format(amount=money(prior)))
    if a.insured and a.enrollment_route != "annual":
        route = tr(i18n.ENROLLMENT_LABEL[a.enrollment_route])
        who.append(tr(i18n.SUM_ENROLLMENT).format(route=route, date=a.enrollment_date))
    sections = [SummarySection(Page.IDENTITY, tr(i18n.PAGE_IDENTITY), tuple(who))]

    count, eligible, excluded = model.subtotal()
    if count:
        claims = [
            tr(i18n.SUM_CLAIMS).format(
                count=count, eligible=money(eligible), excluded=money(excluded)
            )
        ]
        for i, c in enumerate(a.claims):
            line = tr(i18n.SUM_CLAIM).format(
                n=i + 1,
                kind=tr(i18n.KIND_LABEL[c.kind]),
                facility=tr(i18n.FACILITY_LABEL[c.facility]),
                place=tr(i18n.PLACE_LABEL[c.place]),
                eligible=money(parse_money(c.eligible)),
                excluded=money(parse_money(c.excluded)),
            )
            claims.append(f"{line} · {c.date.strip()}" if c.date.strip() else line)
    else:
        claims = [tr(i18n.SUM_NO_CLAIMS)]
    sections.append(SummarySection(Page.CLAIMS, tr(i18n.PAGE_CLAIMS), tuple(claims)))

    if a.has_children:
        family = [tr(i18n.SUM_CHILDREN).format(count=len(a.children))]
        for ch in a.children:
            line = tr(i18n.SUM_CHILD).format(order=ch.order, born=ch.birth_date)
            said = [
                tr(label)
                for on, label in (
                    (ch.registered_in_jiaxing, i18n.CHILD_REGISTERED),
                    (ch.resident_insured, i18n.CHILD_INSURED),
                    (ch.disabled_certified, i18n.CHILD_DISABLED),
                )
                if on
            ]
            family.append(sep.join([line, *said]))
        m = a.mother
        if m.include:
            line = tr(i18n.SUM_MOTHER).format(
                scheme=tr(i18n.SCHEME_LABEL[m.scheme]),
                base=money(parse_money(m.contribution_base)),
                months=m.continuous_months,
            )
            more = [tr(i18n.MOTHER_DIFFICULT)] if m.difficult_labour else []
            if m.leave_days.strip():
                more.append(f"{tr(i18n.MOTHER_LEAVE)} {m.leave_days.strip()}")
            family.append(sep.join([line, *more]))
        else:
            family.append(tr(i18n.SUM_NO_MOTHER))
        sections.append(SummarySection(Page.FAMILY, tr(i18n.PAGE_FAMILY), tuple(family)))
    else:
        sections.append(
            SummarySection(Page.IDENTITY, tr(i18n.PAGE_FAMILY), (tr(i18n.SUM_NO_CHILDREN),))
        )
    return sections
