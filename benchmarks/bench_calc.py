"""Benchmark `jxdesk calc`: single cases and `--batch` over generated cases.

    uv run python benchmarks/bench_calc.py [--cases 20000] [--repeat 7]

Compares `jxdesk calc --batch` with benchmarks/plain_rules.py (an unvalidated pure-Python
reading of the same rules) on the same cases, and `jxdesk calc` on one case with the
plain reading run on that one case; checks that both give the same amounts, and prints
wall times. The bars (issue 11): the batch at most 1.3 times the yardstick's time, one
`calc` process at most 1.5 times the yardstick's single run.

Fair on a shared machine: the four commands run in rounds, in a rotating order, so that a
burst of other work hits them alike; each ratio is the median of the ratios measured within
a round (the two commands compared ran back to back), and the medians of the times are
shown with the load average before and after. CPU time (user + system, the batch's worker
processes included) is shown too: it does not depend on how many cores were free.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
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


def _children_cpu() -> float:
    # getrusage, not os.times: os.times counts in clock ticks (10 ms), as long as a single run
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], stdin: Path, stdout: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system of the process and its children) of one run."""
    with stdin.open("rb") as i, stdout.open("wb") as o:
        before = _children_cpu()
        start = time.perf_counter()
        subprocess.run(cmd, stdin=i, stdout=o, check=True, env=environment())
        wall = time.perf_counter() - start
        return wall, _children_cpu() - before


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
    ap.add_argument("--repeat", type=int, default=7, help="rounds (each runs all four once)")
    ap.add_argument("--singles", type=int, default=5, help="single-case runs per round")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    rng = random.Random(20250101)
    cases = OUT / "cases.jsonl"
    with cases.open("w", encoding="utf-8") as f:
        for _ in range(args.cases):
            f.write(json.dumps(make_case(rng), ensure_ascii=False) + "\n")
    single = OUT / "single.json"
    single.write_text(json.dumps(make_case(random.Random(7))), encoding="utf-8")
    single_line = OUT / "single.jsonl"  # the plain reading reads lines
    single_line.write_text(single.read_text("utf-8") + "\n", encoding="utf-8")

    py = sys.executable
    plain_py = str(HERE / "plain_rules.py")
    runs = {
        "batch": ([py, "-m", "jxdesk", "calc", "--batch", "-"], cases, OUT / "ours.jsonl"),
        "plain": ([py, plain_py], cases, OUT / "plain.jsonl"),
        "single": ([py, "-m", "jxdesk", "calc", "-"], single, OUT / "single-out.json"),
        "plain single": ([py, plain_py], single_line, OUT / "plain-single.jsonl"),
    }
    for cmd, stdin, stdout in runs.values():  # warm-up: fills the byte-code caches
        timed(cmd, stdin, stdout)
    load_before = os.getloadavg()
    wall: dict[str, list[float]] = {k: [] for k in runs}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    batch_ratio, single_ratio = [], []
    names = list(runs)
    for r in range(args.repeat):
        got: dict[str, float] = {}
        for name in names[r % 4 :] + names[: r % 4]:  # rotate the order
            cmd, stdin, stdout = runs[name]
            repeat = args.singles if "single" in name else 1
            walls = []
            for _ in range(repeat):
                w, c = timed(cmd, stdin, stdout)
                walls.append(w)
                cpu[name].append(c)
            wall[name].extend(walls)
            got[name] = statistics.median(walls)
        batch_ratio.append(got["batch"] / got["plain"])
        single_ratio.append(got["single"] / got["plain single"])
    load_after = os.getloadavg()
    mismatches = same_amounts(OUT / "ours.jsonl", OUT / "plain.jsonl")
    one = json.loads((OUT / "single-out.json").read_text("utf-8"))  # indented: one line
    (OUT / "single-out.jsonl").write_text(json.dumps(one) + "\n", encoding="utf-8")
    mismatches += same_amounts(OUT / "single-out.jsonl", OUT / "plain-single.jsonl")

    def line(label: str, name: str, scale: float, unit: str) -> str:
        w, c = wall[name], cpu[name]
        return (
            f"{label:<28} wall median {statistics.median(w) * scale:7.1f} {unit}"
            f" (best {min(w) * scale:.1f}), CPU median {statistics.median(c) * scale:.1f} {unit}"
        )

    print(f"cases: {args.cases}; rounds: {args.repeat}; cores: {os.cpu_count()}")
    print(
        "load average (1, 5, 15 min): before "
        + ", ".join(f"{x:.2f}" for x in load_before)
        + "; after "
        + ", ".join(f"{x:.2f}" for x in load_after)
    )
    print(line("jxdesk calc --batch:", "batch", 1, "s"))
    print(line("plain reading:", "plain", 1, "s"))
    print(
        f"batch / plain (median of rounds): {statistics.median(batch_ratio):.2f}"
        f"  (CPU: {statistics.median(cpu['batch']) / statistics.median(cpu['plain']):.2f};"
        " bar: at most 1.30)"
    )
    print(line("jxdesk calc, one case:", "single", 1000, "ms"))
    print(line("plain reading, one case:", "plain single", 1000, "ms"))
    print(
        f"single / plain single (median of rounds): {statistics.median(single_ratio):.2f}"
        f"  (CPU: {statistics.median(cpu['single']) / statistics.median(cpu['plain single']):.2f};"
        " bar: at most 1.50)"
    )
    print(f"amount mismatches between the two readings: {mismatches}")
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
