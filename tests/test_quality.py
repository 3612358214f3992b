"""The project's own checks run with the suite, so CI enforces them: ruff, mypy (strict core)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from support.need import tool

ROOT = Path(__file__).resolve().parents[1]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff() -> None:
    run = _run(tool("ruff"), "check", "jxdesk", "tests", "benchmarks", "packaging")
    assert run.returncode == 0, run.stdout + run.stderr


def test_mypy() -> None:
    run = _run(tool("mypy"), "jxdesk")  # strict on jxdesk/core, typed defs on the GUI (pyproject)
    assert run.returncode == 0, run.stdout + run.stderr
