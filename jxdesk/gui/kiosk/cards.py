"""The kiosk's three result cards, 医疗报销, 生育补助 and 参保补助, as words. Qt-free.

Every figure is the core's (the `Result` of the view model); this module only picks the
words: the card's headline figure, an item per amount, and for an item that is nothing
the core's own line saying why (母亲非嘉兴户籍，不享受孕产补助 …). A card with nothing says
why in one line instead of "0.00 元", and what the person could not answer is said as
what to confirm at the counter (family.Note), never counted silently as 0.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from jxdesk.gui.kiosk.family import Kid, MotherInfo, Note, twin_of
from jxdesk.gui.kiosk.told import (
    PLAIN_WHY,
    bill_line,
    kid_lines,
    mother_line,
    person_lines,
    uncited,
)
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.viewmodel import WizardModel, parse_money, plain_money
from jxdesk.gui.yearly import carried_over_lines

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.core.result import Result
    from jxdesk.core.trace import Step

#: the inpatient pool: the current-year account never pays it (第十六条, R6)
STAY_KINDS = ("inpatient", "special", "home_bed")
FERTILITY_ITEMS = (
    "prenatal_subsidy",
    "childcare_allowance",
    "maternity_allowance",
    "national_childcare_subsidy",
)


class Line(NamedTuple):
    text: str
    kind: str  # "item" (an amount), "why" (why an item is nothing), "note" (to confirm),
    # "told" (what the person entered, said back)
    amount: str = ""  # an item's figure: "2,000.00 元"


class Card(NamedTuple):
    key: str  # "medical", "fertility", "premium"
    title: str
    label: str  # the words above the headline figure
    figure: str  # the headline: "35,200.00 元"; "" when the card has nothing
    empty: str  # … and then the one line saying why
    lines: tuple[Line, ...]


def yuan(amount: Decimal, lang: str) -> str:
    return say("yuan", lang).format(amount=plain_money(amount))


def colon(lang: str) -> str:
    """The colon between a name and what is said of it: a full-width one in Chinese only."""
    return ": " if lang == "en" else "："


def note_text(note: Note, lang: str) -> str:
    text = say(note.key, lang)
    if note.n:
        return f"{say('kid_n', lang).format(n=note.n)}{colon(lang)}{text}"
    return text


#: the items a note about an unknown answer stands for (no "not eligible" line for them)
COVERS = {
    "unknown_registered": ("childcare_allowance", "national_childcare_subsidy"),
    "unknown_mother": ("maternity_allowance",),
    "unknown_months": ("maternity_allowance",),
    "unknown_base": ("maternity_allowance",),
}


class Unsure(NamedTuple):
    """The answers given as 不知道 that the medical and premium cards must name."""

    account: bool = False
    scheme: bool = False
    aid: bool = False


def unsure_of(flow: object) -> Unsure:
    """The flow's 不知道 answers that the cards name (a KioskFlow, duck-typed: Qt-free)."""
    return Unsure(
        bool(getattr(flow, "account_unknown", False)),
        bool(getattr(flow, "scheme_unknown", False)),
        bool(getattr(flow, "aid_unknown", False)),
    )


def result_cards(
    model: WizardModel,
    notes: Sequence[Note],
    kids: Sequence[Kid],
    account_unknown: bool = False,
    mother: MotherInfo | None = None,
    unsure: Unsure | None = None,
) -> list[Card]:
    lang = model.lang
    result = model.result()
    unsure = unsure or Unsure(account=account_unknown)

    def render(s: Step) -> str:
        key = PLAIN_WHY.get(s.code)
        return say(key, lang) if key else uncited(model.engine.render(s, lang).strip())

    told = kid_lines(kids, lang)
    if mother is not None:
        told += [t for t in (mother_line(mother, model.answers.scheme, lang),) if t]
    cards = [
        medical_card(model, result, lang, unsure),
        fertility_card(result, notes, kids, lang, render, tuple(told)),
        premium_card(model, result, notes, kids, lang, render, unsure),
    ]
    # what the person entered goes under the three cards, in a card of its own: the
    # figures stay at the top of the screen, whole, whatever the answers say
    entered = tuple(ln for c in cards for ln in c.lines if ln.kind == "told")
    cards = [c._replace(lines=tuple(ln for ln in c.lines if ln.kind != "told")) for c in cards]
    return [*cards, Card("told", say("told_title", lang), "", "", "", entered)]


