"""Whole cases keyed in by a clerk's hands (tests/gui/clerk.py: mouse clicks and key
presses into the focused widget, never setText or the view model), then the results page
compared with `jxdesk calc` on the same case, to the fen: every shared example and every
golden case."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from support.compare import GOLDEN, SHARED_EXAMPLES, golden_files, load_golden

from gui import clerk

GOLDEN_STEP = 1  # every golden case (122): keyed in at ~0.25 s each


def keyed_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = [
        (f"shared/{p.name}", json.loads(p.read_text("utf-8"))["case"])
        for p in sorted(SHARED_EXAMPLES.glob("*.json"))
    ]
    cases += [
        (str(p.relative_to(GOLDEN)), load_golden(p)["case"]) for p in golden_files()[::GOLDEN_STEP]
    ]
    return cases


CASES = keyed_cases()


def calc(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`jxdesk calc --batch` on the cases: one process, one result per line."""
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    out = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", "--batch", "-"],
        input=lines,
        capture_output=True,
        text=True,
        check=False,  # exit 2 when some line is refused: that line says so
        encoding="utf-8",
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, Any]]:
    results = calc([case for _name, case in CASES])
    return {name: r for (name, _case), r in zip(CASES, results, strict=True)}


def calc_figures(r: dict[str, Any]) -> dict[str, Decimal]:
    """The figures the results page shows, from calc's JSON."""
    m, f = r["medical"], r["fertility"]
    out = {f"medical.{k}": Decimal(m[k]) for k in clerk.MEDICAL_SHOWN if k in m}
    paid = ("fund", "account", "prior_account", "critical_illness", "medical_aid")
    out["medical.paid"] = sum((Decimal(m.get(k, "0")) for k in paid), Decimal(0))
    for k in clerk.FERTILITY_SHOWN:
        if k in f:
            out[f"fertility.{k}"] = Decimal(f[k])
    out["fertility.total"] = Decimal(f["total"])
    out["premium.total"] = Decimal(r["premium"]["total"])
    return out


def agree(shown: dict[str, Decimal | None], want: dict[str, Decimal]) -> list[str]:
    """What the page shows against calc: a hidden line must be a zero in calc."""
    wrong = []
    for key, value in want.items():
        got = shown.get(key)
        if got is None and (value == 0 or key.startswith("fertility.")):
            continue  # a zero line is not shown; fertility not asked about shows 未估算
        if got != value:
            wrong.append(f"{key}: page {got}, calc {value}")
    return wrong


def test_enough_cases_are_keyed_in() -> None:
    assert len([n for n, _ in CASES if n.startswith("shared/")]) >= 8
    assert len([n for n, _ in CASES if not n.startswith("shared/")]) >= 20


@pytest.fixture
def case_year_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock pinned in the case's own year (before the wizard is made), so that page 1
    offers it: the counter offers 2025 to the clock's year (R19)."""
    year = max(2025, int(request.node.callspec.params["case"].get("year", 2025)))
    monkeypatch.setenv("JXDESK_TODAY", f"{year}-12-01" if year > 2025 else "2025-06-16")


@pytest.mark.parametrize(("name", "case"), CASES, ids=[n for n, _ in CASES])
def test_keyed_in_case_shows_what_calc_says(
    qtbot: Any,
    case_year_clock: None,
    wizard: Any,
    expected: dict[str, dict[str, Any]],
    name: str,
    case: dict[str, Any],
) -> None:
    clerk.key_in(qtbot, wizard, case)
    assert wizard.model.case() == _normalised(case)
    want = expected[name]
    assert "error" not in want, want
    assert agree(clerk.shown(wizard), calc_figures(want)) == []


def _normalised(case: dict[str, Any]) -> dict[str, Any]:
    """The case as the wizard writes it: the typed case, read back through from_case."""
    from jxdesk.gui.answers import from_case, to_case

    return to_case(from_case(case))
