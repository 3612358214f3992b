"""🔊 朗读: the kiosk reads a page aloud with the platform's own speech engine, through
Qt's QtTextToSpeech (PySide6-Addons): SAPI or WinRT on Windows (which ship Chinese
voices), speech-dispatcher on Linux (espeak-ng's Mandarin), AVSpeech on macOS.

Mandarin in Chinese mode, English in English mode. A voice for the language is chosen
from the engine's locales (a Chinese one, China first), or, where an engine lists its
Mandarin under no locale Qt knows (speech-dispatcher names espeak-ng's `cmn` "Chinese
(Mandarin…)" under the C locale), by the voice's name. A machine with no engine, or no
voice for the kiosk's language, hides the button and says so once on standard error,
for the administrator; nothing is spoken and nothing else changes.

Speech stops at once when the page changes, on any tap on the window (except the 🔊
button itself, which stops and starts again), and on the idle wipe (`Voice.stop`).
kiosk.toml's `read_aloud` reads each question and the result as it opens.

The engine is made only by `probe()` (the kiosk calls it after its first paint), never
at import or when a window is built: tests and the headless modes start no speech
service.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from jxdesk.gui.kiosk.base import button
from jxdesk.gui.kiosk.speech_text import page_said
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import QEvent, QObject, QSize, QStyle, QTimer

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtTextToSpeech import QTextToSpeech

    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.qt import QHBoxLayout, QPushButton, QWidget

MANDARIN_NAMES = ("mandarin", "cmn", "chinese", "普通话", "中文", "huihui", "yaoyao", "kangkang")
_TAPS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)


def _log(text: str) -> None:
    print(f"jxdesk kiosk: {text}", file=sys.stderr)


class Voice(QObject):
    """The kiosk's voice and its 🔊 button (hidden until `probe` finds a voice)."""

    def __init__(self, window: QWidget, config: KioskConfig, row: QHBoxLayout) -> None:
        super().__init__(window)
        self.window = window
        self.config = config
        self.engine: QTextToSpeech | None = None
        self.voices: dict[str, tuple[Any, Any]] = {}  # lang -> (QLocale, QVoice or None)
        self.button: QPushButton = button()
        self.button.setProperty("speak", True)
        # a loudspeaker drawn by the style, not the 🔊 character: the bundled CJK font has no
        # emoji, and a kiosk without an emoji font would show an empty box
        self.button.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.button.clicked.connect(self.read_page)
        self.button.hide()
        row.addWidget(self.button)
        self.spoken = ""  # what was last given to the engine (tests read it)
        self._filter_on = False

    # ---- finding a voice
    def probe(self, engine_name: str = "") -> bool:
        """Make the engine and find a voice for each language; show the button when the
        kiosk's languages have one. False (and a line in the log) when there is none."""
        if not self.config.voice:
            return False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # the module or a library it needs is missing
            _log(f"no voice (QtTextToSpeech cannot load: {exc}); 朗读 is hidden")
            return False
        engines = QTextToSpeech.availableEngines()
        if engine_name and engine_name not in engines:
            _log(f"no voice (the speech engine {engine_name!r} is not installed); 朗读 is hidden")
            return False
        usable = [e for e in engines if e != "mock"] if not engine_name else [engine_name]
        if not usable:
            _log("no voice (no speech engine is installed); 朗读 is hidden")
            return False
        engine = QTextToSpeech(usable[0], self)
        if engine.state() == QTextToSpeech.State.Error:
            _log(
                f"no voice (the speech engine {usable[0]!r} failed: {engine.errorString()}); "
                "朗读 is hidden"
            )
            engine.deleteLater()
            return False
        self.engine = engine
        self.voices = {}
        for lang in ("zh", "en"):
            found = self._find(lang)
            if found is None:
                _log(
                    f"no {'Mandarin' if lang == 'zh' else 'English'} voice in the speech "
                    f"engine {usable[0]!r}; 朗读 is hidden in that language"
                )
            else:
                self.voices[lang] = found
        if not self._filter_on:
            from jxdesk.gui.qt import QApplication

            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._filter_on = True
        self.refresh()
        return bool(self.voices)

    def _find(self, lang: str) -> tuple[Any, Any] | None:
        from jxdesk.gui.qt import QLocale

        engine = self.engine
        assert engine is not None
        want = QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English
        locales = [loc for loc in engine.availableLocales() if loc.language() == want]
        if locales:
            china = [
                loc
                for loc in locales
                if loc.territory() in (QLocale.Country.China, QLocale.Country.UnitedStates)
            ]
            return (china or locales)[0], None
        if lang == "zh":  # a Mandarin voice under a locale Qt does not name (espeak-ng's cmn)
            for loc in engine.availableLocales():
                if loc.language() != QLocale.Language.C:
                    continue
                engine.setLocale(loc)
                for v in engine.availableVoices():
                    name = v.name().lower()
                    if any(m in name for m in MANDARIN_NAMES) and "cantonese" not in name:
                        return loc, v
        return None

    # ---- speaking
    @property
    def lang(self) -> str:
        return str(getattr(self.window, "lang", "zh"))

    def available(self) -> bool:
        return self.engine is not None and self.lang in self.voices

    def refresh(self) -> None:
        """The button's words and whether it shows (a page with words, a voice for them)."""
        lang = self.lang
        self.button.setText(say("speak", lang))
        self.button.setAccessibleName(say("speak", lang))
        self.button.ensurePolished()  # (the style sheet sets its font)
        side = self.button.fontMetrics().height()  # the icon as tall as the words
        self.button.setIconSize(QSize(side, side))
        self.button.setVisible(self.available() and bool(self.text()))

    def text(self) -> str:
        window = self.window
        return page_said(window.page, window.flow)  # type: ignore[attr-defined]

    def read_page(self) -> None:
        self.speak(self.text())

    def speak(self, text: str) -> None:
        self.stop()
        if not text or not self.available():
            return
        engine = self.engine
        assert engine is not None
        locale, voice = self.voices[self.lang]
        engine.setLocale(locale)
        if voice is not None:
            engine.setVoice(voice)
        self.spoken = text
        engine.say(text)

    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self.engine is not None and self.engine.state() == QTextToSpeech.State.Speaking

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def page_changed(self) -> None:
        """A new page: silence, then (kiosk.toml's read_aloud) the new page's words."""
        self.stop()
        self.refresh()
        if self.config.read_aloud and self.available():
            QTimer.singleShot(0, self.read_page)  # once the page shows its words

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any tap on the window stops the voice (the 🔊 button restarts it itself)."""
        if event.type() in _TAPS and self.engine is not None:
            from jxdesk.gui.qt import QWidget

            if (
                isinstance(watched, QWidget)
                and watched.window() is self.window
                and watched is not self.button
            ):
                self.stop()
        return False

    def shutdown(self) -> None:
        self.stop()
        if self._filter_on:
            from jxdesk.gui.qt import QApplication

            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._filter_on = False