def year_note(model: WizardModel) -> str:
    """按 2026 年估算, and the core's line on figures carried over to a later year (R19)."""
    lang = model.lang
    lines = [say("estimate_year", lang).format(year=model.answers.year)]
    lines += carried_over_lines(model.result(), lambda s: model.engine.render(s, lang))
    stop = "." if lang == "en" else "。"
    ended = (line if line.endswith(stop) else line + stop for line in lines)
    return (" " if lang == "en" else "").join(ended)


def medical_card(
    model: WizardModel, result: Result | None, lang: str, unsure: Unsure | bool = False
) -> Card:
    if isinstance(unsure, bool):
        unsure = Unsure(account=unsure)
    account_unknown = unsure.account
    title = say("card_medical", lang)
    a = model.answers
    told = tuple(
        Line(t, "told") for t in person_lines(a, lang, account_unknown, unsure.aid)
    ) + tuple(Line(bill_line(i, c, lang), "told") for i, c in enumerate(a.claims))
    if unsure.scheme:
        told = (Line(say("told_person", lang).format(scheme=say("unknown", lang)), "told"),)
        return Card("medical", title, "", "", say("medical_scheme_unknown", lang), told)
    if not a.insured:
        return Card("medical", title, "", "", say("medical_uninsured", lang), told)
    if not a.claims:
        return Card("medical", title, "", "", say("no_bills_card", lang), told)
    if result is None:
        return Card("medical", title, "", "", say("cannot", lang), told)
    m = result.medical
    lines = [Line(say("you_pay", lang), "item", yuan(m.out_of_pocket, lang))]
    for part in ("fund", "account", "critical_illness", "medical_aid"):
        amount: Decimal = getattr(m, part)
        if amount > 0:
            lines.append(Line(say(part, lang), "item", yuan(amount, lang)))
    balance = a.has_account and parse_money(a.account_balance) > 0
    if balance and any(c.kind in STAY_KINDS for c in a.claims):
        lines.append(Line(say("account_not_for_stay", lang), "note"))
    if a.has_account and account_unknown and any(c.kind not in STAY_KINDS for c in a.claims):
        lines.append(Line(say("unknown_account", lang), "note"))
    for i, c in enumerate(a.claims):
        if getattr(c, "tier_unknown", False):
            lines.append(Line(say("tier_unknown_note", lang).format(n=i + 1), "note"))
    if unsure.aid:
        lines.append(Line(say("aid_unknown_note", lang), "note"))
    paid = model.medical_paid_for_you()
    return Card("medical", title, say("paid_for_you", lang), yuan(paid, lang), "", (*lines, *told))


def _why(result: Result, item: str, render: Callable[[Step], str]) -> list[str]:
    """The core's lines saying why an item is nothing."""
    out = []
    for s in result.steps:
        if s.section != "fertility":
            continue
        if (s.explains == item and s.amount in (None, 0)) or (
            s.code == "child_before_measures" and item != "maternity_allowance"
        ):
            text = render(s)
            if text not in out:
                out.append(text)
    return out


def fertility_card(
    result: Result | None,
    notes: Sequence[Note],
    kids: Sequence[Kid],
    lang: str,
    render: Callable[[Step], str],
    told_words: tuple[str, ...] = (),
) -> Card:
    title = say("card_fertility", lang)
    said = [Line(note_text(n, lang), "note") for n in notes if n.card == "fertility"]
    told = tuple(Line(t, "told") for t in told_words)
    if not kids:
        return Card("fertility", title, "", "", say("no_kids", lang), ())
    if not any(k.estimable for k in kids):
        return Card("fertility", title, "", "", say("no_kid_to_estimate", lang), (*said, *told))
    if result is None:
        return Card("fertility", title, "", "", say("cannot", lang), (*said, *told))
    f = result.fertility
    lines: list[Line] = []
    whys: list[str] = []
    covered = {item for n in notes for item in COVERS.get(n.key, ())}
    for item in FERTILITY_ITEMS:
        amount = getattr(f, item, None)
        if amount is None:  # a core without this item
            continue
        name = say(item, lang)
        if amount > 0:
            lines.append(Line(name, "item", yuan(amount, lang)))
            if item == "maternity_allowance" and f.maternity_leave_days:
                days = say("leave_days", lang).format(days=f.maternity_leave_days)
                lines.append(Line(f"{name}{days}", "why"))  # (under the figures)
        elif item not in covered:
            reasons = _why(result, item, render) or [say("not_eligible", lang)]
            whys.extend(reasons)
            lines.append(Line(f"{name}{colon(lang)}{reasons[0]}", "why"))
    total: Decimal = sum(
        (getattr(f, i) for i in FERTILITY_ITEMS if getattr(f, i, None) is not None), Decimal(0)
    )
    # what the estimate assumes, to be confirmed at the counter (R14: the national and the
    # local childcare money both counted; a multiple birth's leave days …), in the core's words
    for step in result.steps:
        if step.section == "fertility" and step.assumption:
            text = render(step)
            if all(text != ln.text for ln in said):
                said.append(Line(text, "note"))
    if total <= 0:
        if said:  # nothing estimated for want of an answer: say that first
            return Card("fertility", title, "", "", said[0].text, (*said[1:], *lines, *told))
        why = say("not_eligible", lang) + (f"{colon(lang)}{whys[0]}" if whys else "")
        rest = [ln for ln in lines if ln.kind == "why"][1:] if whys else []
        return Card("fertility", title, "", "", why, (*rest, *told))
    return Card(
        "fertility",
        title,
        say("fertility_total", lang),
        yuan(total, lang),
        "",
        (*lines, *said, *told),
    )


