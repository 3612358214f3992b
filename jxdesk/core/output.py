"""The result as the contract's JSON object: money as strings with exactly two decimals.

Each amount is written with the f-string of money.yuan in place rather than by calling it
(some 35 amounts a case: the call cost a fifth of their formatting), and the commonest
amount, the ZERO object itself (46% of them), without formatting: same text, a tenth of
the cost.
"""

from __future__ import annotations

from typing import Any

from jxdesk.core.messages import render_all
from jxdesk.core.money import ZERO as Z
from jxdesk.core.result import Result


def result_to_dict(result: Result, lang: str = "zh") -> dict[str, Any]:
    out = amounts_to_dict(result)
    out["explanation"] = render_all(result.steps, lang)
    return out


def amounts_to_dict(result: Result) -> dict[str, Any]:
    """The result without its explanation (the start-up self-test compares amounts only)."""
    out = _amounts(result)
    carried = result.carried_over
    if carried is not None:  # R19; an added optional field (contract.md)
        out["carried_over"] = {"since": carried.since, "documents": list(carried.documents)}
    return out


def _amounts(result: Result) -> dict[str, Any]:
    m, f, p = result.medical, result.fertility, result.premium
    return {
        "year": result.year,
        "medical": {
            "eligible": "0.00" if m.eligible is Z else f"{m.eligible:.2f}",
            "excluded": "0.00" if m.excluded is Z else f"{m.excluded:.2f}",
            "fund": "0.00" if m.fund is Z else f"{m.fund:.2f}",
            "account": "0.00" if m.account is Z else f"{m.account:.2f}",
            "prior_account": "0.00" if m.prior_account is Z else f"{m.prior_account:.2f}",
            "critical_illness": "0.00" if m.critical_illness is Z else f"{m.critical_illness:.2f}",
            "medical_aid": "0.00" if m.medical_aid is Z else f"{m.medical_aid:.2f}",
            "out_of_pocket": "0.00" if m.out_of_pocket is Z else f"{m.out_of_pocket:.2f}",
            "account_left": "0.00" if m.account_left is Z else f"{m.account_left:.2f}",
            "benefits_from": m.benefits_from.isoformat() if m.benefits_from else None,
            "claims": [
                {
                    "fund": "0.00" if c.fund is Z else f"{c.fund:.2f}",
                    "account": "0.00" if c.account is Z else f"{c.account:.2f}",
                    "deductible": "0.00" if c.deductible is Z else f"{c.deductible:.2f}",
                    "first_paid": "0.00" if c.first_paid is Z else f"{c.first_paid:.2f}",
                    "beyond_maximum": "0.00"
                    if c.beyond_maximum is Z
                    else f"{c.beyond_maximum:.2f}",
                    "out_of_pocket": "0.00" if c.out_of_pocket is Z else f"{c.out_of_pocket:.2f}",
                }
                for c in m.claims
            ],
        },
        "fertility": {
            "prenatal_subsidy": "0.00" if f.prenatal_subsidy is Z else f"{f.prenatal_subsidy:.2f}",
            "childcare_allowance": "0.00"
            if f.childcare_allowance is Z
            else f"{f.childcare_allowance:.2f}",
            "maternity_allowance": "0.00"
            if f.maternity_allowance is Z
            else f"{f.maternity_allowance:.2f}",
            "maternity_leave_days": f.maternity_leave_days,
            "national_childcare_subsidy": "0.00"
            if f.national_childcare_subsidy is Z
            else f"{f.national_childcare_subsidy:.2f}",
            "total": "0.00" if f.total is Z else f"{f.total:.2f}",
        },
        "premium": {
            "available": p.available,
            "contribution": "0.00" if p.contribution is Z else f"{p.contribution:.2f}",
            "total": "0.00" if p.total is Z else f"{p.total:.2f}",
            "items": [
                {
                    "who": i.who,
                    "reason": i.reason,
                    "rate": str(i.rate),
                    "contribution": "0.00" if i.contribution is Z else f"{i.contribution:.2f}",
                    "amount": "0.00" if i.amount is Z else f"{i.amount:.2f}",
                }
                for i in p.items
            ],
        },
    }
