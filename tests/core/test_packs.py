"""Parameter packs: a valid pack turns on the years it covers; anything doubtful is refused.

The pack in fixtures/packs/example-2026 carries FICTIONAL 2026 figures (999 yuan): it exists only
to show that a pack, not a code change, turns on the 2026 premium estimate.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support.compare import golden_files, load_golden
from support.packs import TODAY, edit_yaml

from jxdesk.core.api import estimate_json
from jxdesk.core.parameters import load_parameters
from jxdesk.core.parameters.pack_tool import main, sign_pack
from jxdesk.core.parameters.packs import (
    CONFIG_ENV,
    MANIFEST,
    PackRefused,
    check_pack,
    config_dirs,
    install_pack,
    load_effective_parameters,
    make_manifest,
    pack_dirs,
)

EXAMPLE = Path(__file__).parent / "fixtures" / "packs" / "example-2026"
#: the test key's private half (public in the repository: the suite alone trusts it, through
#: $JXDESK_TRUST_KEYS set in tests/conftest.py)
TEST_PRIVATE_KEY = Path(__file__).parent / "fixtures" / "keys" / "jxdesk-test.private.pem"
CONTRIB = "parameters/premium/contribution.yaml"

CASE_2026: dict[str, Any] = {
    "year": 2026,
    "person": {"scheme": "resident", "medical_aid": "minimum_living"},
    "children": [{"birth_date": "2025-06-01", "order": 2}],
}


@pytest.fixture(autouse=True)
def _no_installed_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the packs of the machine it runs on."""
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "empty-config"))


def install(config: Path, pack: Path, name: str | None = None) -> Path:
    dest = config / "packs" / (name or pack.name)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if pack.is_dir():
        shutil.copytree(pack, dest)
    else:
        shutil.copyfile(pack, dest)
    return dest


def pack_copy(tmp_path: Path, name: str = "pack") -> Path:
    dest = tmp_path / name
    shutil.copytree(EXAMPLE, dest)
    return dest


def remake(pack: Path) -> None:
    """What the issuing office does after editing a pack: new checksums, signed again."""
    make_manifest(pack)
    sign_pack(pack, TEST_PRIVATE_KEY)


def refusal(pack: Path) -> str:
    with pytest.raises(PackRefused) as exc:
        check_pack(pack, today=TODAY)
    return str(exc.value)


# --------------------------------------------------------------------------- the feature


def test_the_example_pack_is_valid_and_marked_fictional() -> None:
    info = check_pack(EXAMPLE, today=TODAY)
    assert info.years == (2026,)
    assert "虚构" in info.title
    assert info.parameters == (
        "premium.contribution.long_term_care_part",
        "premium.contribution.resident",
        "premium.contribution.student",
    )
    assert len(info.fingerprint) == 16


def test_without_a_pack_2026_premium_is_not_available() -> None:
    params, statuses = load_effective_parameters(today=TODAY)
    assert statuses == [] and params is load_parameters()
    result = estimate_json(CASE_2026, params)
    assert result["premium"]["available"] is False
    assert result["premium"]["total"] == "0.00"


def test_a_2026_pack_turns_on_the_2026_premium_estimate(tmp_path: Path) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    params, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert [s.state for s in statuses] == ["loaded"]
    result = estimate_json(CASE_2026, params)
    premium = result["premium"]
    assert premium["available"] is True
    assert premium["contribution"] == "999.00"
    # the person on 低保 has the contribution paid in full; the second child half of it
    amounts = {i["who"]: i["amount"] for i in premium["items"]}
    assert amounts == {"person": "999.00", "child:0": "499.50"}
    assert premium["total"] == "1498.50"


def test_the_pack_follows_its_figure(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    edit_yaml(
        pack / CONTRIB, lambda d: d["resident"]["values"][date(2026, 1, 1)].update(value=1234)
    )
    remake(pack)
    install(tmp_path / "cfg", pack)
    params, _ = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    premium = estimate_json(CASE_2026, params)["premium"]
    assert premium["contribution"] == "1234.00"
    assert {i["who"]: i["amount"] for i in premium["items"]}["child:0"] == "617.00"


def test_the_env_var_names_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "cfg"))
    assert config_dirs() == [tmp_path / "cfg"]
    params, statuses = load_effective_parameters(today=TODAY)
    assert statuses[0].loaded
    assert estimate_json(CASE_2026, params)["premium"]["available"] is True


