"""Dialogs that fit the screen they open on (issue 19: with large text at 1024×768 the
explanation was 1,470 px wide and 规则版本 1,680×952, their Close buttons off screen).

The wanted size is in font units, as before; it is cut to the screen's available area less
the frame a window manager adds, the labels wrap and the text browser scrolls, and the
dialog is placed inside that area.
"""

from __future__ import annotations

from jxdesk.gui.qt import QApplication, QDialog, QLabel

FRAME = 40  # px: a title bar and borders


def fit_on_screen(dialog: QDialog, width_em: float, height_em: float) -> None:
    for lab in dialog.findChildren(QLabel):
        lab.setWordWrap(True)
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    screen = screen or QApplication.primaryScreen()
    area = screen.availableGeometry()
    fm = dialog.fontMetrics()
    room_w, room_h = area.width() - 2 * 8, area.height() - FRAME - 8
    dialog.setMaximumSize(room_w, room_h)
    width = min(round(fm.horizontalAdvance("M") * width_em), room_w)
    height = min(round(fm.height() * height_em), room_h)
    dialog.resize(width, height)
    centre = parent.frameGeometry().center() if parent is not None else area.center()
    left = min(max(centre.x() - width // 2, area.left() + 8), area.right() - width - 8)
    top = min(max(centre.y() - height // 2, area.top() + FRAME), area.bottom() - height - 8)
    dialog.move(max(left, area.left()), max(top, area.top()))
