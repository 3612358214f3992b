"""Compare a result JSON with an expected subset (golden cases and the shared examples)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
#: cases that cannot be true (R18) with the problem lines they must give; kept apart from
#: tests/golden, whose every case must compute
INVALID = ROOT / "tests" / "invalid"
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


def differences(result: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every expected figure that the result does not match, as readable lines."""
    out: list[str] = []
    for section in ("medical", "fertility", "premium"):
        for key, want in (expected.get(section) or {}).items():
            if key == "items":
                got_items = [{k: i[k] for k in ("who", "amount")} for i in result[section]["items"]]
                want_items = [{k: str(i[k]) for k in ("who", "amount")} for i in want]
                if sorted(got_items, key=str) != sorted(want_items, key=str):
                    out.append(f"{section}.items: got {got_items}, want {want_items}")
                continue
            got = result[section][key]
            if got != want:
                out.append(f"{section}.{key}: got {got!r}, want {want!r}")
    if "carried_over" in expected:  # R19: null where no figure is carried over
        got_carried = result.get("carried_over")
        if got_carried != expected["carried_over"]:
            out.append(f"carried_over: got {got_carried!r}, want {expected['carried_over']!r}")
    for line in expected.get("lines", ()):  # each said exactly once
        n = result.get("explanation", []).count(line)
        if n != 1:
            out.append(f"explanation: {line!r} said {n} times, want once")
    want_claims = expected.get("claims")
    if want_claims is not None:
        got_claims = result["medical"]["claims"]
        if len(got_claims) != len(want_claims):
            out.append(f"claims: got {len(got_claims)} entries, want {len(want_claims)}")
        for i, (got_c, want_c) in enumerate(zip(got_claims, want_claims, strict=False)):
            for key, want in want_c.items():
                if got_c[key] != want:
                    out.append(f"claims[{i}].{key}: got {got_c[key]!r}, want {want!r}")
    return out


def golden_files() -> list[Path]:
    return sorted(GOLDEN.rglob("*.yaml"))


def invalid_files() -> list[Path]:
    return sorted(INVALID.rglob("*.yaml"))


def load_golden(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return data
