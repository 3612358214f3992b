"""The compiled parameters (resources/parameters.compiled.json, jxdesk.core.parameters.compiled).

They must be the YAML tree exactly (every field, every type), be used only while every YAML
file is byte for byte what they were made from, leave every damaged install to the YAML path
(which names the file, as before), and be current in the repository. A start with no pack
installed must not import PyYAML, pydantic, zipfile, hashlib or cryptography; one with a pack
still checks its signature.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.damage import DAMAGES, INPATIENT, PARAMETER_DAMAGES, damaged_copy
from support.packs import EXAMPLE, install, pack_copy, remake

from jxdesk.core.parameters import loader
from jxdesk.core.parameters.common import ParameterError
from jxdesk.core.parameters.compiled import (
    COMMAND,
    COMPILED_FILE,
    compiled_text,
    decode,
    encode,
    load_compiled,
    main,
)
from jxdesk.core.parameters.loader import load_parameters, load_tree
from jxdesk.core.parameters.packs import CONFIG_ENV
from jxdesk.core.parameters.tree import Citation, Dated, Document, Leaf, ParameterSet
from jxdesk.core.resources import RESOURCES_ENV, resources_dir

RESOURCES = resources_dir()
UPPER_BAND = "medical.employee.inpatient.upper_band_rate"
#: what a start with no pack must not import (each costs milliseconds; see docs/parameters.md)
HEAVY = ("yaml", "pydantic", "pydantic_core", "zipfile", "hashlib", "cryptography")


@pytest.fixture
def fresh_load(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`load_parameters` is cached per process: start each test from nothing, and end so."""
    loader.load_parameters.cache_clear()
    yield
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    loader.load_parameters.cache_clear()


