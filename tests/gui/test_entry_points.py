"""The headless entry points: --smoke, --case … --screenshot, and an invalid case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CASE = {
    "year": 2025,
    "person": {"scheme": "employee", "account_balance": "1500"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "50000", "excluded": "3000"}
    ],
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "jxdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_paints_and_exits_0() -> None:
    done = run("--smoke")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_screenshot_of_a_case(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE), "utf-8")
    out = tmp_path / "shot.png"
    done = run("--case", str(case), "--screenshot", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_invalid_case_exits_2_with_the_core_messages(tmp_path: Path) -> None:
    bad = dict(CASE, claims=[{"kind": "home_bed", "facility": "level3", "eligible": "-1"}])
    case = tmp_path / "bad.json"
    case.write_text(json.dumps(bad), "utf-8")
    done = run("--case", str(case), "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert "claims[0].eligible: 金额不能为负数" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_unreadable_json_exits_2(tmp_path: Path) -> None:
    case = tmp_path / "bad.json"
    case.write_text("{not json", "utf-8")
    done = run("--case", str(case), "--screenshot", str(tmp_path / "x.png"), "--lang", "en")
    assert done.returncode == 2
    assert "not valid JSON" in done.stderr
