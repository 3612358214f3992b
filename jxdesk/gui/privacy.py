"""Nothing is written on the person's behalf but what they save (docs/kiosk.md, "Privacy").

Two things Qt and the desktop would otherwise write on their own, at a counter as at a
kiosk; `seal()` stops both before the QApplication exists:

- QFileDialog remembers the folders it was used in (its history and last folder) through
  QSettings: on Linux `~/.config/QtProject.conf`, which would list the folders a clerk saved
  a citizen's estimate to. QSettings' user scope is pointed under /dev/null, where no file
  can be created: every settings write fails quietly, and nothing is read back. (jxdesk
  itself keeps no settings.)
- Where no session bus is set (DBUS_SESSION_BUS_ADDRESS empty) but an X display is,
  libdbus autolaunches one with `dbus-launch` (package dbus-x11), which writes
  `~/.dbus/session-bus/<machine id>-<display>` and leaves a daemon running. With no bus set
  the address becomes `disabled:`, which no transport serves, so Qt's D-Bus features (the
  accessibility bridge, portals) stay off, as they would be without a bus. A session that
  has a bus keeps it: a screen reader at a counter needs it.

tests/gui/test_privacy.py traces every file a whole kiosk and counter session creates,
changes or removes (strace) and finds none outside the session's own temporary folder.
"""

from __future__ import annotations

import os

#: where QSettings' user scope points: a path below a device, where nothing can be created
NOWHERE = os.path.join(os.devnull, "jxdesk-keeps-no-settings")


def seal() -> None:
    """Call before the QApplication is created."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    from jxdesk.gui.qt import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, NOWHERE)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
