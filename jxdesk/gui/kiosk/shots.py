"""Screenshots of the kiosk's pages for docs/kiosk.md:
`QT_QPA_PLATFORM=offscreen uv run python -m jxdesk.gui.kiosk.shots docs/screenshots`."""

from __future__ import annotations

import sys
from pathlib import Path

from jxdesk.gui.kiosk.demo import Bill, Session, fill
from jxdesk.gui.kiosk.flow import Step

SIZE = (1280, 800)
PAGES = (
    ("scheme", Step.SCHEME),
    ("account", Step.ACCOUNT),
    ("aid", Step.AID),
    ("kind", Step.KIND),
    ("tier", Step.TIER),
    ("place", Step.PLACE),
    ("amount", Step.AMOUNT),
    ("result", Step.RESULT),
    ("explain", Step.EXPLAIN),
    ("rules", Step.RULES),
)
SHOWN = Session(
    bills=(
        Bill("inpatient", "level3", "local", "73519.28", "1200"),
        Bill("outpatient", "primary", "local", "300"),
    )
)


def main(argv: list[str]) -> int:
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.kiosk.window import KioskWindow
    from jxdesk.gui.startup import Mode as AppMode
    from jxdesk.gui.startup import Options, make_app, style
    from jxdesk.gui.viewmodel import WizardModel

    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, language = make_app(Options(AppMode.SCREENSHOT))
    style(app, False)
    for lang in ("zh", "en"):
        language.apply(lang)
        win = KioskWindow(WizardModel(engine=Engine(), lang=lang), KioskConfig(lang=lang))
        win.on_language = language.apply
        win.resize(*SIZE)
        win.show()
        for name, step in PAGES:
            win.wipe()
            if step is not Step.SCHEME:
                fill(win, SHOWN, stop=step)
            if step is Step.AMOUNT:
                page = win.page
                page._select("excluded")  # type: ignore[attr-defined]
            app.processEvents()
            app.processEvents()  # a scroll area sizes its new contents on the second pass
            win.grab().save(str(out / f"kiosk-{name}-{lang}.png"))
        win._warn(30)
        app.processEvents()
        win.grab().save(str(out / f"kiosk-idle-{lang}.png"))
        win.countdown.hide()
        win.recover()
        app.processEvents()
        win.grab().save(str(out / f"kiosk-crash-{lang}.png"))
        win.shutdown()
        win.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
