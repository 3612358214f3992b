"""The project's own checks run with the suite, so CI enforces them: ruff, mypy (strict core)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff() -> None:
    run = _run("ruff", "check", "jxdesk", "tests", "benchmarks", "packaging")
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.skipif(shutil.which("mypy") is None, reason="mypy not installed")
def test_mypy() -> None:
    run = _run("mypy", "jxdesk")  # strict on jxdesk/core, typed defs on the GUI (pyproject)
    assert run.returncode == 0, run.stdout + run.stderr
