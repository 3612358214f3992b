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

from jxdesk.gui.kiosk.family import Kid, Note, twin_of
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
    kind: str  # "item" (an amount), "why" (why an item is nothing), "note" (to confirm)
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


def note_text(note: Note, lang: str) -> str:
    text = say(note.key, lang)
    if note.n:
        return f"{say('kid_n', lang).format(n=note.n)}：{text}"
    return text


#: the items a note about an unknown answer stands for (no "not eligible" line for them)
COVERS = {
    "unknown_registered": ("childcare_allowance", "national_childcare_subsidy"),
    "unknown_mother": ("maternity_allowance",),
    "unknown_months": ("maternity_allowance",),
    "unknown_base": ("maternity_allowance",),
}


def result_cards(
    model: WizardModel, notes: Sequence[Note], kids: Sequence[Kid], account_unknown: bool = False
) -> list[Card]:
    lang = model.lang
    result = model.result()
    render: Callable[[Step], str] = lambda s: model.engine.render(s, lang).strip()  # noqa: E731
    return [
        medical_card(model, result, lang, account_unknown),
        fertility_card(result, notes, kids, lang, render),
        premium_card(model, result, notes, kids, lang, render),
    ]


def year_note(model: WizardModel) -> str:
    """按 2026 年估算, and the core's line on figures carried over to a later year (R19)."""
    lang = model.lang
    lines = [say("estimate_year", lang).format(year=model.answers.year)]
    lines += carried_over_lines(model.result(), lambda s: model.engine.render(s, lang))
    stop = "." if lang == "en" else "。"
    ended = (line if line.endswith(stop) else line + stop for line in lines)
    return (" " if lang == "en" else "").join(ended)


def medical_card(
    model: WizardModel, result: Result | None, lang: str, account_unknown: bool = False
) -> Card:
    title = say("card_medical", lang)
    a = model.answers
    if not a.claims:
        return Card("medical", title, "", "", say("no_bills_card", lang), ())
    if result is None:
        return Card("medical", title, "", "", say("cannot", lang), ())
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
    paid = model.medical_paid_for_you()
    return Card("medical", title, say("paid_for_you", lang), yuan(paid, lang), "", tuple(lines))


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
) -> Card:
    title = say("card_fertility", lang)
    said = [Line(note_text(n, lang), "note") for n in notes if n.card == "fertility"]
    if not kids:
        return Card("fertility", title, "", "", say("no_kids", lang), ())
    if not any(k.estimable for k in kids):
        return Card("fertility", title, "", "", say("no_kid_to_estimate", lang), tuple(said))
    if result is None:
        return Card("fertility", title, "", "", say("cannot", lang), tuple(said))
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
            if item == "maternity_allowance" and f.maternity_leave_days:
                name += say("leave_days", lang).format(days=f.maternity_leave_days)
            lines.append(Line(name, "item", yuan(amount, lang)))
        elif item not in covered:
            reasons = _why(result, item, render) or [say("not_eligible", lang)]
            whys.extend(reasons)
            lines.append(Line(f"{name}：{reasons[0]}", "why"))
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
            return Card("fertility", title, "", "", said[0].text, tuple(said[1:] + lines))
        why = say("not_eligible", lang) + (f"：{whys[0]}" if whys else "")
        rest = [ln for ln in lines if ln.kind == "why"][1:] if whys else []
        return Card("fertility", title, "", "", why, tuple(rest))
    return Card(
        "fertility", title, say("fertility_total", lang), yuan(total, lang), "", (*lines, *said)
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
) -> Card:
    title = say("card_premium", lang)
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
    if not p.items:
        if said:
            return Card("premium", title, "", "", said[0].text, said[1:])
        return Card("premium", title, "", "", say("premium_none_why", lang), ())
    lines = []
    for item in p.items:
        if item.who == "person":
            who = say("premium_person", lang)
        else:
            who = child_label(int(item.who.split(":")[1]), kids, lang)
        lines.append(Line(who, "item", yuan(item.amount, lang)))
    return Card(
        "premium", title, say("premium_label", lang), yuan(p.total, lang), "", (*lines, *said)
    )
