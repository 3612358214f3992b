"""The known-answer self-test: a handful of cases with hand-computed results, run at start-up.

Each `resources/selftest/*.json` holds a case, the amounts a person worked out by hand for it
(`expected`: a subset of the result JSON, compared exactly) and the hand computation itself
(`hand`). `run_selftest(params)` recomputes every case with the parameters in force (built-in
and packs) and says what differs: a damaged parameter file, a removed or nulled figure, a wrong
pack or a broken rule then stops the program before any estimate is shown.

The known answers are for the years whose figures the release fixes (2025; see
`tree.fixed_year`): no pack may set a value dated in them, so a pack that legitimately
changes the 2026 figures never changes a known answer, and a case dated later is itself refused
here. Together the cases read every parameter the rules use (tests/core/test_selftest.py).

Cost: about 2 ms for the 11 cases (measured: docs/parameters.md), so `jxdesk calc` runs it at
every start, like the counter and the kiosk.
"""

import json
import os
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from jxdesk.core.grammar import is_date_shape
from jxdesk.core.parameters.tree import ParameterMissing, ParameterSet, fixed_year
from jxdesk.core.resources import resources_root

SELFTEST_DIR = "selftest"
#: fewer files than this means the install lost some (a self-test that checks nothing passes)
MIN_CASES = 8
#: fewer compared amounts than this in one file means its answer was emptied or thinned
MIN_EXPECTED = 3
#: the damaged files named at most in one start-up message (the rest are counted)
MAX_LINES = 6


class KnownAnswer(NamedTuple):
    file: str  # e.g. selftest/01-employee-year.json, for messages
    case: dict[str, Any]
    expected: dict[str, Any]


class SelfTestFailed(Exception):
    """The parameters in force give other answers than the known ones (or cannot be read)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _years(data: Any) -> Iterator[int]:
    """Every year a case names: `year` and the year of every date in it."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "year" and isinstance(value, int):
                yield value
            yield from _years(value)
    elif isinstance(data, list):
        for item in data:
            yield from _years(item)
    elif isinstance(data, str) and is_date_shape(data):
        yield int(data[:4])


