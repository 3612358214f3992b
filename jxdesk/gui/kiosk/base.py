"""What every kiosk page is built from: plain-words labels, big buttons, tiles, the page
base class, and `Host`, what a page may ask of the window that shows it.

Pages import this module, never the window (which imports the pages): `Host` is the
window as a page sees it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from jxdesk.gui.kiosk.pictures import TierPicture
from jxdesk.gui.kiosk.style import MIN_BODY_PT, TARGET_PX, para
from jxdesk.gui.qt import (
    QEvent,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # pragma: no cover
    from jxdesk.gui.kiosk.config import KioskConfig
    from jxdesk.gui.kiosk.flow import KioskFlow, Step


class Host(Protocol):
    """The window, as its pages see it."""

    flow: KioskFlow
    config: KioskConfig

    def show_step(self) -> None: ...

    def refresh(self) -> None: ...

    def tell(self, title: str, text: str, seconds: int = 8) -> None: ...


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

    def __init__(self, code: str, picture: str | None = None, compact: bool = False) -> None:
        super().__init__()
        self.code = code
        self.setProperty("role", "tile")
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(TARGET_PX if compact else 108)  # (the style sheet's, in fact)
        if compact:
            self.setProperty("compact", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay = QHBoxLayout(self)
        margins = (10, 4, 10, 4) if compact else (18, 4, 18, 4)  # a name and a hint: 100 px
        lay.setContentsMargins(*margins)
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
    top_title = False  # the page's title goes in the window's top line (the result)

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


class FitLabel(QLabel):
    """One line that must never be cut or elided (a headline amount): in `max_pt` type,
    smaller down to `min_pt` where the width is short (12,345,678.90 元 in a narrow card)."""

    def __init__(self, role: str, max_pt: float, min_pt: float = MIN_BODY_PT) -> None:
        super().__init__()
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.base_pt, self.min_pt = max_pt, min_pt
        self.scale = 1.0
        self.pt = 0.0
        self._set_pt(max_pt)

    @property
    def max_pt(self) -> float:
        return self.base_pt * self.scale

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.fit()

    def set_words(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.fit()

    def _font(self, pt: float) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(pt)
        return f

    def _set_pt(self, pt: float) -> None:
        if pt != self.pt:
            self.pt = pt
            # the whole font here: a sheet of its own does not take the weight from the
            # window's rules for the role
            self.setStyleSheet(f"font-size: {pt:g}pt; font-weight: 700;")

    def fit(self) -> None:
        width = self.contentsRect().width()
        pt = self.max_pt
        while (
            pt > self.min_pt and QFontMetrics(self._font(pt)).horizontalAdvance(self.text()) > width
        ):
            pt = max(self.min_pt, pt - 2)
        self._set_pt(pt)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def sizeHint(self) -> QSize:
        m = QFontMetrics(self._font(self.max_pt))
        return QSize(m.horizontalAdvance(self.text()) + 4, m.height() + 4)

    def minimumSizeHint(self) -> QSize:
        small = QFontMetrics(self._font(self.min_pt))
        return QSize(
            small.horizontalAdvance(self.text()) + 4,
            QFontMetrics(self._font(self.max_pt)).height() + 4,
        )

    def fits(self) -> bool:
        """The text is whole at the size shown (tests)."""
        return QFontMetrics(self._font(self.pt)).horizontalAdvance(self.text()) <= max(
            self.contentsRect().width(), 0
        )