def copy_of_resources(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(RESOURCES, root)
    return root


# --------------------------------------------------------------------------- exactly the YAML


def same_document(a: Document, b: Document) -> None:
    for name in ("key", "number", "title", "cite_prefix", "reliability", "note"):
        x, y = getattr(a, name), getattr(b, name)
        assert type(x) is type(y) and x == y, (a.key, name, x, y)
    for name in ("issued", "effective"):
        x, y = getattr(a, name), getattr(b, name)
        assert type(x) is type(y) and x == y, (a.key, name, x, y)
        assert x is None or type(x) is date


def same_value(path: str, x: Any, y: Any) -> None:
    assert type(x) is type(y), (path, x, y)
    if isinstance(x, dict):
        assert list(x) == list(y), path  # the same keys, in the same order
        for key in x:
            same_value(f"{path}[{key}]", x[key], y[key])
    elif x is not None:
        assert type(x) is Decimal
        assert x.as_tuple() == y.as_tuple(), (path, x, y)  # 0.90 stays 0.90, not 0.9


def same_citation(path: str, a: Citation | None, b: Citation | None) -> None:
    assert (a is None) == (b is None), path
    if a is None or b is None:
        return
    same_document(a.document, b.document)
    assert (a.article, a.since, a.note) == (b.article, b.since, b.note), path
    assert type(a.since) is type(b.since) is date
    assert a.short == b.short


def same_dated(path: str, a: Dated, b: Dated) -> None:
    assert type(a.since) is type(b.since) is date and a.since == b.since, path
    same_value(path, a.value, b.value)
    same_citation(path, a.citation, b.citation)
    assert (a.note, a.pack) == (b.note, b.pack) and a.pack is None, path


def same_leaf(a: Leaf, b: Leaf) -> None:
    assert (a.path, a.label, a.unit, a.origin) == (b.path, b.label, b.unit, b.origin)
    assert len(a.history) == len(b.history), a.path
    for x, y in zip(a.history, b.history, strict=True):
        same_dated(a.path, x, y)


def same_set(compiled: ParameterSet, yaml_set: ParameterSet) -> None:
    assert list(compiled.documents) == list(yaml_set.documents)
    for key, doc in yaml_set.documents.items():
        same_document(compiled.documents[key], doc)
    assert list(compiled.leaves) == list(yaml_set.leaves)  # same leaves, same order
    for path, leaf in yaml_set.leaves.items():
        same_leaf(compiled.leaves[path], leaf)
    assert (compiled.packs, compiled.pack_info) == (yaml_set.packs, yaml_set.pack_info) == ((), ())
    # and the value classes' own equality agrees
    assert compiled.leaves == yaml_set.leaves and compiled.documents == yaml_set.documents


def test_the_compiled_parameters_are_the_yaml_ones_field_by_field() -> None:
    compiled = load_compiled(RESOURCES)
    assert compiled is not None, f"{COMPILED_FILE} is stale or damaged: run `{COMMAND}`"
    yaml_set = load_tree(RESOURCES / "parameters")
    same_set(compiled, yaml_set)
    # every kind of value is there to compare: figures, tables, nulls, notes, citations
    kinds = {type(d.value) for leaf in yaml_set for d in leaf.history}
    assert kinds == {Decimal, dict, type(None)}
    assert any(d.note for leaf in yaml_set for d in leaf.history)
    assert any(d.citation and d.citation.note for leaf in yaml_set for d in leaf.history)
    assert any(d.issued is None for d in yaml_set.documents.values())
    # the citation's document is the set's own Document, as load_tree makes it
    for leaf in compiled:
        for d in leaf.history:
            if d.citation is not None:
                assert d.citation.document is compiled.documents[d.citation.document.key]


figures = st.decimals(allow_nan=False, allow_infinity=False, places=None)
values = st.one_of(
    st.none(), figures, st.dictionaries(st.text(min_size=1, max_size=8), figures, max_size=4)
)
texts = st.one_of(st.none(), st.text(max_size=12))


@st.composite
def parameter_sets(draw: st.DrawFn) -> ParameterSet:
    """Any tree load_tree could make: Decimals of every exponent (1E+6, -0, 0.000001),
    tables, nulls, notes, citations or none, odd characters in every text."""
    doc = Document(
        draw(st.text(min_size=1, max_size=8)),
        draw(st.text(max_size=12)),
        draw(st.text(max_size=12)),
        draw(st.one_of(st.none(), st.dates())),
        draw(st.one_of(st.none(), st.dates())),
        draw(st.text(max_size=4)),
        draw(st.sampled_from(["official", "secondary", "interpretation"])),
        draw(texts),
    )
    leaves = {}
    for i in range(draw(st.integers(1, 4))):
        history = []
        for day in sorted(draw(st.sets(st.dates(), min_size=1, max_size=3))):
            cited = draw(st.booleans())
            citation = Citation(doc, draw(texts), day, draw(texts)) if cited else None
            history.append(Dated(day, draw(values), citation, draw(texts)))
        path = f"group.leaf{i}"
        leaves[path] = Leaf(path, draw(st.text(max_size=12)), "CNY", "parameters/g.yaml", history)
    return ParameterSet(leaves, {doc.key: doc})


@settings(max_examples=200, deadline=None)
@given(parameter_sets())
def test_encode_then_decode_through_json_gives_the_same_set(params: ParameterSet) -> None:
    text = json.dumps(encode(params), ensure_ascii=False, indent=1)
    same_set(decode(json.loads(text)), params)


def test_the_snapshots_agree_on_every_figure_and_article() -> None:
    compiled = load_compiled(RESOURCES)
    assert compiled is not None
    yaml_set = load_tree(RESOURCES / "parameters")
    for day in (date(2024, 12, 31), date(2025, 1, 1), date(2025, 7, 1), date(2026, 1, 1)):
        a, b = compiled.at(day), yaml_set.at(day)
        for path in yaml_set.leaves:
            assert a.has(path) == b.has(path), (day, path)
            assert a.article(path) == b.article(path), (day, path)
            if b.has(path):
                same_value(path, a._values[path], b._values[path])


def test_the_committed_compiled_file_is_current() -> None:
    committed = (RESOURCES / COMPILED_FILE).read_text("utf-8")
    assert committed == compiled_text(RESOURCES), (
        f"resources/{COMPILED_FILE} is stale: a parameter YAML file changed without it. Run\n"
        f"    {COMMAND}\n"
        "and commit the result. (The app still gives correct figures meanwhile: it reads the "
        "YAML when the compiled file does not match it, only more slowly.)"
    )


def test_an_intact_install_uses_the_compiled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_load: None
) -> None:
    root = copy_of_resources(tmp_path)
    os.utime(root / INPATIENT, (0, 0))  # times do not matter, only bytes
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    params = load_parameters()
    same_set(params, load_tree(root / "parameters"))
    assert load_compiled(root) is not None


