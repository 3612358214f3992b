"""What every mode starts with: the command line (`Options`, `parse_args`), the
application object (`make_app`), its font and style sheet (`style`), the language
(`Language`), the first-paint hook (`FirstPaint`) and a case file (`load_case`).

The counter (jxdesk.gui.app, jxdesk.gui.counter) and the kiosk (jxdesk.gui.kiosk) both
build on this module, which imports neither: start-up code lives here, so no mode
imports the module that launches it. Qt-light: jxdesk.gui.qt binds each Qt name on
first use.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

# (Qt-free, and imported before jxdesk.gui.qt loads PySide6: see jxdesk/__main__.py)
from jxdesk.gui import fonts, theme
from jxdesk.gui.qt import (
    QApplication,
    QEvent,
    QFont,
    QLocale,
    QObject,
    QTimer,
)

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.qt import QCoreApplication, QTranslator

EXIT_OK, EXIT_ERROR, EXIT_INVALID = 0, 1, 2
TRANSLATIONS = "translations"
UI_FAMILIES = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]


class Mode(Enum):
    WINDOW = "window"  # the ordinary app
    SMOKE = "smoke"  # paint the first page, exit 0
    SCREENSHOT = "screenshot"  # open a case, save the results page as PNG, exit 0
    SAVE_PDF = "save-pdf"  # open a case, write the results' PDF (as 导出 PDF does), exit 0
    KIOSK = "kiosk"  # full screen touch kiosk: keypad, idle wipe (jxdesk/gui/kiosk)
    SLIP = "slip"  # --kiosk --case F --slip OUT.pdf: the kiosk's printed slip, exit 0


class Options:
    """What the command line asked for. (A plain class: a NamedTuple generates code when
    it is defined, ~1 ms of start-up, and `dataclasses` ~3 ms.)"""

    _FIELDS = (
        "mode",
        "lang",
        "large_text",
        "case",
        "screenshot",
        "page",
        "kiosk",
        "idle_seconds",
        "countdown_seconds",
        "geometry",
        "save_pdf",
        "slip",
        "paper",
    )
    __slots__ = _FIELDS

    def __init__(
        self,
        mode: Mode,
        lang: str = "zh",
        large_text: bool = False,
        case: Path | None = None,
        screenshot: Path | None = None,
        page: int | None = None,  # screenshot another page than the results (docs)
        kiosk: bool = False,  # --kiosk (with --smoke: paint the kiosk's first page, exit)
        idle_seconds: float | None = None,  # kiosk: None = JXDESK_IDLE_SECONDS or 90
        countdown_seconds: float | None = None,  # kiosk: None = JXDESK_COUNTDOWN_SECONDS or 30
        geometry: tuple[int, int] | None = None,  # --geometry WxH: the window's size
        save_pdf: Path | None = None,  # with a case: write its printout there as PDF, exit
        slip: Path | None = None,  # kiosk, with a case: write the slip there as PDF, exit
        paper: str | None = None,  # the slip's paper, 80mm or a4 (None: the kiosk's setting)
    ) -> None:
        self.mode = mode
        self.lang = lang
        self.large_text = large_text
        self.case = case
        self.screenshot = screenshot
        self.page = page
        self.kiosk = kiosk
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        self.geometry = geometry
        self.save_pdf = save_pdf
        self.slip = slip
        self.paper = paper

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Options):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._FIELDS)
        return f"Options({fields})"


#: the switches a plain command line is made of (read without argparse: see parse_args)
_FLAGS = {"--smoke": "smoke", "--large-text": "large_text", "--kiosk": "kiosk"}
_LANGS = ("zh", "en")


def _plain_options(argv: Sequence[str]) -> Options | None:
    """The options of a plain command line (the flags above and `--lang zh|en`, as
    argparse would read them), or None for anything else."""
    on = {"smoke": False, "large_text": False, "kiosk": False}
    lang = "zh"
    args = list(argv)
    i = 0
    while i < len(args):
        a = args[i]
        if a in _FLAGS:
            on[_FLAGS[a]] = True
        elif a == "--lang" and i + 1 < len(args) and args[i + 1] in _LANGS:
            i += 1
            lang = args[i]
        elif a.startswith("--lang=") and a.partition("=")[2] in _LANGS:
            lang = a.partition("=")[2]
        else:
            return None
        i += 1
    mode = Mode.SMOKE if on["smoke"] else Mode.KIOSK if on["kiosk"] else Mode.WINDOW
    return Options(mode, lang, on["large_text"], kiosk=on["kiosk"])


def geometry(text: str) -> tuple[int, int]:
    """'1024x768' -> (1024, 768): a window size for --geometry (argparse's type)."""
    import argparse

    w, sep, h = text.lower().partition("x")
    if (
        not sep
        or not w.isdigit()
        or not h.isdigit()
        or not (200 <= int(w) <= 8000)
        or not (200 <= int(h) <= 8000)
    ):
        raise argparse.ArgumentTypeError(f"{text!r}: give the size as WIDTHxHEIGHT, e.g. 1024x768")
    return int(w), int(h)


def parse_args(argv: Sequence[str]) -> Options:
    """The options; a plain command line (how the window is started) is read without
    argparse, whose parser and gettext cost start-up ~2.5 ms; anything else (help, a file,
    a number, a mistake) goes through argparse."""
    plain = _plain_options(argv)
    if plain is not None:
        return plain
    import argparse

    p = argparse.ArgumentParser(prog="jxdesk", description="嘉兴医保与生育待遇估算 (the window)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.add_argument(
        "--large-text",
        action="store_true",
        help="the counter: all text 1.5 times as large (the kiosk sizes its text by the screen)",
    )
    p.add_argument("--smoke", action="store_true", help="start, paint the first page, exit")
    p.add_argument("--case", type=Path, help="open the wizard on this case (JSON)")
    p.add_argument("--screenshot", type=Path, help="with --case: save the results page as PNG")
    p.add_argument("--save-pdf", type=Path, help="with --case: write the printout as PDF, exit")
    p.add_argument("--slip", type=Path, help="--kiosk, with --case: write the slip as PDF, exit")
    p.add_argument("--paper", choices=("80mm", "a4"), help="the slip's paper (80mm by default)")
    p.add_argument("--page", type=int, choices=(1, 2, 3, 4), help=argparse.SUPPRESS)
    p.add_argument("--kiosk", action="store_true", help="full-screen touch kiosk (docs/kiosk.md)")
    p.add_argument("--idle-seconds", type=float, help="kiosk: idle time before the countdown")
    p.add_argument("--countdown-seconds", type=float, help="kiosk: countdown before the wipe")
    p.add_argument(
        "--geometry", type=geometry, metavar="WxH", help="the window's size, e.g. 1024x768"
    )
    a = p.parse_args(list(argv))
    if a.screenshot and not a.case:
        p.error("--screenshot needs --case")
    if a.save_pdf and not a.case:
        p.error("--save-pdf needs --case")
    mode = Mode.SMOKE if a.smoke else Mode.SCREENSHOT if a.screenshot else Mode.WINDOW
    if a.save_pdf and mode is Mode.WINDOW:
        mode = Mode.SAVE_PDF
    if a.slip and not (a.case and a.kiosk):
        p.error("--slip needs --kiosk and --case")
    if a.slip and mode is Mode.WINDOW:
        mode = Mode.SLIP
    if a.kiosk and mode is Mode.WINDOW:
        mode = Mode.KIOSK
    return Options(
        mode,
        a.lang,
        a.large_text,
        a.case,
        a.screenshot,
        a.page,
        kiosk=a.kiosk,
        idle_seconds=a.idle_seconds,
        countdown_seconds=a.countdown_seconds,
        geometry=a.geometry,
        save_pdf=a.save_pdf,
        slip=a.slip,
        paper=a.paper,
    )


def resources() -> Path:
    from jxdesk.core.resources import resources_dir  # plain pathlib, no pydantic

    return resources_dir()


class Language(QObject):
    """Installs the English catalogue (or Qt's own Chinese one) and says which is on."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.lang = "zh"
        self._installed: list[QTranslator] = []
        #: each catalogue loaded once and kept (a kiosk switches language many times a day:
        #: a new QTranslator per switch, parented here, was never freed: ~67 KB each)
        self._loaded: dict[str, QTranslator | None] = {}
        self._fallbacks: dict[int, QTranslator] = {}  # qt_zh.AmpersandFallback per catalogue

    def apply(self, lang: str, qt_dialogs: bool = True) -> bool:
        """Switch language; `qt_dialogs` also loads Qt's own Chinese (print, file dialogs)."""
        for t in self._installed:
            self.app.removeTranslator(t)
        self._installed = []
        ok = True
        if lang == "en":
            ok = self._load("jxdesk_en", str(resources() / TRANSLATIONS))
            QLocale.setDefault(QLocale("en_US"))
        else:
            if qt_dialogs:  # Qt's own dialogs (print, file) in Chinese
                from jxdesk.gui.qt import QLibraryInfo  # (names bound late: start-up)

                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if self._load("qtbase_zh_CN", qt_dir):
                    from jxdesk.gui.qt_zh import AmpersandFallback  # labels Qt's .qm lacks

                    # one for the catalogue, made once: a new one per switch would leak
                    catalogue = self._installed[-1]
                    fallback = self._fallbacks.get(id(catalogue))
                    if fallback is None:
                        fallback = self._fallbacks[id(catalogue)] = AmpersandFallback(catalogue)
                    self.app.installTranslator(fallback)
                    self._installed.append(fallback)
            QLocale.setDefault(QLocale("zh_CN"))
        self.lang = lang
        return ok

    def _load(self, name: str, directory: str) -> bool:
        from jxdesk.gui.qt import QTranslator

        if name not in self._loaded:
            fresh = QTranslator(self)
            self._loaded[name] = fresh if fresh.load(name, directory) else None
        t = self._loaded[name]
        if t is None:
            return False
        self.app.installTranslator(t)
        self._installed.append(t)
        return True


class FirstPaint(QObject):
    """Calls back once, when the watched widget has painted for the first time."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback
        self.done = False
        self.at = 0.0  # time.monotonic() of the first paint (benchmarks/startup.py reads it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.at = time.monotonic()
            QTimer.singleShot(0, self.callback)
        return False


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """No traceback for the person at the desk: one line on standard error
    (JXDESK_TRACEBACK=1 shows it, for developers)."""
    if os.environ.get("JXDESK_TRACEBACK"):
        sys.__excepthook__(kind, exc, tb)
        return
    print(f"jxdesk: internal error: {kind.__name__}: {exc}", file=sys.stderr)


def load_case(path: Path, lang: str) -> dict[str, Any] | int:
    """The case in the file, or an exit status after printing the core's messages."""
    from jxdesk.core.api import parse_json, problems_of
    from jxdesk.core.parameters import ParameterError
    from jxdesk.core.problems import InvalidCase

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        from jxdesk.core.problems import printable

        print(f"{printable(str(path))}: cannot read: {exc}", file=sys.stderr)
        return EXIT_INVALID
    try:
        data = parse_json(text)
        problems = problems_of(data)
    except InvalidCase as exc:
        problems = exc.problems
    except ParameterError as exc:  # the install, not the case: name the file, exit 1
        print(f"jxdesk: the installation is damaged, no estimate: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if problems:
        for p in problems:
            text = p.text(lang)
            print(f"{p.path}: {text}" if p.path else text, file=sys.stderr)
        return EXIT_INVALID
    if not isinstance(data, dict):  # pragma: no cover - problems_of already refused it
        return EXIT_INVALID
    return data


def choose_platform(mode: Mode) -> str | None:
    """Headless modes render offscreen when there is no screen; None when all is well,
    else a message for a window that cannot open."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if mode in (Mode.SCREENSHOT, Mode.SAVE_PDF, Mode.SLIP):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not screen:
        if mode is Mode.SMOKE:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return None
        return "jxdesk: no screen to open the window on (DISPLAY is not set)"
    return None


def make_app(options: Options) -> tuple[QApplication, Language]:
    from jxdesk.gui.privacy import seal
    from jxdesk.gui.qt import QApplication as App

    seal()  # no file dialog history, no D-Bus autolaunch: nothing written on its own
    existing = App.instance()
    if existing is None:
        # Fusion from the start: one look everywhere, one style object, and Python never
        # wraps the QStyle (its enums alone cost start-up ~6 ms)
        app = App([sys.argv[0], "-style", "Fusion"])
    else:
        assert isinstance(existing, QApplication)
        app = existing
        if app.style().name() != "fusion":
            app.setStyle("Fusion")
    app.setApplicationName("jxdesk")
    fonts.register_fonts()  # the bundled CJK font (~1.5 ms where there is one)
    language = Language(app)
    headless = (Mode.SCREENSHOT, Mode.SAVE_PDF, Mode.SLIP)
    language.apply(options.lang, qt_dialogs=options.mode in headless)
    return app, language


def style(app: QApplication, large_text: bool, defer_sheet: bool = False) -> str:
    """Set the font and the style sheet; with `defer_sheet`, the sheet is returned for the
    caller to set once its widgets are built (before they are shown: the first paint is
    styled all the same, and each widget is polished once instead of at every re-parenting
    while the page is put together)."""
    sizes = theme.Sizes(1.5 if large_text else 1.0)
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(sizes.body)
    app.setFont(font)
    sheet = theme.stylesheet(sizes)
    if not defer_sheet and app.styleSheet() != sheet:  # (setting it re-polishes every widget)
        app.setStyleSheet(sheet)
    return sheet
