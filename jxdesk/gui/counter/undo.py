"""Undo and redo for every edit of the case (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), on Qt's QUndoStack.

Pages stay as they are: they write `model.answers` and call `model.changed()`. The history
listens to the model and turns each change into one command holding the answers before and
after (a case is a few hundred bytes: a copy per edit is cheap and can never miss a field,
a claim's or a child's values included). Keys typed into one field merge into one command.
The stack's clean state is "what was last opened or saved": the close guard asks from it.

Ctrl+Z is the case's undo even in a text field (a field's own undo would change the text
behind the model's back): the keys are taken before the field sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jxdesk.gui.answers import Answers
from jxdesk.gui.qt import (
    QApplication,
    QEvent,
    QKeyEvent,
    QKeySequence,
    QObject,
    Qt,
    QUndoCommand,
    QUndoStack,
    QWidget,
)
from jxdesk.gui.viewmodel import WizardModel

MERGE_ID = 19  # commands typing into the same field merge (any id but -1)


def changed_paths(before: Answers, after: Answers) -> list[tuple[Any, ...]]:
    """Where two sets of answers differ: ("account_balance",), ("claims", 0, "eligible"), or
    ("claims",) when claims were added or removed."""
    out: list[tuple[Any, ...]] = []
    for key, value in vars(after).items():
        old: Any = vars(before).get(key)
        if key in ("claims", "children") and len(old) == len(value):
            for i, (a, b) in enumerate(zip(old, value, strict=True)):
                out += [(key, i, k) for k, v in vars(b).items() if vars(a).get(k) != v]
        elif key == "mother":
            out += [(key, k) for k, v in vars(value).items() if vars(old).get(k) != v]
        elif old != value:
            out.append((key,))
    return out


class Edit(QUndoCommand):
    """One change of the answers: `before` and `after` are private copies."""

    def __init__(self, history: CaseHistory, before: Answers, after: Answers) -> None:
        super().__init__()
        self.history = history
        self.before = before
        self.after = after
        self.paths = changed_paths(before, after)
        self._done = True  # pushed after the page made the change: the first redo is a no-op

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing "1234" is one edit: consecutive changes of one text field merge."""
        if not isinstance(other, Edit) or len(self.paths) != 1 or other.paths != self.paths:
            return False
        if not isinstance(_value(other.after, self.paths[0]), str):
            return False
        self.after = other.after
        return True

    def undo(self) -> None:
        self.history.restore(self.before)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.history.restore(self.after)


def _value(a: Answers, path: tuple[Any, ...]) -> Any:
    value: Any = a
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part, None)
    return value


class CaseHistory(QObject):
    """The case's undo stack. `reload` refills every page from the answers after an undo."""

    def __init__(self, model: WizardModel, reload: Callable[[], None], window: QWidget) -> None:
        super().__init__(window)
        self.model = model
        self.window = window
        self.reload = reload
        self.stack = QUndoStack(self)
        self._shown = model.answers.copy()
        self._restoring = False
        model.subscribe(self._changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ---- the model told us of a change
    def _changed(self) -> None:
        if self._restoring:
            return
        now = self.model.answers
        if now == self._shown:  # (a language change, a recompute)
            return
        before, self._shown = self._shown, now.copy()
        self.stack.push(Edit(self, before, self._shown.copy()))

    def restore(self, answers: Answers) -> None:
        self._restoring = True
        try:
            self.model.answers = answers.copy()
            self._shown = answers.copy()
            self.model.changed()
            self.reload()
        finally:
            self._restoring = False

    def reset(self) -> None:
        """A new, opened or just-saved case starts a history of its own, clean."""
        self._shown = self.model.answers.copy()
        self.stack.clear()
        self.stack.setClean()

    def mark_saved(self) -> None:
        self.stack.setClean()

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    # ---- the keys, wherever the focus is in the window
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        action = _key_action(event)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes to us, not to a field's own undo
            return True
        if action == "undo":
            self.undo()
        else:
            self.redo()
        return True


def _key_action(event: QKeyEvent) -> str | None:
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    if event.key() == Qt.Key.Key_Z and mods == ctrl | shift:
        return "redo"  # Ctrl+Shift+Z on every platform (Windows' standard is Ctrl+Y)
    if event.key() == Qt.Key.Key_Y and mods == ctrl:
        return "redo"
    return None
