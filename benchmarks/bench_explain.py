"""Benchmark the estimate and its explanation in-process, stage by stage.

    uv run python benchmarks/bench_explain.py [--cases 20000] [--repeat 5]
        [--dump OUT.jsonl] [--profile calculate|output] [--imports-only]

The cases are bench_calc.make_case's (same seed as bench_calc.py). Each is parsed and
validated once outside the timed region (`jxdesk.core.api.parse_json` + `validate`); then
`jxdesk.core.engine.calculate` and `jxdesk.core.output.result_to_dict` (zh and en) are
timed separately over all cases, best of --repeat rounds, in µs per case, and both in one
loop as the batch runs them. Results are not kept while `calculate` is timed (as in the
batch): 20,000 results held in memory make the cyclic garbage collector scan them again and
again, which doubles the figure and is no cost of the rules. The results the output stage
reads are moved out of the collector's sight (gc.freeze) for the same reason. Then the import
time of the explanation's modules, each in a fresh interpreter (best of several runs,
`python -X importtime` self times summed over the module and what only it pulls in).

--dump writes every case's result_to_dict in both languages, one JSON line per case: a
change that must not change a character of any output is checked by dumping before and
after and comparing the files (`cmp`). --profile prints cProfile's top entries of a stage.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_calc import make_case  # noqa: E402

#: modules of the explanation (the output path), imported in a fresh process each
MODULES = (
    "jxdesk.core.money",
    "jxdesk.core.trace",
    "jxdesk.core.result",
    "jxdesk.core.wording",
    "jxdesk.core.messages",
    "jxdesk.core.output",
)


def prepared(n: int) -> list[Any]:
    from jxdesk.core.api import parse_json, validate
    from jxdesk.core.parameters import load_parameters

    params = load_parameters()
    rng = random.Random(20250101)
    texts = [json.dumps(make_case(rng), ensure_ascii=False) for _ in range(n)]
    return [validate(parse_json(t), params) for t in texts]


def best(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def import_ms(module: str, runs: int = 7) -> float:
    """Cumulative import time of `module` in a fresh interpreter whose standard library
    and jxdesk.core's package (__init__) are already imported: best of `runs`, in ms."""
    code = (
        "import sys, time, decimal, datetime, collections.abc, typing, functools, re\n"
        "import jxdesk.core\n"
        "t = time.perf_counter()\n"
        f"import {module}\n"
        "print(time.perf_counter() - t)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = []
    for _ in range(runs):
        res = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        out.append(float(res.stdout.split()[-1]))
    return min(out) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dump", type=Path, help="write each case's output (zh, en) here")
    ap.add_argument("--profile", choices=["calculate", "output"])
    ap.add_argument("--imports-only", action="store_true")
    args = ap.parse_args()

    if not args.imports_only:
        from jxdesk.core.engine import calculate
        from jxdesk.core.output import result_to_dict
        from jxdesk.core.parameters import load_parameters

        params = load_parameters()
        cases = prepared(args.cases)
        results = [calculate(c, params) for c in cases]
        gc.freeze()

        def calc() -> None:
            for c in cases:
                calculate(c, params)

        def both() -> None:
            for c in cases:
                result_to_dict(calculate(c, params), "zh")

        def out_zh() -> None:
            for r in results:
                result_to_dict(r, "zh")

        def out_en() -> None:
            for r in results:
                result_to_dict(r, "en")

        steps = sum(len(r.steps) for r in results) / len(results)
        if args.profile:
            prof = cProfile.Profile()
            prof.runcall(calc if args.profile == "calculate" else out_zh)
            pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        n = len(cases) / 1e6
        t_calc = best(calc, args.repeat) / n
        t_zh = best(out_zh, args.repeat) / n
        t_en = best(out_en, args.repeat) / n
        t_both = best(both, args.repeat) / n
        print(f"cases: {len(cases)}; steps per case: {steps:.1f}; best of {args.repeat}")
        print(f"calculate:            {t_calc:6.1f} µs per case")
        print(f"result_to_dict (zh):  {t_zh:6.1f} µs per case")
        print(f"result_to_dict (en):  {t_en:6.1f} µs per case")
        print(f"calculate + zh:       {t_calc + t_zh:6.1f} µs per case (sum of the stages)")
        print(f"calculate, then zh:   {t_both:6.1f} µs per case (in one loop, as the batch)")
        if args.dump:
            with args.dump.open("w", encoding="utf-8") as f:
                for r in results:
                    both = [result_to_dict(r, "zh"), result_to_dict(r, "en")]
                    f.write(json.dumps(both, ensure_ascii=False) + "\n")  # in key order
            print(f"outputs written to {args.dump}")

    print("import time (fresh process, stdlib and jxdesk.core preloaded, best of 7):")
    for module in MODULES:
        print(f"  {module:<24} {import_ms(module):5.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
