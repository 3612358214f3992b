"""Soak: complete kiosk sessions (fill, result, 完成) one after another; is memory stable?

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/soak_kiosk.py [SESSIONS] [WARMUP]

Prints the resident set size (from /proc/self/statm) after the warm-up and at the end,
and the growth in MB. tests/gui/test_kiosk_soak.py runs a short version with the same
code and asserts the bound; this script gives the figure quoted in docs/kiosk.md.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MB = 1024 * 1024


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


@dataclass
class Soak:
    sessions: int
    warmup: int
    after_warmup: int
    end: int
    seconds: float
    wipes: int

    @property
    def growth_mb(self) -> float:
        return (self.end - self.after_warmup) / MB


def settle() -> None:
    from jxdesk.gui.qt import QApplication, QCoreApplication, QEvent

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def soak(sessions: int = 1000, warmup: int = 100, window=None) -> Soak:  # type: ignore[no-untyped-def]
    from jxdesk.gui.kiosk.demo import Bill, Session, session

    variants = [
        Session(),
        Session(scheme="resident", bills=(Bill("outpatient", "level2", "referred", "1234.5"),)),
        Session(
            scheme="retiree",
            account="88.8",
            aid="minimum_living",
            bills=(
                Bill("home_bed", "primary", "local", "3000"),
                Bill("special", "level3", "unreferred", "45678.9", "100"),
                Bill("chronic", "pharmacy", "local", "600"),
            ),
        ),
    ]
    win = window or make_window()
    start = time.perf_counter()
    after = 0
    for i in range(warmup + sessions):
        session(win, variants[i % len(variants)])
        settle()
        if i + 1 == warmup:
            after = rss_bytes()
    end = rss_bytes()
    return Soak(sessions, warmup, after, end, time.perf_counter() - start, win.wipes)


def make_window():  # type: ignore[no-untyped-def]
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.window import KioskWindow
    from jxdesk.gui.startup import Mode as AppMode
    from jxdesk.gui.startup import Options, make_app, style
    from jxdesk.gui.viewmodel import WizardModel

    app, language = make_app(Options(AppMode.KIOSK))
    style(app, False)
    win = KioskWindow(WizardModel(engine=Engine()), on_language=language.apply)
    win.resize(1280, 800)
    win.show()
    win._keep = (app, language)  # type: ignore[attr-defined]
    return win


def main(argv: list[str]) -> int:
    sessions = int(argv[0]) if argv else 1000
    warmup = int(argv[1]) if len(argv) > 1 else 100
    r = soak(sessions, warmup)
    print(
        f"{r.sessions} kiosk sessions after {r.warmup} warm-up: "
        f"RSS {r.after_warmup / MB:.1f} MB -> {r.end / MB:.1f} MB, "
        f"growth {r.growth_mb:+.2f} MB, {r.seconds:.1f} s "
        f"({1000 * r.seconds / (r.sessions + r.warmup):.1f} ms a session), wipes {r.wipes}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
