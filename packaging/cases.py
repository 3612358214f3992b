"""Write every case the packaging checks run, one JSON file each, and batch files of them.

    uv run python packaging/cases.py OUT

OUT/cases/NAME.json for every golden case (tests/golden), worked example (tests/examples) and
example (examples/); OUT/all.jsonl with each of them on one line; OUT/pool.jsonl with 2,100
lines of them, enough for `calc --batch` to start its worker processes; OUT/refused.json, a
case that must be refused (exit 2). Used by packaging/check-debian11 and check-windows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def cases() -> dict[str, Any]:
    found: dict[str, Any] = {}
    golden = ROOT / "tests" / "golden"
    for f in sorted(golden.rglob("*.yaml")):
        data = yaml.safe_load(f.read_text("utf-8"))
        if isinstance(data, dict) and "case" in data:
            found["golden-" + "-".join(f.relative_to(golden).with_suffix("").parts)] = data["case"]
    for f in sorted((ROOT / "tests" / "examples").glob("*.json")):
        found["worked-" + f.stem] = json.loads(f.read_text("utf-8"))["case"]
    for f in sorted((ROOT / "examples").glob("*.json")):
        found["example-" + f.stem] = json.loads(f.read_text("utf-8"))
    return found


def main() -> None:
    out = Path(sys.argv[1])
    (out / "cases").mkdir(parents=True, exist_ok=True)
    found = cases()
    for name, case in found.items():
        (out / "cases" / f"{name}.json").write_text(json.dumps(case, ensure_ascii=False), "utf-8")
    lines = [json.dumps(c, ensure_ascii=False) for c in found.values()]
    (out / "all.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    pool = (lines * (2100 // len(lines) + 1))[:2100]
    (out / "pool.jsonl").write_text("\n".join(pool) + "\n", "utf-8")
    refused = {"year": 2024, "person": {"scheme": "nobody"}, "claims": [{"kind": "inpatient"}]}
    (out / "refused.json").write_text(json.dumps(refused), "utf-8")
    print(f"packaging/cases.py: {len(found)} cases in {out}")


if __name__ == "__main__":
    main()
