"""`jxdesk --kiosk`: the kiosk window, its crash guard, and a clean stop on SIGTERM."""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING, Any

from jxdesk.gui.crash import CrashGuard
from jxdesk.gui.kiosk.config import resolve
from jxdesk.gui.kiosk.window import KioskWindow
from jxdesk.gui.qt import QApplication, QTimer

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.app import Language, Options

SMOKE_SIZE = (1280, 800)


def kiosk_main(app: QApplication, language: Language, options: Options) -> int:
    from jxdesk.gui.app import FirstPaint, Mode
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.viewmodel import WizardModel

    config = resolve(options.idle_seconds, options.countdown_seconds, options.lang)
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

    window.stack.installEventFilter(FirstPaint(after_first_paint, window))
    if options.mode is Mode.SMOKE:
        window.resize(*SMOKE_SIZE)
        window.show()
    else:
        window.show_kiosk()
    code = int(app.exec())
    guard.uninstall()
    return code
