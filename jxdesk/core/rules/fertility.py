"""孕产补助 (措施第三条), 育儿津贴 (措施第四条) and 生育津贴 (第四十条–第四十二条).

Rulings R11 and R12. Each child's figures are those in force on its birth date, so a child
born before the measures took effect (2025-01-01) finds no figure and gets nothing.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from jxdesk.core.case import Case, Child, Mother
from jxdesk.core.codes import Scheme
from jxdesk.core.money import ZERO, fen
from jxdesk.core.parameters import ParameterSet
from jxdesk.core.result import Fertility
from jxdesk.core.rules.national_childcare import national_childcare
from jxdesk.core.trace import Trace

ORDER_CAP = "fertility.birth_order.order_cap"
PRENATAL = "fertility.subsidies.prenatal"
CHILDCARE = "fertility.subsidies.childcare"
MAT = "fertility.maternity"


def counted_order(order: int, params: ParameterSet, born: date) -> int:
    cap = params.at(born).maybe(ORDER_CAP)
    return min(order, int(cap)) if cap is not None else order


def mother_hukou(case: Case) -> tuple[bool, bool]:
    """The mother's Jiaxing hukou; without a mother, the person's (an assumption)."""
    if case.mother is not None:
        return case.mother.hukou_jiaxing, False
    return case.person.hukou_jiaxing, True


def subsidies(
    case: Case, params: ParameterSet, trace: Trace, with_allowance: set[int]
) -> tuple[Decimal, Decimal]:
    """孕产补助 and 育儿津贴; `with_allowance` collects the children given 育儿津贴."""
    prenatal_total = childcare_total = ZERO
    hukou, assumed = mother_hukou(case)
    if assumed and case.children:
        trace.step("hukou_from_person", "", section="fertility", assumption=True)
    for i, child in enumerate(case.children):
        subject = f"child:{i}"
        snap = params.at(child.birth_date)
        if snap.maybe(ORDER_CAP) is None:
            trace.step(
                "child_before_measures",
                "措施第七条",
                {"born": child.birth_date.isoformat()},
                section="fertility",
                subject=subject,
            )
            continue
        order = counted_order(child.order, params, child.birth_date)
        if order != child.order:
            trace.step(
                "order_capped",
                snap.article(ORDER_CAP),
                {"order": child.order, "counted": order},
                section="fertility",
                subject=subject,
            )
        key = str(order)
        if hukou:
            amount = snap.table(PRENATAL).get(key, ZERO)
            prenatal_total += amount
            trace.step(
                "prenatal",
                snap.article(PRENATAL),
                {"order": order},
                amount=amount,
                section="fertility",
                subject=subject,
                explains="prenatal_subsidy",
            )
        else:
            trace.step(
                "prenatal_no_hukou",
                snap.article(PRENATAL),
                section="fertility",
                subject=subject,
                explains="prenatal_subsidy",
            )
        if child.registered_in_jiaxing:
            amount = snap.table(CHILDCARE).get(key, ZERO)
            childcare_total += amount
            if amount:
                with_allowance.add(i)
            trace.step(
                "childcare" if amount else "childcare_none_for_order",
                snap.article(CHILDCARE),
                {"order": order},
                amount=amount,
                section="fertility",
                subject=subject,
                explains="childcare_allowance",
            )
        else:
            trace.step(
                "childcare_not_registered",
                snap.article(CHILDCARE),
                section="fertility",
                subject=subject,
                explains="childcare_allowance",
            )
    return prenatal_total, childcare_total


def deliveries(children: list[Child]) -> dict[date, list[Child]]:
    """R12: a delivery is the set of listed children born on the same day."""
    by_day: dict[date, list[Child]] = defaultdict(list)
    for child in children:
        by_day[child.birth_date].append(child)
    return dict(sorted(by_day.items()))


def maternity(case: Case, params: ParameterSet, trace: Trace) -> tuple[Decimal, int]:
    mother = case.mother
    if mother is None or not case.children:
        return ZERO, 0
    trace.step("note_maternity_medical", "第四十三条、第四十四条", section="fertility")
    total, days_total = ZERO, 0
    for day, babies in deliveries(case.children).items():
        snap = params.at(day)
        if snap.maybe(f"{MAT}.days_per_month") is None:
            trace.step(
                "delivery_before_rules",
                "第七十条",
                {"born": day.isoformat()},
                section="fertility",
                explains="maternity_allowance",
            )
            continue
        if not _qualifies(mother, day, params, trace):
            continue
        base = mother.contribution_base
        if base is None:
            base = snap.get(f"{MAT}.flexible_base")  # validated present for flexible mothers
        per_month = snap.get(f"{MAT}.days_per_month")
        if mother.leave_days is not None:
            days = mother.leave_days
            trace.step(
                "leave_days_given",
                "第四十二条",
                {"days": days, "born": day.isoformat()},
                section="fertility",
                explains="maternity_allowance",
            )
        else:
            days = _statutory_days(mother, babies, day, params, trace)
        amount = fen(base * days / per_month)
        total += amount
        days_total += days
        trace.step(
            "maternity_allowance",
            snap.article(f"{MAT}.days_per_month"),
            {"base": base, "per_month": int(per_month), "days": days, "scheme": mother.scheme},
            amount=amount,
            section="fertility",
            explains="maternity_allowance",
        )
        if len(babies) > 1:
            trace.step(
                "multiple_birth_confirm",
                "",
                {"count": len(babies)},
                section="fertility",
                explains="maternity_allowance",
                assumption=True,
            )
    return total, days_total


def _qualifies(mother: Mother, day: date, params: ParameterSet, trace: Trace) -> bool:
    snap = params.at(day)
    if mother.scheme not in (Scheme.EMPLOYEE, Scheme.FLEXIBLE):
        trace.step(
            "maternity_not_working",
            "第四十条",
            {"scheme": mother.scheme},
            section="fertility",
            explains="maternity_allowance",
        )
        return False
    need = int(snap.get(f"{MAT}.min_continuous_months"))
    if mother.continuous_months < need:
        trace.step(
            "maternity_months_short",
            snap.article(f"{MAT}.min_continuous_months"),
            {"months": mother.continuous_months, "need": need},
            section="fertility",
            explains="maternity_allowance",
        )
        return False
    return True


def _statutory_days(
    mother: Mother, babies: list[Child], day: date, params: ParameterSet, trace: Trace
) -> int:
    snap = params.at(day)
    national = int(snap.get(f"{MAT}.national_leave_days"))
    first = all(b.order == 1 for b in babies)
    ext_path = f"{MAT}.first_child_extension_days" if first else f"{MAT}.later_child_extension_days"
    extension = int(snap.get(ext_path))
    days = national + extension
    trace.step(
        "leave_national",
        snap.article(f"{MAT}.national_leave_days"),
        {"days": national},
        section="fertility",
        explains="maternity_allowance",
    )
    trace.step(
        "leave_first_child" if first else "leave_later_child",
        snap.article(ext_path),
        {"days": extension},
        section="fertility",
        explains="maternity_allowance",
    )
    if mother.difficult_labour:
        extra = int(snap.get(f"{MAT}.difficult_labour_days"))
        days += extra
        trace.step(
            "leave_difficult_labour",
            snap.article(f"{MAT}.difficult_labour_days"),
            {"days": extra},
            section="fertility",
            explains="maternity_allowance",
        )
    if len(babies) > 1:
        extra = int(snap.get(f"{MAT}.extra_baby_days")) * (len(babies) - 1)
        days += extra
        trace.step(
            "leave_extra_babies",
            snap.article(f"{MAT}.extra_baby_days"),
            {"days": extra, "babies": len(babies)},
            section="fertility",
            explains="maternity_allowance",
        )
    return days


def settle_fertility(case: Case, params: ParameterSet, trace: Trace) -> Fertility:
    with_allowance: set[int] = set()
    prenatal, childcare = subsidies(case, params, trace, with_allowance)
    allowance, days = maternity(case, params, trace)
    national = national_childcare(case, params, trace, with_allowance)
    return Fertility(prenatal, childcare, allowance, days, national)
