"""Bundle size and start-up: dist/jxdesk/ against the bare three-page QWizard reference.

    packaging/build && packaging/build --reference
    uv run python benchmarks/bundle_measure.py [--runs 10]

Start-up is the wall time (and CPU time) of `--smoke` (start, paint the first page, exit 0),
offscreen. Since issue 11 jxdesk's `--smoke` also loads the core and runs the known-answer
self-test after the first paint (the reference has neither), so its wall time includes them;
benchmarks/startup.py measures the time to the first paint alone. Runs are taken after one
warm-up run, median of N runs taken round-robin; the unfrozen figures run
the same code with this virtualenv's Python (no `uv run` in between). Writes
benchmarks/out/bundle.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, check=False, timeout=60)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-500:]!r}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def timed(
    rows: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, list[tuple[float, float]]]:
    """Each command `runs` times after one warm-up, round-robin, so that load on the machine
    falls on all of them alike."""
    for cmd in rows.values():
        run_once(cmd, env)
    out: dict[str, list[tuple[float, float]]] = {label: [] for label in rows}
    for _ in range(runs):
        for label, cmd in rows.items():
            out[label].append(run_once(cmd, env))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["JXDESK_CONFIG_DIR"] = str(ROOT / "build" / "empty-config")
    exe = ".exe" if sys.platform == "win32" else ""
    rows = {
        "jxdesk frozen": [str(DIST / "jxdesk" / f"jxdesk{exe}"), "--smoke"],
        "jxdesk unfrozen": [sys.executable, "-m", "jxdesk", "--smoke"],
        "reference frozen": [str(DIST / "wizard-reference" / f"wizard{exe}"), "--smoke"],
        "reference unfrozen": [
            sys.executable,
            str(ROOT / "benchmarks" / "bundle_wizard.py"),
            "--smoke",
        ],
        "jxdesk frozen calc": [
            str(DIST / "jxdesk" / f"jxdesk{exe}"),
            "calc",
            str(ROOT / "examples" / "employee-inpatient.json"),
        ],
        "jxdesk unfrozen calc": [
            sys.executable,
            "-m",
            "jxdesk",
            "calc",
            str(ROOT / "examples" / "employee-inpatient.json"),
        ],
    }
    report: dict[str, object] = {"runs": args.runs, "sizes": {}, "startup_s": {}}
    sizes: dict[str, int] = {}
    for name in ("jxdesk", "wizard-reference"):
        if (DIST / name).is_dir():
            sizes[name] = size(DIST / name)
    report["sizes"] = sizes
    present = {}
    for label, cmd in rows.items():
        if Path(cmd[0]).exists():
            present[label] = cmd
        else:
            print(f"{label}: {cmd[0]} missing, skipped")
    startup: dict[str, dict[str, float]] = {}
    for label, samples in timed(present, args.runs, env).items():
        walls = [w for w, _ in samples]
        startup[label] = {
            "median": statistics.median(walls),
            "min": min(walls),
            "max": max(walls),
            "cpu_median": statistics.median(c for _, c in samples),
        }
    report["startup_s"] = startup

    for name, b in sizes.items():
        print(f"{name:<22} {b / 1e6:7.1f} MB ({b / 2**20:.1f} MiB)")
    for label, st in startup.items():
        print(
            f"{label:<22} median {st['median'] * 1000:5.0f} ms wall, "
            f"{st['cpu_median'] * 1000:5.0f} ms CPU  "
            f"(wall min {st['min'] * 1000:.0f}, max {st['max'] * 1000:.0f}; {args.runs} runs)"
        )
    out = ROOT / "benchmarks" / "out" / "bundle.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
