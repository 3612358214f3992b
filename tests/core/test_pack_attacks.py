"""Issue 11, packs: what an attacker, a careless issuer or a per-user folder gets — refused, with
a message naming the pack — and the figures of an administrator's pack stay in force.

Every pack here is made from tests/core/fixtures/packs/example-2026 (FICTIONAL figures: 999 yuan)
and, unless the test is about signatures, signed with the test key, which the suite alone trusts.
"""

from __future__ import annotations

import os
import stat
import time
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support.packs import (
    CONTRIB,
    EXAMPLE,
    TEST_PRIVATE_KEY,
    TEST_PUBLIC_KEY,
    TODAY,
    edit_yaml,
    install,
    pack_copy,
    refusal,
    remake,
)

from jxdesk.core.parameters import load_parameters
from jxdesk.core.parameters.pack_tool import main, sign_pack
from jxdesk.core.parameters.packs import (
    CONFIG_ENV,
    MANIFEST,
    check_pack,
    load_effective_parameters,
    make_manifest,
)
from jxdesk.core.parameters.signing import SIGNATURE, TRUST_ENV, read_public_key, trusted_keys
from jxdesk.core.resources import resources_dir

RESIDENT = "premium.contribution.resident"
DAY_2026 = date(2026, 1, 1)


@pytest.fixture(autouse=True)
def _no_installed_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "empty-config"))


def resident_2026(params: Any) -> Decimal | None:
    value: Decimal | None = params.at(DAY_2026).maybe(RESIDENT)
    return value


def set_resident(pack: Path, value: Any) -> None:
    edit_yaml(
        pack / CONTRIB,
        lambda d: d[RESIDENT.rsplit(".", 1)[1]]["values"][DAY_2026].update(value=value),
    )


# --------------------------------------------------------------------------- signatures


def test_the_fixture_pack_is_signed_by_the_test_key() -> None:
    info = check_pack(EXAMPLE, today=TODAY)
    assert info.signer.startswith("jxdesk-test ") and TRUST_ENV in info.signer


def test_an_unsigned_pack_is_refused_naming_the_pack(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / SIGNATURE).unlink()
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: pack.sig: missing: the pack is not signed")


def test_the_forged_manifest_of_the_issue_is_refused(tmp_path: Path) -> None:
    """The attack of issue 11: edit a figure, recompute the SHA-256 manifest by hand, make it
    version 2 — and keep the real signature. It used to load and supersede the real pack."""
    forged = pack_copy(tmp_path, "forged")
    signature = (forged / SIGNATURE).read_bytes()
    set_resident(forged, 1)
    edit_yaml(forged / MANIFEST, lambda d: d.update(version=2))
    make_manifest(forged)
    (forged / SIGNATURE).write_bytes(signature)
    assert "pack.sig: the signature does not match pack.yaml" in refusal(forged)

    install(tmp_path / "cfg", EXAMPLE, "a-real")
    install(tmp_path / "cfg", forged, "b-forged")
    params, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert [s.state for s in statuses] == ["loaded", "refused"]
    assert statuses[1].line().startswith(str(tmp_path / "cfg" / "packs" / "b-forged"))
    assert resident_2026(params) == Decimal(999)


def test_a_manifest_rewritten_without_its_signature_is_refused(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    set_resident(pack, 1)
    make_manifest(pack)  # drops the signature, which was for the old manifest
    assert "pack.sig: missing" in refusal(pack)


def test_a_pack_signed_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    assert main(["keygen", "intruder", "--out", str(tmp_path / "keys")], today=TODAY) == 0
    pack = pack_copy(tmp_path)
    set_resident(pack, 1)
    remake(pack, tmp_path / "keys" / "intruder.private.pem")
    kid = read_public_key(tmp_path / "keys" / "intruder.pub.pem").key_id
    assert f"pack.sig: signed with key {kid}, which this release does not trust" in refusal(pack)


@pytest.mark.parametrize(
    "text",
    [b"", b"\xff\xfe garbage", b"jxdesk-pack-signature/1\nkey: x\nsignature: !!!\n", b"a" * 5000],
    ids=["empty", "binary", "bad-base64", "huge"],
)
def test_a_malformed_signature_is_refused(tmp_path: Path, text: bytes) -> None:
    pack = pack_copy(tmp_path)
    (pack / SIGNATURE).write_bytes(text)
    assert "pack.sig: not a pack signature" in refusal(pack)


def test_without_the_override_the_test_key_is_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TRUST_ENV)
    assert "which this release does not trust" in refusal(EXAMPLE)


