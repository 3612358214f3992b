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


def _figure_edited(root: Path) -> None:
    """A hand edit of one figure no known answer reads alone (issue 16: the loader read the
    edited YAML in place of the compiled file, and the level-2 rate 0.85 -> 0.84 passed)."""
    f = root / INPATIENT
    text = f.read_text("utf-8")
    assert "level2: 0.85," in text
    f.write_text(text.replace("level2: 0.85,", "level2: 0.84,", 1), "utf-8")


def _expectations_emptied(root: Path) -> None:
    """Issue 18 item 6: a known answer whose expected amounts were emptied compared nothing."""
    import json

    f = root / "selftest" / EMPTIED
    data = json.loads(f.read_text("utf-8"))
    data["expected"] = {}
    f.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _qm_damaged(root: Path) -> None:
    f = root / CATALOGUE
    f.write_bytes(f.read_bytes()[:4096])


def _qm_missing(root: Path) -> None:
    (root / CATALOGUE).unlink()


def _font_truncated(root: Path) -> None:
    """The offline bundle's CJK font cut short (a kiosk of empty boxes, issue 18 item 6)."""
    (root / "fonts").mkdir(exist_ok=True)
    data = Path(SYSTEM_FONT).read_bytes()
    (root / "fonts" / Path(SYSTEM_FONT).name).write_bytes(data[: len(data) // 2])


EMPTIED = "07-retiree-home-bed-95.json"
CATALOGUE = "translations/jxdesk_en.qm"
#: the font the offline bundle carries (Debian's fonts-wqy-microhei, installed by .ci/run)
SYSTEM_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

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
    "figure-edited": (_figure_edited, f"{INPATIENT}: changed since the release was built"),
    "expectations-emptied": (
        _expectations_emptied,
        f"no known answer in it (at least 3 expected amounts) (selftest: {EMPTIED})",
    ),
    "qm-damaged": (_qm_damaged, f"{CATALOGUE}: changed since the release was built"),
    "qm-missing": (_qm_missing, f"{CATALOGUE}: missing"),
    "font-truncated": (_font_truncated, "fonts/wqy-microhei.ttc: truncated"),
}


#: the damages to a parameter YAML file that the loader itself refuses or that remove a figure
#: (the others damage other files, or change a figure validly: the manifest's to catch)
PARAMETER_DAMAGES = sorted(
    set(DAMAGES)
    - {"selftest-missing", "expectations-emptied", "qm-damaged", "qm-missing", "font-truncated"}
    - {"figure-edited"}
    - {"resources-missing"}  # (no compiled file left to refuse)
)


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
