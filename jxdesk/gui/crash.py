"""An unexpected error never leaves the person with a traceback, a dead screen or a desktop.

`CrashGuard` takes over `sys.excepthook` (PySide6 reports an exception raised in a slot
or a virtual method there) and Qt's message handler. It writes one line to standard
error with no personal data: the exception's type and where it was raised, never its
message (a message can quote what was typed) and never the answers; Qt's own messages
are logged with every digit replaced by '#'. Then it calls `recover` once, from the event
loop: the kiosk wipes and shows its friendly full-screen message, the counter shows a
friendly dialog and keeps the answers. JXDESK_TRACEBACK=1 prints the whole traceback
(for developers; it may contain what was typed).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import IO, Any

from jxdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTimer,
    QtMsgType,
    QVBoxLayout,
    QWidget,
    qInstallMessageHandler,
)

_DIGITS = re.compile(r"\d")
COUNTER_TEXT = {
    "zh": (
        "出了点问题",
        "刚才的操作没有完成。您填写的内容都还在，请再试一次；如果再次出现，请联系管理员。",
    ),
    "en": (
        "Something went wrong",
        "That did not work. Everything you entered is still "
        "here; please try again, and tell the administrator if it happens again.",
    ),
}


def scrub(text: str) -> str:
    """A log line with every digit hidden (figures a person typed cannot leak)."""
    return _DIGITS.sub("#", text)


def where(tb: TracebackType | None) -> str:
    """'jxdesk/gui/kiosk/pages.py:123 in load' of the innermost frame (or '?')."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    if not frames:
        return "?"
    f = frames[-1]
    parts = f.filename.replace("\\", "/").split("/")
    short = "/".join(parts[parts.index("jxdesk") :]) if "jxdesk" in parts else parts[-1]
    return f"{short}:{f.lineno} in {f.name}"


class CrashGuard:
    def __init__(
        self, recover: Callable[[], None], mode: str = "counter", log: IO[str] | None = None
    ) -> None:
        self.recover = recover
        self.mode = mode
        self.log = log
        self.count = 0
        self.last = ""
        self._pending = False
        self._previous: Any = None

    def install(self) -> CrashGuard:
        self._previous = sys.excepthook
        sys.excepthook = self.excepthook
        qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous or sys.__excepthook__
        qInstallMessageHandler(None)

    def _write(self, line: str) -> None:
        out = self.log or sys.stderr
        with contextlib.suppress(OSError, ValueError):  # no terminal: the app goes on
            print(line, file=out, flush=True)

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.count += 1
        self.last = f"{kind.__name__} at {where(tb)}"
        self._write(f"jxdesk: internal error ({self.mode}): {self.last}")
        if os.environ.get("JXDESK_TRACEBACK"):
            traceback.print_exception(kind, exc, tb)
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._recover)

    def _recover(self) -> None:
        try:
            self.recover()
        except Exception as exc:  # the recovery itself failed: log it, never loop
            self._write(
                f"jxdesk: recovery failed: {type(exc).__name__} at {where(exc.__traceback__)}"
            )
        finally:
            self._pending = False

    def qt_message(self, kind: QtMsgType, context: Any, message: str) -> None:
        if kind == QtMsgType.QtDebugMsg or kind == QtMsgType.QtInfoMsg:
            return
        name = {
            QtMsgType.QtWarningMsg: "warning",
            QtMsgType.QtCriticalMsg: "critical",
            QtMsgType.QtFatalMsg: "fatal",
        }.get(kind, "message")
        self._write(f"jxdesk: qt {name}: {scrub(message)}")


class FriendlyDialog(QDialog):
    """The counter's message: something went wrong, the answers are still there."""

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, text = COUNTER_TEXT["en" if lang == "en" else "zh"]
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
