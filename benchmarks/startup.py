"""Start-up to the first paint of the first page: jxdesk against a bare three-page QWizard.

    uv run python benchmarks/startup.py [--runs 21] [--no-bytecode-cache]

Each run is a fresh process (interpreter start included): `jxdesk --smoke` for the app,
the script below for the bare wizard, both with the same environment and Qt platform
(offscreen unless QT_QPA_PLATFORM says otherwise). Both are measured the same way: the
parent reads `time.monotonic()` just before it starts the process; the process reads it
in an event filter on its first page when the first Paint event arrives and prints it
(`JXDESK_PAINT_CLOCK=1` makes `jxdesk --smoke` do so). Runs alternate app/bare (the
order flips every round), so drift on a busy machine hits both alike; medians are
printed, with the time to process exit alongside.

Python byte code: by default both read and write a cache in a temporary directory
(PYTHONPYCACHEPREFIX; a warm-up run fills it), as a person's machine does after the
first launch (and as the frozen bundle does). `--no-bytecode-cache` compiles every
module on every run instead (PYTHONDONTWRITEBYTECODE=1, as some CI shells set).

It also times a recompute after an answer changes (goal: under 16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

class First(QObject):
    done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
wizard = QWizard()
for i in range(3):
    page = QWizardPage()
    page.setTitle(f"Page {i + 1}")
    QVBoxLayout(page).addWidget(QLabel("text"))
    wizard.addPage(page)
watcher = First()
wizard.page(0).installEventFilter(watcher)
wizard.show()
sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first paint, seconds to exit) of one fresh process."""
    start = time.monotonic()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    end = time.monotonic()
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start, end - start
    raise RuntimeError(f"{cmd[:3]} did not report its first paint: {done.stderr[-500:]}")


def jxdesk_command() -> list[str]:
    """How a person starts it: the `jxdesk` script installed beside this Python
    (`python -m jxdesk` where there is none; that adds runpy, ~3 ms)."""
    script = Path(sys.executable).with_name("jxdesk.exe" if os.name == "nt" else "jxdesk")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "jxdesk"]


def environment(bytecode_cache: bool, cache_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["JXDESK_PAINT_CLOCK"] = "1"
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache_dir
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def startup(runs: int, bytecode_cache: bool = True) -> dict[str, tuple[float, float]]:
    """Median (first paint, exit) seconds of each, keyed "jxdesk" and "bare"."""
    with tempfile.TemporaryDirectory(prefix="jxdesk-pyc-") as cache_dir:
        env = environment(bytecode_cache, cache_dir)
        cmds = {
            "jxdesk": [*jxdesk_command(), "--smoke"],
            "bare": [sys.executable, "-c", BARE],
        }
        for cmd in cmds.values():  # warm the file cache (and the byte-code cache)
            timed(cmd, env)
            timed(cmd, env)
        got: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for i in range(runs):  # interleaved, order flipped each round
            order = list(cmds) if i % 2 == 0 else list(reversed(cmds))
            for name in order:
                got[name].append(timed(cmds[name], env))
    return {
        name: (
            statistics.median(t[0] for t in times),
            statistics.median(t[1] for t in times),
        )
        for name, times in got.items()
    }


def recompute(runs: int = 200) -> float:
    """Median ms to recompute everything the results page shows after one answer changes."""
    from jxdesk.gui.answers import Answers, ClaimAnswer
    from jxdesk.gui.viewmodel import WizardModel

    answers = Answers(
        scheme="employee",
        account_balance="1500",
        claims=[
            ClaimAnswer("inpatient", "level3", "local", "50000", "3000"),
            ClaimAnswer("inpatient", "level2", "referred", "80000", "1200"),
            ClaimAnswer("outpatient", "primary", "local", "2600"),
        ],
    )
    model = WizardModel(answers)
    model.recompute()
    times = []
    for i in range(runs):
        answers.claims[0].eligible = str(50000 + i)
        start = time.perf_counter()
        model.changed()
        model.recompute()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=21)
    p.add_argument("--no-bytecode-cache", action="store_true")
    p.add_argument("--no-recompute", action="store_true")
    args = p.parse_args()
    got = startup(args.runs, bytecode_cache=not args.no_bytecode_cache)
    (app, app_exit), (bare, bare_exit) = got["jxdesk"], got["bare"]
    cache = "no byte-code cache" if args.no_bytecode_cache else "byte-code cache"
    print(
        f"first paint ({cache}, median of {args.runs}): jxdesk {app * 1000:.0f} ms, "
        f"bare QWizard {bare * 1000:.0f} ms, ratio {app / bare:.2f} (goal <= 1.2)"
    )
    print(
        f"to exit: jxdesk {app_exit * 1000:.0f} ms, bare QWizard {bare_exit * 1000:.0f} ms, "
        f"ratio {app_exit / bare_exit:.2f}"
    )
    if not args.no_recompute:
        print(f"recompute after a change: {recompute():.2f} ms (goal < 16)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