# --------------------------------------------------------------------------- when it does not match


def edit(root: Path, rel: str, old: str, new: str) -> None:
    f = root / rel
    text = f.read_text("utf-8")
    assert old in text
    f.write_text(text.replace(old, new, 1), "utf-8")


def test_an_edited_figure_is_read_from_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_load: None
) -> None:
    """A figure changed without regenerating: the right (new) figure, from the YAML."""
    root = copy_of_resources(tmp_path)
    edit(root, INPATIENT, "      value: 0.85\n", "      value: 0.84\n")  # same length
    assert (root / INPATIENT).stat().st_size == (RESOURCES / INPATIENT).stat().st_size
    assert load_compiled(root) is None
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    params = load_parameters()
    assert params.at(date(2025, 1, 1)).get(UPPER_BAND) == Decimal("0.84")
    same_set(params, load_tree(root / "parameters"))


def test_an_added_yaml_file_is_read_from_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_load: None
) -> None:
    root = copy_of_resources(tmp_path)
    (root / "parameters" / "medical" / "extra.yaml").write_text(
        "bonus:\n  label: 试验\n  unit: CNY\n  values:\n    2025-01-01:\n      value: 1\n"
        "      source: {document: jzf-2024-22, article: 第十七条}\n",
        "utf-8",
    )
    assert load_compiled(root) is None
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    assert load_parameters().at(date(2025, 1, 1)).get("medical.extra.bonus") == Decimal(1)


def test_a_removed_yaml_file_is_read_from_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_load: None
) -> None:
    root = copy_of_resources(tmp_path)
    (root / "parameters" / "premium" / "support.yaml").unlink()
    assert load_compiled(root) is None
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    params = load_parameters()
    assert not any(p.startswith("premium.support.") for p in params.leaves)
    assert "premium.contribution.resident" in params.leaves


DAMAGED_COMPILED = {
    "missing": lambda f: f.unlink(),
    "truncated": lambda f: f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2]),
    "not-utf8": lambda f: f.write_bytes(b"\xff" + f.read_bytes()),
    "not-json": lambda f: f.write_text("jxdesk", "utf-8"),
    "a-folder": lambda f: (f.unlink(), f.mkdir()),
    "a-figure-changed": lambda f: f.write_text(
        f.read_text("utf-8").replace('"value": "0.85"', '"value": "0.86"', 1), "utf-8"
    ),
    "other-format": lambda f: f.write_text(
        f.read_text("utf-8").replace("jxdesk-compiled-parameters/1", "jxdesk-compiled/9"),
        "utf-8",
    ),
    "a-source-stamp-changed": lambda f: f.write_text(
        f.read_text("utf-8").replace('"bytes": 1290', '"bytes": 1291', 1), "utf-8"
    ),
    "a-wrong-type": lambda f: _rewrite_tree(
        f, lambda t: t["leaves"][UPPER_BAND]["history"][0].update(value=0.85)
    ),
}


def _rewrite_tree(f: Path, change: Any) -> None:
    """Change the tree and fix the checksum up, as only a deliberate edit would."""
    from jxdesk.core.parameters.compiled import _with_checksum

    data = json.loads(f.read_text("utf-8"))
    del data["checksum"]
    change(data["tree"])
    f.write_text(_with_checksum(json.dumps(data, ensure_ascii=False, indent=1)), "utf-8")


