"""The frozen bundle (dist/jxdesk/, made by packaging/build) against the source it was made from.

Skipped when there is no bundle on a developer's machine; in CI (CI=true), which runs
packaging/build before the tests, a missing bundle fails. Each check runs the
frozen program as a counter would, with an empty configuration folder unless a pack is meant.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.need import require

from jxdesk.core.api import estimate_json, parse_json

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "jxdesk"
EXE = BUNDLE / ("jxdesk.exe" if sys.platform == "win32" else "jxdesk")
CLI = BUNDLE / "jxdesk-cli.exe" if sys.platform == "win32" else EXE
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"
PACK = ROOT / "tests" / "core" / "fixtures" / "packs" / "example-2026"
MAX_BYTES = 136_000_000  # issue 5: 130 MB; issue 22: + the voice and the slip (docs)


@pytest.fixture(autouse=True)
def _bundle_built() -> None:
    """CI builds the bundle before the tests, so there a missing bundle fails every check."""
    require(EXE.is_file(), f"the bundle at {BUNDLE} (run packaging/build)")


def _cases() -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for f in sorted((ROOT / "examples").glob("*.json")):
        out.append((f"examples/{f.name}", json.loads(f.read_text("utf-8"))))
    for f in sorted((ROOT / "tests" / "golden").rglob("*.yaml")):
        data = yaml.safe_load(f.read_text("utf-8"))
        if isinstance(data, dict) and "case" in data:
            out.append((f"golden/{f.relative_to(ROOT / 'tests' / 'golden')}", data["case"]))
    if SHARED_EXAMPLES.is_dir():
        for f in sorted(SHARED_EXAMPLES.glob("*.json")):
            data = json.loads(f.read_text("utf-8"))
            out.append((f"shared/{f.name}", data.get("case", data)))
    return out


CASES = _cases()


def _env(config: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(JXDESK_CONFIG_DIR=str(config), QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the source tree
    return env


def _run(
    args: list[str], config: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        args,
        input=None if stdin is None else stdin.encode("utf-8"),
        capture_output=True,
        env=_env(config),
        timeout=60,
        check=False,
        cwd=config,  # not the source tree: nothing may be found relative to it
    )


@pytest.fixture
def empty_config(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    return tmp_path / "config"


def _expected_stdout(case: Any) -> bytes:
    """What `jxdesk calc` prints: the result JSON, indented by 2, then a newline."""
    result = estimate_json(parse_json(json.dumps(case, ensure_ascii=False)))
    return (json.dumps(result, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_there_are_cases_to_compare() -> None:
    assert len(CASES) >= 50


@pytest.mark.parametrize(("name", "case"), CASES, ids=[n for n, _ in CASES])
def test_frozen_calc_matches_the_source(name: str, case: Any, empty_config: Path) -> None:
    case_file = empty_config / "case.json"
    case_file.write_text(json.dumps(case, ensure_ascii=False), "utf-8")
    done = _run([str(CLI), "calc", str(case_file)], empty_config)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout == _expected_stdout(case), name


def test_frozen_calc_batch_and_stdin(empty_config: Path) -> None:
    lines = "\n".join(json.dumps(c, ensure_ascii=False) for _, c in CASES[:5]) + "\n"
    frozen = _run([str(CLI), "calc", "--batch", "-"], empty_config, stdin=lines)
    source = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", "--batch", "-"],
        input=lines.encode("utf-8"),
        capture_output=True,
        env=_env(empty_config),
        timeout=60,
        check=False,
    )
    assert frozen.returncode == source.returncode == 0, frozen.stderr
    assert frozen.stdout == source.stdout


def test_frozen_calc_parallel_batch_matches_the_source(empty_config: Path) -> None:
    """Enough cases for `calc --batch` to start worker processes inside the bundle."""
    cases = [json.dumps(c, ensure_ascii=False) for _, c in CASES]
    lines = "\n".join((cases * (2100 // len(cases) + 1))[:2100]) + "\n"
    frozen = _run([str(CLI), "calc", "--batch", "-"], empty_config, stdin=lines)
    source = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", "--batch", "-"],
        input=lines.encode("utf-8"),
        capture_output=True,
        env=_env(empty_config),
        timeout=120,
        check=False,
    )
    assert frozen.returncode == source.returncode == 0, frozen.stderr
    assert frozen.stdout.count(b"\n") == 2100
    assert frozen.stdout == source.stdout


def test_frozen_calc_refuses_a_bad_case_like_the_source(empty_config: Path) -> None:
    bad = empty_config / "bad.json"
    bad.write_text(
        '{"year": 2024, "person": {"scheme": "nobody"}, "claims": [{"kind": "inpatient", '
        '"facility": "level3", "eligible": "-1"}]}',
        "utf-8",
    )
    frozen = _run([str(CLI), "calc", str(bad)], empty_config)
    source = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", str(bad)],
        capture_output=True,
        env=_env(empty_config),
        timeout=60,
        check=False,
    )
    assert frozen.returncode == source.returncode == 2
    assert frozen.stdout == b""
    assert frozen.stderr == source.stderr
    assert b"Traceback" not in frozen.stderr


def test_frozen_calc_reads_packs_like_the_source(tmp_path: Path) -> None:
    """Whatever `jxdesk calc` does with installed packs, the bundle does the same."""
    config = tmp_path / "config"
    shutil.copytree(PACK, config / "packs" / PACK.name)
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps(
            {
                "year": 2026,
                "person": {"scheme": "resident"},
                "children": [{"birth_date": "2025-06-01", "order": 2}],
            }
        ),
        "utf-8",
    )
    frozen = _run([str(CLI), "calc", str(case)], config)
    source = subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", str(case)],
        capture_output=True,
        env=_env(config),
        timeout=60,
        check=False,
        cwd=config,
    )
    assert frozen.returncode == source.returncode == 0, frozen.stderr
    assert frozen.stdout == source.stdout


def test_frozen_bundle_carries_the_keys_and_the_known_answers() -> None:
    internal = BUNDLE / "_internal" / "resources"
    assert list((internal / "keys").glob("*.pub.pem"))
    assert len(list((internal / "selftest").glob("*.json"))) >= 8


def test_frozen_calc_refuses_an_unsigned_pack(tmp_path: Path) -> None:
    config = tmp_path / "config"
    shutil.copytree(PACK, config / "packs" / PACK.name)
    (config / "packs" / PACK.name / "pack.sig").unlink()
    case = tmp_path / "case.json"
    case.write_text('{"year": 2026, "person": {"scheme": "resident"}}', "utf-8")
    done = _run([str(CLI), "calc", str(case)], config)
    assert done.returncode == 0
    assert b"pack.sig: missing: the pack is not signed" in done.stderr
    assert b'"available": false' in done.stdout  # the built-in "2026 not yet known" holds


@pytest.mark.parametrize("args", [["calc", "case.json"], ["--smoke"], ["--kiosk", "--smoke"]])
def test_frozen_bundle_stops_on_a_damaged_install(tmp_path: Path, args: list[str]) -> None:
    """The bundle's own resources, damaged in a copy ($JXDESK_RESOURCES): exit 1, the file named."""
    resources = tmp_path / "resources"
    shutil.copytree(BUNDLE / "_internal" / "resources", resources)
    damaged = resources / "parameters" / "medical" / "employee" / "inpatient.yaml"
    damaged.write_bytes(damaged.read_bytes() + b"\xff")
    config = tmp_path / "config"
    config.mkdir()
    (config / "case.json").write_text('{"year": 2025, "person": {"scheme": "employee"}}', "utf-8")
    exe = CLI if args[0] == "calc" else EXE
    done = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        env={**_env(config), "JXDESK_RESOURCES": str(resources)},
        timeout=60,
        check=False,
        cwd=config,
    )
    assert done.returncode == 1, done.stderr
    assert b"parameters/medical/employee/inpatient.yaml: not UTF-8 text" in done.stderr
    assert done.stdout == b""