def test_the_release_trusts_no_test_key_and_ships_no_private_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(TRUST_ENV)
    test_id = read_public_key(TEST_PUBLIC_KEY).key_id
    release = trusted_keys()
    assert release and test_id not in release
    assert all(not k.added for k in release.values())
    for f in resources_dir().rglob("*"):
        if f.is_file() and f.suffix in (".pem", ".key", ".txt", ".md", ".yaml", ".json"):
            assert b"PRIVATE KEY" not in f.read_bytes(), f
    for f in (p for p in EXAMPLE.rglob("*") if p.is_file()):
        assert b"PRIVATE KEY" not in f.read_bytes(), f


def test_keygen_sign_and_trust_a_new_office_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys"
    assert main(["keygen", "office-2027", "--out", str(keys)], today=TODAY) == 0
    private = keys / "office-2027.private.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert main(["keygen", "office-2027", "--out", str(keys)], today=TODAY) == 2  # never overwrites
    pack = pack_copy(tmp_path)
    zipped = tmp_path / "pack.zip"
    assert (
        main(["make", str(pack), "--zip", str(zipped)], today=TODAY) == 0
    )  # checksums only, not signed
    assert "not signed yet" in capsys.readouterr().out
    assert main(["check", str(zipped)], today=TODAY) == 2
    monkeypatch.setenv(TRUST_ENV, str(keys / "office-2027.pub.pem"))
    assert main(["sign", str(zipped), "--key", str(private)], today=TODAY) == 0
    assert f"signed: {zipped}" in capsys.readouterr().out
    assert check_pack(zipped, today=TODAY).signer.startswith("office-2027 ")


def test_the_list_command_warns_when_keys_are_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    assert main(["list", "--config-dir", str(tmp_path / "cfg")], today=TODAY) == 0
    out = capsys.readouterr().out
    assert f"warning: ${TRUST_ENV} adds trusted keys" in out
    assert "loaded" in out and "signed by jxdesk-test" in out


