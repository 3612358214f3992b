"""The result as the contract's JSON object: money as strings with exactly two decimals."""

from __future__ import annotations

from typing import Any

from jxdesk.core.messages import render_all
from jxdesk.core.money import yuan
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
            "eligible": yuan(m.eligible),
            "excluded": yuan(m.excluded),
            "fund": yuan(m.fund),
            "account": yuan(m.account),
            "prior_account": yuan(m.prior_account),
            "critical_illness": yuan(m.critical_illness),
            "medical_aid": yuan(m.medical_aid),
            "out_of_pocket": yuan(m.out_of_pocket),
            "account_left": yuan(m.account_left),
            "benefits_from": m.benefits_from.isoformat() if m.benefits_from else None,
            "claims": [
                {
                    "fund": yuan(c.fund),
                    "account": yuan(c.account),
                    "deductible": yuan(c.deductible),
                    "first_paid": yuan(c.first_paid),
                    "beyond_maximum": yuan(c.beyond_maximum),
                    "out_of_pocket": yuan(c.out_of_pocket),
                }
                for c in m.claims
            ],
        },
        "fertility": {
            "prenatal_subsidy": yuan(f.prenatal_subsidy),
            "childcare_allowance": yuan(f.childcare_allowance),
            "maternity_allowance": yuan(f.maternity_allowance),
            "maternity_leave_days": f.maternity_leave_days,
            "national_childcare_subsidy": yuan(f.national_childcare_subsidy),
            "total": yuan(f.total),
        },
        "premium": {
            "available": p.available,
            "contribution": yuan(p.contribution),
            "total": yuan(p.total),
            "items": [
                {
                    "who": i.who,
                    "reason": i.reason,
                    "rate": str(i.rate),
                    "contribution": yuan(i.contribution),
                    "amount": yuan(i.amount),
                }
                for i in p.items
            ],
        },
    }