def test_frozen_smoke_paints_and_exits_0(empty_config: Path) -> None:
    done = _run([str(EXE), "--smoke"], empty_config)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")


def test_frozen_slip_and_its_code(empty_config: Path) -> None:
    """The kiosk's slip from the bundle (segno, the QR code, QtPrintSupport's PDF), and its
    code read back by the frozen `calc -` (issue 22)."""
    from jxdesk.core.slipcode import encode

    case = ROOT / "examples" / sorted(p.name for p in (ROOT / "examples").glob("*.json"))[0]
    out = empty_config / "slip.pdf"
    done = _run([str(EXE), "--kiosk", "--case", str(case), "--slip", str(out)], empty_config)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert out.read_bytes().startswith(b"%PDF-")
    text = case.read_text("utf-8")
    by_code = _run([str(EXE), "calc", "-"], empty_config, encode(text))
    by_json = _run([str(EXE), "calc", "-"], empty_config, text)
    assert by_code.returncode == 0 and by_code.stdout == by_json.stdout


def test_bundle_is_within_its_budget() -> None:
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    assert size <= MAX_BYTES, f"{BUNDLE} is {size / 1e6:.1f} MB"


def test_bundle_carries_a_cjk_font_and_the_parameters() -> None:
    internal = BUNDLE / "_internal" / "resources"
    fonts = [
        f for f in (internal / "fonts").glob("*") if f.suffix.lower() in {".ttc", ".ttf", ".otf"}
    ]
    assert fonts, "no CJK font in the bundle"
    assert (internal / "parameters" / "documents.yaml").is_file()


def test_bundle_carries_the_compiled_parameters_current_for_its_yaml() -> None:
    """A frozen start reads the compiled parameters (no PyYAML, no pydantic), not the YAML:
    the file is there, the release's own, and made from exactly the YAML the bundle carries."""
    from jxdesk.core.parameters.compiled import COMPILED_FILE, load_compiled

    internal = BUNDLE / "_internal" / "resources"
    source = ROOT / "resources" / COMPILED_FILE
    assert (internal / COMPILED_FILE).read_bytes() == source.read_bytes()
    assert load_compiled(internal) is not None


def test_bundle_leaves_out_unused_qt() -> None:
    internal = BUNDLE / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("QtQml", "QtQuick", "QtNetwork", "QtSvg", "QtOpenGL", "QtWebEngineCore"):
        # (libQt6Network is in: QtMultimedia, which the voice needs, links it; its Python
        # module, which could open a socket, is not)
        library = () if unused == "QtNetwork" else (f"lib{unused.replace('Qt', 'Qt6', 1)}.",)
        assert not any(n.startswith((*library, f"{unused}.")) for n in names), unused
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert any("offscreen" in p for p in platforms)
    assert not any("eglfs" in p or "vnc" in p for p in platforms)
    translations = internal / "PySide6" / "Qt" / "translations"
    if translations.is_dir():
        assert {p.name for p in translations.iterdir()} <= {
            "qt_zh_CN.qm",
            "qtbase_zh_CN.qm",
            "qt_en.qm",
            "qtbase_en.qm",
        }
