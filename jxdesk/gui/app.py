"""Start the window: `jxdesk [--lang zh|en] [--large-text] [--smoke] [--kiosk]
[--case F --screenshot P [--geometry WxH]]`, or print a case to PDF without a window:
`jxdesk --case F --save-pdf OUT.pdf [--lang en]`.

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
from jxdesk.gui.clock import env_problem as clock_problem
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
    "open_wizard",
    "parse_args",
    "print_case",
    "resources",
    "save_pdf",
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
    problem = choose_platform(options.mode) or clock_problem()  # (JXDESK_TODAY: tests, demos)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_ERROR
    app, language = make_app(options)
    headless = options.mode in (Mode.SCREENSHOT, Mode.SAVE_PDF, Mode.SLIP)  # (offscreen)
    lazy = not options.kiosk and not headless
    sheet = style(app, options.large_text, defer_sheet=lazy)
    if options.kiosk or headless:
        gc.enable()  # paused by __main__ for the wizard's start-up only (see after_first_paint)
    if options.kiosk:  # (a kiosk screenshot too: the kiosk's own pages, at --geometry)
        from jxdesk.gui.kiosk.run import kiosk_main

        return kiosk_main(app, language, options, data)

    from jxdesk.gui.counter.wizard import Wizard

    model = counter_model(data, options.lang)
    if headless:  # the core now: a damaged install or failed
        problem = model.warm_or_problem()  # self-test stops here, with no page at all
        if problem is not None:
            print(f"jxdesk: {problem}", file=sys.stderr)
            return EXIT_ERROR
    wizard = Wizard(model, lazy=not headless)
    if lazy:
        app.setStyleSheet(sheet)  # page 1 is built, nothing is shown yet (see style())

    def switch(lang: str) -> None:
        language.apply(lang)
        model.set_lang(lang)

    wizard.language_requested.connect(switch)

    if options.mode is Mode.SCREENSHOT:
        assert options.screenshot is not None
        return screenshot(app, wizard, options.screenshot, options.page, options.geometry)
    if options.mode is Mode.SAVE_PDF:
        assert options.save_pdf is not None
        return save_pdf(app, wizard, options.save_pdf)

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

        install_counter(wizard, case_path=options.case)
        language.apply(language.lang, qt_dialogs=True)

    watcher = FirstPaint(after_first_paint, wizard)
    wizard.page(wizard.startId()).installEventFilter(watcher)
    QTimer.singleShot(5000, gc.enable)  # in case the window is never painted
    if options.geometry:
        wizard.resize(*options.geometry)
        wizard.show()
    else:
        wizard.show_sized()  # a whole page without scrolling; maximised on a small screen
    return int(app.exec())


def counter_model(data: dict[str, Any] | None, lang: str) -> Any:
    from jxdesk.gui.viewmodel import WizardModel

    # at a counter, as at a kiosk, only the packs an administrator installed machine-wide count
    engine = Engine(defer=True, user=False)
    return WizardModel(from_case(data) if data else None, engine, lang=lang)


def open_wizard(data: dict[str, Any] | None, lang: str) -> Any:
    """The counter's wizard on a case, every page built at once (the headless modes)."""
    from jxdesk.gui.counter.wizard import Wizard

    model = counter_model(data, lang)
    model.warm()
    return Wizard(model, lazy=False)


def print_case(app: QApplication, data: dict[str, Any], out: Path, lang: str = "zh") -> int:
    """What `--case … --save-pdf OUT` does once the app is set up (tests call it for many
    cases in one process)."""
    return save_pdf(app, open_wizard(data, lang), out)


def save_pdf(app: QApplication, wizard: Any, out: Path) -> int:
    """`--save-pdf`: the wizard opened on the case walks to its results, as the app does,
    and writes the PDF through the results page's own 保存为 PDF path."""
    from jxdesk.gui.viewmodel import Page

    wizard.show()
    wizard.show_results()
    app.processEvents()
    if wizard.currentId() != int(Page.RESULTS):  # pragma: no cover - load_case checked it
        print(f"{out}: the case cannot be estimated", file=sys.stderr)
        return EXIT_ERROR
    saved = wizard.results.save_pdf(str(out))
    wizard.hide()
    wizard.deleteLater()  # (gone with the process; and at once where a caller goes on)
    app.processEvents()
    if not saved:
        print(f"{out}: cannot write the PDF", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


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