def known_answers(folder: str | os.PathLike[str] | None = None) -> list[KnownAnswer]:
    """The known-answer cases; SelfTestFailed if the folder is missing, damaged or thinned."""
    root = os.fspath(folder) if folder is not None else os.path.join(resources_root(), SELFTEST_DIR)
    try:
        names = sorted(
            e.name for e in os.scandir(root) if e.name.endswith(".json") and e.name[0] != "."
        )
    except FileNotFoundError:  # as none: the count below says so
        names = []
    except OSError as exc:
        raise SelfTestFailed([f"{root}: cannot read: {exc}"]) from exc
    if len(names) < MIN_CASES:
        raise SelfTestFailed(
            [f"{root}: {len(names)} known-answer cases, at least {MIN_CASES} expected"]
        )
    out = []
    for file in names:
        name = f"{SELFTEST_DIR}/{file}"
        try:
            with open(os.path.join(root, file), "rb") as f:
                data = json.loads(f.read())
            ka = KnownAnswer(name, data["case"], data["expected"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SelfTestFailed([f"{name}: cannot read: {exc}"]) from exc
        if not isinstance(ka.case, dict) or _count(ka.expected) < MIN_EXPECTED:
            # an emptied answer would compare nothing and pass
            raise SelfTestFailed(
                [f"{name}: no known answer in it (at least {MIN_EXPECTED} expected amounts)"]
            )
        out.append(ka)
    return out


def _count(expected: Any) -> int:
    """How many amounts an expectation compares (its leaves; 0 for an empty one)."""
    if isinstance(expected, dict):
        return sum(_count(v) for v in expected.values())
    if isinstance(expected, list):
        return sum(_count(v) for v in expected) if expected else 1
    return 1


def _differences(expected: Any, actual: Any, where: str) -> Iterator[str]:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            yield f"{where}: expected a mapping, got {actual!r}"
            return
        for key, want in expected.items():
            yield from _differences(want, actual.get(key), f"{where}.{key}" if where else key)
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            yield f"{where}: expected {len(expected)} entries, got {actual!r}"
            return
        for i, (want, got) in enumerate(zip(expected, actual, strict=True)):
            yield from _differences(want, got, f"{where}[{i}]")
    elif expected != actual:
        yield f"{where}: expected {expected!r}, got {actual!r}"


def parameter_file(path: str, params: ParameterSet) -> str:
    """The file a parameter comes from (or should: it may have been removed from it)."""
    leaf = params.leaves.get(path)
    if leaf is not None:
        return leaf.origin
    origins = {leaf.origin for leaf in params.leaves.values()}
    parts = path.split(".")
    for n in range(len(parts) - 1, 0, -1):  # medical.a.b.c -> parameters/medical/a/b.yaml, ...
        candidate = os.path.join("parameters", *parts[:n]) + ".yaml"
        if candidate in origins:
            return candidate
    return os.path.join("parameters", *parts[:-1]) + ".yaml"


def missing_message(exc: ParameterMissing, params: ParameterSet) -> str:
    """`parameter X has no value on D` with the file it should be in."""
    text = str(exc)
    m = re.match(r"parameter (\S+) ", text)
    where = parameter_file(m.group(1), params) if m else "parameters"
    return f"{where}: {text} (the parameter was removed or set to null)"


def run_selftest(params: ParameterSet, folder: str | os.PathLike[str] | None = None) -> list[str]:
    """What differs from the known answers, one line each; [] when every answer holds."""
    from jxdesk.core.api import validate
    from jxdesk.core.engine import calculate
    from jxdesk.core.output import amounts_to_dict
    from jxdesk.core.problems import InvalidCase

    try:
        answers = known_answers(folder)
    except SelfTestFailed as exc:
        return exc.problems
    fixed = fixed_year(params)
    problems: list[str] = []
    for ka in answers:
        late = [y for y in _years(ka.case) if y > fixed]
        if late:
            problems.append(
                f"{ka.file}: dated {max(late)}, after {fixed}: a pack could change its answer"
            )
            continue
        try:
            result = amounts_to_dict(calculate(validate(ka.case, params), params))
        except ParameterMissing as exc:
            problems.append(f"{ka.file}: {missing_message(exc, params)}")
            continue
        except InvalidCase as exc:
            lines = "; ".join(p.line() for p in exc.problems)
            problems.append(f"{ka.file}: the case is refused: {lines}")
            continue
        except Exception as exc:  # any failure is a failed self-test, never a traceback
            problems.append(f"{ka.file}: {type(exc).__name__}: {exc}")
            continue
        diffs = list(_differences(ka.expected, result, ""))
        if diffs:
            more = f" (and {len(diffs) - 3} more)" if len(diffs) > 3 else ""
            problems.append(f"{ka.file}: {'; '.join(diffs[:3])}{more}")
    return problems


def startup_problem(params: ParameterSet | None = None) -> str | None:
    """What to stop with (after "the start-up self-test failed: ") if the release's own files
    or figures are not as shipped, else None.

    It checks the release, never a pack (R19: a valid yearly pack must not stop service): the
    known answers are computed on the built-in parameters alone (`params` when it has no pack
    laid over it, else `load_parameters()`), and every shipped resource file is compared with
    resources/manifest.json (jxdesk.core.manifest), bundled fonts included."""
    from jxdesk.core.manifest import install_problems
    from jxdesk.core.parameters import load_parameters

    base = params if params is not None and not params.packs else load_parameters()
    problems = run_selftest(base)
    # One line per cause, naming the known answers it spoils (a removed figure spoils many).
    causes: dict[str, list[str]] = {}
    for p in problems:
        file, sep, cause = p.partition(": ")
        if sep and file.startswith(SELFTEST_DIR + "/"):
            causes.setdefault(cause, []).append(file.removeprefix(SELFTEST_DIR + "/"))
        else:
            causes.setdefault(p, [])
    lines = [f"{c} ({SELFTEST_DIR}: {', '.join(f)})" if f else c for c, f in causes.items()]
    damaged = install_problems(resources_root())
    if len(damaged) > MAX_LINES:
        damaged[MAX_LINES - 1 :] = [f"and {len(damaged) - MAX_LINES + 1} more files"]
    lines += damaged
    return " | ".join(lines) if lines else None
