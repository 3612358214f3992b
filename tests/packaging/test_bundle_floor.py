"""The Linux bundle runs on glibc 2.28 (UOS 20, Kylin V10, Debian 10+, Ubuntu 18.04+).

Every ELF file in dist/jxdesk imports at most GLIBC_2.28, GLIBCXX_3.4.21 and CXXABI_1.3.11
(objdump -T), and none searches a folder of the build machine (RUNPATH/RPATH other than
$ORIGIN). packaging/build makes the bundle with a zig-built CPython and leaves the host's
newer libraries out (packaging/bundle_filter.py); CI runs the bundle itself in a Debian 11
chroot (packaging/check-debian11). Skipped like test_bundle.py where there is no bundle.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from support.need import require

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "jxdesk"
sys.path.insert(0, str(ROOT / "packaging"))
import elf_floor  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="ELF files: the Linux bundle only"
)


def test_every_elf_file_runs_on_glibc_2_28() -> None:
    require((BUNDLE / "jxdesk").is_file(), f"the bundle at {BUNDLE} (run packaging/build)")
    require(shutil.which("objdump") is not None, "objdump (binutils)")
    files = elf_floor.elf_files(BUNDLE)
    assert len(files) >= 50, "the bundle's Python, Qt and extension modules"
    problems, highest = elf_floor.problems(BUNDLE)
    assert problems == []
    assert highest["GLIBC"] <= (2, 28)


def test_the_floor_check_sees_a_newer_glibc(tmp_path: Path) -> None:
    """The check itself: this machine's own libstdc++ is newer than the floor."""
    require(shutil.which("objdump") is not None, "objdump (binutils)")
    host = next(
        (p for p in Path("/usr/lib/x86_64-linux-gnu").glob("libstdc++.so.6*") if p.is_file()),
        None,
    )
    require(host is not None, "the host's libstdc++ (x86-64 Debian/Ubuntu)")
    assert host is not None
    shutil.copy(host, tmp_path / host.name)
    problems, highest = elf_floor.problems(tmp_path)
    assert highest["GLIBC"] > (2, 28)
    assert any(f"{host.name}: needs GLIBC_" in p for p in problems)
