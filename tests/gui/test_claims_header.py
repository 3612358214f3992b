"""Issue 19: with large text at 1024×768 the claims page's header 医保范围内（元） lay over
the first claim row. A new case, page 2, Ctrl+N: the new row's first show resized the grid
while it was being placed, and the headers ended on two lines, the cells on one. Here every
header stays clear of every cell of the rows below it and shows its whole text, in both
languages, for the first row, and after a second and a third."""

from __future__ import annotations

from typing import Any

import pytest

from gui import clerk
from jxdesk.gui.qt import QApplication, Qt


def overlaps(table: Any) -> list[str]:
    bad = []
    cells = [(r, w) for r, row in enumerate(table.rows) for w in row]
    cells += list(enumerate(table.numbers))
    for head in table.headers:
        box = head.geometry()
        if box.height() < head.heightForWidth(box.width()):
            bad.append(f"{head.text()!r} cut: {box.height()} < {head.heightForWidth(box.width())}")
        for r, w in cells:
            if w.isVisible() and box.intersects(w.geometry()):
                bad.append(f"{head.text()!r} {box.getRect()} over row {r + 1} {w.geometry()}")
    return bad


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_headers_stay_clear_of_the_rows_large_text_1024(
    qtbot: Any, lang: str, request: Any
) -> None:
    from jxdesk.gui.app import style
    from jxdesk.gui.counter.session import install_counter
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style(app, large_text=True, defer_sheet=True))
    try:
        if lang == "en":
            request.getfixturevalue("english")
        w = Wizard(WizardModel(lang=lang))
        qtbot.addWidget(w, before_close_func=lambda wz: setattr(wz, "_quitting", True))
        w.setGeometry(0, 0, 1024, 768)
        w.show()
        qtbot.waitExposed(w)
        w.complete()
        w.activateWindow()
        install_counter(w, guard=False)
        clerk.next_page(qtbot, w)
        table = w.claims.table
        for rows in (1, 2, 3):
            clerk.press(qtbot, Qt.Key.Key_N, clerk.CTRL)  # a row, the cursor in its amount
            qtbot.wait(20)  # (the layout's own pass)
            assert table.rowCount() == rows
            assert clerk.focus() is table.cellWidget(rows - 1, 3)
            assert overlaps(table) == [], (lang, rows, table.wide)
    finally:
        app.setStyleSheet(before)
