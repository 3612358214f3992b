"""`jxdesk --kiosk`: the kiosk window, its crash guard, and a clean stop on SIGTERM."""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING, Any

from jxdesk.gui.crash import CrashGuard
from jxdesk.gui.kiosk.config import resolve
from jxdesk.gui.kiosk.window import KioskWindow
from jxdesk.gui.qt import QApplication, QTimer
from jxdesk.gui.startup import FirstPaint, Mode

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.startup import Language, Options

SMOKE_SIZE = (1280, 800)


def kiosk_main(
    app: QApplication, language: Language, options: Options, data: dict[str, Any] | None = None
) -> int:
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.viewmodel import WizardModel

    config = resolve(
        options.idle_seconds, options.countdown_seconds, options.lang, paper=options.paper
    )
    if options.mode is Mode.SLIP:
        from jxdesk.gui.kiosk.slip import slip_main

        return slip_main(app, language, options, data, config)
    if options.mode is Mode.SCREENSHOT:
        assert options.screenshot is not None
        return screenshot(app, language, options, data)
    model = WizardModel(engine=Engine(defer=True), lang=options.lang)
    window = KioskWindow(model, config, on_language=language.apply)
    guard = CrashGuard(window.recover, mode="kiosk").install()
    app.setQuitOnLastWindowClosed(False)  # the last window never closes by itself

    def stop(*_: Any) -> None:
        window.shutdown()
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    wake = QTimer(window)  # lets Python see the signals while Qt's loop runs
    wake.timeout.connect(lambda: None)
    wake.start(500)

    def after_first_paint() -> None:
        # the core, now that the first page is showing; then the known-answer self-test
        problem = model.warm_or_problem()
        if problem is not None:  # a broken install: never an estimate, never "correct this"
            print(f"jxdesk: {problem}", file=sys.stderr)
            if options.mode is Mode.SMOKE:
                app.exit(1)
                return
            from jxdesk.gui.kiosk.suspended import suspend

            suspend(window)  # 暂停服务, full screen, until the service restarts the kiosk
            return
        if options.mode is Mode.SMOKE:
            stop()
            return
        window.start()
        window.voice.probe()  # 🔊 朗读 where the machine has a voice (else logged, hidden)

    window.stack.installEventFilter(FirstPaint(after_first_paint, window))
    if options.mode is Mode.SMOKE:
        window.resize(*(options.geometry or SMOKE_SIZE))
        window.show()
    else:
        window.show_kiosk()
    code = int(app.exec())
    guard.uninstall()
    return code


def screenshot(
    app: QApplication, language: Language, options: Options, data: dict[str, Any] | None
) -> int:
    """`jxdesk --kiosk --case C --screenshot P [--geometry WxH]`: the kiosk's result for
    the case (its first page without one), at the size given (1280 × 800 by default)."""
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.viewmodel import WizardModel

    assert options.screenshot is not None
    model = WizardModel(from_case(data) if data else None, Engine(defer=True), lang=options.lang)
    problem = model.warm_or_problem()  # a damaged install or failed self-test: no picture
    if problem is not None:
        print(f"jxdesk: {problem}", file=sys.stderr)
        return 1
    window = KioskWindow(model, KioskConfig(lang=options.lang), on_language=language.apply)
    if data:
        window.show_case()
    window.resize(*(options.geometry or SMOKE_SIZE))
    window.show()
    for _ in range(3):
        app.processEvents()
    out = options.screenshot
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.shutdown()
    if not ok:
        print(f"{out}: cannot write the screenshot", file=sys.stderr)
        return 1
    return 0