def test_a_pack_applies_only_to_the_years_it_covers(tmp_path: Path) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    params, _ = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    resident = params.leaves["premium.contribution.resident"]
    assert params.at(date(2025, 6, 1)).get("premium.contribution.resident") == Decimal(680)
    assert params.at(date(2026, 12, 31)).get("premium.contribution.resident") == Decimal(999)
    # 2027 is not covered: the built-in "not yet known" applies again
    assert params.at(date(2027, 1, 1)).maybe("premium.contribution.resident") is None
    assert [d.pack for d in resident.history] == [None, "example-2026-contribution", None]
    later = dict(CASE_2026, year=2027)
    assert estimate_json(later, params)["premium"]["available"] is False


def test_a_contribution_pack_changes_nothing_else(tmp_path: Path) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    params, _ = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    for path in golden_files():
        case = load_golden(path)["case"]
        with_pack, without = estimate_json(case, params), estimate_json(case)
        if case["year"] != 2026:
            assert with_pack == without, path
        for section in ("medical", "fertility"):
            assert with_pack[section] == without[section], path


def test_the_built_in_parameters_are_not_modified(tmp_path: Path) -> None:
    before = list(load_parameters().leaves["premium.contribution.resident"].history)
    install(tmp_path / "cfg", EXAMPLE)
    load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert load_parameters().leaves["premium.contribution.resident"].history == before
    assert load_parameters().packs == ()


def test_the_pack_is_shown_with_its_documents_dates_and_source(tmp_path: Path) -> None:
    install(tmp_path / "cfg", EXAMPLE)
    params, _ = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert params.packs == ("example-2026-contribution",)
    (info,) = params.pack_info
    line = info.summary()
    for text in ("第1版", "适用2026年", "2025-06-01", info.source, info.fingerprint):
        assert text in line
    assert "example-2026-notice" in params.documents
    cite = params.at(date(2026, 1, 1)).cite("premium.contribution.resident")
    assert cite is not None and cite.document.key == "example-2026-notice"


def test_reading_the_config_folder_writes_nothing(tmp_path: Path) -> None:
    cfg = tmp_path / "cfg"
    install(cfg, EXAMPLE)
    (cfg / "packs" / "bad.yaml").write_text("x: 1", "utf-8")

    def state() -> list[tuple[str, int, int]]:
        return sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.rglob("*"))

    before = state()
    load_effective_parameters(cfg, today=TODAY)
    assert state() == before
    load_effective_parameters(tmp_path / "absent", today=TODAY)
    assert not (tmp_path / "absent").exists()


def test_zip_packs_load_with_or_without_a_top_folder(tmp_path: Path) -> None:
    flat = tmp_path / "flat.zip"
    nested = tmp_path / "nested.zip"
    with zipfile.ZipFile(flat, "w") as z, zipfile.ZipFile(nested, "w") as n:
        for f in sorted(EXAMPLE.rglob("*")):
            if f.is_file():
                rel = f.relative_to(EXAMPLE).as_posix()
                z.write(f, rel)
                n.write(f, f"example-2026/{rel}")
    assert (
        check_pack(flat, today=TODAY).name
        == check_pack(nested, today=TODAY).name
        == "example-2026-contribution"
    )


def test_a_newer_version_supersedes_an_older_one(tmp_path: Path) -> None:
    v2 = pack_copy(tmp_path, "v2")
    edit_yaml(v2 / MANIFEST, lambda d: d.update(version=2))
    edit_yaml(v2 / CONTRIB, lambda d: d["resident"]["values"][date(2026, 1, 1)].update(value=1000))
    remake(v2)
    install(tmp_path / "cfg", EXAMPLE, "a-v1")
    install(tmp_path / "cfg", v2, "b-v2")
    params, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert [(s.state, s.info and s.info.version) for s in statuses] == [
        ("superseded", 1),
        ("loaded", 2),
    ]
    assert params.at(date(2026, 1, 1)).get("premium.contribution.resident") == Decimal(1000)


def test_the_same_pack_twice_loads_once(tmp_path: Path) -> None:
    install(tmp_path / "cfg", EXAMPLE, "one")
    install(tmp_path / "cfg", EXAMPLE, "two")
    _, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert sorted(s.state for s in statuses) == ["loaded", "superseded"]


