"""暂停服务: what a kiosk shows when it must not estimate (a damaged install, a failed
self-test). It covers the whole window and takes every touch; it never says why to the person
at the screen (the reason goes to standard error, for the administrator) and never blames them.
"""

from __future__ import annotations

from jxdesk.gui.qt import QEvent, QLabel, QObject, Qt, QVBoxLayout, QWidget

TITLE = "暂停服务"
LINES = (
    "本机暂时不能提供测算，请到柜台咨询工作人员。",
    "Out of service: this kiosk cannot give estimates at the moment.",
    "Please ask at the counter.",
)


class OutOfService(QWidget):
    """A full-window notice over everything else; the widgets below get no input."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("out_of_service")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#out_of_service { background: #ffffff; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(TITLE)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 64px; font-weight: bold; color: #8a1c1c;")
        layout.addWidget(self.title)
        self.text = QLabel("\n".join(LINES))
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 28px; color: #222222;")
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setAccessibleName(f"{TITLE} {' '.join(LINES)}")
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


def suspend(window: QWidget) -> OutOfService:
    """Cover `window` with the 暂停服务 notice (for good: the service restarts the kiosk)."""
    for child in window.findChildren(QWidget):
        if child.parent() is window:
            child.setEnabled(False)
    notice = OutOfService(window)
    notice.setEnabled(True)
    return notice
