"""Screenshots of the kiosk's pages for docs/kiosk.md:
`QT_QPA_PLATFORM=offscreen uv run python -m jxdesk.gui.kiosk.shots docs/screenshots [WxH …]`
(1080x1920 and 1366x768 unless sizes are given); files kiosk-NAME-LANG-WxH.png. Every
page in Chinese, `ENGLISH` in English too; `--all` takes every page in both."""

from __future__ import annotations

import sys
from pathlib import Path

from jxdesk.gui.kiosk.demo import (
    EVERY_PAGE,
    GRANDFATHER,
    GRANDMOTHER,
    YOUNG_MOTHER,
    fill,
    type_figure,
)
from jxdesk.gui.kiosk.flow import Step

SIZES = ((1080, 1920), (1366, 768))  # an upright terminal and a common landscape one
#: the pages the docs show in English too (every page is shown in Chinese)
ENGLISH = ("scheme", "amount", "result", "bills", "grandfather")
PAGES = (
    ("scheme", Step.SCHEME),
    ("account", Step.ACCOUNT),
    ("aid", Step.AID),
    ("family", Step.FAMILY),
    ("year", Step.KID_YEAR),
    ("month", Step.KID_MONTH),
    ("day", Step.KID_DAY),
    ("order", Step.KID_ORDER),
    ("twins", Step.TWIN_BEFORE),
    ("registered", Step.KID_REGISTERED),
    ("more", Step.MORE_KIDS),
    ("mother", Step.MOTHER_WHO),
    ("mother-scheme", Step.MOTHER_SCHEME),
    ("months", Step.MOTHER_MONTHS),
    ("base", Step.MOTHER_BASE),
    ("difficult", Step.MOTHER_DIFFICULT),
    ("kind", Step.KIND),
    ("tier", Step.TIER),
    ("place", Step.PLACE),
    ("amount", Step.AMOUNT),
    ("result", Step.RESULT),
    ("bills", Step.BILLS),
    ("explain", Step.EXPLAIN),
    ("rules", Step.RULES),
)


def size_of(text: str) -> tuple[int, int]:
    w, _, h = text.partition("x")
    return int(w), int(h)


def main(argv: list[str]) -> int:
    from jxdesk.gui.engine import Engine
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.kiosk.window import KioskWindow
    from jxdesk.gui.startup import Mode, Options, make_app, style
    from jxdesk.gui.viewmodel import WizardModel

    every = "--all" in argv
    argv = [a for a in argv if a != "--all"]
    out = Path(argv[0] if argv else "docs/screenshots")
    sizes = tuple(size_of(a) for a in argv[1:]) or SIZES
    out.mkdir(parents=True, exist_ok=True)
    app, language = make_app(Options(Mode.SCREENSHOT))
    style(app, False)
    for w, h in sizes:
        for lang in ("zh", "en"):
            language.apply(lang)
            win = KioskWindow(WizardModel(engine=Engine(), lang=lang), KioskConfig(lang=lang))
            win.on_language = language.apply
            win.resize(w, h)
            win.show()

            def save(
                name: str, win: KioskWindow = win, w: int = w, h: int = h, lang: str = lang
            ) -> None:
                if not every and lang == "en" and name not in ENGLISH:
                    return
                app.processEvents()
                app.processEvents()  # a scroll area sizes its new contents on the second pass
                win.grab().save(str(out / f"kiosk-{name}-{lang}-{w}x{h}.png"))

            for name, step in PAGES:
                win.wipe()
                if step is Step.RESULT:  # the whole result, both bills
                    fill(win, EVERY_PAGE)
                elif step is not Step.SCHEME:
                    fill(win, EVERY_PAGE, stop=step)
                if step is Step.AMOUNT:  # the first bill's figures typed on the keys
                    bill = EVERY_PAGE.bills[0]
                    type_figure(win.page, "total", bill.total)  # type: ignore[arg-type]
                    type_figure(win.page, "excluded", bill.excluded)  # type: ignore[arg-type]
                save(name)
            for name, who in (
                ("young-mother", YOUNG_MOTHER),
                ("grandfather", GRANDFATHER),
                ("grandmother", GRANDMOTHER),
            ):
                win.wipe()
                fill(win, who)
                save(name)
            win.wipe()
            fill(win, GRANDFATHER)
            win.page.see_bills.click()  # type: ignore[attr-defined]
            save("grandfather-bills")
            win.restart.click()  # 重新开始？ on a question page: it asks
            win.wipe()
            fill(win, EVERY_PAGE, stop=Step.KID_ORDER)
            win.restart.click()
            save("restart")
            win.wipe()
            fill(win, EVERY_PAGE, stop=Step.KIND)
            win._warn(30)
            save("idle")
            win.countdown.hide()
            win.recover()
            save("crash")
            win.shutdown()
            win.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