def test_machine_wide_and_per_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_ENV)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    assert pack_dirs() == [tmp_path / "etc/jxdesk/packs", tmp_path / "home/jxdesk/packs"]
    assert pack_dirs(user=False) == [tmp_path / "etc/jxdesk/packs"]
    install(tmp_path / "home/jxdesk", EXAMPLE)
    assert load_effective_parameters(today=TODAY)[1][0].loaded
    assert (
        load_effective_parameters(user=False, today=TODAY)[1] == []
    )  # a kiosk ignores per-user packs


def test_install_pack_checks_then_copies(tmp_path: Path) -> None:
    target = install_pack(EXAMPLE, tmp_path / "cfg", today=TODAY)
    assert target == tmp_path / "cfg/packs/example-2026-contribution-v1"
    assert load_effective_parameters(tmp_path / "cfg", today=TODAY)[1][0].loaded
    with pytest.raises(FileExistsError):
        install_pack(EXAMPLE, tmp_path / "cfg", today=TODAY)
    bad = pack_copy(tmp_path, "bad")
    (bad / "extra.txt").write_text("x", "utf-8")
    with pytest.raises(PackRefused):
        install_pack(bad, tmp_path / "cfg2", today=TODAY)
    assert not (tmp_path / "cfg2").exists()


def test_the_command_line_tool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = pack_copy(tmp_path)
    zipped = tmp_path / "pack.zip"
    key = str(TEST_PRIVATE_KEY)
    assert main(["make", str(pack), "--key", key, "--zip", str(zipped)], today=TODAY) == 0
    assert main(["check", str(zipped)], today=TODAY) == 0
    assert "example-2026-contribution" in capsys.readouterr().out
    install(tmp_path / "cfg", zipped)
    assert main(["list", "--config-dir", str(tmp_path / "cfg")], today=TODAY) == 0
    assert "loaded" in capsys.readouterr().out
    (pack / "extra.txt").write_text("x", "utf-8")
    assert main(["check", str(pack)], today=TODAY) == 2
    assert "extra.txt: not listed in pack.yaml" in capsys.readouterr().err
    install(tmp_path / "cfg", pack, "broken")
    assert main(["list", "--config-dir", str(tmp_path / "cfg")], today=TODAY) == 1


# --------------------------------------------------------------------------- every refusal


def test_refused_pack_leaves_the_built_in_parameters_in_force(tmp_path: Path) -> None:
    pack = install(tmp_path / "cfg", EXAMPLE)
    (pack / CONTRIB).write_text((pack / CONTRIB).read_text("utf-8").replace("999", "1"), "utf-8")
    params, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert params is load_parameters()
    (status,) = statuses
    assert status.state == "refused" and status.reason is not None
    assert "checksum mismatch" in status.reason
    assert estimate_json(CASE_2026, params)["premium"]["available"] is False


