"""The worked examples in ../shared/examples pass to the fen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.compare import SHARED_EXAMPLES, differences

from jxdesk.core.api import estimate_json

EXAMPLES = sorted(SHARED_EXAMPLES.glob("*.json")) if SHARED_EXAMPLES.is_dir() else []


@pytest.mark.skipif(not EXAMPLES, reason="../shared/examples is not beside this clone")
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_shared_example(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    result = estimate_json(data["case"])
    assert differences(result, data["expected"]) == []
