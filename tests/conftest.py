"""Test-wide set-up: Qt renders offscreen, so the suite runs on a machine with no screen."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _fresh_core_caches_under_mutmut() -> Iterator[None]:
    """mutmut forks each mutant from a process that already ran the tests: without this,
    `load_parameters`, `Snapshot.memo` and the rate formatter would hand a mutant values
    computed by the unmutated code (benchmarks/mutation.py forks clean and needs nothing)."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        from jxdesk.core.caches import reset

        reset()
    yield
