"""The explanation steps of every golden case, recorded as data (tests/steps/**.yaml).

    uv run python tests/support/steps.py           # rewrite every recording
    uv run python tests/support/steps.py --check   # list the cases whose steps changed
    git diff tests/steps                           # then REVIEW what changed, line by line

A recording holds each step's structured data, one step a line: message code, article,
subject, amount, what result figure it explains, and its figures. Wording lives in
jxdesk/core/messages.py and is not recorded, so a rewording changes no recording. A rule
change does: rewrite, read the diff against the golden case's hand computation, commit.
tests/core/test_steps.py compares the recordings, and separately checks every step against
the result and the case (amounts that add up to the figures, arithmetic, articles).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: `support` importable

from support.compare import GOLDEN, golden_files, load_golden  # noqa: E402

STEPS = HERE.parent / "steps"
HEADER = (
    "# The explanation steps of tests/golden/{rel}, recorded by tests/support/steps.py.\n"
    "# Rewrite with `uv run python tests/support/steps.py`; review every changed line\n"
    "# against the golden case's hand computation before committing.\n"
)


def _plain(name: str, value: Any) -> Any:
    from jxdesk.core.messages import MONEY_FIELDS

    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):  # money always with two decimals: 800 and 800.00 agree
        return f"{value:.2f}" if name in MONEY_FIELDS else str(value)
    return value


def step_data(step: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"code": step.code}
    if step.article:
        d["article"] = step.article
    if step.subject:
        d["subject"] = step.subject
    if step.amount is not None:
        d["amount"] = f"{step.amount:.2f}"
    if step.explains:
        d["explains"] = step.explains
    if step.section != "medical":
        d["section"] = step.section
    if step.assumption:
        d["assumption"] = True
    if step.figures:
        d["figures"] = {k: _plain(k, v) for k, v in step.figures.items()}
    return d


def steps_of(case: dict[str, Any]) -> list[dict[str, Any]]:
    from jxdesk.core.api import estimate

    return [step_data(s) for s in estimate(case).steps]


def recording_path(golden: Path) -> Path:
    return STEPS / golden.relative_to(GOLDEN)


def dump(golden: Path, steps: list[dict[str, Any]]) -> str:
    lines = [HEADER.format(rel=golden.relative_to(GOLDEN).as_posix())]
    for s in steps:
        one = yaml.safe_dump(
            s, default_flow_style=True, allow_unicode=True, width=10**6, sort_keys=False
        )
        lines.append(f"- {one.strip()}\n")
    if not steps:
        lines.append("[]\n")
    return "".join(lines)


def load(golden: Path) -> list[dict[str, Any]] | None:
    path = recording_path(golden)
    if not path.is_file():
        return None
    data = yaml.safe_load(path.read_text("utf-8"))
    return list(data or [])


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    wanted = set()
    for golden in golden_files():
        path = recording_path(golden)
        wanted.add(path)
        text = dump(golden, steps_of(load_golden(golden)["case"]))
        if not path.is_file() or path.read_text("utf-8") != text:
            changed.append(path)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, "utf-8")
    stale = [p for p in STEPS.rglob("*.yaml") if p not in wanted]
    for p in stale:
        changed.append(p)
        if not check:
            p.unlink()
    for p in changed:
        print(("changed: " if check else "written: ") + str(p.relative_to(STEPS.parent.parent)))
    print(f"{len(changed)} of {len(wanted)} recordings {'differ' if check else 'rewritten'}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
