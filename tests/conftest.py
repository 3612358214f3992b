"""Test-wide set-up: Qt renders offscreen, so the suite runs on a machine with no screen."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The suite trusts the test key (its private half is public: tests/core/fixtures/keys), as no
#: counter or kiosk ever does; tests/core/test_signing.py shows a pack it signed refused without
#: this. Subprocesses (the CLI, the frozen bundle) inherit it.
TEST_KEY = Path(__file__).parent / "core" / "fixtures" / "keys" / "jxdesk-test.pub.pem"
os.environ["JXDESK_TRUST_KEYS"] = str(TEST_KEY)
