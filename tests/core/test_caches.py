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


#: a case whose English explanation uses every cache of messages.py
FAMILY = {
    **CASE,
    "children": [{"birth_date": "2025-03-01", "order": 1, "registered_in_jiaxing": True}],
}


def test_reset_forgets_parameters_snapshots_memos_and_the_explanation_caches() -> None:
    before = estimate(CASE)
    params = load_parameters()
    snap = params.at(date(2025, 1, 1))
    assert snap.memo  # the inpatient terms of the case above
    messages._percent(Decimal("0.8"))
    messages.render_all(estimate(FAMILY).steps, "en")  # templates, citations, years
    explanation = (
        messages._percent,
        messages._years_en,
        messages.english_article,
        messages._labels,
    )
    assert all(c.cache_info().currsize > 0 for c in explanation)
    assert messages._COMPILED[1] and messages._CITES[1]

    caches.reset()

    assert all(c.cache_info().currsize == 0 for c in explanation)
    assert not any(messages._COMPILED) and not any(messages._CITES)
    fresh = load_parameters()
    assert fresh is not params
    assert fresh.at(date(2025, 1, 1)) is not snap and fresh.at(date(2025, 1, 1)).memo == {}
    after = estimate(CASE)  # recomputed from scratch, the same figures
    assert after.medical == before.medical and after.steps == before.steps
