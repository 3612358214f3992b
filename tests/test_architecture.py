"""The core knows nothing of Qt: checked on the source and with the import-linter contract."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from support.need import tool

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "jxdesk" / "core"


def _imports(file: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_source_imports_no_qt() -> None:
    offenders = {
        str(f.relative_to(ROOT)): sorted(
            n
            for n in _imports(f)
            if n.split(".")[0] in {"PySide6", "shiboken6"} or n.startswith("jxdesk.gui")
        )
        for f in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, jxdesk.core.api, jxdesk.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_linter_contract() -> None:
    run = subprocess.run([tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_module_grows_into_a_giant() -> None:
    sizes = {
        str(f.relative_to(ROOT)): len(f.read_text("utf-8").splitlines())
        for f in (ROOT / "jxdesk").rglob("*.py")
    }
    assert {k: n for k, n in sizes.items() if n > 600} == {}
