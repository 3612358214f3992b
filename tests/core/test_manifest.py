"""The manifest of the release's own resources (issue 16: any change to a shipped figure stops
the start, a hand edit of a YAML file included; issue 18 item 6: emptied known answers, the
English catalogue). Runs in-process on copies of resources/; the subprocess runs are in
test_damage.py and tests/gui/test_damage_gui.py."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from jxdesk.core.manifest import (
    COMMAND,
    MANIFEST_FILE,
    install_problems,
    manifest_text,
    shipped_files,
)
from jxdesk.core.resources import resources_dir


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("manifest") / "resources"
    shutil.copytree(resources_dir(), root)
    return root


def test_the_manifest_is_current() -> None:
    root = resources_dir()
    assert (root / MANIFEST_FILE).read_text("utf-8") == manifest_text(str(root)), (
        f"resources/{MANIFEST_FILE} is stale: run `{COMMAND}`"
    )


def test_it_covers_every_file_the_app_reads() -> None:
    files = shipped_files(str(resources_dir()))
    assert "parameters.compiled.json" in files and "translations/jxdesk_en.qm" in files
    assert sum(f.startswith("parameters/") for f in files) == len(
        list((resources_dir() / "parameters").rglob("*.yaml"))
    )
    assert sum(f.startswith("selftest/") for f in files) >= 8
    assert any(f.startswith("keys/") and f.endswith(".pem") for f in files)


def test_an_intact_copy_has_no_problem(copy: Path) -> None:
    assert install_problems(str(copy)) == []


def _figure_digits(text: str) -> list[int]:
    """Where each digit of each figure (`value:` lines, tables included) is in a YAML text."""
    out = []
    for m in re.finditer(r"^\s*value: (.*)$", text, re.MULTILINE):
        out += [m.start(1) + i for i, ch in enumerate(m.group(1)) if ch.isdigit()]
    return out


def test_every_one_step_change_to_a_shipped_figure_names_its_file(copy: Path) -> None:
    """Each digit of each built-in figure, one at a time, one up (0.85 -> 0.86 ...): the issue
    counted 56 of 127 one-step changes that passed the known answers."""
    seen = 0
    for path in sorted((copy / "parameters").rglob("*.yaml")):
        name = path.relative_to(copy).as_posix()
        text = path.read_text("utf-8")
        for at in _figure_digits(text):
            changed = text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1 :]
            path.write_text(changed, "utf-8")
            problems = install_problems(str(copy))
            assert problems == [
                f"{name}: changed since the release was built (see {MANIFEST_FILE})"
            ]
            seen += 1
        path.write_text(text, "utf-8")
    assert seen > 127
    assert install_problems(str(copy)) == []


def test_an_added_or_removed_file_is_named(copy: Path) -> None:
    extra = copy / "parameters" / "medical" / "extra.yaml"
    extra.write_text("description: x\n", "utf-8")
    try:
        assert install_problems(str(copy)) == [
            "parameters/medical/extra.yaml: not part of the release"
        ]
    finally:
        extra.unlink()
    known = copy / "selftest" / "05-resident-account-balance-is-ignored.json"
    data = known.read_bytes()
    known.unlink()
    try:
        assert install_problems(str(copy)) == [
            "selftest/05-resident-account-balance-is-ignored.json: missing"
        ]
    finally:
        known.write_bytes(data)


def test_a_missing_or_damaged_manifest_stops_too(copy: Path) -> None:
    target = copy / MANIFEST_FILE
    data = target.read_bytes()
    try:
        target.write_bytes(data[: len(data) // 2])
        (line,) = install_problems(str(copy))
        assert line.startswith(f"{MANIFEST_FILE}: cannot read")
        target.unlink()
        assert install_problems(str(copy)) == [f"{MANIFEST_FILE}: missing"]
    finally:
        target.write_bytes(data)
