"""A damaged install stops `jxdesk calc` loudly, naming the file, and never blames the case.

Before issue 11 some of these read `CASE.json: cannot read: 'utf-8' codec…` (the case was
blamed), some `internal error: ParameterMissing`, and a nulled or removed figure could give an
estimate without it. Each runs `python -m jxdesk calc` on a damaged copy of resources/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.damage import DAMAGES, SYSTEM_FONT, damaged_copy, run_jxdesk

from jxdesk.core.parameters.loader import ParameterError, load_tree
from jxdesk.core.resources import resources_dir

CASE = '{"year": 2025, "person": {"scheme": "employee"}, "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "50000"}]}'  # noqa: E501


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_calc_on_a_damaged_install_names_the_file(tmp_path: Path, damage: str) -> None:
    resources = damaged_copy(tmp_path, damage)
    case = tmp_path / "case.json"
    case.write_text(CASE, "utf-8")
    done = run_jxdesk(["calc", str(case)], resources, tmp_path / "config")
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""  # no estimate at all
    (line,) = done.stderr.splitlines()  # one line, no traceback
    assert line.startswith("jxdesk: the installation is damaged, no estimate: ")
    assert DAMAGES[damage][1] in line
    assert "case.json" not in line and "ParameterMissing" not in line


def test_the_same_case_is_estimated_on_an_intact_copy(tmp_path: Path) -> None:
    """The control: the copy itself is fine; only the damage stops calc."""
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    case = tmp_path / "case.json"
    case.write_text(CASE, "utf-8")
    done = run_jxdesk(["calc", str(case)], resources, tmp_path / "config")
    assert done.returncode == 0, done.stderr
    assert '"fund": "39360.00"' in done.stdout  # 800 deductible, 49200 x 80%


def test_a_whole_bundled_font_passes(tmp_path: Path) -> None:
    """The control for `font-truncated`: the same font, whole, as the offline bundle has it."""
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "fonts").mkdir()
    shutil.copyfile(SYSTEM_FONT, resources / "fonts" / Path(SYSTEM_FONT).name)
    case = tmp_path / "case.json"
    case.write_text(CASE, "utf-8")
    done = run_jxdesk(["calc", str(case)], resources, tmp_path / "config")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("damage", ["not-utf8", "truncated", "unreadable", "rate-null"])
def test_the_loader_raises_a_parameter_error_naming_the_file(tmp_path: Path, damage: str) -> None:
    resources = damaged_copy(tmp_path, damage)
    with pytest.raises(ParameterError, match=r"inpatient\.yaml"):
        load_tree(resources / "parameters")


@pytest.mark.parametrize(
    "damage", ["impossible-day", "impossible-month", "parameters-unreadable", "resources-missing"]
)
def test_a_batch_on_a_damaged_install_names_the_install_not_its_input(
    tmp_path: Path, damage: str
) -> None:
    """Issue 18: an unreadable parameters folder was "INPUT: cannot read: ..." (exit 2), an
    impossible date "internal error: ValueError"."""
    resources = damaged_copy(tmp_path, damage)
    lines = tmp_path / "cases.jsonl"
    lines.write_text(CASE + "\n" + CASE + "\n", "utf-8")
    done = run_jxdesk(["calc", "--batch", str(lines)], resources, tmp_path / "config")
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("jxdesk: the installation is damaged, no estimate: ")
    assert DAMAGES[damage][1] in line and "cases.jsonl" not in line


@pytest.mark.parametrize("damage", ["impossible-day", "parameters-unreadable"])
def test_packs_list_on_a_damaged_install_names_the_install(tmp_path: Path, damage: str) -> None:
    """With a pack to lay over, `packs list` reads the built-in files: a traceback before."""
    from support.packs import EXAMPLE, install

    resources = damaged_copy(tmp_path, damage)
    install(tmp_path / "config", EXAMPLE)
    done = run_jxdesk(["packs", "list"], resources, tmp_path / "config")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("jxdesk: the installation is damaged: ")
    assert DAMAGES[damage][1] in line
