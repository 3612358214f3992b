"""Golden cases written from the rulings, each with its hand computation (tests/golden)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.compare import (
    GOLDEN,
    INVALID,
    differences,
    golden_files,
    invalid_files,
    load_golden,
)

from jxdesk.core.api import estimate_json
from jxdesk.core.problems import InvalidCase

FILES = golden_files()


def test_there_are_enough_golden_cases() -> None:
    assert len(FILES) >= 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLDEN).with_suffix("")))
def test_golden(path: Path) -> None:
    data = load_golden(path)
    assert set(data) <= {"name", "rulings", "case", "expected", "note"}, path
    result = estimate_json(data["case"])
    assert differences(result, data["expected"]) == [], data["name"]


INVALID_FILES = invalid_files()


def test_there_are_invalid_cases() -> None:
    assert len(INVALID_FILES) >= 15


@pytest.mark.parametrize(
    "path", INVALID_FILES, ids=lambda p: str(p.relative_to(INVALID).with_suffix(""))
)
def test_invalid_case(path: Path) -> None:
    """A case that cannot be true (R18): refused with every problem, one line each."""
    data = load_golden(path)
    assert set(data) <= {"name", "rulings", "case", "problems", "problems_zh", "note"}, path
    with pytest.raises(InvalidCase) as caught:
        estimate_json(data["case"])
    problems = caught.value.problems
    assert [p.line() for p in problems] == data["problems"], data["name"]
    if "problems_zh" in data:
        assert [p.text("zh") for p in problems] == data["problems_zh"], data["name"]
    assert all(p.text("zh") for p in problems)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_golden_explains_itself_in_both_languages(path: Path) -> None:
    case = load_golden(path)["case"]
    zh, en = estimate_json(case, lang="zh"), estimate_json(case, lang="en")
    assert len(zh["explanation"]) == len(en["explanation"]) > 0
    for line in en["explanation"]:
        assert line.strip() and "{" not in line and "None" not in line
    for line in zh["explanation"]:
        assert line.strip() and "{" not in line and "None" not in line
