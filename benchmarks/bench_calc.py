"""Benchmark `jxdesk calc`: single cases and `--batch` over generated cases.

    uv run python benchmarks/bench_calc.py [--cases 20000] [--repeat 3]

Compares `jxdesk calc --batch` with benchmarks/plain_rules.py (an unvalidated pure-Python
reading of the same rules) on the same cases, checks that both give the same amounts, and
prints wall times. Today's bar: the batch takes at most 1.5 times as long as the yardstick.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

KINDS = {
    "outpatient": ["primary", "level1", "level2", "level3", "pharmacy"],
    "chronic": ["primary", "level1", "level2", "level3", "pharmacy"],
    "special": ["primary", "level1", "level2", "level3"],
    "inpatient": ["primary", "level1", "level2", "level3"],
    "home_bed": ["primary"],
}


def make_case(rng: random.Random) -> dict[str, Any]:
    scheme = rng.choice(["employee", "flexible", "retiree", "resident", "student", "none"])
    person: dict[str, Any] = {
        "scheme": scheme,
        "birth_date": rng.choice(["1950-02-01", "1985-07-09", "2016-03-04"]),
        "medical_aid": rng.choice(
            ["none"] * 6
            + [
                "destitute",
                "minimum_living",
                "marginal",
                "expenditure_poverty",
                "child_in_distress",
                "other",
            ]
        ),
        "disabled_certified": rng.random() < 0.1,
        "pre1949_worker": False,  # set below for a person born in time (R18)
        "targeted_child_illness": rng.random() < 0.05,
        "account_balance": str(rng.randrange(0, 500000) / 100),
    }
    if rng.random() < 0.03:
        person["birth_date"], person["pre1949_worker"] = "1930-05-01", True
    claims = []
    for _ in range(rng.randrange(0, 7)):
        kind = rng.choice(list(KINDS))
        claims.append(
            {
                "kind": kind,
                "facility": rng.choice(KINDS[kind]),
                # R18: a home bed is local
                "place": "local"
                if kind == "home_bed"
                else rng.choice(["local"] * 4 + ["referred", "unreferred"]),
                "eligible": str(rng.randrange(0, 30_000_000) / 100),
                "excluded": str(rng.randrange(0, 500_000) / 100),
                "date": f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            }
        )
    case: dict[str, Any] = {"year": 2025, "person": person, "claims": claims}
    if rng.random() < 0.3:
        day = f"{rng.choice([2024, 2025])}-{rng.randrange(1, 13):02d}-15"
        case["children"] = [
            {"birth_date": day, "order": o, "registered_in_jiaxing": rng.random() < 0.9}
            for o in range(1, rng.randrange(2, 4))
        ]
        case["mother"] = {
            "scheme": rng.choice(["employee", "flexible", "resident"]),
            "contribution_base": str(rng.randrange(400_000, 2_000_000) / 100),
            "continuous_months": rng.randrange(0, 30),
            "difficult_labour": rng.random() < 0.1,
        }
    return case


def environment() -> dict[str, str]:
    """Both programs run as installed ones do after their first start: with byte-code
    caches (kept in benchmarks/out/pycache), even where PYTHONDONTWRITEBYTECODE is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    return env


def timed(cmd: list[str], stdin: Path, stdout: Path, repeat: int) -> list[float]:
    times = []
    env = environment()
    with stdin.open("rb") as i, stdout.open("wb") as o:  # warm-up: fills the caches
        subprocess.run(cmd, stdin=i, stdout=o, check=False, env=env)
    for _ in range(repeat):
        with stdin.open("rb") as i, stdout.open("wb") as o:
            start = time.perf_counter()
            subprocess.run(cmd, stdin=i, stdout=o, check=False, env=env)
            times.append(time.perf_counter() - start)
    return times


def same_amounts(ours: Path, plain: Path) -> int:
    mismatches = 0
    for a_line, b_line in zip(
        ours.open(encoding="utf-8"), plain.open(encoding="utf-8"), strict=True
    ):
        a, b = json.loads(a_line), json.loads(b_line)
        for section in ("medical", "fertility"):
            for key, want in b[section].items():
                got = a[section][key]
                if key == "claims":
                    got = [
                        {k: c[k] for k in ("fund", "account", "deductible", "first_paid")}
                        for c in got
                    ]
                if got != want:
                    mismatches += 1
        if (a["premium"]["available"], a["premium"]["total"]) != (
            b["premium"]["available"],
            b["premium"]["total"],
        ):
            mismatches += 1
    return mismatches


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    rng = random.Random(20250101)
    cases = OUT / "cases.jsonl"
    with cases.open("w", encoding="utf-8") as f:
        for _ in range(args.cases):
            f.write(json.dumps(make_case(rng), ensure_ascii=False) + "\n")
    single = OUT / "single.json"
    single.write_text(json.dumps(make_case(random.Random(7))), encoding="utf-8")

    py = sys.executable
    ours = timed(
        [py, "-m", "jxdesk", "calc", "--batch", "-"], cases, OUT / "ours.jsonl", args.repeat
    )
    plain = timed([py, str(HERE / "plain_rules.py")], cases, OUT / "plain.jsonl", args.repeat)
    one = timed(
        [py, "-m", "jxdesk", "calc", "-"], single, OUT / "single-out.json", max(args.repeat, 5)
    )
    mismatches = same_amounts(OUT / "ours.jsonl", OUT / "plain.jsonl")

    best_ours, best_plain = min(ours), min(plain)
    print(f"cases: {args.cases}")
    print(
        f"jxdesk calc --batch: best {best_ours:.2f} s, median {statistics.median(ours):.2f} s"
        f" ({best_ours / args.cases * 1e6:.0f} us/case)"
    )
    print(
        f"plain reading:       best {best_plain:.2f} s, median {statistics.median(plain):.2f} s"
        f" ({best_plain / args.cases * 1e6:.0f} us/case)"
    )
    print(f"ratio (best/best):   {best_ours / best_plain:.2f}  (bar: at most 1.50)")
    print(
        f"single case, whole process: best {min(one) * 1000:.0f} ms, "
        f"median {statistics.median(one) * 1000:.0f} ms"
    )
    print(f"amount mismatches between the two readings: {mismatches}")
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
