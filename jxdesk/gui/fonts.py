"""The bundled CJK font: registered before the first window, so a bare machine shows Chinese.

The offline bundle carries `resources/fonts/*.ttc` (WenQuanYi Micro Hei, copied at build
time). `register_fonts()` adds every font file there to Qt's font database for this process
only (nothing is installed on the machine); the UI (`app.UI_FAMILIES`) and the printout
(`printing.PDF_FAMILIES`) name WenQuanYi Micro Hei first, so they use it. It costs ~1.5 ms
(measured with benchmarks/startup.py), so it is always done: the screen and the PDF then
use the same font whatever the machine has installed.
"""

from __future__ import annotations

from pathlib import Path

from jxdesk.core.resources import resources_dir  # plain pathlib, no pydantic

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
FONTS = "fonts"


def font_files(directory: Path) -> list[Path]:
    """The font files in `directory` (none when it does not exist)."""
    try:
        entries = sorted(directory.iterdir())
    except OSError:
        return []
    return [p for p in entries if p.suffix.lower() in FONT_SUFFIXES and p.is_file()]


def fonts_dir() -> Path | None:
    try:
        return resources_dir() / FONTS
    except FileNotFoundError:
        return None


def register_fonts(directory: Path | None = None) -> list[str]:
    """Add each font in `directory` (default: the resources' fonts folder) to this
    application's font database; the families added. Needs a QGuiApplication."""
    folder = directory if directory is not None else fonts_dir()
    if folder is None:
        return []
    files = font_files(folder)
    if not files:
        return []
    from jxdesk.gui.qt import QFontDatabase

    families: list[str] = []
    for f in files:
        font_id = QFontDatabase.addApplicationFont(str(f))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