# --------------------------------------------------------------------------- the administrator


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(machine-wide, per-user) configuration folders of a Linux machine."""
    monkeypatch.delenv(CONFIG_ENV)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    return tmp_path / "etc" / "jxdesk", tmp_path / "home" / "jxdesk"


def test_a_per_user_version_2_never_overrides_the_machine_wide_pack(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    machine, personal = folders
    v2 = pack_copy(tmp_path, "v2")
    set_resident(v2, 1)
    edit_yaml(v2 / MANIFEST, lambda d: d.update(version=2))
    remake(v2)  # even properly signed
    install(machine, EXAMPLE)
    install(personal, v2)
    params, statuses = load_effective_parameters(today=TODAY)
    assert resident_2026(params) == Decimal(999)
    by_state = {s.state: s for s in statuses}
    assert set(by_state) == {"loaded", "refused"}
    assert "is installed machine-wide" in (by_state["refused"].reason or "")
    assert "a per-user pack never replaces it" in (by_state["refused"].reason or "")


def test_a_per_user_pack_whose_name_sorts_first_does_not_replace_the_figure(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    machine, personal = folders
    early = pack_copy(tmp_path, "early")
    set_resident(early, 1)
    edit_yaml(early / MANIFEST, lambda d: d.update(name="aaa-2026"))
    remake(early)
    install(machine, EXAMPLE)
    install(personal, early)
    params, statuses = load_effective_parameters(today=TODAY)
    assert resident_2026(params) == Decimal(999)
    refused = next(s for s in statuses if s.state == "refused")
    assert refused.info is not None and refused.info.name == "aaa-2026"
    assert ": 2026 is already set by pack 'example-2026-contribution'" in (refused.reason or "")


def test_a_per_user_pack_alone_counts_for_calc_but_not_machine_only(
    folders: tuple[Path, Path],
) -> None:
    """A home PC: `jxdesk calc` reads a (signed) per-user pack; the counter and the kiosk
    (user=False) never do."""
    _, personal = folders
    install(personal, EXAMPLE)
    assert resident_2026(load_effective_parameters(today=TODAY)[0]) == Decimal(999)
    params, statuses = load_effective_parameters(user=False, today=TODAY)
    assert statuses == [] and resident_2026(params) is None


# --------------------------------------------------------------------------- figures in bounds


def _leaf(unit: str, value: str, name: str = "resident") -> str:
    return (
        f"{name}:\n  label: x\n  unit: {unit}\n  values:\n    2026-01-01:\n"
        f"      value: {value}\n      source: {{document: example-2026-notice}}\n"
    )


@pytest.mark.parametrize(
    ("file", "text", "expected"),
    [
        (CONTRIB, _leaf("CNY", "-1"), "must not be negative, got -1"),
        (CONTRIB, _leaf("CNY", "1e400"), "a figure must be a plain number, got str '1e400'"),
        (CONTRIB, _leaf("CNY", "1.0e+400"), "'1.0e+400' is not a plain form"),
        (CONTRIB, _leaf("CNY", "720.001"), "money has at most two decimals"),
        (CONTRIB, _leaf("CNY", '"720"'), "a figure must be a plain number"),
        (CONTRIB, _leaf("CNY", "true"), "a figure must be a plain number"),
        (CONTRIB, _leaf("CNY", ".inf"), "'.inf' is not a plain form"),
        (CONTRIB, _leaf("CNY", "null\n      note: unknown"), "null: a pack sets figures"),
        (
            "parameters/medical/employee/inpatient.yaml",
            _leaf("CNY", "-5", "maximum"),
            "medical.employee.inpatient.maximum: 2026-01-01: must not be negative, got -5",
        ),
        (
            "parameters/medical/employee/inpatient.yaml",
            _leaf("rate", "1.5", "upper_band_rate"),
            "a rate must lie between 0 and 1, got 1.5",
        ),
        (
            "parameters/medical/employee/inpatient.yaml",
            _leaf("rate", "-0.1", "upper_band_rate"),
            "a rate must lie between 0 and 1, got -0.1",
        ),
        (
            "parameters/fertility/maternity.yaml",
            _leaf("days", "98.5", "national_leave_days"),
            "must be a whole number of days",
        ),
    ],
    ids=[
        "negative-money",
        "1e400",
        "1.0e+400",
        "tenth-of-a-fen",
        "quoted",
        "boolean",
        "infinite",
        "null",
        "maximum-below-0",
        "rate-above-1",
        "rate-below-0",
        "half-a-day",
    ],
)
def test_a_signed_pack_with_an_impossible_figure_is_refused(
    tmp_path: Path, file: str, text: str, expected: str
) -> None:
    pack = pack_copy(tmp_path)
    (pack / CONTRIB).unlink()
    (pack / file).parent.mkdir(parents=True, exist_ok=True)
    (pack / file).write_text(text, "utf-8")
    remake(pack)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: {file}: ") and expected in msg


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(years=[2025]), "years: 2025 is already in force in the built-in"),
        (
            lambda d: d.update(years=[TODAY.year + 3]),
            f"{TODAY.year + 3} is more than 2 years ahead",
        ),
        (
            lambda d: d.update(issued=TODAY + timedelta(days=1)),
            "lies in the future: a pack is issued before use",
        ),
    ],
    ids=["rewrites-2025", "three-years-ahead", "issued-tomorrow"],
)
def test_a_signed_pack_with_impossible_dates_is_refused(
    tmp_path: Path, change: Any, expected: str
) -> None:
    pack = pack_copy(tmp_path)
    edit_yaml(pack / MANIFEST, change)
    sign_pack(pack, TEST_PRIVATE_KEY)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: pack.yaml: ") and expected in msg


def test_a_pack_value_dated_2025_is_refused_even_when_listed(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    edit_yaml(pack / MANIFEST, lambda d: d.update(years=[2025, 2026]))
    remake(pack)
    assert "2025 is already in force in the built-in figures" in refusal(pack)


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            z.writestr(name, data)
    return path


def _entries() -> list[tuple[str, bytes]]:
    return [
        (f.relative_to(EXAMPLE).as_posix(), f.read_bytes())
        for f in sorted(EXAMPLE.rglob("*"))
        if f.is_file()
    ]


def test_two_zip_entries_with_one_name_are_refused(tmp_path: Path) -> None:
    forged = (CONTRIB, (EXAMPLE / CONTRIB).read_bytes().replace(b"999", b"1"))
    with pytest.warns(UserWarning, match="Duplicate name"):
        pack = _zip(tmp_path / "twice.zip", [*_entries(), forged])
    assert f"{CONTRIB}: two entries named so: a pack holds each file once" in refusal(pack)


def test_two_manifests_are_refused(tmp_path: Path) -> None:
    inner = [(f"inner/{n}", data) for n, data in _entries()]
    pack = _zip(tmp_path / "two.zip", [*_entries(), *inner])
    assert "inner/pack.sig: a second pack.sig" in refusal(pack)
    folder = pack_copy(tmp_path)
    (folder / "Pack.yaml").write_bytes((folder / MANIFEST).read_bytes())
    assert "pack.yaml: two entries named so (and Pack.yaml)" in refusal(folder)


# --------------------------------------------------------------------------- safe to parse


def _alias_bomb(levels: int) -> str:
    """The issue's 1,011-byte pack file: 9 aliases per level, 9**levels nodes once expanded."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n" + _leaf("CNY", "720")


