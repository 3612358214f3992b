"""What a Linux bundle asks of the target's C and C++ libraries, read from its ELF files.

    python packaging/elf_floor.py dist/jxdesk [--max-glibc 2.28]

For every ELF file in the folder: the highest GLIBC_, GLIBCXX_ and CXXABI_ symbol version it
imports (objdump -T) and its RUNPATH/RPATH. Exits 1, naming each offending file, when one
imports a newer version than the floor allows or carries a search path that is not relative
to the bundle ($ORIGIN): such a path is the build machine's, and a target may have other
libraries there. tests/packaging/test_bundle_floor.py runs the same checks.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

#: the floor of UOS 20 / Kylin V10 and Debian 10: glibc 2.28, GCC 8's libstdc++ (a build of
#: Qt for glibc 2.28 asks for GLIBCXX_3.4.21 at most, GCC 5's)
FLOOR = {"GLIBC": (2, 28), "GLIBCXX": (3, 4, 21), "CXXABI": (1, 3, 11)}
_VERSION = re.compile(r"\b(GLIBC|GLIBCXX|CXXABI)_(\d+(?:\.\d+)*)\b")
_PATHS = re.compile(r"^\s*(RUNPATH|RPATH)\s+(\S+)", re.M)


def is_elf(path: Path) -> bool:
    """A program or shared library (ELF types EXEC and DYN; not object files)."""
    try:
        with path.open("rb") as f:
            head = f.read(18)
    except OSError:
        return False
    return head[:4] == b"\x7fELF" and int.from_bytes(head[16:18], "little") in (2, 3)


def elf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def needs(path: Path) -> dict[str, tuple[int, ...]]:
    """The highest version of each of glibc, libstdc++ and the C++ ABI that `path` imports."""
    out = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=True
    ).stdout
    highest: dict[str, tuple[int, ...]] = {}
    for line in out.splitlines():
        if "*UND*" not in line:  # only what the file imports, not what it defines
            continue
        for lib, version in _VERSION.findall(line):
            v = tuple(int(x) for x in version.split("."))
            highest[lib] = max(highest.get(lib, v), v)
    return highest


def search_paths(path: Path) -> list[str]:
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [p for _, value in _PATHS.findall(out) for p in value.split(":") if p]


def problems(
    folder: Path, floor: dict[str, tuple[int, ...]] = FLOOR
) -> tuple[list[str], dict[str, tuple[int, ...]]]:
    """Every file over the floor or with a foreign search path, and the bundle's highest needs."""
    found: list[str] = []
    overall: dict[str, tuple[int, ...]] = {}
    for path in elf_files(folder):
        name = path.relative_to(folder).as_posix()
        for lib, version in needs(path).items():
            overall[lib] = max(overall.get(lib, version), version)
            if version > floor[lib]:
                found.append(f"{name}: needs {lib}_{'.'.join(map(str, version))}")
        for p in search_paths(path):
            if not p.startswith("$ORIGIN"):
                found.append(f"{name}: searches {p} (the build machine's)")
    return found, overall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max-glibc", default="2.28")
    args = parser.parse_args()
    floor = dict(FLOOR, GLIBC=tuple(int(x) for x in args.max_glibc.split(".")))
    found, overall = problems(args.folder, floor)
    summary = ", ".join(f"{k}_{'.'.join(map(str, v))}" for k, v in sorted(overall.items()))
    for line in found:
        print(f"elf_floor: {line}", file=sys.stderr)
    print(f"elf_floor: {args.folder}: highest needs {summary}; {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
