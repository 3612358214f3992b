"""A guard against a PySide6 6.12.0 bug that kills long sessions on Python 3.11.

PySide6/shiboken6 6.12.0 returns None from every void method (and from a null widget,
an unset property …) without taking a reference to it, so each such call drops one
reference to None. From Python 3.12 None is immortal and nothing happens; on 3.11 its
count reaches zero after some tens of thousands of calls and the interpreter aborts
("Fatal Python error: none_dealloc"). A kiosk session makes about 1,600 such calls, so an
unguarded kiosk would die after a dozen sessions.

The same happens, more rarely, to True and False. `guard()` gives each a reference
count so large (2**60) that no process lives long
enough to spend it, which is what 3.12 does by design. It touches nothing else and does
nothing on 3.12+ or on other interpreters. Remove it once PySide6 is fixed or the
project requires Python 3.12 (docs/kiosk.md).
"""

from __future__ import annotations

import ctypes
import platform
import sys

HEADROOM = 2**60


def needed() -> bool:
    return platform.python_implementation() == "CPython" and sys.version_info < (3, 12)


def guard() -> bool:
    """Make None effectively immortal; True when it did something."""
    if not needed():
        return False
    done = False
    for singleton in (None, True, False):  # the bools suffer the same way
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if count.value < HEADROOM // 2:
            count.value += HEADROOM
            done = True
    return done
