"""Premium support for 居民医保 (第二十六条, 第三十八条, 措施第五条). Ruling R13.

The supports do not add up: each person gets the highest one (就高不重复).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxdesk.core.case import Case, Child
from jxdesk.core.codes import MedicalAid, Scheme
from jxdesk.core.money import fen
from jxdesk.core.parameters import ParameterSet, Snapshot
from jxdesk.core.result import Premium, PremiumItem
from jxdesk.core.rules.fertility import counted_order
from jxdesk.core.trace import Trace

CONTRIB = "premium.contribution"
SUPPORT = "premium.support"


def _best(options: list[tuple[str, Decimal, str]]) -> tuple[str, Decimal, str] | None:
    return max(options, key=lambda o: o[1]) if options else None


def third_birthday(born: date, years: int) -> date:
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February: the birthday falls on 1 March
        return date(born.year + years, 3, 1)


def _child_options(
    child: Child, year: int, params: ParameterSet, snap: Snapshot
) -> list[tuple[str, Decimal, str]]:
    options = []
    if child.disabled_certified:
        options.append(
            ("disabled", snap.get(f"{SUPPORT}.disabled"), snap.article(f"{SUPPORT}.disabled"))
        )
    at_birth = params.at(child.birth_date)  # 措施第五条 covers children born from 2025-01-01
    if at_birth.has(f"{SUPPORT}.child") and child.registered_in_jiaxing:
        rates = at_birth.table(f"{SUPPORT}.child")
        years = int(at_birth.get(f"{SUPPORT}.child_years"))
        if child.birth_date.year <= year and date(year, 1, 1) < third_birthday(
            child.birth_date, years
        ):
            order = counted_order(child.order, params, child.birth_date)
            options.append(("child_order", rates[str(order)], at_birth.article(f"{SUPPORT}.child")))
    return options


def settle_premium(case: Case, params: ParameterSet, trace: Trace) -> Premium:
    snap = params.at(date(case.year, 1, 1))
    resident = snap.maybe(f"{CONTRIB}.resident")
    if resident is None:
        trace.step(
            "premium_unavailable",
            "第二十五条",
            {"year": case.year},
            section="premium",
            explains="premium",
        )
        return Premium(available=False)
    student = snap.maybe(f"{CONTRIB}.student")
    person = case.person
    items: list[PremiumItem] = []
    contribution = student if person.scheme is Scheme.STUDENT and student is not None else resident

    if person.scheme.is_resident:
        options = []
        if person.disabled_certified:
            options.append(
                ("disabled", snap.get(f"{SUPPORT}.disabled"), snap.article(f"{SUPPORT}.disabled"))
            )
        if person.family_planning_special:
            options.append(
                (
                    "family_planning_special",
                    snap.get(f"{SUPPORT}.family_planning_special"),
                    snap.article(f"{SUPPORT}.family_planning_special"),
                )
            )
        if person.medical_aid is not MedicalAid.NONE:
            options.append(
                (
                    "medical_aid",
                    snap.get(f"{SUPPORT}.medical_aid"),
                    snap.article(f"{SUPPORT}.medical_aid"),
                )
            )
        _add(items, "person", _best(options), contribution, len(options), trace)

    for i, child in enumerate(case.children):
        who = f"child:{i}"
        if not child.resident_insured:
            continue
        options = _child_options(child, case.year, params, snap)
        _add(items, who, _best(options), resident, len(options), trace)

    if not items:
        trace.step("premium_none", "", section="premium", explains="premium")
    return Premium(True, contribution, tuple(items))


def _add(
    items: list[PremiumItem],
    who: str,
    best: tuple[str, Decimal, str] | None,
    contribution: Decimal,
    n_options: int,
    trace: Trace,
) -> None:
    if best is None:
        return
    reason, rate, article = best
    amount = fen(contribution * rate)
    items.append(PremiumItem(who, reason, rate, contribution, amount))
    trace.step(
        f"premium_{reason}",
        article,
        {"rate": rate, "contribution": contribution, "whose": who},
        amount=amount,
        section="premium",
        subject=who,
        explains="premium",
    )
    if n_options > 1:
        trace.step(
            "premium_highest_wins", "措施第五条", {"whose": who}, section="premium", subject=who
        )