def test_refused_tampered_file(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    text = (pack / CONTRIB).read_text("utf-8")
    (pack / CONTRIB).write_text(text.replace("value: 999", "value: 99"), "utf-8")
    msg = refusal(pack)
    assert f"{CONTRIB}: checksum mismatch" in msg


def test_refused_partial_pack(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / "documents.yaml").unlink()
    assert "documents.yaml: listed in pack.yaml but missing" in refusal(pack)


def test_refused_truncated_file(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    data = (pack / CONTRIB).read_bytes()
    (pack / CONTRIB).write_bytes(data[: len(data) // 2])
    assert "checksum mismatch" in refusal(pack)


def test_refused_unlisted_file(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / "parameters" / "premium" / "support.yaml").write_text("x: 1\n", "utf-8")
    assert "parameters/premium/support.yaml: not listed in pack.yaml" in refusal(pack)


def test_refused_without_manifest(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / MANIFEST).unlink()
    assert "pack.yaml: missing" in refusal(pack)


def test_refused_manifest_not_yaml(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / MANIFEST).write_text("name: [unclosed\n", "utf-8")
    sign_pack(pack, TEST_PRIVATE_KEY)  # signed, and still refused: signing vouches, not checks
    assert "pack.yaml: not valid YAML" in refusal(pack)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("years"), "years: Field required"),
        (lambda d: d.update(years=[]), "years: list at least one year"),
        (lambda d: d.update(years=[2024]), "2024 is not a year"),
        (lambda d: d.update(format="something/2"), "format: Input should be"),
        (lambda d: d.update(name="Bad Name"), "name: use 1-64 lower-case"),
        (lambda d: d.update(version=0), "version: must be a whole number from 1 to 1000000, got 0"),
        (lambda d: d.update(source=" "), "source: must not be empty"),
        (lambda d: d.update(colour="red"), "colour: Extra inputs are not permitted"),
        (lambda d: d["files"].update({"../x.yaml": "0" * 64}), "../x.yaml: not a plain"),
        (lambda d: d["files"].update({"notes.txt": "0" * 64}), "notes.txt: a pack holds only"),
        (lambda d: d["files"].update({"documents.yaml": "abc"}), "64 lower-case hex digits"),
    ],
    ids=[
        "no-years",
        "empty-years",
        "year-before-2025",
        "format",
        "name",
        "version",
        "empty-source",
        "unknown-field",
        "path-escape",
        "unexpected-file",
        "bad-checksum-text",
    ],
)
def test_refused_manifest_schema(tmp_path: Path, change: Any, expected: str) -> None:
    pack = pack_copy(tmp_path)
    edit_yaml(pack / MANIFEST, change)
    sign_pack(pack, TEST_PRIVATE_KEY)
    msg = refusal(pack)
    assert msg.startswith(f"{pack}: pack.yaml: ")
    assert expected in msg


def refusal_after_edit(tmp_path: Path, file: str, change: Any) -> str:
    """Change a file, then re-make the manifest: the checksums are right, the content is not."""
    pack = pack_copy(tmp_path)
    edit_yaml(pack / file, change)
    remake(pack)
    return refusal(pack)


def test_refused_bad_yaml_in_a_parameter_file(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / CONTRIB).write_text("resident: {label: [\n", "utf-8")
    remake(pack)
    assert f"{CONTRIB}: not valid YAML" in refusal(pack)


def test_refused_schema_error_in_a_parameter_file(tmp_path: Path) -> None:
    def uncited(d: Any) -> None:
        d["resident"]["values"][date(2026, 1, 1)].pop("source")

    msg = refusal_after_edit(tmp_path, CONTRIB, uncited)
    assert "premium.contribution.resident" in msg and "needs its source" in msg


def test_refused_unknown_key_in_a_parameter_file(tmp_path: Path) -> None:
    msg = refusal_after_edit(tmp_path, CONTRIB, lambda d: d["resident"].update(colour="red"))
    assert "colour" in msg and "Extra inputs are not permitted" in msg


def test_refused_unknown_parameter_path(tmp_path: Path) -> None:
    def new_leaf(d: Any) -> None:
        d["pensioner"] = d["resident"]

    msg = refusal_after_edit(tmp_path, CONTRIB, new_leaf)
    assert f"{CONTRIB}: premium.contribution.pensioner: unknown parameter" in msg


def test_refused_unknown_parameter_file(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    shutil.move(pack / CONTRIB, pack / "parameters/premium/contributions.yaml")
    remake(pack)
    assert "premium.contributions.resident: unknown parameter" in refusal(pack)


def test_refused_unit_mismatch(tmp_path: Path) -> None:
    msg = refusal_after_edit(tmp_path, CONTRIB, lambda d: d["resident"].update(unit="days"))
    assert "unit 'days' differs from the built-in unit 'CNY'" in msg


def test_refused_table_for_a_figure(tmp_path: Path) -> None:
    def table(d: Any) -> None:
        d["resident"]["values"][date(2026, 1, 1)]["value"] = {"a": 1}

    assert "a table where the built-in parameter is a figure" in refusal_after_edit(
        tmp_path, CONTRIB, table
    )


def test_refused_table_with_other_keys(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / "parameters/premium/support.yaml").write_text(
        "child:\n  label: 子女参保补助比例\n  unit: rate\n  values:\n    2026-01-01:\n"
        '      value: {"1": 0.2, "2": 0.5}\n'
        "      source: {document: example-2026-notice}\n",
        "utf-8",
    )
    remake(pack)
    assert "table keys ['1', '2'] differ from the built-in keys ['1', '2', '3']" in refusal(pack)


def test_refused_value_outside_the_covered_years(tmp_path: Path) -> None:
    def later(d: Any) -> None:
        d["resident"]["values"][date(2027, 1, 1)] = d["resident"]["values"][date(2026, 1, 1)]

    msg = refusal_after_edit(tmp_path, CONTRIB, later)
    assert "2027-01-01 lies outside the years the pack covers (2026)" in msg


def test_refused_unknown_document(tmp_path: Path) -> None:
    def cite(d: Any) -> None:
        d["resident"]["values"][date(2026, 1, 1)]["source"]["document"] = "nowhere"

    assert "unknown document 'nowhere'" in refusal_after_edit(tmp_path, CONTRIB, cite)


def test_refused_redefined_built_in_document(tmp_path: Path) -> None:
    def clash(d: Any) -> None:
        d["jzf-2024-22"] = d["example-2026-notice"]

    msg = refusal_after_edit(tmp_path, "documents.yaml", clash)
    assert "documents.yaml: document 'jzf-2024-22' is already a built-in document" in msg


def test_refused_bad_document_entry(tmp_path: Path) -> None:
    msg = refusal_after_edit(
        tmp_path, "documents.yaml", lambda d: d["example-2026-notice"].pop("title")
    )
    assert "documents.yaml: document example-2026-notice: title: Field required" in msg


def test_refused_rate_out_of_range(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / "parameters/premium/support.yaml").write_text(
        "disabled:\n  label: 残疾人补助比例\n  unit: rate\n  values:\n    2026-01-01:\n"
        "      value: 1.5\n      source: {document: example-2026-notice}\n",
        "utf-8",
    )
    remake(pack)
    assert "a rate must lie between 0 and 1" in refusal(pack)


def test_refused_pack_without_parameters(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    (pack / CONTRIB).write_text("description: nothing here\n", "utf-8")
    remake(pack)
    assert "the pack sets no parameter" in refusal(pack)


def test_refused_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "pack.zip"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert "not a readable zip file" in refusal(fake)


def test_refused_single_yaml_file(tmp_path: Path) -> None:
    cfg = tmp_path / "cfg"
    (cfg / "packs").mkdir(parents=True)
    shutil.copyfile(EXAMPLE / CONTRIB, cfg / "packs" / "contribution.yaml")
    params, (status,) = load_effective_parameters(cfg, today=TODAY)
    assert params is load_parameters()
    assert status.state == "refused"
    assert status.reason is not None and "a single YAML file is not a pack" in status.reason


def test_refused_conflicting_packs(tmp_path: Path) -> None:
    other = pack_copy(tmp_path, "other")
    edit_yaml(other / MANIFEST, lambda d: d.update(name="zz-other-2026"))
    remake(other)
    install(tmp_path / "cfg", EXAMPLE)
    install(tmp_path / "cfg", other)
    params, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    by_name = {s.info.name: s for s in statuses if s.info}
    assert by_name["example-2026-contribution"].loaded
    refused = by_name["zz-other-2026"]
    assert refused.state == "refused" and refused.reason is not None
    assert "2026 is already set by pack 'example-2026-contribution'" in refused.reason
    assert params.packs == ("example-2026-contribution",)


def test_refused_same_name_and_version_with_other_contents(tmp_path: Path) -> None:
    twin = pack_copy(tmp_path, "twin")
    edit_yaml(twin / CONTRIB, lambda d: d["student"]["values"][date(2026, 1, 1)].update(value=1))
    remake(twin)
    install(tmp_path / "cfg", EXAMPLE, "a")
    install(tmp_path / "cfg", twin, "b")
    _, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    assert [s.state for s in statuses] == ["loaded", "refused"]
    assert "same name and version" in (statuses[1].reason or "")


def test_a_refused_pack_is_reported_once_with_its_location(tmp_path: Path) -> None:
    pack = install(tmp_path / "cfg", EXAMPLE)
    (pack / "stray.txt").write_text("x", "utf-8")
    _, statuses = load_effective_parameters(tmp_path / "cfg", today=TODAY)
    (status,) = statuses
    assert status.location == str(pack)
    assert status.line().startswith(str(pack))
    json.dumps([status.line()])  # plain text, ready for the GUI and logs
