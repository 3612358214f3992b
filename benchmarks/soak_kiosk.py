"""Soak: a kiosk's day, session after session; is memory flat?

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/soak_kiosk.py [SESSIONS] [WARMUP]

Each session is what visitors do (issue 18: the old soak never switched language and
collected garbage after every session, so it could not see a leak of ~67 KB a switch):
every third visitor switches to English first; every fourth reads 为什么是这个数 and
规则依据; every fifth goes back from the result and types a bill's total again; every sixth
removes a bill on 看账单 and takes it back (撤销); every seventh walks away and the idle
timeout wipes the session (the others press 完成). The five kinds of case rotate. No
`gc.collect()`: Python's own collector runs as it would on a kiosk; only Qt's posted events
(deferred deletes) are processed, as the event loop does between taps.

Prints the resident set size (from /proc/self/statm) after the warm-up, at every tenth of the
run and at the end, and the growth in MB. tests/gui/test_kiosk_soak.py runs a short version
with the same code and asserts the bound; docs/benchmarks.md quotes the 10,000-session run.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field

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
    #: (sessions done, RSS) at every tenth of the run after the warm-up
    marks: list[tuple[int, int]] = field(default_factory=list)
    switches: int = 0

    @property
    def growth_mb(self) -> float:
        return (self.end - self.after_warmup) / MB


def settle() -> None:
    """What the event loop does between taps: posted events, deferred deletes (no gc)."""
    from jxdesk.gui.qt import QApplication, QCoreApplication, QEvent

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def visit(win, i: int, s) -> int:  # type: ignore[no-untyped-def]
    """One visitor's session (see the module's text); the language switches made."""
    from jxdesk.gui.kiosk.amounts import KeypadPage
    from jxdesk.gui.kiosk.bills import BillsPage
    from jxdesk.gui.kiosk.demo import fill, type_figure
    from jxdesk.gui.kiosk.flow import Step
    from jxdesk.gui.kiosk.reading import ExplainPage
    from jxdesk.gui.kiosk.result import ResultPage

    switches = 0
    if i % 3 == 1:
        win.language.click()  # English, please
        switches += 1
    fill(win, s)
    result = win.page
    assert isinstance(result, ResultPage), win.flow.step
    if i % 4 == 0:  # why this figure, and the rules behind it; then back to the result
        result.why.click()
        explain = win.page
        assert isinstance(explain, ExplainPage), win.flow.step
        explain.rules.click()
        while win.flow.step is not Step.RESULT:
            win.back.click()
    if i % 5 == 0:  # back to the last bill's figures, type the total again
        win.back.click()
        page = win.page
        assert isinstance(page, KeypadPage), win.flow.step
        type_figure(page, "total", "4321.5")
        page.next.click()
        assert win.flow.step is Step.RESULT, win.flow.step
    if i % 6 == 0:  # 看账单: remove the first bill, then 撤销
        win.page.see_bills.click()
        bills = win.page
        assert isinstance(bills, BillsPage), win.flow.step
        bills.row_buttons(0, "remove").click()
        bills.undo.click()
        win.back.click()
        assert win.flow.step is Step.RESULT, win.flow.step
    if i % 7 == 0:
        win.idle.expired.emit()  # walked away: the idle timeout wipes
    else:
        win.restart.click()  # 完成，清空
    return switches


def soak(sessions: int = 1000, warmup: int = 100, window=None, progress: bool = False) -> Soak:  # type: ignore[no-untyped-def]
    from jxdesk.gui.kiosk.demo import Bill, Child, Family, Session

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
        Session(
            scheme="flexible",
            account="800",
            family=Family((Child(order="2"),), mother="self", months="14", base="4500"),
            bills=(Bill("inpatient", "level2", "local", "12000", "1500"),),
        ),
        Session(scheme="student", aid="marginal"),
    ]
    win = window or make_window()
    start = time.perf_counter()
    after = 0
    marks: list[tuple[int, int]] = []
    tenth = max(1, sessions // 10)
    switches = 0
    for i in range(warmup + sessions):
        switches += visit(win, i, variants[i % len(variants)])
        settle()
        if i + 1 == warmup:
            after = rss_bytes()
        elif i + 1 > warmup and (i + 1 - warmup) % tenth == 0:
            marks.append((i + 1 - warmup, rss_bytes()))
            if progress:  # (a long run on a busy machine: the figures so far)
                n, b = marks[-1]
                print(
                    f"  {n} sessions: RSS {b / MB:.1f} MB ({(b - after) / MB:+.2f}), "
                    f"{time.perf_counter() - start:.0f} s, switches {switches}",
                    flush=True,
                )
    end = rss_bytes()
    return Soak(
        sessions, warmup, after, end, time.perf_counter() - start, win.wipes, marks, switches
    )


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
    r = soak(sessions, warmup, progress=True)
    print(
        f"{r.sessions} kiosk sessions after {r.warmup} warm-up: "
        f"RSS {r.after_warmup / MB:.1f} MB -> {r.end / MB:.1f} MB, "
        f"growth {r.growth_mb:+.2f} MB, {r.seconds:.1f} s "
        f"({1000 * r.seconds / (r.sessions + r.warmup):.1f} ms a session), wipes {r.wipes}, "
        f"language switches {r.switches}"
    )
    print("RSS along the run: " + ", ".join(f"{n}: {b / MB:.1f}" for n, b in r.marks))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
