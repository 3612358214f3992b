"""A short soak (the 1,000-session figure comes from benchmarks/soak_kiosk.py): complete
kiosk sessions one after another leave memory where it was after the warm-up, and a
wipe really lets go of the old answers and rows."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from gui import kiosk_fixtures

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from soak_kiosk import MB, soak

from jxdesk.gui.answers import Answers
from jxdesk.gui.kiosk.demo import Session, fill
from jxdesk.gui.kiosk.flow import Step

kiosk = kiosk_fixtures.kiosk  # the fixture


def test_a_short_day_keeps_memory_within_10_mb(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    """Both languages, explanations, edits, removed and restored bills, idle wipes, and no
    forced garbage collection (benchmarks/soak_kiosk.py `visit`)."""
    r = soak(sessions=42, warmup=14, window=kiosk)
    print(f"soak: {r.growth_mb:+.2f} MB over {r.sessions} sessions in {r.seconds:.1f} s")
    assert r.wipes >= 56 and r.switches == 56 // 3 + (56 % 3 > 1)
    assert abs(r.end - r.after_warmup) < 10 * MB


def test_a_wipe_lets_go_of_the_old_answers(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    import weakref

    fill(kiosk, Session(), stop=Step.BILLS)
    old = weakref.ref(kiosk.flow.model.answers)
    rows = [weakref.ref(r) for r in kiosk.page.rows]
    assert len(rows) == 2
    kiosk.wipe()
    from soak_kiosk import settle

    settle()
    gc.collect()
    assert old() is None
    assert kiosk.flow.model.answers == Answers()
    assert kiosk.pages[Step.BILLS].rows == []
    assert all(r() is None for r in rows)  # the old bills' widgets are gone
    result = kiosk.pages[Step.RESULT]
    assert all(card.text() == "" for card in result.cards.values())
