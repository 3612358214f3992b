"""The national 育儿补贴 (《育儿补贴制度实施方案》, 2025). Ruling R14.

Every listed child registered in Jiaxing qualifies, whatever its birth order and the
parents' insurance. Months (R14 as amended): the 36 calendar months after the birth month
(a parameter), from the month after birth up to and including the month of the third
birthday, counting only months in which the monthly figure is in force (from January
2025). A child who is already 3 on the day the scheme starts (born on or before
2022-01-01) gets none, though its birthday month is in force. The amount is the monthly
figure of each month; the explanation gives each calendar year's months and amount.
"""

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from jxdesk.core.case import Case
from jxdesk.core.messages import years_figure
from jxdesk.core.money import ZERO
from jxdesk.core.parameters import ParameterSet
from jxdesk.core.rules.medical.enrollment import add_months
from jxdesk.core.trace import Trace

NATIONAL = "fertility.national_childcare"

#: (calendar year, months, amount) for each year the child is paid in
Years = tuple[tuple[int, int, Decimal], ...]


class Entitlement(NamedTuple):
    years: Years
    article: str
    monthly: Decimal = ZERO  # the monthly figure of the first paid month
    months: int = 0
    amount: Decimal = ZERO
    figure: str = ""  # the explanation's {years}, built once


def entitlement(born: date, params: ParameterSet) -> Entitlement:
    """A child's months and amounts per calendar year (cached by birth date: the day
    decides whether a child born three years before the scheme's start gets its month)."""
    snap = params.at(date(born.year, born.month, 1))
    key = ("national_childcare", born)
    cached = snap.memo.get(key)
    if cached is None:
        cached = snap.memo[key] = _entitlement(born, params)
    assert isinstance(cached, Entitlement)
    return cached


def _entitlement(born: date, params: ParameterSet) -> Entitlement:
    leaf = params.leaves[f"{NATIONAL}.monthly"]
    in_force = [d for d in leaf.history if d.value is not None]
    if not in_force:
        return Entitlement((), "", ZERO)
    citation = in_force[0].citation
    article = citation.short if citation else ""
    index = born.year * 12 + born.month - 1
    first = in_force[0].since
    start = max(index + 1, first.year * 12 + first.month - 1)
    # the month limit in force at the child's first paid month
    limit = params.at(_month(start)).maybe(f"{NATIONAL}.months")
    if limit is None or add_months(born, int(limit)) <= first:
        # no figure, or the child had reached the limit age on the day the scheme began
        return Entitlement((), article, ZERO)
    years: dict[int, tuple[int, Decimal]] = {}
    monthly = ZERO
    for month in range(start, index + 1 + int(limit)):
        amount = params.at(_month(month)).maybe(f"{NATIONAL}.monthly")
        if amount is None:
            continue
        monthly = monthly or amount
        n, total = years.get(month // 12, (0, ZERO))
        years[month // 12] = (n + 1, total + amount)
    paid = tuple((y, n, total) for y, (n, total) in sorted(years.items()))
    return Entitlement(
        paid,
        article,
        monthly,
        sum(n for _, n, _ in paid),
        sum((a for _, _, a in paid), ZERO),
        years_figure(paid),
    )


def _month(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def national_childcare(
    case: Case, params: ParameterSet, trace: Trace, local_allowance: set[int]
) -> Decimal:
    """The national 育儿补贴 over every child's whole entitlement. `local_allowance`: the
    children who also get the local 育儿津贴 (措施第四条), for the 就高不重复 note."""
    total = ZERO
    for i, child in enumerate(case.children):
        subject = f"child:{i}"
        if not child.registered_in_jiaxing:
            trace.step(
                "national_childcare_not_registered",
                "",
                {"n": i + 1},
                section="fertility",
                subject=subject,
                explains="national_childcare_subsidy",
            )
            continue
        e = entitlement(child.birth_date, params)
        years, article = e.years, e.article
        if not years:
            trace.step(
                "national_childcare_none",
                article,
                {"n": i + 1, "born": child.birth_date.isoformat()},
                section="fertility",
                subject=subject,
                explains="national_childcare_subsidy",
            )
            continue
        total += e.amount
        trace.step(
            "national_childcare",
            article,
            {
                "n": i + 1,
                "born": child.birth_date.isoformat(),
                "months": e.months,
                "years": e.figure,
                "monthly": e.monthly,
            },
            amount=e.amount,
            section="fertility",
            subject=subject,
            explains="national_childcare_subsidy",
        )
        if i in local_allowance:
            trace.step(
                "national_and_local_childcare",
                "措施第七条",
                section="fertility",
                subject=subject,
                explains="national_childcare_subsidy",
                assumption=True,
            )
    return total
