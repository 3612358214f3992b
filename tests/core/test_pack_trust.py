"""Issue 18, packs read safely: impossible dates, YAML 1.1 number spellings, zip bombs, rollback
and freeze (signed expiry, the release's lowest accepted version, issue dates, sane versions),
and (issue 16) a pack's own known-answer cases.

Every pack is made from tests/core/fixtures/packs/example-2026 (FICTIONAL figures: 999 yuan)
and signed with the test key; every check runs on the pinned day TODAY (the core never reads
the clock).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support.packs import (
    CONTRIB,
    EXAMPLE,
    TEST_PRIVATE_KEY,
    TODAY,
    edit_yaml,
    install,
    pack_copy,
    refusal,
    remake,
)
from support.zipbomb import write_bomb, zeros_deflated

from jxdesk.core.parameters import load_parameters
from jxdesk.core.parameters.pack_tool import sign_pack
from jxdesk.core.parameters.pack_versions import VERSIONS_FILE, minimum_versions
from jxdesk.core.parameters.packs import (
    CONFIG_ENV,
    MANIFEST,
    PackRefused,
    check_pack,
    effective_parameters,
    load_effective_parameters,
)
from jxdesk.core.resources import RESOURCES_ENV, resources_dir

RESIDENT = "premium.contribution.resident"
DAY_2026 = date(2026, 1, 1)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_installed_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "empty-config"))


def resident_2026(params: Any) -> Decimal | None:
    value: Decimal | None = params.at(DAY_2026).maybe(RESIDENT)
    return value


def write_contrib(pack: Path, old: str, new: str) -> None:
    """Edit the figures file as text (a YAML dump would respell what the test writes)."""
    f = pack / CONTRIB
    text = f.read_text("utf-8")
    assert old in text
    f.write_text(text.replace(old, new, 1), "utf-8")


def run(args: list[str], config: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jxdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, CONFIG_ENV: str(config), **env},
        timeout=120,
        check=False,
        cwd=ROOT,
    )


# --------------------------------------------------------------------------- item 1: dates


@pytest.mark.parametrize("day", ["2026-02-30", "2026-13-01"])
def test_a_signed_pack_with_an_impossible_date_is_refused_naming_the_file(
    tmp_path: Path, day: str
) -> None:
    pack = pack_copy(tmp_path)
    write_contrib(pack, "    2026-01-01:\n      value: 999", f"    {day}:\n      value: 999")
    remake(pack)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: {CONTRIB}: '{day}' is not a date that exists")
    assert "(line 7)" in msg


def test_packs_list_and_calc_with_an_impossible_date_in_a_pack_exit_without_a_traceback(
    tmp_path: Path,
) -> None:
    """It was a traceback in `packs list` and "internal error: ValueError" in every calc."""
    pack = pack_copy(tmp_path)
    write_contrib(pack, "    2026-01-01:\n      value: 999", "    2026-02-30:\n      value: 999")
    remake(pack)
    install(tmp_path / "cfg", pack)
    listed = run(["packs", "list"], tmp_path / "cfg")
    assert listed.returncode == 1, listed.stderr
    assert "pack: refused: " in listed.stdout and "'2026-02-30' is not a date" in listed.stdout
    assert "Traceback" not in listed.stderr + listed.stdout
    case = tmp_path / "case.json"
    case.write_text('{"year": 2025, "person": {"scheme": "employee"}}', "utf-8")
    done = run(["calc", str(case)], tmp_path / "cfg")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("parameter pack refused: ")
    assert "'2026-02-30' is not a date that exists" in done.stderr


# --------------------------------------------------------------------------- item 3: numbers


@pytest.mark.parametrize(
    ("spelling", "yaml11"),
    [("0720", 464), ("12:00", 720), ("7_20", 720), ("0x2D0", 720), ("0b1011010000", 720)],
)
def test_yaml_1_1_number_spellings_are_refused_saying_what(
    tmp_path: Path, spelling: str, yaml11: int
) -> None:
    """PyYAML reads each as `yaml11`: a signed pack loaded 464 for 0720 and `packs check` said
    ok. Now: refused, quoting what was written and how to write it."""
    import yaml

    assert yaml.safe_load(f"v: {spelling}")["v"] == yaml11  # what YAML 1.1 makes of it
    pack = pack_copy(tmp_path)
    write_contrib(pack, "value: 999", f"value: {spelling}")
    remake(pack)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: {CONTRIB}: '{spelling}' is not a plain form")
    assert "write whole numbers in decimal" in msg and "(line 8)" in msg


def test_one_date_written_twice_in_two_spellings_is_refused(tmp_path: Path) -> None:
    """`2026-01-01:` and `2026-01-01T00:00:00:` were one key: the later silently won."""
    pack = pack_copy(tmp_path)
    write_contrib(
        pack,
        "      source: {document: example-2026-notice, note: 虚构测试数字}\n",
        "      source: {document: example-2026-notice, note: 虚构测试数字}\n"
        "    2026-01-01T00:00:00:\n      value: 1\n"
        "      source: {document: example-2026-notice, note: 虚构测试数字}\n",
    )
    remake(pack)
    assert "'2026-01-01T00:00:00' is a date with a time" in refusal(pack)


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("true", "version: Input should be a valid integer"),
        ('"2"', "version: Input should be a valid integer"),
        ("9223372036854775808", "version: must be a whole number from 1 to 1000000"),
        ("2.0", "version: Input should be a valid integer"),
    ],
)
def test_a_version_is_a_plain_whole_number_within_bounds(
    tmp_path: Path, version: str, expected: str
) -> None:
    pack = pack_copy(tmp_path)
    f = pack / MANIFEST
    f.write_text(f.read_text("utf-8").replace("version: 1\n", f"version: {version}\n"), "utf-8")
    sign_pack(pack, TEST_PRIVATE_KEY)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: pack.yaml: ") and expected in msg


def test_the_plain_forms_the_docs_promise_load(tmp_path: Path) -> None:
    """The control: 720, 720.5 and a real date load as written."""
    pack = pack_copy(tmp_path)
    write_contrib(pack, "value: 999", "value: 720.5")
    remake(pack)
    install(tmp_path / "cfg", pack)
    params, (status,) = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert status.loaded and resident_2026(params) == Decimal("720.5")


# --------------------------------------------------------------------------- item 4: zip bombs

PROBE = """
import json, resource, sys, time
from datetime import date
t = time.perf_counter()
from jxdesk.core.parameters.packs import load_effective_parameters
params, statuses = load_effective_parameters(today=date(2026, 3, 1))
print(json.dumps({
    "seconds": time.perf_counter() - t,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "statuses": [s.line() for s in statuses],
}))
"""


def probe(config: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env={**os.environ, CONFIG_ENV: str(config)},
        timeout=120,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def zeros_256mb() -> bytes:
    return zeros_deflated(256)  # 256 MB of zeros in ~260 KB


def test_an_unsigned_zip_bomb_costs_neither_memory_nor_time(
    tmp_path: Path, zeros_256mb: bytes
) -> None:
    """Members that declare 1,000 bytes and inflate to 256 MB each: it cost 2.1 GB and 5.8 s on
    every calc (each member inflated before the signature was looked at)."""
    packs = tmp_path / "cfg" / "packs"
    packs.mkdir(parents=True)
    write_bomb(
        packs / "bomb.zip",
        {
            "pack.yaml": (zeros_256mb, 1000),
            "parameters/premium/contribution.yaml": (zeros_256mb, 1000),
            "attachments/notice.pdf": (zeros_256mb, 1000),
        },
    )
    quiet = tmp_path / "quiet"
    (quiet / "packs").mkdir(parents=True)
    with zipfile.ZipFile(quiet / "packs" / "small.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("pack.yaml", (EXAMPLE / MANIFEST).read_bytes())  # unsigned: refused
    baseline = probe(quiet)
    got = probe(tmp_path / "cfg")
    (line,) = got["statuses"]
    assert "bomb.zip: refused: pack.yaml: cannot be read from the zip file: Bad CRC-32" in line
    # what reading the bomb cost over reading a small unsigned zip
    assert got["peak_mb"] - baseline["peak_mb"] < 40, (baseline, got)
    assert got["seconds"] < baseline["seconds"] + 1.0, (baseline, got)


def test_an_unsigned_zip_is_refused_before_any_other_member_is_read(
    tmp_path: Path, zeros_256mb: bytes
) -> None:
    """An honest small manifest, no signature, and a bomb beside it: refused at the signature,
    the bomb never inflated."""
    bomb = tmp_path / "bomb.zip"
    manifest = (EXAMPLE / MANIFEST).read_bytes()
    c = __import__("zlib").compressobj(9, 8, -15)
    write_bomb(
        bomb,
        {
            "pack.yaml": (c.compress(manifest) + c.flush(), len(manifest)),
            "attachments/big.pdf": (zeros_256mb, 8_000_000),
        },
    )
    assert f"{bomb}: pack.sig: missing: the pack is not signed" in refusal(bomb)


def test_a_zip_declaring_more_than_the_caps_is_refused_unread(tmp_path: Path) -> None:
    bomb = write_bomb(tmp_path / "big.zip", {"pack.yaml": (b"\x03\x00", 9_000_000)})
    assert "pack.yaml: too large for a parameter pack (9000000 bytes)" in refusal(bomb)


def test_a_zip_with_another_compression_is_refused(tmp_path: Path) -> None:
    z = tmp_path / "bz.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_BZIP2) as out:
        out.writestr("pack.yaml", "x")
    assert "compressed with method 12" in refusal(z)


def test_a_signed_zip_still_loads(tmp_path: Path) -> None:
    """The control: reading in steps reads an honest zip whole."""
    z = tmp_path / "pack.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as out:
        for f in sorted(EXAMPLE.rglob("*")):
            if f.is_file():
                out.write(f, f.relative_to(EXAMPLE).as_posix())
    assert check_pack(z, today=TODAY).name == "example-2026-contribution"


# --------------------------------------------------------------------------- item 5: freeze


def test_an_expired_pack_is_refused_on_a_pinned_day() -> None:
    assert check_pack(EXAMPLE, today=date(2030, 5, 31)).version == 1  # its last day
    with pytest.raises(PackRefused) as exc:
        check_pack(EXAMPLE, today=date(2030, 6, 1))
    assert "pack.yaml: expires: the pack expired on 2030-05-31 (today is 2030-06-01)" in str(
        exc.value
    )


def test_an_expired_pack_in_force_falls_back_to_the_built_in_figures(tmp_path: Path) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    params, (status,) = load_effective_parameters(tmp_path / "cfg", today=date(2031, 1, 1))
    assert status.state == "refused" and "expired on 2030-05-31" in (status.reason or "")
    assert params is load_parameters()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("expires"), "expires: Field required"),
        (lambda d: d.update(expires=date(2025, 6, 1)), "is not after issued (2025-06-01)"),
        (lambda d: d.update(expires=date(2031, 1, 1)), "a pack is valid for at most five years"),
        (lambda d: d.update(expires="2027-01-01"), "expires: Input should be a valid date"),
        (lambda d: d.update(issued=date(1990, 1, 1)), "1990-01-01 is before 2024-11-22"),
        (lambda d: d.update(issued=date(2026, 3, 2)), "2026-03-02 lies in the future"),
    ],
    ids=["no-expiry", "expires-on-issue", "ten-years", "quoted", "issued-1990", "issued-later"],
)
def test_issue_and_expiry_dates_are_bounded(tmp_path: Path, change: Any, expected: str) -> None:
    pack = pack_copy(tmp_path)
    edit_yaml(pack / MANIFEST, change)
    sign_pack(pack, TEST_PRIVATE_KEY)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: pack.yaml: ") and expected in msg


def _version_2(tmp_path: Path) -> Path:
    v2 = pack_copy(tmp_path, "v2")
    write_contrib(v2, "value: 999", "value: 888")
    edit_yaml(v2 / MANIFEST, lambda d: d.update(version=2))
    remake(v2)
    return v2


def test_the_release_floor_refuses_a_rolled_back_pack(tmp_path: Path) -> None:
    """Version 2 replaced by the signed version 1: version 1's figures were in force and
    nothing said a newer one existed. A release that names version 2 refuses version 1."""
    install(tmp_path / "cfg", EXAMPLE, "jx-v1")
    paths = [tmp_path / "cfg" / "packs" / "jx-v1"]
    params, (status,) = effective_parameters(paths, today=TODAY, floors={})
    assert status.loaded  # a release that names no floor: version 1 is what there is
    params, (status,) = effective_parameters(
        paths, today=TODAY, floors={"example-2026-contribution": 2}
    )
    assert status.state == "refused"
    assert (
        "pack.yaml: version 1 of 'example-2026-contribution' is older than version 2, the "
        "lowest this release accepts" in (status.reason or "")
    )
    assert resident_2026(params) is None  # the built-in "not yet known", not 999
    install(tmp_path / "cfg", _version_2(tmp_path), "jx-v2")
    params, statuses = effective_parameters(
        [*paths, tmp_path / "cfg" / "packs" / "jx-v2"],
        today=TODAY,
        floors={"example-2026-contribution": 2},
    )
    assert [s.state for s in statuses] == ["refused", "loaded"]
    assert resident_2026(params) == Decimal(888)


def test_the_floor_is_read_from_the_release_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    assert minimum_versions() == {}  # what this release ships
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    (copy / VERSIONS_FILE).write_text(
        "minimum_versions:\n  example-2026-contribution: 2\n", "utf-8"
    )
    monkeypatch.setenv(RESOURCES_ENV, str(copy))
    assert minimum_versions() == {"example-2026-contribution": 2}
    install(tmp_path / "cfg", EXAMPLE)
    _, (status,) = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert "older than version 2" in (status.reason or "")
    (copy / VERSIONS_FILE).write_text("minimum_versions:\n  x: 0720\n", "utf-8")
    with pytest.raises(PackRefused.__mro__[1], match=r"pack-versions\.yaml: '0720'"):
        load_effective_parameters(tmp_path / "cfg", today=TODAY)


# --------------------------------------------------------------------------- issue 16: cases

CASE_2026 = {"year": 2026, "person": {"scheme": "resident"}}


def with_case(tmp_path: Path, expected: str, figure: str = "999", name: str = "pack") -> Path:
    """The example pack with a known-answer case that expects `expected` as the contribution,
    and `figure` as its resident contribution."""
    pack = pack_copy(tmp_path, name)
    write_contrib(pack, "value: 999", f"value: {figure}")
    (pack / "checks").mkdir()
    (pack / "checks" / "01-resident-2026.json").write_text(
        json.dumps(
            {
                "name": "a resident's 2026 contribution",
                "hand": ["the notice's figure for 2026: 999 yuan"],
                "case": CASE_2026,
                "expected": {"premium": {"available": True, "contribution": expected}},
            }
        ),
        "utf-8",
    )
    remake(pack)
    return pack


def test_a_pack_whose_own_cases_hold_loads(tmp_path: Path) -> None:
    pack = with_case(tmp_path, "999.00")
    assert check_pack(pack, today=TODAY).version == 1
    install(tmp_path / "cfg", pack)
    params, (status,) = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert status.loaded and resident_2026(params) == Decimal(999)


def test_a_pack_with_a_wrong_figure_for_its_own_cases_is_refused_naming_it(
    tmp_path: Path,
) -> None:
    pack = with_case(tmp_path, "999.00", figure="990")
    msg = refusal(pack)
    assert msg == (
        f"{pack}: checks/01-resident-2026.json: the pack's figures do not give its own known "
        "answers: premium.contribution: expected '999.00', got '990.00'"
    )
    install(tmp_path / "cfg", pack)
    params, (status,) = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert status.state == "refused" and "checks/01-resident-2026.json" in status.line()
    assert params is load_parameters()
    listed = run(["packs", "list"], tmp_path / "cfg")
    assert listed.returncode == 1
    assert "example-2026-contribution v1: refused: checks/01-resident-2026.json" in listed.stdout
    checked = run(["packs", "check", str(pack)], tmp_path / "cfg")
    assert checked.returncode == 2 and "do not give its own known answers" in checked.stderr
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE_2026), "utf-8")
    done = run(["calc", str(case)], tmp_path / "cfg")
    assert "parameter pack refused: " in done.stderr and "checks/01-resident" in done.stderr
    assert '"contribution": "990.00"' not in done.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "checks/01.json: not valid JSON"),
        ('{"case": {"year": 2025}, "expected": {"x": 1}}', "year (2025) is not one the pack"),
        ('{"case": {"year": 2026}}', "a known-answer case has a 'case' and what it 'expected'"),
    ],
)
def test_a_malformed_case_is_refused(tmp_path: Path, text: str, expected: str) -> None:
    pack = pack_copy(tmp_path)
    (pack / "checks").mkdir()
    (pack / "checks" / "01.json").write_text(text, "utf-8")
    remake(pack)
    assert expected in refusal(pack)
