"""The kiosk window: full screen, no frame, no way out from the screen.

Above the pages: the question's step and the language button. Below: 返回 and
重新开始 (which asks first; 完成，清空 on the result does not). Over everything, when
needed: the idle countdown, the crash message and 要全部清空吗？, each covering the whole
screen. For half a second after a page changes, taps on it are dropped (`TapGuard`).
On a large screen everything is drawn larger (`style.scale_for`). A close request
(Alt+F4, the window manager) is refused; Escape does nothing; the window goes back to
full screen if anything un-maximises it. Only `shutdown()` (SIGTERM from the
administrator's service manager) closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jxdesk.gui.kiosk import style
from jxdesk.gui.kiosk.ahead import step_words
from jxdesk.gui.kiosk.base import FitLabel, KioskPage, button, put_text, text_label
from jxdesk.gui.kiosk.book import build_pages
from jxdesk.gui.kiosk.config import KioskConfig
from jxdesk.gui.kiosk.flow import AFTER_RESULT, KioskFlow, Step
from jxdesk.gui.kiosk.guard import TapGuard
from jxdesk.gui.kiosk.idle import IdleWatch
from jxdesk.gui.kiosk.keypad import Keypad
from jxdesk.gui.kiosk.speech import Voice
from jxdesk.gui.kiosk.words import say
from jxdesk.gui.qt import (
    QCloseEvent,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QLayout,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from jxdesk.gui.viewmodel import WizardModel

CRASH_MESSAGE_MS = 15_000


class Overlay(QWidget):
    """A full-screen message in white on dark: a title, a line, a hint, maybe a button."""

    def __init__(
        self,
        parent: QWidget,
        on_tap: Callable[[], None],
        on_second: Callable[[], None] | None = None,
        tap_anywhere: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.tap_anywhere = tap_anywhere
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.on_tap = on_tap
        lay = QVBoxLayout(self)
        lay.setContentsMargins(80, 80, 80, 80)
        lay.setSpacing(30)
        lay.addStretch(1)
        self.title = text_label("big")
        self.text = text_label("title")
        self.hint = text_label("name")
        for w in (self.title, self.text, self.hint):
            lay.addWidget(w)
        self.button = button(primary=True)
        self.button.clicked.connect(on_tap)
        self.second = button()
        if on_second is not None:
            self.second.clicked.connect(on_second)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addStretch(1)
        row.addWidget(self.second)
        row.addWidget(self.button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.hide()

    def say(
        self, title: str, text: str, hint: str = "", button: str = "", second: str = ""
    ) -> None:
        put_text(self.title, title, "center")
        put_text(self.text, text, "center")
        put_text(self.hint, hint, "center")
        self.hint.setVisible(bool(hint))
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.button.setVisible(bool(button))
        self.second.setText(second)
        self.second.setAccessibleName(second)
        self.second.setVisible(bool(second))

    def mousePressEvent(self, event: QEvent) -> None:
        if self.tap_anywhere:
            self.on_tap()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class KioskWindow(QWidget):
    def __init__(
        self,
        model: WizardModel,
        config: KioskConfig | None = None,
        on_language: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()
        self.config = config or KioskConfig()
        self.on_language = on_language
        self.flow = KioskFlow(model)
        self.allow_close = False
        self.kiosk = False  # True once shown full screen (`show_kiosk`)
        self.wipes = 0
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.scale = 1.0
        self.portrait = False
        self.setStyleSheet(style.stylesheet(self.scale))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 12, 40, 12)
        outer.setSpacing(10)

        top = QHBoxLayout()
        self.heading = text_label("step")
        top.addWidget(self.heading, 1)
        self.voice = Voice(self, self.config, top)  # 🔊 朗读 (speech.py), once probed
        self.language = button()
        self.language.clicked.connect(self._toggle_language)
        top.addWidget(self.language)
        outer.addLayout(top)

        self.stack = QStackedWidget()
        self.pages: dict[Step, KioskPage] = build_pages(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        self.back = button()
        self.back.clicked.connect(self._back)
        self.restart = button()
        self.restart.clicked.connect(self._restart)
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        # a page's "向下看更多" takes the room between 返回 and 重新开始 on a landscape
        # screen (no row of its own: the height is the cards'), a row above them upright
        self.bottom, self.cue_row = bottom, QHBoxLayout()
        for page in self.pages.values():
            if page.cue is not None:
                bottom.addWidget(page.cue, 4)
        self.slip = button()  # 打印凭条, on the result (slip.py)
        self.slip.clicked.connect(self._print_slip)
        bottom.addWidget(self.slip)
        bottom.addWidget(self.restart)
        outer.addLayout(self.cue_row)
        outer.addLayout(bottom)

        self.countdown = Overlay(self, self._resume)
        self.crash = Overlay(self, self._crash_seen)
        self.confirm = Overlay(self, self._confirmed, self.confirm_hide, tap_anywhere=False)
        self.note = Overlay(self, self._note_seen)  # 打印凭条's outcome (slip.py)
        self.overlays = (self.countdown, self.crash, self.confirm, self.note)
        self.guard = TapGuard(
            self,
            self.config.guard_seconds,
            exempt=lambda w: any(o is w or o.isAncestorOf(w) for o in self.overlays),
            parent=self,
        ).install()
        self._crash_timer = QTimer(self)
        self._crash_timer.setSingleShot(True)
        self._crash_timer.timeout.connect(self.crash.hide)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.note.hide)

        self.idle = IdleWatch(
            self.config.idle_ms, self.config.countdown_ms, lambda: self.flow.pristine, self
        )
        self.idle.warn.connect(self._warn)
        self.idle.tick.connect(self._tick)
        self.idle.resumed.connect(self.countdown.hide)
        self.idle.expired.connect(self.wipe)
        self.show_step()

    # ---- showing
    @property
    def lang(self) -> str:
        return self.flow.model.lang

    @property
    def page(self) -> KioskPage:
        return self.pages[self.flow.step]

    def show_step(self) -> None:
        page = self.page
        changed = self.stack.currentWidget() is not page
        if changed:
            page.enter()
            self.stack.setCurrentWidget(page)
            self.guard.arm()  # the next half second of taps is a double tap: dropped
        self.refresh()
        for other in self.pages.values():
            if other.cue is not None:
                other.cue.active = other is page
                other.cue.update_shown()
        if changed:
            self.voice.page_changed()  # silence; the new page read if so configured

    def refresh(self) -> None:
        lang = self.lang
        f = self.flow
        step = step_words(f, lang)  # 第 3 步，还有 2 步
        self.page.refresh()
        role = "step"
        if self.page.top_title:
            step, role = self.page.title.accessibleName(), "name"
        if self.heading.property("role") != role:
            self.heading.setProperty("role", role)
            self.heading.style().unpolish(self.heading)
            self.heading.style().polish(self.heading)
        if self.page.top_title:  # (the result: its title and disclaimer, nothing else)
            put_text(self.heading, step)
        else:
            # (a large upright screen: the count on a line of its own; 768 × 1366 has
            # not the 5 px that takes)
            sep = "\n" if self.portrait and self.scale > 1 else " · "
            put_text(
                self.heading, f"{say('title', lang)}{sep}{step}" if step else say("title", lang)
            )
        self.language.setText(say("language", lang))
        self.language.setAccessibleName("切换为英文" if lang == "zh" else "Switch to Chinese")
        came_from = [e.step for e in f.history[-1:]]
        reading = f.step in (Step.BILLS, Step.EXPLAIN, Step.RULES) and came_from == [Step.RESULT]
        self.back.setText(say("back_to_result" if reading else "back", lang))
        self.back.setAccessibleName(self.back.text())
        self.back.setVisible(bool(f.history))
        done = f.step in AFTER_RESULT  # 完成 and 重新开始 both wipe at once
        self.restart.setText(say("done" if done else "restart", lang))
        self.restart.setAccessibleName(self.restart.text())
        if bool(self.restart.property("primary")) != done:
            self.restart.setProperty("primary", done)
            self.restart.style().unpolish(self.restart)
            self.restart.style().polish(self.restart)
        self.restart.setVisible(not f.pristine)
        self.slip.setText(say("print_slip", lang))
        self.slip.setAccessibleName(self.slip.text())
        self.slip.setVisible(f.step is Step.RESULT and f.model.result() is not None)
        self.voice.refresh()

    def show_case(self) -> None:
        """The result of the answers the model holds (a case file: screenshots)."""
        self.flow.load()
        self.show_step()

    def start(self) -> None:
        """Start watching for idleness (the app calls this once the window is up)."""
        self.idle.start()

    def show_kiosk(self) -> None:
        self.kiosk = True
        # the screen sets the window's size, never its pages: on a screen narrower than a
        # page's least width (1012 px landscape) the layout would resize the window past
        # it, and Qt drops a full-screen window's state on such a resize without a word
        # (no WindowStateChange), so the kiosk was left windowed with nothing to restore it
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        screen = self.screen()
        if screen is not None:  # (without a window manager, full screen alone may not be)
            self.arrange_for(screen.geometry().width(), screen.geometry().height())
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    # ---- what the person does
    def _back(self) -> None:
        self.flow.back()
        self.show_step()

    def _toggle_language(self) -> None:
        self.set_language("en" if self.lang == "zh" else "zh")

    def set_language(self, lang: str) -> None:
        if self.on_language is not None:
            self.on_language(lang)  # Qt's translators (the shared labels, locale digits)
        self.flow.model.set_lang(lang)
        self.refresh()

    def _restart(self) -> None:
        """完成，清空 on the result wipes at once; 重新开始 elsewhere asks first."""
        if self.flow.step in AFTER_RESULT:
            self.wipe()
            return
        lang = self.lang
        self.confirm.say(
            say("restart_title", lang),
            say("restart_text", lang),
            button=say("restart_yes", lang),
            second=say("restart_no", lang),
        )
        self.confirm.cover()

    def _confirmed(self) -> None:
        self.confirm.hide()
        self.wipe()

    def confirm_hide(self) -> None:
        self.confirm.hide()

    def wipe(self) -> None:
        """Everything forgotten, the first page, the language a session starts in."""
        self.voice.stop()
        self.note.hide()
        self.countdown.hide()
        self.confirm.hide()
        self.flow.wipe()
        for page in self.pages.values():
            page.forget()
        if self.lang != self.config.lang:
            self.set_language(self.config.lang)
        self.show_step()
        self.idle.restart()
        self.wipes += 1

    # ---- idle
    def _warn(self, seconds: int) -> None:
        self._tick(seconds)
        self.countdown.cover()

    def _tick(self, seconds: int) -> None:
        lang = self.lang
        self.countdown.say(
            say("idle_title", lang),
            say("idle_text", lang).format(n=seconds),
            say("idle_touch", lang),
        )

    def _resume(self) -> None:
        self.idle.restart()
        self.countdown.hide()

    # ---- crashes (called by the CrashGuard, from the event loop)
    def recover(self) -> None:
        try:
            self.wipe()
        finally:
            lang = self.lang
            self.crash.say(
                say("crash_title", lang), say("crash_text", lang), "", say("crash_ok", lang)
            )
            self.crash.cover()
            self._crash_timer.start(CRASH_MESSAGE_MS)

    def _print_slip(self) -> None:
        from jxdesk.gui.kiosk.slip import print_for

        print_for(self)

    def tell(self, title: str, text: str, seconds: int = 8) -> None:
        """A full-screen message that a tap, or `seconds`, takes away (打印凭条)."""
        self.note.say(title, text, say("idle_touch", self.lang))
        self.note.cover()
        self._note_timer.start(seconds * 1000)

    def _note_seen(self) -> None:
        self.note.hide()
        self._note_timer.stop()

    def _crash_seen(self) -> None:
        self.crash.hide()
        self._crash_timer.stop()

    # ---- no way out
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            self.idle.stop()
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Escape and friends do nothing here

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.kiosk:
            # looked at once the change has landed (a Qt may report it before its state)
            QTimer.singleShot(0, self._keep_full_screen)

    def _keep_full_screen(self) -> None:
        if self.kiosk and not self.allow_close and not self.isFullScreen():
            self.showFullScreen()

    def arrange_for(self, width: int, height: int) -> None:
        """Lay the pages out for a screen of this shape (before the window takes it:
        the landscape pages' minimum width would otherwise stop an upright resize)."""
        portrait = height > width
        if portrait != self.portrait:
            self.portrait = portrait
            self.setStyleSheet(style.stylesheet(self.scale, portrait))
            for page in self.pages.values():
                page.arrange(portrait)
                if page.cue is not None:
                    (self.bottom if portrait else self.cue_row).removeWidget(page.cue)
                    if portrait:
                        self.cue_row.addWidget(page.cue)
                    else:
                        self.bottom.insertWidget(self.bottom.count() - 1, page.cue, 4)
            self.refresh()  # (the top line: the count on a line of its own upright)

    def resize(self, *size: Any) -> None:
        if len(size) == 2:
            self.arrange_for(int(size[0]), int(size[1]))
        super().resize(*size)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        for overlay in self.overlays:
            overlay.setGeometry(self.rect())
        self.arrange_for(self.width(), self.height())  # the layout follows the shape
        scale = style.scale_for(self.width(), self.height())
        if scale != self.scale:
            self.scale = scale
            self.setStyleSheet(style.stylesheet(scale, self.portrait))
            for label in self.findChildren(FitLabel):
                label.set_scale(scale)
            for keypad in self.findChildren(Keypad):
                keypad.set_scale(scale)
            self.refresh()

    def shutdown(self) -> None:
        self.voice.shutdown()
        self.allow_close = True
        self.guard.uninstall()
        self.close()

    def buttons(self) -> list[QPushButton]:
        """Every button the person can see now (tests and the monkey use this)."""
        return [b for b in self.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
