"""Start-up to the first paint of the first page: jxdesk against a bare three-page QWizard.

    uv run python benchmarks/startup.py [--runs 15]

Each run is a fresh process (interpreter start included) that exits as soon as the first
page has painted: `jxdesk --smoke` for the app, the script below for the bare wizard,
both on the same Qt platform (offscreen unless QT_QPA_PLATFORM says otherwise). The
median wall time of each and their ratio are printed (the goal: at most 1.2).
It also times a recompute after an answer changes (goal: under 16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def startup(runs: int) -> tuple[float, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = [sys.executable, "-m", "jxdesk", "--smoke"]
    bare = [sys.executable, "-c", BARE]
    for cmd in (app, bare):  # warm the file cache
        timed(cmd, env)
    apps, bares = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        apps.append(timed(app, env))
        bares.append(timed(bare, env))
    return statistics.median(apps), statistics.median(bares)


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
    p.add_argument("--runs", type=int, default=15)
    args = p.parse_args()
    app, bare = startup(args.runs)
    print(
        f"first paint: jxdesk {app * 1000:.0f} ms, bare QWizard {bare * 1000:.0f} ms, "
        f"ratio {app / bare:.2f} (goal <= 1.2)"
    )
    print(f"recompute after a change: {recompute():.2f} ms (goal < 16)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
