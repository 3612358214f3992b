"""The worked examples (tests/examples, from the project's brief) pass to the fen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.compare import WORKED_EXAMPLES, differences

from jxdesk.core.api import estimate_json

EXAMPLES = sorted(WORKED_EXAMPLES.glob("*.json"))


def test_the_worked_examples_are_there() -> None:
    # an empty folder would make the checks below vanish without a word
    assert len(EXAMPLES) >= 8, f"the worked examples are missing from {WORKED_EXAMPLES}"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_worked_example(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    result = estimate_json(data["case"])
    assert differences(result, data["expected"]) == []