def child_label(index: int, kids: Sequence[Kid], lang: str) -> str:
    """'孩子1' (or '孩子2（双胞胎之一）') for the case's child `index`."""
    n, twin = twin_of(index, kids)
    text = say("kid_n", lang).format(n=n)
    if twin:
        text += say(f"twin_{twin}", lang)
    return text


def premium_card(
    model: WizardModel,
    result: Result | None,
    notes: Sequence[Note],
    kids: Sequence[Kid],
    lang: str,
    render: Callable[[Step], str],
    unsure: Unsure | None = None,
) -> Card:
    title = say("card_premium", lang)
    unsure = unsure or Unsure()
    said = tuple(Line(note_text(n, lang), "note") for n in notes if n.card == "premium")
    if result is None:
        return Card("premium", title, "", "", say("cannot", lang), said)
    p = result.premium
    if not p.available:  # the year's contribution is not published: no figure (R19)
        why = [render(s) for s in result.steps if s.code == "premium_unavailable"]
        return Card(
            "premium",
            title,
            say("premium_label", lang),
            say("premium_not_published", lang),
            (why or [say("not_eligible", lang)])[0],
            said,
        )
    got = {item.who for item in p.items}
    nothing = tuple(Line(t, "why") for t in _no_support(model, kids, got, lang, unsure))
    if not p.items:
        if said:
            return Card("premium", title, "", "", said[0].text, (*said[1:], *nothing))
        return Card("premium", title, "", "", say("premium_none_why", lang), nothing)
    lines = []
    for item in p.items:
        if item.who == "person":
            who = say("premium_person", lang)
        else:
            who = child_label(int(item.who.split(":")[1]), kids, lang)
        lines.append(Line(who, "item", yuan(item.amount, lang)))
    return Card(
        "premium",
        title,
        say("premium_label", lang),
        yuan(p.total, lang),
        "",
        (*lines, *said, *nothing),
    )


def _no_support(
    model: WizardModel, kids: Sequence[Kid], got: set[str], lang: str, unsure: Unsure
) -> list[str]:
    """Who in the family gets no premium support, and why, in plain words (the grandson
    is named, not passed over)."""
    sep = colon(lang)
    out = []
    a = model.answers
    if unsure.scheme:
        out.append(say("premium_scheme_unknown", lang))
    elif "person" not in got:
        why = "premium_person_uninsured" if not a.insured else "premium_person_why"
        out.append(say("premium_person", lang) + sep + say(why, lang))
    index = 0
    for n, kid in enumerate(kids, start=1):
        count = len(kid.orders()) if kid.birth_date is not None else 0
        indices = range(index, index + count)
        index += count
        if count and any(f"child:{i}" in got for i in indices):
            continue
        if not kid.estimable:
            continue  # (the fertility card says what is missing)
        if kid.registered is False:
            why = "premium_kid_not_registered"
        elif kid.insured is False:
            why = "premium_kid_not_insured"
        elif kid.insured is None or kid.registered is None:
            continue  # (a note says what to confirm)
        else:
            why = "premium_kid_not_due"
        who = say("kid_n", lang).format(n=n)
        out.append(say("premium_kid_none", lang).format(who=who, why=say(why, lang)))
    return out