@pytest.mark.parametrize("damage", sorted(DAMAGED_COMPILED))
def test_a_damaged_compiled_file_is_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_load: None, damage: str
) -> None:
    root = copy_of_resources(tmp_path)
    f = root / COMPILED_FILE
    assert '"value": "0.85"' in f.read_text("utf-8")
    assert '"bytes": 1290' in f.read_text("utf-8")  # employee/inpatient.yaml
    DAMAGED_COMPILED[damage](f)
    assert load_compiled(root) is None
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    params = load_parameters()
    assert params.at(date(2025, 1, 1)).get(UPPER_BAND) == Decimal("0.85")
    same_set(params, load_tree(root / "parameters"))


def _yaml_outcome(root: Path) -> str | ParameterSet:
    try:
        return load_tree(root / "parameters")
    except ParameterError as exc:
        return str(exc)


@pytest.mark.parametrize("damage", PARAMETER_DAMAGES)
def test_a_damaged_yaml_file_takes_the_yaml_path_and_its_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_load: None, damage: str
) -> None:
    """Each damage of tests/support/damage.py: the compiled file is not used, and
    load_parameters fails (or succeeds) exactly as reading the YAML does."""
    root = damaged_copy(tmp_path, damage)
    assert (root / COMPILED_FILE).is_file()  # the copy still has it: the check refuses it
    assert load_compiled(root) is None
    expected = _yaml_outcome(root)
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    if isinstance(expected, str):
        with pytest.raises(ParameterError) as exc:
            load_parameters()
        assert str(exc.value) == expected
        assert DAMAGES[damage][1] in expected
    else:  # schema-valid damage (a figure nulled or removed): the self-test's to catch
        params = load_parameters()
        same_set(params, expected)
        assert not params.at(date(2025, 1, 1)).has(UPPER_BAND)


def test_the_command_regenerates_and_checks(tmp_path: Path, capsys: Any) -> None:
    root = copy_of_resources(tmp_path)
    assert main(["--check", str(root)]) == 0
    edit(root, INPATIENT, "      value: 0.85\n", "      value: 0.84\n")
    assert main(["--check", str(root)]) == 1
    assert COMMAND in capsys.readouterr().out
    assert main([str(root)]) == 0
    assert main(["--check", str(root)]) == 0
    compiled = load_compiled(root)
    assert compiled is not None
    assert compiled.at(date(2025, 1, 1)).get(UPPER_BAND) == Decimal("0.84")
    edit(root, INPATIENT, "      value: 0.84\n", "      value: 85\n")  # out of bounds
    assert main([str(root)]) == 2
    assert f"{INPATIENT}: {UPPER_BAND}" in capsys.readouterr().err
    assert load_compiled(root) is None  # the old file stays, and is not used


# --------------------------------------------------------------------------- a lean start


PROBE = """
import json, sys
from datetime import date
from jxdesk.core.parameters.packs import load_effective_parameters
params, statuses = load_effective_parameters(today=date(2026, 3, 1))
params.at(date(2025, 1, 1)).get("{path}")
print(json.dumps({{
    "modules": sorted(sys.modules),
    "statuses": [s.line() for s in statuses],
    "value": str(params.at(date(2026, 1, 1)).maybe("premium.contribution.resident") or ""),
}}))
"""


def probe(env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(path=UPPER_BAND)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in HEAVY]


def test_no_pack_installed_imports_nothing_heavy(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "packs").mkdir(parents=True)
    out = probe({CONFIG_ENV: str(config)})
    assert out["statuses"] == []
    assert heavy(out["modules"]) == []
    assert "pathlib" not in out["modules"]  # (~3 ms with urllib.parse and ipaddress)
    assert "jxdesk.core.parameters.yaml_files" not in out["modules"]  # the compiled file
    assert "jxdesk.core.parameters.signing" not in out["modules"]


