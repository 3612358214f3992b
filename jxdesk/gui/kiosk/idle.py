"""No input for a while: warn with a countdown, then wipe.

`IdleWatch` filters every input event of the application. After `idle_ms` without one
it emits `warn` (unless `is_pristine()` says there is nothing to clear) and counts down,
emitting `tick(seconds_left)`; any input then emits `resumed` (and that touch does
nothing else); at zero it emits `expired`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from jxdesk.gui.qt import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)
#: what ends the countdown (a release or a move alone does not)
WAKE = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    warn = Signal(int)
    tick = Signal(int)
    resumed = Signal()
    expired = Signal()

    def __init__(
        self,
        idle_ms: int,
        countdown_ms: int,
        is_pristine: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_ms = idle_ms
        self.countdown_ms = countdown_ms
        self.is_pristine = is_pristine
        self.counting = False
        self._deadline = 0.0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._went_idle)
        self._tick = QTimer(self)
        self._tick.setInterval(max(20, min(1000, countdown_ms // 4)))
        self._tick.timeout.connect(self._count)
        self._swallow_release = False

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self._tick.stop()
        self.counting = False

    def restart(self) -> None:
        """Input (or a wipe): the idle time starts again, any countdown ends."""
        self._tick.stop()
        self.counting = False
        self._idle.start(self.idle_ms)

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def _went_idle(self) -> None:
        if self.is_pristine():
            self._idle.start(self.idle_ms)  # nothing to clear: keep watching quietly
            return
        self.counting = True
        self._deadline = time.monotonic() + self.countdown_ms / 1000
        self._tick.start()
        self.warn.emit(self.seconds_left())

    def _count(self) -> None:
        left = self.seconds_left()
        if time.monotonic() >= self._deadline:
            self._tick.stop()
            self.counting = False
            self.expired.emit()
            self._idle.start(self.idle_ms)
        else:
            self.tick.emit(left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in INPUT:
            return False
        if self._swallow_release and kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
        ):
            self._swallow_release = False
            return True
        if self.counting:
            if kind in WAKE:
                self.restart()
                self.resumed.emit()
                self._swallow_release = kind is not QEvent.Type.KeyPress
                return True  # the touch that wakes the screen does nothing else
            return True
        self._idle.start(self.idle_ms)
        return False
