"""A damaged install or a failed self-test stops every window mode loudly (issue 11).

`--smoke` and `--screenshot` exit 1 naming the file (they exited 0, the screenshot an empty
page); the counter says so to the operator and stops (the same message, in a dialog); the kiosk
shows a full-screen 暂停服务 and never a wrong estimate nor "有内容需要修改".
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest
from support.damage import DAMAGES, damaged_copy, run_jxdesk

from gui import kiosk_fixtures
from jxdesk.core.parameters import load_parameters
from jxdesk.core.resources import RESOURCES_ENV, resources_dir
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QApplication, Qt, QTimer

kiosk = kiosk_fixtures.kiosk  # the fixture

CASE = '{"year": 2025, "person": {"scheme": "employee"}}'


@pytest.mark.parametrize(
    "damage",
    [
        "not-utf8",
        "parameter-removed",
        "selftest-missing",
        # issue 18: these crashed, or --smoke never exited
        "impossible-day",
        "impossible-month",
        "parameters-unreadable",
        "resources-missing",
        # issue 16 and 18 item 6: each passed start-up before the manifest
        "figure-edited",
        "qm-damaged",
        "font-truncated",
    ],
)
@pytest.mark.parametrize(
    "mode", [["--smoke"], ["--kiosk", "--smoke"], ["--screenshot"]], ids=["smoke", "kiosk", "shot"]
)
def test_window_modes_on_a_damaged_install_exit_1_naming_the_file(
    tmp_path: Path, damage: str, mode: list[str]
) -> None:
    resources = damaged_copy(tmp_path, damage)
    png = tmp_path / "shot.png"
    if mode == ["--screenshot"]:
        case = tmp_path / "case.json"
        case.write_text(CASE, "utf-8")
        mode = ["--case", str(case), "--screenshot", str(png)]
    done = run_jxdesk(mode, resources, tmp_path / "config")
    assert done.returncode == 1, done.stderr
    assert DAMAGES[damage][1] in done.stderr
    assert "Traceback" not in done.stderr and "有内容需要修改" not in done.stderr
    assert not png.exists()


def test_an_intact_copy_passes_smoke(tmp_path: Path) -> None:
    shutil.copytree(resources_dir(), tmp_path / "resources")
    done = run_jxdesk(["--smoke"], tmp_path / "resources", tmp_path / "config")
    assert done.returncode == 0, done.stderr


def test_suspend_covers_the_kiosk_and_takes_every_touch(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.kiosk.suspended import TITLE, suspend

    step = kiosk.flow.step
    notice = suspend(kiosk)
    qtbot.wait(50)
    assert notice.isVisible() and notice.geometry() == kiosk.rect()
    assert TITLE in notice.accessibleName() and notice.title.text() == "暂停服务"
    qtbot.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=kiosk.rect().center())
    for b in kiosk.findChildren(type(kiosk.language)):  # every button under the notice
        if b.isVisible():
            qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    assert kiosk.flow.step is step  # nothing moved
    kiosk.resize(1024, 700)
    qtbot.wait(50)
    assert notice.geometry() == kiosk.rect()


def test_the_kiosk_on_a_failed_selftest_shows_out_of_service(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The real start-up path (kiosk_main), on an install with a removed figure."""
    from jxdesk.gui.app import Language, Mode, Options
    from jxdesk.gui.kiosk.run import kiosk_main
    from jxdesk.gui.kiosk.suspended import OutOfService
    from jxdesk.gui.kiosk.window import KioskWindow

    resources = damaged_copy(tmp_path, "parameter-removed")
    monkeypatch.setenv(RESOURCES_ENV, str(resources))
    monkeypatch.setenv("JXDESK_CONFIG_DIR", str(tmp_path / "config"))
    load_parameters.cache_clear()
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    quit_on_close = qapp.quitOnLastWindowClosed()
    seen: dict[str, object] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
        notices = [n for w in windows for n in w.findChildren(OutOfService)]
        if not notices and look.tries < 100:  # type: ignore[attr-defined]
            look.tries += 1  # type: ignore[attr-defined]
            QTimer.singleShot(100, look)
            return
        seen["notice"] = bool(notices) and notices[0].isVisible()
        seen["step"] = windows[0].flow.step if windows else None
        for w in windows:
            w.shutdown()
        qapp.quit()

    look.tries = 0  # type: ignore[attr-defined]
    QTimer.singleShot(100, look)
    try:
        language = Language(qapp)
        code = kiosk_main(qapp, language, Options(Mode.KIOSK, kiosk=True))
    finally:
        for s, h in handlers.items():
            signal.signal(s, h)
        qapp.setQuitOnLastWindowClosed(quit_on_close)
        load_parameters.cache_clear()
    assert code == 0  # it stays up (the service would restart it into the same state)
    assert seen["notice"] is True
    assert seen["step"] is Step.SCHEME  # the first page, under the notice: nothing was asked
