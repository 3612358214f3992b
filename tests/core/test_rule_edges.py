"""More rules at their edges (test_rules.py is near the size limit), each expected value
computed by hand from the rulings in the comment above it (issue 21: breaks an unseen
mutation sample showed surviving the suite).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxdesk.core.rules.medical.common import ClaimOutcome
from jxdesk.core.rules.medical.enrollment import add_months

D = Decimal


def test_birth_date_plus_months_is_the_month_end_where_that_day_is_missing() -> None:
    # 第二十四条's "within 3 months of birth" (R15): the same day 3 months on, or that
    # month's last day where it has none
    assert add_months(date(2025, 1, 31), 3) == date(2025, 4, 30)  # April has 30 days
    assert add_months(date(2025, 3, 31), 3) == date(2025, 6, 30)  # June has 30 days
    assert add_months(date(2025, 8, 31), 3) == date(2025, 11, 30)  # November has 30 days
    assert add_months(date(2025, 11, 29), 3) == date(2026, 2, 28)  # 2026 is not a leap year
    assert add_months(date(2023, 11, 30), 3) == date(2024, 2, 29)  # 2024 is
    # a day every month has is kept, across the year's end too
    assert add_months(date(2025, 10, 15), 3) == date(2026, 1, 15)
    assert add_months(date(2025, 5, 31), 3) == date(2025, 8, 31)  # August has 31 days


def test_a_claim_outcome_shows_every_payer_and_amount() -> None:
    # what a failing test prints for a claim: every field by name, in a fixed order
    out = ClaimOutcome(D("1000.00"), D("50.00"))
    out.fund, out.deductible, out.beyond_maximum = D("630.00"), D("300.00"), D("0.40")
    assert repr(out) == (
        "ClaimOutcome(account=0, beyond_maximum=0.40, critical_illness_base=0, "
        "deductible=300.00, eligible=1000.00, excluded=50.00, first_paid=0, fund=630.00)"
    )
