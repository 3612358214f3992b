"""What the parameters cost a start: the compiled snapshot against the YAML path.

    uv run python benchmarks/bench_parameters.py [--runs 10]

Prints, best of N runs each (the machine is shared and noisy: the best run is the one least
disturbed):

1. wall time of a fresh interpreter that loads the effective parameters (no pack installed)
   and takes a snapshot, against one that only imports decimal, datetime, json, typing and
   re (issue 11's yardstick: at most ~3 ms more);
2. the same start with the compiled file set aside (a copy of resources/ whose compiled file
   is removed), i.e. PyYAML + pydantic;
3. in one process, after the imports: `load_compiled` against `load_tree` (read and validate
   the YAML).

Nothing here is a test; docs/benchmarks.md quotes the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BASELINE = "import decimal, datetime, json, typing, re"
START = (
    "from jxdesk.core.parameters.packs import load_effective_parameters as l; "
    "d = __import__('datetime').date; p = l(today=d(2025, 6, 16))[0]; p.at(d(2025, 1, 1))"
)


def wall(code: str, runs: int, env: dict[str, str]) -> float:
    """Best wall time of `python -c code` in seconds."""
    cmd = [sys.executable, "-c", code]
    subprocess.run(cmd, env=env, check=True)  # warm the file cache and the .pyc files
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True)
        best = min(best, time.perf_counter() - t)
    return best


def best_of(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs

    from jxdesk.core.parameters.compiled import COMPILED_FILE, load_compiled
    from jxdesk.core.parameters.loader import load_tree
    from jxdesk.core.resources import RESOURCES_ENV, resources_dir

    resources = resources_dir()
    with tempfile.TemporaryDirectory() as tmp:
        empty_config = Path(tmp) / "config"
        (empty_config / "packs").mkdir(parents=True)
        env = {**os.environ, "JXDESK_CONFIG_DIR": str(empty_config)}
        # .pyc files in a folder of their own (not the source tree), and written: with
        # PYTHONDONTWRITEBYTECODE a cache prefix makes every run compile every module anew
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tmp) / "pyc"))
        no_compiled = Path(tmp) / "resources"
        shutil.copytree(resources, no_compiled)
        (no_compiled / COMPILED_FILE).unlink()

        base = wall(BASELINE, runs, env)
        start = wall(START, runs, env)
        slow = wall(START, runs, {**env, RESOURCES_ENV: str(no_compiled)})

    rows = [
        (f"python -c '{BASELINE}'", base),
        ("load_effective_parameters + at, compiled", start),
        ("the same, reading the YAML", slow),
    ]
    for label, seconds in rows:
        extra = "" if seconds is base else f"   (+{(seconds - base) * 1000:.1f} ms)"
        print(f"{label:<58}{seconds * 1000:7.1f} ms{extra}")

    compiled = best_of(lambda: load_compiled(resources), runs * 5)
    yaml_read = best_of(lambda: load_tree(resources / "parameters"), runs * 5)
    print(
        f"in-process, after imports: load_compiled {compiled * 1000:.2f} ms, "
        f"load_tree (YAML + pydantic) {yaml_read * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
