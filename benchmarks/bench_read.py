"""Benchmark the reading of a case in-process, stage by stage.

    uv run python benchmarks/bench_read.py [--cases 20000] [--repeat 5] [--profile STAGE]

The cases are bench_calc.make_case's (same seed as bench_calc.py), as the JSON text lines of
the batch (UTF-8 bytes). Each stage is timed over all cases, best of --repeat rounds, in µs
per case:

- parse_json   `jxdesk.core.api.parse_json` on the bytes (decoding, duplicate keys refused)
- read_case    `jxdesk.core.fastread.read_case` on the parsed values
- check_case   `jxdesk.core.checks.check_case` on the read cases (cross-field checks)
- validate     `jxdesk.core.api.validate` on the parsed values (read_case + check_case)
- parse+valid  parse_json then validate in one loop (`validate_text` without `loads`: the
               command line's path)
- valid_text   `validate_text` with orjson's loads, as the batch reads each line

and then `estimate_text` whole, as the batch calls it (reading, rules, explanation: what
one batch line costs in the worker, orjson's writing of the line left out).

Results are not kept across a round (as in the batch): 20,000 cases held in memory make the
cyclic garbage collector scan them again and again, which is no cost of the reading. The
inputs every stage reads are moved out of the collector's sight (gc.freeze) for the same
reason.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_calc import make_case  # noqa: E402


def best(fn: Callable[[], None], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--profile",
        choices=["parse_json", "read_case", "check_case", "validate", "valid_text", "estimate"],
    )
    args = ap.parse_args()

    import orjson

    from jxdesk.core.api import estimate_text, parse_json, validate, validate_text
    from jxdesk.core.checks import check_case
    from jxdesk.core.fastread import read_case
    from jxdesk.core.parameters import load_parameters

    params = load_parameters()
    rng = random.Random(20250101)
    lines = [
        json.dumps(make_case(rng), ensure_ascii=False).encode("utf-8") for _ in range(args.cases)
    ]
    values = [parse_json(line) for line in lines]
    cases = [validate(v, params) for v in values]
    assert all(read_case(v) is not None for v in values), "a benchmark case left the fast path"
    assert all(
        validate_text(x, params, orjson.loads) == c for x, c in zip(lines, cases, strict=True)
    )
    estimate_text(lines[0], params)  # first use: templates, caches
    gc.collect()
    gc.freeze()

    def s_parse() -> None:
        for line in lines:
            parse_json(line)

    def s_read() -> None:
        for v in values:
            read_case(v)

    def s_check() -> None:
        for c in cases:
            check_case(c, params)

    def s_validate() -> None:
        for v in values:
            validate(v, params)

    def s_both() -> None:
        for line in lines:
            validate(parse_json(line), params)

    def s_text() -> None:
        for line in lines:
            validate_text(line, params, orjson.loads)

    def s_estimate() -> None:
        for line in lines:
            estimate_text(line, params, "zh", orjson.loads)

    stages: dict[str, Callable[[], None]] = {
        "parse_json": s_parse,
        "read_case": s_read,
        "check_case": s_check,
        "validate": s_validate,
        "parse+valid": s_both,
        "valid_text": s_text,
        "estimate": s_estimate,
    }
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(stages[args.profile])
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
    per = 1e6 / len(lines)
    size = sum(len(line) for line in lines) / len(lines)
    print(f"cases: {len(lines)} ({size:.0f} bytes each on average); best of {args.repeat}")
    for name, fn in stages.items():
        label = "estimate_text" if name == "estimate" else name
        print(f"{label + ':':<15}{best(fn, args.repeat) * per:7.1f} µs per case")
    return 0


if __name__ == "__main__":
    sys.exit(main())
