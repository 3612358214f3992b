"""Start the window: `jxdesk [--lang zh|en] [--large-text] [--smoke] [--kiosk]
[--case F --screenshot P [--geometry WxH]]`.

Start-up is kept lean so the first page paints about as fast as a bare QWizard: the
core (pydantic, the parameter files) is imported only after that first paint. The
options, the application object and its style are in jxdesk.gui.startup (shared with
the kiosk, which must not import this module); they are re-exported here.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Any

# (Qt-free, and imported before jxdesk.gui.qt loads PySide6: see jxdesk/__main__.py)
from jxdesk.gui.answers import from_case
from jxdesk.gui.engine import Engine
from jxdesk.gui.qt import QApplication, QTimer
from jxdesk.gui.startup import (
    EXIT_ERROR,
    EXIT_INVALID,
    EXIT_OK,
    TRANSLATIONS,
    UI_FAMILIES,
    FirstPaint,
    Language,
    Mode,
    Options,
    choose_platform,
    load_case,
    make_app,
    parse_args,
    resources,
    style,
)
from jxdesk.gui.startup import _excepthook as _excepthook

__all__ = [
    "EXIT_ERROR",
    "EXIT_INVALID",
    "EXIT_OK",
    "TRANSLATIONS",
    "UI_FAMILIES",
    "FirstPaint",
    "Language",
    "Mode",
    "Options",
    "choose_platform",
    "gui_main",
    "load_case",
    "make_app",
    "parse_args",
    "resources",
    "screenshot",
    "style",
]


def gui_main(args: list[str]) -> int:
    options = parse_args(args)
    sys.excepthook = _excepthook
    data: dict[str, Any] | None = None
    if options.case is not None:
        loaded = load_case(options.case, options.lang)
        if isinstance(loaded, int):
            return loaded
        data = loaded
    problem = choose_platform(options.mode)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_ERROR
    app, language = make_app(options)
    lazy = not options.kiosk and options.mode is not Mode.SCREENSHOT
    sheet = style(app, options.large_text, defer_sheet=lazy)
    if options.kiosk or options.mode is Mode.SCREENSHOT:
        gc.enable()  # paused by __main__ for the wizard's start-up only (see after_first_paint)
    if options.kiosk:  # (a kiosk screenshot too: the kiosk's own pages, at --geometry)
        from jxdesk.gui.kiosk.run import kiosk_main

        return kiosk_main(app, language, options, data)

    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    # at a counter, as at a kiosk, only the packs an administrator installed machine-wide count
    engine = Engine(defer=True, user=False)
    model = WizardModel(from_case(data) if data else None, engine, lang=options.lang)
    if options.mode is Mode.SCREENSHOT:  # the core now: a damaged install or failed
        problem = model.warm_or_problem()  # self-test stops here, with no page at all
        if problem is not None:
            print(f"jxdesk: {problem}", file=sys.stderr)
            return EXIT_ERROR
    wizard = Wizard(model, lazy=options.mode is not Mode.SCREENSHOT)
    if lazy:
        app.setStyleSheet(sheet)  # page 1 is built, nothing is shown yet (see style())

    def switch(lang: str) -> None:
        language.apply(lang)
        model.set_lang(lang)

    wizard.language_requested.connect(switch)

    if options.mode is Mode.SCREENSHOT:
        assert options.screenshot is not None
        return screenshot(app, wizard, options.screenshot, options.page, options.geometry)

    def after_first_paint() -> None:
        gc.enable()  # paused since start-up (jxdesk/__main__.py)
        if options.mode is Mode.SMOKE:
            if os.environ.get("JXDESK_PAINT_CLOCK"):
                print(f"first-paint {watcher.at:.6f}", flush=True)
            problem = model.warm_or_problem()  # the core loads and passes its self-test
            if problem is not None:
                print(f"jxdesk: {problem}", file=sys.stderr)
                app.exit(EXIT_ERROR)
                return
            app.quit()
            return
        wizard.complete()  # the other pages, and the core, now that the person sees one
        problem = model.warm_or_problem()
        if problem is not None:
            print(f"jxdesk: {problem}", file=sys.stderr)
            from jxdesk.gui.qt import QMessageBox

            QMessageBox.critical(wizard, "jxdesk", problem)
            app.exit(EXIT_ERROR)
            return
        from jxdesk.gui.counter.session import install_counter  # keys, 新建, the crash guard

        install_counter(wizard)
        language.apply(language.lang, qt_dialogs=True)

    watcher = FirstPaint(after_first_paint, wizard)
    wizard.page(wizard.startId()).installEventFilter(watcher)
    QTimer.singleShot(5000, gc.enable)  # in case the window is never painted
    wizard.show()
    return int(app.exec())


def screenshot(
    app: QApplication,
    wizard: Any,
    out: Path,
    page: int | None = None,
    geometry: tuple[int, int] | None = None,
) -> int:
    """Render a page (the results unless `page` is given) and save it as PNG: at its full
    height, or at exactly `geometry` (--geometry WxH) when given."""
    from jxdesk.gui.viewmodel import Page

    wizard.resize(*(geometry or (wizard.sizeHint().width(), wizard.sizeHint().height())))
    wizard.show()
    target = Page.RESULTS if page is None else Page(page - 1)
    while wizard.currentId() < int(target):
        before = wizard.currentId()
        wizard.next()
        app.processEvents()
        if wizard.currentId() == before:
            break
    app.processEvents()
    current = wizard.currentPage()
    body = current.body_widget
    extra = body.sizeHint().height() - current.scroll_area.viewport().height()
    if extra > 0 and geometry is None:
        wizard.resize(wizard.width(), min(wizard.height() + extra + 8, 4000))
    for _ in range(3):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not wizard.grab().save(str(out)):
        print(f"{out}: cannot write the screenshot", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
