"""The jxdesk wizard (PySide6). Qt lives only in this package; see docs/gui.md."""
