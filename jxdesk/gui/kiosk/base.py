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
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
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


WIDGET_MAX = 16777215  # (QWIDGETSIZE_MAX: no maximum)


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
        # a grid's cell (a month, a day) names its answer in the middle, as a calendar does
        self.centred = compact
        # as tall as its words at its width (issue 20: not 560 px on an upright screen)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lay = self.layout()
        words = lay.totalHeightForWidth(width) if lay is not None else 0
        return max(self.minimumSizeHint().height(), words + 8)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        lay = self.layout()
        if lay is not None:  # the words wrapped at this width: as tall as they now need
            need = lay.totalHeightForWidth(self.width()) + 8
            if need > self.minimumHeight() and need != self._need:
                self._need = need
                self.setMinimumHeight(need)

    _need = 0

    def set_grow(self, cap: int | None) -> None:
        """Upright: grow into the page's spare height, up to `cap` px (its page gives all
        its tiles the same); None: as tall as its words (landscape)."""
        vertical = QSizePolicy.Policy.Preferred if cap is None else QSizePolicy.Policy.Expanding
        policy = self.sizePolicy()
        if policy.verticalPolicy() != vertical:
            policy.setVerticalPolicy(vertical)
            self.setSizePolicy(policy)
        cap = WIDGET_MAX if cap is None else max(cap, self.minimumHeight())
        if self.maximumHeight() != cap:
            self.setMaximumHeight(cap)

    def set_words(self, name: str, hint: str) -> None:
        put_text(self.name, name, "center" if self.centred else "left")
        put_text(self.hint, hint)
        self.hint.setVisible(bool(hint))
        set_flag(self, "compact", not hint)  # a name alone: a 72 px tile, not 108
        self.setAccessibleName(f"{name}，{hint}" if hint else name)


class ActionArea(QWidget):
    """A page's row of large buttons (下一步, 不知道, 为什么是这个数？ …), built in one place
    so that every page can take one more (朗读, 打印凭条): `add` a button, and the area
    lays its buttons out `per_row` to a row (fewer on a narrow, upright screen)."""

    def __init__(self, parent: QWidget, per_row: int = 4) -> None:
        super().__init__(parent)  # (a parent from the start: `show` never makes a window)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.per_row = per_row
        self.buttons: list[QPushButton] = []
        # as tall as its rows of buttons: spare height is the page's to place
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()  # (until it holds a button)

    def add(self, b: QPushButton, stretch: bool = True) -> QPushButton:
        self.buttons.append(b)
        b.setSizePolicy(
            QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Fixed,
        )
        self._place()
        self.show()
        return b

    def set_per_row(self, per_row: int) -> None:
        """At most `per_row` a row (fewer where their words do not fit side by side)."""
        self.max_per_row = per_row
        self._fit()

    max_per_row = 4

    def _fit(self) -> None:
        width, gap = self.width(), self.grid.horizontalSpacing()
        shown = [b for b in self.buttons if not b.isHidden()]
        widest = max((b.sizeHint().width() for b in shown), default=0)
        n = self.max_per_row
        while n > 1 and n * widest + (n - 1) * gap > width:
            n -= 1
        if n != self.per_row:
            self.per_row = n
            self._place()

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _place(self) -> None:
        for b in self.buttons:
            self.grid.removeWidget(b)
        for i, b in enumerate(self.buttons):
            self.grid.addWidget(b, i // self.per_row, i % self.per_row)


def scroll_area(body: QWidget) -> QScrollArea:
    """A vertical scroll area that a finger (or a held mouse button) drags; its thin
    scrollbar is not the cue (see `ScrollCue`)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


class ScrollCue(QPushButton):
    """The large "▼ 向下看更多" bar under a page that must scroll: shown while there is
    more below; a tap moves the words up by most of a screen."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__()
        self.area = area
        self.active = False  # its page is the one shown (the window's bottom row holds it)
        self.setProperty("role", "cue")
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(TARGET_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self.update_shown)
        bar.valueChanged.connect(self.update_shown)
        self.clicked.connect(self._down)
        self.hide()

    def _down(self) -> None:
        bar = self.area.verticalScrollBar()
        QScroller.scroller(self.area.viewport()).stop()
        bar.setValue(bar.value() + round(self.area.viewport().height() * 0.8))

    def update_shown(self, *_: object) -> None:
        bar = self.area.verticalScrollBar()
        self.setVisible(self.active and bar.value() < bar.maximum())


#: upright, between a page's lowest buttons and 返回 / 重新开始 where the height allows
#: (a finger's width: the tiles and keys grow down towards them)
GAP_ABOVE_NAV = 28


def gap(item: object, portrait: bool) -> None:
    """The spacer under a page's lowest buttons: upright, `GAP_ABOVE_NAV` when there is
    room (none when there is not); landscape, the page's spare height."""
    spacer = item.spacerItem() if hasattr(item, "spacerItem") else None
    if spacer is not None:
        if portrait:
            spacer.changeSize(
                0, GAP_ABOVE_NAV, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Maximum
            )
        else:
            spacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)


class KioskPage(QWidget):
    step: Step
    top_title = False  # the page's title goes in the window's top line (the result)

    def __init__(self, win: Host) -> None:
        super().__init__()
        self.win = win
        self.portrait = False
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(10)
        self.title = text_label("title")
        self.hint = text_label("hint")
        self.lay.addWidget(self.title)
        self.lay.addWidget(self.hint)
        #: the page's large buttons: the page puts the area where a hand reaches it
        self.action_area = ActionArea(self)
        #: "向下看更多", for a page that may scroll (the window shows it in its bottom row)
        self.cue: ScrollCue | None = None

    def arrange(self, portrait: bool) -> None:
        """Lay the page out for an upright (`portrait`) or a landscape screen."""
        self.portrait = portrait
        self.action_area.set_per_row(2 if portrait else 4)

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
