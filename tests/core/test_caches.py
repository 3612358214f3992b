"""The core's caches can be emptied in one call (mutation tools swap code under them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxdesk.core import caches, messages
from jxdesk.core.api import estimate
from jxdesk.core.parameters import load_parameters

CASE = {
    "year": 2025,
    "person": {"scheme": "employee"},
    "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "10000"}],
}


def test_reset_forgets_parameters_snapshots_memos_and_formatted_rates() -> None:
    before = estimate(CASE)
    params = load_parameters()
    snap = params.at(date(2025, 1, 1))
    assert snap.memo  # the inpatient terms of the case above
    messages._percent(Decimal("0.8"))
    assert messages._percent.cache_info().currsize > 0

    caches.reset()

    assert messages._percent.cache_info().currsize == 0
    fresh = load_parameters()
    assert fresh is not params
    assert fresh.at(date(2025, 1, 1)) is not snap and fresh.at(date(2025, 1, 1)).memo == {}
    after = estimate(CASE)  # recomputed from scratch, the same figures
    assert after.medical == before.medical and after.steps == before.steps
