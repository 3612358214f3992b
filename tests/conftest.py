"""Test-wide set-up: Qt renders offscreen, so the suite runs on a machine with no screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
