"""Regression guard: Qt calls must not leak or drop references to None, True or False.

PySide6 6.12.0 dropped a reference to None on every void call; on Python 3.11 a long kiosk
day then aborts with "Fatal Python error: none_dealloc". pyproject pins below it; this test
fails if a future upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from jxdesk.gui.qt import QLabel, QPushButton, QWidget


def test_void_calls_keep_the_singletons_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    button, label, widget = QPushButton(), QLabel(), QWidget()
    for w in (button, label, widget):
        qtbot.addWidget(w)
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(2000):
        button.setText("a")
        label.setText("b")
        widget.setVisible(False)
        button.click()
        button.property("not-set")
        widget.focusWidget()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    for b, a in zip(before, after, strict=True):
        assert abs(a - b) < 100, (before, after)