def test_no_pack_in_the_default_folders_imports_nothing_heavy(tmp_path: Path) -> None:
    """The folders a real install reads ($XDG_CONFIG_DIRS, $XDG_CONFIG_HOME), absent."""
    out = probe(
        {
            CONFIG_ENV: "",
            "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"),
            "XDG_CONFIG_HOME": str(tmp_path / "home-config"),
        }
    )
    assert out["statuses"] == []
    assert heavy(out["modules"]) == []


def test_an_installed_pack_is_still_verified_and_loaded(tmp_path: Path) -> None:
    config = tmp_path / "config"
    install(config, EXAMPLE, "example-2026")
    out = probe({CONFIG_ENV: str(config)})
    assert len(out["statuses"]) == 1 and ": loaded (" in out["statuses"][0]
    assert "signed by" in out["statuses"][0]
    assert "cryptography" in heavy(out["modules"])  # the signature was checked
    assert out["value"] == "999"  # the pack's (fictional) 2026 figure is in force


def test_a_pack_changed_after_signing_is_still_refused(tmp_path: Path) -> None:
    pack = pack_copy(tmp_path)
    remake(pack)
    contribution = pack / "parameters" / "premium" / "contribution.yaml"
    contribution.write_text(contribution.read_text("utf-8") + "\n# edited\n", "utf-8")
    config = tmp_path / "config"
    install(config, pack, "edited")
    out = probe({CONFIG_ENV: str(config)})
    assert len(out["statuses"]) == 1 and ": refused: " in out["statuses"][0]
    assert "checksum mismatch" in out["statuses"][0]


def test_the_probe_sees_the_yaml_path_when_it_is_taken(tmp_path: Path) -> None:
    """The control: an edited YAML file makes the same start read YAML with pydantic."""
    root = copy_of_resources(tmp_path)
    edit(root, INPATIENT, "      value: 0.85\n", "      value: 0.84\n")
    config = tmp_path / "config"
    (config / "packs").mkdir(parents=True)
    out = probe({CONFIG_ENV: str(config), RESOURCES_ENV: str(root)})
    assert {"yaml", "pydantic"} <= set(heavy(out["modules"]))
    assert "jxdesk.core.parameters.yaml_files" in out["modules"]


def test_a_consistent_edit_of_the_compiled_file_alone_is_believed_so_the_test_above_matters(
    tmp_path: Path,
) -> None:
    """What the checks do not catch (a deliberate, checksum-fixed edit of the compiled file)
    is what test_the_committed_compiled_file_is_current catches before a release."""
    root = copy_of_resources(tmp_path)
    _rewrite_tree(
        root / COMPILED_FILE,
        lambda t: t["leaves"][UPPER_BAND]["history"][0].update(value="0.86"),
    )
    compiled = load_compiled(root)
    assert compiled is not None and compiled.at(date(2025, 1, 1)).get(UPPER_BAND) == Decimal("0.86")
    assert (root / COMPILED_FILE).read_text("utf-8") != compiled_text(root)


def test_the_value_classes_compare_by_field_and_refuse_changes() -> None:
    """What the dataclasses gave (tree.py replaced them): equality, hashing, frozenness."""
    params = load_tree(RESOURCES / "parameters")
    leaf = params.leaves[UPPER_BAND]
    d = leaf.history[0]
    twin = Dated(d.since, Decimal("0.85"), d.citation, d.note)
    assert twin == d and hash(twin) == hash(d) and twin is not d
    assert d.replace(value=Decimal("0.84")) != d
    assert d.replace(value=Decimal("0.84")).value == Decimal("0.84") and d.value == Decimal("0.85")
    with pytest.raises(AttributeError):
        d.value = Decimal(0)  # type: ignore[misc]
    assert d.citation is not None
    with pytest.raises(AttributeError):
        d.citation.article = "第一条"  # type: ignore[misc]
    assert "upper_band_rate" in repr(leaf) and "0.85" in repr(d)
    leaf.history = []  # a Leaf is mutable (tests null its history), and so never hashed
    with pytest.raises(TypeError):
        hash(leaf)
