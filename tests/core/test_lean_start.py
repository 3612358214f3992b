"""What a `jxdesk calc` of one valid case loads: none of the heavy modules its speed bar
cannot afford (issue 11; the figures are in docs/benchmarks.md, measured by
benchmarks/bench_calc.py). A module listed here comes back only through an import on the
everyday path, which this test names; an invalid case may load pydantic (it words the
problems), and a batch loads orjson and concurrent.futures.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: each of these cost a calc process 1 ms or more to import (docs/benchmarks.md)
HEAVY = [
    "pydantic",
    "pydantic_core",
    "yaml",
    "orjson",
    "pathlib",
    "dataclasses",
    "inspect",
    "argparse",
    "concurrent.futures",
    "hashlib",
    "zipfile",
    "cryptography",
    "calendar",
    "signal",
    "string",
    "jxdesk.core.models",
    "jxdesk.core.partial",
    "jxdesk.batch",
]


def _after_calc(case: dict[str, object], args: list[str], report: str) -> tuple[int, str]:
    """Run `jxdesk calc [args] -` on the case in a fresh interpreter; its exit status and
    `report` (a Python expression) evaluated after it, as text."""
    code = (
        "import gc, sys\n"
        "from jxdesk.__main__ import main\n"
        f"rc = main(['calc', *{args!r}, '-'])\n"
        "sys.stdout.flush()\n"
        f"print('\\n' + repr({report}), file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=(json.dumps(case) + "\n").encode(),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    return run.returncode, run.stderr.decode().strip().splitlines()[-1]


def _loaded_after(case: dict[str, object], *args: str) -> tuple[int, set[str]]:
    report = f"sorted(m for m in sys.modules if m in {HEAVY!r})"
    rc, last = _after_calc(case, list(args), report)
    return rc, set(ast.literal_eval(last))


CASE = {
    "year": 2025,
    "person": {"scheme": "employee", "birth_date": "1980-05-01", "account_balance": "300.00"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "30000.00", "date": "2025-03-01"}
    ],
    "children": [{"birth_date": "2025-04-10", "order": 2}],
    "mother": {"scheme": "employee", "contribution_base": "8000", "continuous_months": 14},
}


def test_one_valid_case_loads_none_of_the_heavy_modules() -> None:
    rc, loaded = _loaded_after(CASE)
    assert rc == 0
    assert loaded == set()


def test_in_english_too() -> None:
    rc, loaded = _loaded_after(CASE, "--lang", "en")
    assert rc == 0
    assert loaded == set()


def test_an_invalid_case_is_worded_by_the_schema() -> None:
    """The control: the probe does see a heavy module when one is loaded."""
    bad = {**CASE, "person": {"scheme": "employee", "account_balance": "1e3"}}
    rc, loaded = _loaded_after(bad)
    assert rc == 2
    assert "pydantic" in loaded and "jxdesk.core.models" in loaded


def _collector_after(*args: str) -> tuple[int, bool]:
    rc, last = _after_calc(CASE, list(args), "gc.isenabled()")
    return rc, ast.literal_eval(last)


def test_the_cyclic_collector_is_off_for_one_case_and_on_for_a_batch() -> None:
    """One case is a process of milliseconds: no collector. A batch may run for hours, and
    every refused line leaves a traceback cycle: the collector runs."""
    assert _collector_after() == (0, False)
    assert _collector_after("--batch") == (0, True)
