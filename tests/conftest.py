"""Test-wide set-up: Qt renders offscreen, so the suite runs on a machine with no screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if os.environ.get("CI"):
    # CI replays the same hypothesis examples every run, so a submission is judged on its
    # change, not on a draw; a developer's run still explores new examples each time.
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True)
    settings.load_profile("ci")

#: The suite trusts the test key (its private half is public: tests/core/fixtures/keys), as no
#: counter or kiosk ever does; tests/core/test_pack_attacks.py shows a pack it signed refused
#: without this. Subprocesses (the CLI, the frozen bundle) inherit it.
TEST_KEY = Path(__file__).parent / "core" / "fixtures" / "keys" / "jxdesk-test.pub.pem"
os.environ["JXDESK_TRUST_KEYS"] = str(TEST_KEY)


@pytest.fixture(autouse=True)
def _fresh_core_caches_under_mutmut() -> Iterator[None]:
    """mutmut forks each mutant from a process that already ran the tests: without this,
    `load_parameters`, `Snapshot.memo` and the rate formatter would hand a mutant values
    computed by the unmutated code (benchmarks/mutation.py forks clean and needs nothing)."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        from jxdesk.core.caches import reset

        reset()
    yield