@pytest.mark.parametrize("signed", [True, False], ids=["signed", "unsigned"])
def test_an_alias_bomb_is_refused_at_once(tmp_path: Path, signed: bool) -> None:
    pack = pack_copy(tmp_path)
    (pack / CONTRIB).write_text(_alias_bomb(8), "utf-8")
    make_manifest(pack)
    if signed:
        sign_pack(pack, TEST_PRIVATE_KEY)
    install(tmp_path / "cfg", pack)
    start = time.perf_counter()
    params, (status,) = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0  # was 51.6 s; measured here: about 0.01 s
    assert status.state == "refused" and params is load_parameters()
    if signed:
        assert "YAML anchors and aliases (& and *) are not allowed" in (status.reason or "")
        assert CONTRIB in (status.reason or "")
    else:
        assert "pack.sig: missing" in (status.reason or "")  # not even parsed


def test_995_nested_groups_are_refused_not_a_recursion_error(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    deep = "g: {" * 995 + "x: 1" + "}" * 995 + "\n"  # 995 groups, each in the one before
    (pack / CONTRIB).write_text(deep, "utf-8")
    remake(pack)
    msg = refusal(pack)
    assert f"{CONTRIB}: nested more than 24 levels deep" in msg


def test_a_flow_nested_bomb_is_refused(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / CONTRIB).write_text("x: " + "[" * 5000 + "]" * 5000 + "\n", "utf-8")
    remake(pack)
    assert "nested more than 24 levels deep" in refusal(pack)


def test_a_huge_parameter_file_is_refused(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    text = (pack / CONTRIB).read_text("utf-8") + "# padding\n" * 60_000
    (pack / CONTRIB).write_text(text, "utf-8")
    remake(pack)
    assert f"{CONTRIB}: too large for a parameter file" in refusal(pack)


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / CONTRIB).write_text("x: [" + "1," * 60_000 + "1]\n", "utf-8")
    remake(pack)
    assert f"{CONTRIB}: too many entries for a parameter file" in refusal(pack)


def test_a_key_written_twice_is_refused(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys silently: `value: 999` then `value: 1`."""
    pack = pack_copy(tmp_path)
    text = (pack / CONTRIB).read_text("utf-8")
    (pack / CONTRIB).write_text(text.replace("value: 999", "value: 999\n      value: 1"), "utf-8")
    remake(pack)
    assert "'value' is written twice in one mapping" in refusal(pack)


def test_too_many_files_are_refused(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / "attachments").mkdir()
    for i in range(501):
        (pack / "attachments" / f"{i}.txt").write_text("x", "utf-8")
    assert "too large for a parameter pack" in refusal(pack)


def test_the_issue_timings_hold_for_calc(tmp_path: Path) -> None:
    """7 alias levels made every `calc` take 5 s: now the pack is refused and calc is fast."""
    import subprocess
    import sys

    pack = pack_copy(tmp_path)
    (pack / CONTRIB).write_text(_alias_bomb(7), "utf-8")
    remake(pack)
    install(tmp_path / "cfg", pack)
    case = tmp_path / "case.json"
    case.write_text('{"year": 2026, "person": {"scheme": "resident"}}', "utf-8")
    env = dict(os.environ, **{CONFIG_ENV: str(tmp_path / "cfg")})
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", str(case)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert time.perf_counter() - start < 4.0
    assert done.returncode == 0, done.stderr
    assert "parameter pack refused" in done.stderr and "anchors and aliases" in done.stderr
