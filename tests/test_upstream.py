"""The repository's own copies against the common folder they came from (../shared).

The worked examples and the policy texts are kept verbatim as test data (tests/examples,
tests/policy); the contract and the rulings are kept in the project's own words
(docs/contract.md, docs/readings.md), each naming the SHA-256 of the text it was written
from. When ../shared lies beside the clone (it does in CI) every copy must match it, so an
update there fails here until the project takes it in. Without ../shared these checks skip
with that reason on a developer's machine (the suite runs on the repository's copies) and
fail in CI, which must have it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from support.compare import UPSTREAM, WORKED_EXAMPLES
from support.need import require

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "tests" / "policy"
#: our document: the upstream text it is written from
WRITTEN_FROM = {"docs/contract.md": "contract.md", "docs/readings.md": "rulings.md"}


@pytest.fixture(autouse=True)
def _upstream() -> None:
    require(UPSTREAM.is_dir(), f"the common folder {UPSTREAM} beside the clone")


@pytest.mark.parametrize(("ours", "theirs"), [(WORKED_EXAMPLES, "examples"), (POLICY, "policy")])
def test_the_copies_match_the_common_folder(ours: Path, theirs: str) -> None:
    upstream = UPSTREAM / theirs
    suffix = ".json" if theirs == "examples" else ".md"
    mine = {p.name for p in ours.glob(f"*{suffix}") if p.name != "README.md"}
    if theirs == "examples":  # every worked example is test data
        assert mine == {p.name for p in upstream.glob("*.json")}, "copy the new examples"
    for name in sorted(mine):
        assert (upstream / name).is_file(), f"{theirs}/{name} is gone from {UPSTREAM}"
        assert (ours / name).read_bytes() == (upstream / name).read_bytes(), (
            f"{UPSTREAM / theirs / name} changed: copy it to {ours.relative_to(ROOT)}"
        )


@pytest.mark.parametrize(("doc", "source"), WRITTEN_FROM.items())
def test_our_words_follow_the_current_text(doc: str, source: str) -> None:
    text = (ROOT / doc).read_text("utf-8")
    named = re.search(r"sha256 ([0-9a-f]{64})", text)
    assert named, f"{doc} must name the sha256 of the {source} it was written from"
    current = hashlib.sha256((UPSTREAM / source).read_bytes()).hexdigest()
    assert named.group(1) == current, (
        f"{UPSTREAM / source} changed since {doc} was written: bring {doc} up to date, "
        f"then write its new sha256 ({current}) in it"
    )
