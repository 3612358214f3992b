"""Issue 19: a field's message never moves the fields below it. A clerk leaves a field
(or types into it) and aims at the next one; the message appeared above it and pushed it
down. Each field with a message of its own keeps the lines for it (`ErrorLabel.field`):
typed wrongly, then corrected, the field below stays where it was, to the pixel, at
1024×768 and 1280×800, normal and large text, in both languages."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from gui import clerk
from jxdesk.gui.qt import QApplication, QWidget
from jxdesk.gui.viewmodel import Page

CASE = {
    "year": 2025,
    "person": {"scheme": "employee", "birth_date": "1990-03-01", "account_balance": "300"},
    "claims": [],
    "mother": {"scheme": "employee", "contribution_base": "8000", "continuous_months": 14},
    "children": [{"birth_date": "2025-04-02", "order": 1}],
}


def where(w: QWidget) -> tuple[int, int, int, int]:
    """Where a field is on its page (a click scrolls the page: that is not a move)."""
    page = w.parentWidget()
    while page is not None and not hasattr(page, "body_widget"):
        page = page.parentWidget()
    assert page is not None
    top = w.mapTo(page.body_widget, QPoint(0, 0))
    return top.x(), top.y(), w.width(), w.height()


@pytest.fixture(
    params=[
        (1024, 768, True, "zh"),
        (1024, 768, True, "en"),
        (1280, 800, False, "zh"),
        (1280, 800, False, "en"),
    ],
    ids=["1024-large-zh", "1024-large-en", "1280-zh", "1280-en"],
)
def sized(request: Any, qtbot: Any) -> Iterator[Any]:
    from jxdesk.gui.answers import from_case
    from jxdesk.gui.app import style
    from jxdesk.gui.counter.wizard import Wizard
    from jxdesk.gui.viewmodel import WizardModel

    width, height, large, lang = request.param
    if lang == "en":
        request.getfixturevalue("english")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style(app, large_text=large, defer_sheet=True))
    w = Wizard(WizardModel(from_case(CASE), lang=lang))
    qtbot.addWidget(w, before_close_func=lambda wz: setattr(wz, "_quitting", True))
    w.setGeometry(0, 0, width, height)
    w.show()
    qtbot.waitExposed(w)
    yield w
    app.setStyleSheet(before)


def typed_wrong_then_right(
    qtbot: Any, field: QWidget, error: Any, below: QWidget, wrong: str, right: str
) -> list[str]:
    """Type `wrong` into `field`, Tab away, type `right`: where `below` was each time."""
    qtbot.wait(30)  # (the layouts' own passes)
    at = [where(below)]
    clerk.click_type(qtbot, field, wrong)
    clerk.tab(qtbot)
    qtbot.wait(30)  # (the layouts' own passes)
    assert error.isVisible() and error.text(), (field.accessibleName(), wrong)
    at.append(where(below))
    clerk.click_type(qtbot, field, right)
    clerk.tab(qtbot)
    qtbot.wait(30)  # (the layouts' own passes)
    assert not error.isVisible()
    at.append(where(below))
    moved = [f"{below.accessibleName()!r} {a} -> {b}" for a, b in itertools.pairwise(at) if a != b]
    return [f"{field.accessibleName()!r} {wrong!r}: {m}" for m in moved]


def test_a_message_never_moves_the_field_below(qtbot: Any, sized: Any) -> None:
    w = sized
    p1 = w.identity
    moved = typed_wrong_then_right(qtbot, p1.year, p1.year_error, p1.aid, "2028", "2025")
    moved += typed_wrong_then_right(
        qtbot, p1.birth, p1.birth_error, p1.route, "1990-13-01", "19900301"
    )
    moved += typed_wrong_then_right(qtbot, p1.account, p1.account_error, p1.estimate, "1e3", "300")
    moved += typed_wrong_then_right(
        qtbot, p1.prior, p1.prior_error, p1.flag_boxes["hukou_jiaxing"], "1_000", "0"
    )
    w.to_results()
    w.edit(Page.FAMILY)
    p3 = w.family
    moved += typed_wrong_then_right(qtbot, p3.months, p3.months_error, p3.difficult, "-3", "14")
    moved += typed_wrong_then_right(qtbot, p3.base, p3.base_error, p3.leave, "8e3", "8000")
    # a child's date: the children's message takes the order hint's place, above the mother
    born = p3.cells[(0, 0)]
    born = born.focusProxy() or born
    moved += typed_wrong_then_right(
        qtbot, born, p3.children_errors, p3.scheme, "2025-13-01", "20250402"
    )
    assert moved == [], "\n".join(moved)
