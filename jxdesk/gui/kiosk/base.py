"""What every kiosk page is built from: plain-words labels, big buttons, tiles, the page
base class, and `Host`, what a page may ask of the window that shows it.

Pages import this module, never the window (which imports the pages): `Host` is the
window as a page sees it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from jxdesk.gui.kiosk.pictures import TierPicture
from jxdesk.gui.kiosk.style import TARGET_PX, para
from jxdesk.gui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.kiosk.flow import KioskFlow, Step


class Host(Protocol):
    """The window, as its pages see it."""

    flow: KioskFlow

    def show_step(self) -> None: ...

    def refresh(self) -> None: ...


def text_label(role: str | None = None) -> QLabel:
    """A label for plain words, shown with 1.3 line spacing (set with `put_text`)."""
    w = QLabel()
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.RichText)
    w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    if role:
        w.setProperty("role", role)
    return w


def put_text(w: QLabel, text: str, align: str = "left") -> None:
    w.setText(para(text, align))
    w.setAccessibleName(text)


def button(primary: bool = False) -> QPushButton:
    b = QPushButton()
    b.setAutoDefault(False)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.setMinimumSize(TARGET_PX * 2, TARGET_PX)
    if primary:
        b.setProperty("primary", True)
    return b


def set_flag(w: QWidget, name: str, on: bool) -> None:
    if bool(w.property(name)) != on:
        w.setProperty(name, on)
        w.style().unpolish(w)
        w.style().polish(w)


class Tile(QPushButton):
    """One choice: a picture (tiers), its name in big type and a line of plain words."""

    def __init__(self, code: str, picture: str | None = None) -> None:
        super().__init__()
        self.code = code
        self.setProperty("role", "tile")
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 8, 18, 8)
        lay.setSpacing(18)
        if picture:
            lay.addWidget(TierPicture(picture))
        words = QVBoxLayout()
        words.setSpacing(2)
        self.name = text_label("name")
        self.hint = text_label("hint")
        words.addStretch(1)
        words.addWidget(self.name)
        words.addWidget(self.hint)
        words.addStretch(1)
        lay.addLayout(words, 1)

    def set_words(self, name: str, hint: str) -> None:
        put_text(self.name, name)
        put_text(self.hint, hint)
        self.hint.setVisible(bool(hint))
        self.setAccessibleName(f"{name}，{hint}" if hint else name)


class KioskPage(QWidget):
    step: Step

    def __init__(self, win: Host) -> None:
        super().__init__()
        self.win = win
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(10)
        self.title = text_label("title")
        self.hint = text_label("hint")
        self.lay.addWidget(self.title)
        self.lay.addWidget(self.hint)

    @property
    def lang(self) -> str:
        return self.win.flow.model.lang

    def heading(self, title: str, hint: str = "") -> None:
        put_text(self.title, title)
        put_text(self.hint, hint)
        self.hint.setVisible(bool(hint))

    def enter(self) -> None:
        """The page is about to be shown (after a step, not a language switch)."""

    def forget(self) -> None:
        """A wipe: drop every figure the page shows, even while it is hidden."""

    def refresh(self) -> None:
        """Fill the page from the answers, in the current language."""
