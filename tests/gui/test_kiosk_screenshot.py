"""`jxdesk [--kiosk] --case C --screenshot P --geometry WxH`: any mode rendered at a size."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from gui import kiosk_fixtures
from jxdesk.gui.answers import from_case
from jxdesk.gui.kiosk.flow import Step

#: the issue's young mother, with a clinic bill
CASE = {
    "year": 2025,
    "person": {"scheme": "flexible", "account_balance": "800"},
    "claims": [{"kind": "outpatient", "facility": "level2", "eligible": "900"}],
    "mother": {"scheme": "flexible", "contribution_base": "4500", "continuous_months": 14},
    "children": [{"birth_date": "2025-03-10", "order": 2}],
}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    return width, height


@pytest.mark.parametrize(
    ("mode", "size"),
    [(["--kiosk"], (1024, 768)), (["--kiosk", "--lang", "en"], (1920, 1080)), ([], (1366, 768))],
    ids=["kiosk-1024", "kiosk-en-1920", "counter-1366"],
)
def test_a_screenshot_at_the_size_asked(
    tmp_path: Path, mode: list[str], size: tuple[int, int]
) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE), "utf-8")
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "jxdesk",
            *mode,
            "--case",
            str(case),
            "--screenshot",
            str(out),
            "--geometry",
            f"{size[0]}x{size[1]}",
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert png_size(out) == size


def test_a_bad_geometry_is_refused_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "--kiosk", "--smoke", "--geometry", "big"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert done.returncode == 2 and "WIDTHxHEIGHT" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_case_opens_on_the_kiosks_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot, (1024, 768))
    try:
        win.flow.model.answers = from_case(CASE)
        win.show_case()
        assert win.flow.step is Step.RESULT
        cards = win.page.cards
        assert (
            cards["fertility"].figure.text() == f"{win.flow.model.result().fertility.total:,.2f} 元"
        )
        assert "生育津贴 28,200.00 元" in cards["fertility"].text()
        assert cards["premium"].figure.text() == "340.00 元"
        assert win.flow.model.answers.claims[0].total == "900"
    finally:
        kiosk_fixtures.close_kiosk(win)
