"""The result as the contract's JSON object: money as strings with exactly two decimals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jxdesk.core.messages import render_all
from jxdesk.core.result import Result


def _y(amount: Decimal) -> str:
    # Every amount in a Result is already a whole number of fen (tests/core/test_properties.py
    # checks it), so formatting needs no rounding; this runs ~30 times per case.
    return f"{amount:.2f}"


def result_to_dict(result: Result, lang: str = "zh") -> dict[str, Any]:
    m, f, p = result.medical, result.fertility, result.premium
    return {
        "year": result.year,
        "medical": {
            "eligible": _y(m.eligible),
            "excluded": _y(m.excluded),
            "fund": _y(m.fund),
            "account": _y(m.account),
            "critical_illness": _y(m.critical_illness),
            "medical_aid": _y(m.medical_aid),
            "out_of_pocket": _y(m.out_of_pocket),
            "account_left": _y(m.account_left),
            "claims": [
                {
                    "fund": _y(c.fund),
                    "account": _y(c.account),
                    "deductible": _y(c.deductible),
                    "first_paid": _y(c.first_paid),
                    "beyond_maximum": _y(c.beyond_maximum),
                    "out_of_pocket": _y(c.out_of_pocket),
                }
                for c in m.claims
            ],
        },
        "fertility": {
            "prenatal_subsidy": _y(f.prenatal_subsidy),
            "childcare_allowance": _y(f.childcare_allowance),
            "maternity_allowance": _y(f.maternity_allowance),
            "maternity_leave_days": f.maternity_leave_days,
            "total": _y(f.total),
        },
        "premium": {
            "available": p.available,
            "contribution": _y(p.contribution),
            "total": _y(p.total),
            "items": [
                {
                    "who": i.who,
                    "reason": i.reason,
                    "rate": str(i.rate),
                    "contribution": _y(i.contribution),
                    "amount": _y(i.amount),
                }
                for i in p.items
            ],
        },
        "explanation": render_all(result.steps, lang),
    }
