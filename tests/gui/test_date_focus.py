"""Page 1's date fields: Tab skips their calendar buttons, also in the app's lazy start,
where the buttons' focus policy is set only after the first paint (widgets.py says why)."""

from __future__ import annotations

from jxdesk.gui.counter.wizard import Wizard
from jxdesk.gui.qt import Qt, QToolButton
from jxdesk.gui.viewmodel import WizardModel


def _date_buttons(wizard: Wizard) -> list[QToolButton]:
    fields = (wizard.identity.birth_field, wizard.identity.enrolled_field)
    return [f.button for f in fields]


def test_a_lazy_start_sets_the_buttons_when_the_other_pages_are_built(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = Wizard(WizardModel(), lazy=True)
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w, "_quitting", True))
    held = [b.focusPolicy() for b in _date_buttons(wizard)]
    assert all(p != Qt.FocusPolicy.NoFocus for p in held)  # held: the paint comes first
    wizard.complete()  # what the app does after the first paint
    assert [b.focusPolicy() for b in _date_buttons(wizard)] == [Qt.FocusPolicy.NoFocus] * 2
    # a wizard built whole (the headless modes, the tests) sets them at once
    wizard2 = Wizard(WizardModel())
    qtbot.addWidget(wizard2, before_close_func=lambda w: setattr(w, "_quitting", True))
    assert [b.focusPolicy() for b in _date_buttons(wizard2)] == [Qt.FocusPolicy.NoFocus] * 2
