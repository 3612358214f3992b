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


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_golden_explains_itself_in_both_languages(path: Path) -> None:
    case = load_golden(path)["case"]
    zh, en = estimate_json(case, lang="zh"), estimate_json(case, lang="en")
    assert len(zh["explanation"]) == len(en["explanation"]) > 0
    for line in en["explanation"]:
        assert line.strip() and "{" not in line and "None" not in line
    for line in zh["explanation"]:
        assert line.strip() and "{" not in line and "None" not in line
