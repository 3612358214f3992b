"""The result as the contract's JSON object: money as strings with exactly two decimals.

Each amount is written with the f-string of money.yuan in place rather than by calling it:
some 35 amounts a case, and the call cost a fifth of their formatting.
"""

from __future__ import annotations

from typing import Any

from jxdesk.core.messages import render_all
from jxdesk.core.result import Result


def result_to_dict(result: Result, lang: str = "zh") -> dict[str, Any]:
    out = amounts_to_dict(result)
    out["explanation"] = render_all(result.steps, lang)
    return out


def amounts_to_dict(result: Result) -> dict[str, Any]:
    """The result without its explanation (the start-up self-test compares amounts only)."""
    m, f, p = result.medical, result.fertility, result.premium
    return {
        "year": result.year,
        "medical": {
            "eligible": f"{m.eligible:.2f}",
            "excluded": f"{m.excluded:.2f}",
            "fund": f"{m.fund:.2f}",
            "account": f"{m.account:.2f}",
            "prior_account": f"{m.prior_account:.2f}",
            "critical_illness": f"{m.critical_illness:.2f}",
            "medical_aid": f"{m.medical_aid:.2f}",
            "out_of_pocket": f"{m.out_of_pocket:.2f}",
            "account_left": f"{m.account_left:.2f}",
            "benefits_from": m.benefits_from.isoformat() if m.benefits_from else None,
            "claims": [
                {
                    "fund": f"{c.fund:.2f}",
                    "account": f"{c.account:.2f}",
                    "deductible": f"{c.deductible:.2f}",
                    "first_paid": f"{c.first_paid:.2f}",
                    "beyond_maximum": f"{c.beyond_maximum:.2f}",
                    "out_of_pocket": f"{c.out_of_pocket:.2f}",
                }
                for c in m.claims
            ],
        },
        "fertility": {
            "prenatal_subsidy": f"{f.prenatal_subsidy:.2f}",
            "childcare_allowance": f"{f.childcare_allowance:.2f}",
            "maternity_allowance": f"{f.maternity_allowance:.2f}",
            "maternity_leave_days": f.maternity_leave_days,
            "national_childcare_subsidy": f"{f.national_childcare_subsidy:.2f}",
            "total": f"{f.total:.2f}",
        },
        "premium": {
            "available": p.available,
            "contribution": f"{p.contribution:.2f}",
            "total": f"{p.total:.2f}",
            "items": [
                {
                    "who": i.who,
                    "reason": i.reason,
                    "rate": str(i.rate),
                    "contribution": f"{i.contribution:.2f}",
                    "amount": f"{i.amount:.2f}",
                }
                for i in p.items
            ],
        },
    }
