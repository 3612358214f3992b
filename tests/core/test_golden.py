"""Golden cases written from the rulings, each with its hand computation (tests/golden)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.compare import GOLDEN, differences, golden_files, load_golden

from jxdesk.core.api import estimate_json

FILES = golden_files()


def test_there_are_enough_golden_cases() -> None:
    assert len(FILES) >= 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLDEN).with_suffix("")))
def test_golden(path: Path) -> None:
    data = load_golden(path)
    assert set(data) <= {"name", "rulings", "case", "expected", "note"}, path
    result = estimate_json(data["case"])
    assert differences(result, data["expected"]) == [], data["name"]
