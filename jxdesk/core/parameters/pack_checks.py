"""A pack's own known-answer cases: amounts the issuing office computed with its figures.

A pack may hold `checks/*.json`, each in the format of the release's known answers
(resources/selftest): `{"name": ..., "hand": [...], "case": {...}, "expected": {...}}`, with
`expected` a subset of the result JSON compared exactly. Each case is dated in one of the
pack's years (a case the pack cannot change would check nothing of it). Once the pack is laid
over the parameters, every case must give its expected amounts: a pack whose figures do not
give its own answers (a typing slip in a figure, a damaged copy the checksums could not
catch because it was made before signing) is refused, naming the pack and the case.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from jxdesk.core.parameters.pack_format import CHECKS_DIR, PackRefused
from jxdesk.core.parameters.tree import ParameterMissing, ParameterSet
from jxdesk.core.selftest import _differences

#: at most this many cases in one pack (each runs at every start that reads the pack)
MAX_CHECKS = 50


class PackCheck(NamedTuple):
    file: str  # e.g. checks/01-resident-2026.json
    case: dict[str, Any]
    expected: dict[str, Any]


def read_checks(
    files: Mapping[str, bytes], names: Sequence[str], years: Sequence[int]
) -> tuple[PackCheck, ...]:
    """The pack's cases (already checksummed); PackRefused naming a malformed one."""
    mine = sorted(n for n in names if n.startswith(CHECKS_DIR + "/"))
    if len(mine) > MAX_CHECKS:
        raise PackRefused(f"{CHECKS_DIR}/: {len(mine)} cases, at most {MAX_CHECKS}")
    out = []
    for name in mine:
        try:
            data = json.loads(files[name].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise PackRefused(f"{name}: not valid JSON: {exc}") from exc
        if not (
            isinstance(data, dict)
            and isinstance(data.get("case"), dict)
            and isinstance(data.get("expected"), dict)
            and data["expected"]
        ):
            raise PackRefused(f"{name}: a known-answer case has a 'case' and what it 'expected'")
        year = data["case"].get("year")
        if type(year) is not int or year not in years:
            raise PackRefused(
                f"{name}: the case's year ({year}) is not one the pack covers "
                f"({', '.join(map(str, years))})"
            )
        out.append(PackCheck(name, data["case"], data["expected"]))
    return tuple(out)


def failed_check(checks: Sequence[PackCheck], params: ParameterSet) -> str | None:
    """The first case whose amounts differ with `params` (the pack laid over), or None."""
    from jxdesk.core.api import validate
    from jxdesk.core.engine import calculate
    from jxdesk.core.output import amounts_to_dict
    from jxdesk.core.problems import InvalidCase

    for check in checks:
        try:
            result = amounts_to_dict(calculate(validate(check.case, params), params))
        except InvalidCase as exc:
            lines = "; ".join(p.line() for p in exc.problems)
            return f"{check.file}: the pack's own case is refused: {lines}"
        except ParameterMissing as exc:
            return f"{check.file}: {exc}"
        except Exception as exc:  # any failure refuses the pack, never a traceback
            return f"{check.file}: {type(exc).__name__}: {exc}"
        diffs = list(_differences(check.expected, result, ""))  # (the self-test's comparison)
        if diffs:
            more = f" (and {len(diffs) - 3} more)" if len(diffs) > 3 else ""
            return (
                f"{check.file}: the pack's figures do not give its own known answers: "
                f"{'; '.join(diffs[:3])}{more}"
            )
    return None
