"""What the person told the kiosk, said back in plain words on the result's cards
("孩子的妈妈：灵活就业，缴费基数不知道"), and why an item is nothing, in plain words
without article numbers (the explanation page keeps those). Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jxdesk.gui.kiosk.explain import day
from jxdesk.gui.kiosk.family import WORKING, Kid, MotherInfo, count_text
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.viewmodel import parse_money, plain_money

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.answers import Answers, ClaimAnswer

#: the core's lines that the kiosk says in its own plain words on the cards
PLAIN_WHY = {
    "childcare_none_for_order": "why_childcare_order",
    "childcare_not_registered": "why_childcare_registered",
    "maternity_not_working": "why_not_working",
    "hukou_from_person": "hukou_assumed",
}
#: （第十六条）, (措施第四条), (Art. 16) …: the cards carry no article numbers
_CITATION = re.compile(
    r"\s*[（(][^（）()]*(?:第[^（）()]*条|措施|Art\.|Article|Measure|M\d|假设|说明|assumption|notes)"
    r"[^（）()]*[）)]"
)


def uncited(text: str) -> str:
    return _CITATION.sub("", text).strip()


def yuan(amount: str, lang: str) -> str:
    return say("yuan", lang).format(amount=plain_money(parse_money(amount)))


def _sep(lang: str) -> str:
    return ", " if lang == "en" else "，"


def person_lines(a: Answers, lang: str, account_unknown: bool, aid_unknown: bool) -> list[str]:
    """您：退休职工 / 医保卡个人账户：1,500.00 元 / 救助：低保家庭."""
    scheme = say("scheme_none", lang) if a.scheme == "none" else say(a.scheme, lang)
    out = [say("told_person", lang).format(scheme=scheme)]
    if a.has_account:
        if account_unknown or not a.account_balance:
            out.append(say("told_card_unknown", lang))
        else:
            out.append(say("told_card", lang).format(amount=yuan(a.account_balance, lang)))
    aid = "unknown" if aid_unknown else f"aid_{a.medical_aid}"
    if a.medical_aid != "none" or aid_unknown:
        out.append(say("told_aid", lang).format(aid=say(aid, lang)))
    return out


def bill_line(i: int, c: ClaimAnswer, lang: str) -> str:
    """第 1 笔：住院，三级医院，在嘉兴，发票 60,000.00 元（自费 5,000.00 元）."""
    kind, facility, place = c.kind, c.facility, c.place
    eligible, excluded = str(c.eligible), str(c.excluded)
    total = plain_money(parse_money(eligible) + parse_money(excluded))
    tier = say(f"tier_{facility}", lang)
    if getattr(c, "tier_unknown", False):
        tier = say("told_tier_unknown", lang)
    text = say("told_bill", lang).format(
        n=i + 1,
        kind=say(kind, lang),
        tier=tier,
        place=say(f"place_{place}", lang),
        amount=say("yuan", lang).format(amount=total),
    )
    if parse_money(excluded) > 0:
        text += say("told_excluded", lang).format(amount=yuan(excluded, lang))
    return text


def kid_lines(kids: Sequence[Kid], lang: str) -> list[str]:
    """孩子1：2025年3月10日，家里第 2 个孩子，户口在嘉兴，参加了居民医保."""
    out = []
    for n, kid in enumerate(kids, start=1):
        who = say("kid_n", lang).format(n=n)
        if kid.birth_date is None:
            out.append(f"{who}{':' if lang == 'en' else '：'} {say('told_date_unknown', lang)}")
            continue
        date = day(kid.birth_date, lang)
        if kid.order is None:
            parts = [date, say("told_order_unknown", lang)]
            out.append(f"{who}{': ' if lang == 'en' else '：'}" + _sep(lang).join(parts))
            continue
        key = "told_kid_twins" if kid.twins else "told_kid_expected" if kid.expected else "told_kid"
        order = (
            "、".join(str(o) for o in kid.orders())
            if lang == "zh"
            else " and ".join(str(o) for o in kid.orders())
        )
        text = say(key, lang).format(who=who, date=date, order=order)
        reg = {
            True: "told_registered",
            False: "told_not_registered",
            None: "told_registered_unknown",
        }
        parts = [say(reg[kid.registered], lang)]
        if kid.registered is not False:
            ins = {True: "told_insured", False: "told_not_insured", None: "told_insured_unknown"}
            parts.append(say(ins[kid.insured], lang))
        out.append(_sep(lang).join([text, *parts]))
    return out


def mother_line(mother: MotherInfo, person_scheme: str, lang: str) -> str:
    """孩子的妈妈：灵活就业，缴费基数不知道 (nothing when the question was not asked)."""
    if mother.who is None:
        return ""
    if mother.who == "unknown":
        return say("told_mother", lang).format(what=say("told_mother_unknown", lang))
    scheme = person_scheme if mother.who == "self" else mother.scheme
    if mother.who == "self":
        parts = [say("told_mother_self", lang).format(scheme=say(person_scheme, lang))]
    elif scheme is None:
        parts = [say("told_mother_scheme_unknown", lang)]
    else:
        parts = [say(f"mother_{scheme}", lang)]
    if scheme in WORKING:
        months = None if mother.months_unknown else count_text(mother.months)
        if months is None:
            parts.append(say("told_months_unknown", lang))
        else:
            parts.append(say("told_months", lang).format(n=months))
            if mother.base_unknown or not mother.base:
                parts.append(say("told_base_unknown", lang))
            else:
                parts.append(say("told_base", lang).format(amount=yuan(mother.base, lang)))
                if mother.difficult is not None:
                    parts.append(
                        say("told_difficult" if mother.difficult else "told_not_difficult", lang)
                    )
    return say("told_mother", lang).format(what=_sep(lang).join(parts))
