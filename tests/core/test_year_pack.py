"""Issue 16: a realistic signed 2026 pack is an ordinary event, never a stop (R19).

The pack (built here, signed by the suite's test key, FICTIONAL figures) sets what a yearly
pack from the issuing office would: the 2026 national 育儿补贴 (400 a month here) and the 2026
resident contribution (720, students 216). On the starting commit of issue 16 the start-up
self-test ran its known answers with the pack laid over and three of them include subsidy
months in 2026-2028, so `calc` exited 1 ("installation damaged") and the kiosk stopped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support.packs import TODAY, install, year_pack

from jxdesk.core.api import estimate_json
from jxdesk.core.parameters import load_parameters
from jxdesk.core.parameters.packs import CONFIG_ENV, load_effective_parameters
from jxdesk.core.selftest import startup_problem

CHILD_2026: dict[str, Any] = {
    "year": 2026,
    "person": {"scheme": "resident", "medical_aid": "minimum_living", "birth_date": "1990-05-05"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "50000", "date": "2026-03-01"}
    ],
    "children": [{"birth_date": "2026-02-14", "order": 2}],
}
YEAR_2025: dict[str, Any] = {
    **CHILD_2026,
    "year": 2025,
    "children": [],
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "50000", "date": "2025-03-01"}
    ],
}


@pytest.fixture()
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "cfg"
    install(cfg, year_pack(tmp_path))
    monkeypatch.setenv(CONFIG_ENV, str(cfg))
    return cfg


def test_the_pack_loads_and_the_start_up_guard_passes(config: Path) -> None:
    params, statuses = load_effective_parameters(config, today=TODAY)
    assert [s.state for s in statuses] == ["loaded"], [s.line() for s in statuses]
    assert params.packs == ("jx-2026-yearly",)
    assert startup_problem(params) is None


def test_2026_is_served_with_the_pack(config: Path) -> None:
    params, _ = load_effective_parameters(config, today=TODAY)
    r = estimate_json(CHILD_2026, params)
    # the pack's contribution: the 低保 person's paid in full, the second child's 50%
    assert r["premium"] == {
        "available": True,
        "contribution": "720.00",
        "total": "1080.00",
        "items": [
            {
                "who": "person",
                "reason": "medical_aid",
                "rate": "1",
                "contribution": "720.00",
                "amount": "720.00",
            },
            {
                "who": "child:0",
                "reason": "child_order",
                "rate": "0.50",
                "contribution": "720.00",
                "amount": "360.00",
            },
        ],
    }
    # R14 over the whole entitlement, the pack's 400 for the months of 2026 only:
    # Mar-Dec 2026 10 x 400 = 4,000; 2027 12 x 300; 2028 12 x 300; Jan-Feb 2029 2 x 300
    assert r["fertility"]["national_childcare_subsidy"] == "11800.00"
    # the national figure and the contribution are 2026's: only the city's documents carry
    assert r["carried_over"] == {
        "since": 2025,
        "documents": ["嘉政发〔2024〕22号", "嘉政办发〔2024〕27号"],
    }
    assert r["explanation"][0] == (
        "2026年沿用2025年起施行的标准：未录入新的调整文件（嘉政发〔2024〕22号、嘉政办发〔2024〕27号）"
    )
    # the medical figures of 2026 are the carried 2025 ones: the same as without the pack
    plain = estimate_json(CHILD_2026, load_parameters())
    assert r["medical"] == plain["medical"]
    assert plain["premium"]["available"] is False
    assert plain["fertility"]["national_childcare_subsidy"] == "10800.00"


def test_2025_is_unchanged_by_the_pack(config: Path) -> None:
    params, _ = load_effective_parameters(config, today=TODAY)
    with_pack, plain = estimate_json(YEAR_2025, params), estimate_json(YEAR_2025, load_parameters())
    assert with_pack == plain
    assert with_pack["premium"]["contribution"] == "680.00"
    assert "carried_over" not in with_pack


def _run(args: list[str], config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, JXDESK_CONFIG_DIR=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("JXDESK_RESOURCES", None)
    return subprocess.run(
        [sys.executable, "-m", "jxdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=config.parent,
    )


def test_calc_serves_2026_with_the_pack(config: Path) -> None:
    import json

    case = config.parent / "case.json"
    case.write_text(json.dumps(CHILD_2026), "utf-8")
    done = _run(["calc", str(case)], config)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["premium"]["contribution"] == "720.00"
    assert out["fertility"]["national_childcare_subsidy"] == "11800.00"


@pytest.mark.parametrize("mode", [["--smoke"], ["--kiosk", "--smoke"]], ids=["counter", "kiosk"])
def test_every_window_mode_starts_with_the_pack(config: Path, mode: list[str]) -> None:
    done = _run(mode, config)
    assert done.returncode == 0, done.stderr
    assert "self-test" not in done.stderr and "damaged" not in done.stderr
