"""Code health of the parameters: every figure dated and cited, files validated strictly."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from jxdesk.core.parameters import ParameterError, load_parameters
from jxdesk.core.parameters.loader import load_tree
from jxdesk.core.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "jxdesk" / "core" / "rules"
ARTICLE = re.compile(r"^第[一二三四五六七八九十百]+条$")


def test_every_leaf_is_labelled_and_every_value_cited() -> None:
    params = load_parameters()
    assert len(params.leaves) > 40
    for leaf in params:
        assert leaf.label.strip(), leaf.path
        assert leaf.unit in {"CNY", "rate", "days", "months", "years", "count"}
        for dated in leaf.history:
            if dated.value is None:
                assert dated.note, f"{leaf.path} {dated.since}: a null value needs a note"
                continue
            assert dated.citation is not None, f"{leaf.path} {dated.since}"
            article = dated.citation.article
            assert article is None or ARTICLE.match(article), (leaf.path, article)


def test_every_cited_document_is_used_and_dated() -> None:
    params = load_parameters()
    used = {d.citation.document.key for leaf in params for d in leaf.history if d.citation}
    assert used == set(params.documents) - {"jxdesk-rulings"}
    for doc in params.documents.values():
        assert doc.effective is not None, doc.key


def test_the_2025_resident_contribution_is_marked_as_secondary() -> None:
    snap = load_parameters().at(date(2025, 1, 1))
    assert snap.get("premium.contribution.resident") == 680
    cite = snap.cite("premium.contribution.resident")
    assert cite is not None and cite.document.reliability == "secondary"


def test_no_2026_contribution_is_guessed() -> None:
    snap = load_parameters().at(date(2026, 1, 1))
    assert snap.maybe("premium.contribution.resident") is None
    assert snap.maybe("premium.contribution.student") is None


def _paths_named_in_rules() -> set[str]:
    """Every string constant in the rules that looks like a parameter path or prefix."""
    found: set[str] = set()
    for file in RULES.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.match(r"^(medical|fertility|premium)\.[a-z_.0-9]+$", node.value)
            ):
                found.add(node.value)
    return found


def test_every_parameter_the_rules_name_exists() -> None:
    params = load_parameters()
    names = _paths_named_in_rules()
    assert names, "the rules name no parameters?"
    for name in names:
        assert name in params or any(p.startswith(name + ".") for p in params.leaves), name


def test_every_parameter_is_used_by_some_rule() -> None:
    text = "\n".join(f.read_text("utf-8") for f in RULES.rglob("*.py"))
    unused = []
    for path in load_parameters().leaves:
        head, _, last = path.rpartition(".")
        if path not in text and not (head in text and f".{last}" in text):
            unused.append(path)
    assert unused == ["premium.contribution.long_term_care_part"]  # shown, not computed with


def _write(tmp: Path, name: str, text: str) -> None:
    target = tmp / "parameters" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _copy_documents(tmp: Path) -> None:
    src = resources_dir() / "parameters" / "documents.yaml"
    _write(tmp, "documents.yaml", src.read_text("utf-8"))


GOOD_LEAF = """
x:
  label: a figure
  unit: CNY
  values:
    2025-01-01:
      value: 400
      source: {document: jzf-2024-22, article: 第十六条}
"""


def test_a_good_file_loads_exactly(tmp_path: Path) -> None:
    _copy_documents(tmp_path)
    _write(tmp_path, "t.yaml", GOOD_LEAF.replace("400", "0.1"))
    value = load_tree(tmp_path / "parameters").at(date(2025, 5, 1)).get("t.x")
    assert str(value) == "0.1"  # an exact Decimal, never a float


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD_LEAF.replace("label: a figure", "lable: a figure"), "lable"),
        (GOOD_LEAF.replace("unit: CNY", "unit: dollars"), "unit"),
        (
            GOOD_LEAF.replace("      source: {document: jzf-2024-22, article: 第十六条}\n", ""),
            "needs its source",
        ),
        (GOOD_LEAF.replace("jzf-2024-22", "no-such-doc"), "unknown document"),
        (GOOD_LEAF.replace("value: 400", "value: .nan"), "'.nan' is not a plain form"),
        (
            GOOD_LEAF.replace("unit: CNY", "unit: rate").replace("400", "85"),
            "rate must lie between 0 and 1",
        ),
        (GOOD_LEAF.replace("2025-01-01", "someday"), "values"),
        (GOOD_LEAF + "  extra: 1\n", "extra"),
        ("x: [1, 2", "not valid YAML"),
        ("x: 5\n", "expected a parameter"),
    ],
)
def test_a_malformed_file_is_a_clear_error(tmp_path: Path, text: str, expected: str) -> None:
    _copy_documents(tmp_path)
    _write(tmp_path, "t.yaml", text)
    with pytest.raises(ParameterError, match=expected) as info:
        load_tree(tmp_path / "parameters")
    assert "t.yaml" in str(info.value)
