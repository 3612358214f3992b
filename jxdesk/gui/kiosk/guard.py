"""A double tap never acts twice: for `seconds` after a page changes, taps on the page
are dropped, so the second tap of a double tap (or a tap that lands as the page turns)
cannot answer the next question or open its field.

An application event filter, installed before the idle watch (which therefore still
sees every touch as activity). The full-screen messages (countdown, crash, 重新开始？)
are not guarded: a tap there only dismisses or confirms.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from jxdesk.gui.qt import QCoreApplication, QEvent, QObject, QWidget

GUARD_SECONDS = 0.5

TAPS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)


class TapGuard(QObject):
    def __init__(
        self,
        area: QWidget,
        seconds: float = GUARD_SECONDS,
        exempt: Callable[[QWidget], bool] = lambda w: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.area = area  # the widget whose taps are guarded (the window)
        self.seconds = seconds
        self.exempt = exempt
        self.clock: Callable[[], float] = time.monotonic  # tests move it on
        self.since = -1e9
        self.dropped = 0

    def install(self) -> TapGuard:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        return self

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def arm(self) -> None:
        """A page has just changed."""
        self.since = self.clock()

    @property
    def armed(self) -> bool:
        return self.clock() - self.since < self.seconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (every event of the application passes here: the cheap test first)
        if not self.armed or event.type() not in TAPS or not isinstance(watched, QWidget):
            return False
        if watched is not self.area and not self.area.isAncestorOf(watched):
            return False
        if self.exempt(watched):
            return False
        self.dropped += 1
        return True
