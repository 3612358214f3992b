"""`calc --batch` where worker processes are spawned rather than forked (Windows, macOS).

The parameters travel to each worker pickled; their frozen records once refused to be
unpickled ("Document is frozen: cannot set 'cite_prefix'"), the pool broke and nothing was
written. Linux forks by default, so these tests force `spawn` to stand for the others.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from jxdesk import batch
from jxdesk.core.parameters import load_parameters

ROOT = Path(__file__).resolve().parents[2]
SPAWNING_CALC = (
    "import sys\n"
    "from jxdesk import batch\n"
    "batch._start_method = lambda: 'spawn'\n"
    "from jxdesk.__main__ import main\n"
    "sys.exit(main())\n"
)


def test_the_parameters_survive_pickling_and_stay_frozen() -> None:
    params = load_parameters()
    copy = pickle.loads(pickle.dumps(params))
    assert copy.documents == params.documents
    assert [leaf for leaf in copy] == [leaf for leaf in params]
    document = next(iter(copy.documents.values()))
    with pytest.raises(AttributeError, match="frozen"):
        document.cite_prefix = "x"


def test_a_spawned_pool_gives_what_one_process_gives() -> None:
    cases = []
    for i in range(batch.PARALLEL_FROM + 300):  # enough lines to start the pool
        claim = {"kind": "inpatient", "facility": "level3", "eligible": str(1000 + i)}
        cases.append({"year": 2025, "person": {"scheme": "employee"}, "claims": [claim]})
    data = "".join(json.dumps(c) + "\n" for c in cases).encode()

    def calc(*prefix: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, *prefix, "calc", "--batch", "-"],
            input=data,
            capture_output=True,
            cwd=ROOT,
            timeout=300,
            check=False,
        )

    spawned = calc("-c", SPAWNING_CALC)
    assert spawned.returncode == 0, spawned.stderr.decode("utf-8", "replace")[-2000:]
    assert spawned.stdout == calc("-m", "jxdesk").stdout
    assert spawned.stdout.count(b"\n") == len(cases)
    # 1000 inpatient at level 3: 800 deductible, the fund pays 80% of the 200 above it
    assert json.loads(spawned.stdout.split(b"\n")[0])["medical"]["fund"] == "160.00"
