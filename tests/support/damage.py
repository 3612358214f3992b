"""Damaged copies of resources/ for the tests of issue 11 ("damage stops loudly").

The app finds its resources through jxdesk.core.resources.resources_dir(); $JXDESK_RESOURCES
(set only by tests) points it at a copy, which each function below damages in one way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from jxdesk.core.resources import RESOURCES_ENV, resources_dir

INPATIENT = "parameters/medical/employee/inpatient.yaml"


def _not_utf8(root: Path) -> None:
    f = root / INPATIENT
    f.write_bytes(f.read_bytes() + b"\n# \xff\xfe\n")


def _truncated(root: Path) -> None:
    f = root / INPATIENT
    lines = f.read_bytes().splitlines(keepends=True)
    f.write_bytes(b"".join(lines[: len(lines) // 2]))  # cut at a line, mid-parameter


def _unreadable(root: Path) -> None:
    f = root / INPATIENT
    f.unlink()
    f.mkdir()  # (the tests run as root, for whom chmod 000 still reads)


def _rate_null(root: Path) -> None:
    f = root / INPATIENT
    text = f.read_text("utf-8")
    assert "      value: 0.85\n" in text
    f.write_text(text.replace("      value: 0.85\n", "      value: null\n", 1), "utf-8")


def _rate_null_with_note(root: Path) -> None:
    """A careful vandal: null with the note the schema wants, and no source."""
    f = root / INPATIENT
    text = f.read_text("utf-8")
    old = "      value: 0.85\n      source: {document: jzf-2024-22, article: 第十七条}\n"
    assert old in text
    f.write_text(text.replace(old, "      value: null\n      note: removed\n", 1), "utf-8")


def _parameter_removed(root: Path) -> None:
    f = root / INPATIENT
    text = f.read_text("utf-8")
    start, end = text.index("upper_band_rate:"), text.index("maximum:")
    f.write_text(text[:start] + text[end:], "utf-8")


def _documents_missing(root: Path) -> None:
    (root / "parameters" / "documents.yaml").unlink()


def _selftest_missing(root: Path) -> None:
    shutil.rmtree(root / "selftest")


def _impossible_day(root: Path) -> None:
    """A date key that no calendar has (issue 18: PyYAML's ValueError crashed every mode)."""
    f = root / INPATIENT
    text = f.read_text("utf-8")
    assert "2025-01-01:" in text
    f.write_text(text.replace("2025-01-01:", "2026-02-30:", 1), "utf-8")


def _impossible_month(root: Path) -> None:
    f = root / INPATIENT
    text = f.read_text("utf-8")
    f.write_text(text.replace("2025-01-01:", "2025-13-01:", 1), "utf-8")


def _parameters_unreadable(root: Path) -> None:
    """The folder cannot be listed (the tests run as root: chmod 000 would still read)."""
    shutil.rmtree(root / "parameters")
    (root / "parameters").write_text("not a folder\n", "utf-8")


def _resources_missing(root: Path) -> None:
    shutil.rmtree(root)


#: each damage, and what the message must name
DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "not-utf8": (_not_utf8, f"{INPATIENT}: not UTF-8 text"),
    "truncated": (_truncated, f"{INPATIENT}: "),
    "unreadable": (_unreadable, f"{INPATIENT}: cannot read"),
    "rate-null": (_rate_null, f"{INPATIENT}: medical.employee.inpatient.upper_band_rate"),
    "rate-null-with-note": (
        _rate_null_with_note,
        f"{INPATIENT}: parameter medical.employee.inpatient.upper_band_rate has no value",
    ),
    "parameter-removed": (
        _parameter_removed,
        f"{INPATIENT}: parameter medical.employee.inpatient.upper_band_rate has no value",
    ),
    "documents-missing": (_documents_missing, "parameters/documents.yaml: missing"),
    "selftest-missing": (_selftest_missing, "selftest: 0 known-answer cases"),
    "impossible-day": (_impossible_day, f"{INPATIENT}: '2026-02-30' is not a date that exists"),
    "impossible-month": (_impossible_month, f"{INPATIENT}: '2025-13-01' is not a date"),
    "parameters-unreadable": (_parameters_unreadable, "parameters: cannot read: "),
    "resources-missing": (_resources_missing, "resources: cannot read: "),
}


def damaged_copy(tmp_path: Path, damage: str) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    DAMAGES[damage][0](root)
    return root


def run_jxdesk(
    args: list[str], resources: Path, config: Path, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update({RESOURCES_ENV: str(resources), "JXDESK_CONFIG_DIR": str(config)})
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "jxdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        cwd=config.parent,
    )
