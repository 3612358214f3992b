"""The worked examples in ../shared/examples pass to the fen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.compare import SHARED_EXAMPLES, differences

from jxdesk.core.api import estimate_json

EXAMPLES = sorted(SHARED_EXAMPLES.glob("*.json"))


def test_the_shared_examples_are_beside_the_clone() -> None:
    # ../shared is laid beside every clone, CI's too: without it these checks would vanish
    assert len(EXAMPLES) >= 5, f"no worked examples in {SHARED_EXAMPLES}"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_shared_example(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    result = estimate_json(data["case"])
    assert differences(result, data["expected"]) == []
