"""Trim a PyInstaller analysis of a Qt Widgets app to what the app uses (see jxdesk.spec).

PyInstaller's PySide6 hooks collect every plug-in of the modules in use (Wayland, EGL, SVG,
TLS, touch input, ...) and every language's Qt translations, and then the Qt libraries those
plug-ins need (QtQuick, QtQml, QtSvg, QtWaylandClient, QtOpenGL, ...). This keeps only the plug-ins
listed here and the translations for the languages here, then drops every library that nothing
kept still links to. Pure functions of the TOC lists, so the reference bundle
(benchmarks/bundle_wizard.py) is trimmed by exactly the same rules.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
from collections.abc import Iterable

# Qt plug-ins kept, by plug-in folder; anything else under plugins/ is dropped. Patterns match
# the file name on Linux, Windows and macOS alike.
KEEP_PLUGINS: dict[str, tuple[str, ...]] = {
    # xcb: X11 and XWayland; offscreen: --smoke and CI; minimal: headless fallback;
    # windows/cocoa: the other desktop targets.
    "platforms": (
        "*qxcb*",
        "*qoffscreen*",
        "*qminimal.*",
        "*qwindows*",
        "*qcocoa*",
    ),
    # Input methods (Chinese names in QLineEdit): ibus and X11 compose keys.
    "platforminputcontexts": ("*ibusplatforminputcontext*", "*composeplatforminputcontext*"),
    # The Windows look (the 'windowsvista' / 'modernwindows' style) and macOS style.
    "styles": ("*qmodernwindowsstyle*", "*qwindowsvistastyle*", "*qmacstyle*"),
    # A window icon may be an .ico.
    "imageformats": ("*qico*",),
    # Printing through CUPS, only when the app uses QtPrintSupport (the hook adds it then).
    "printsupport": ("*",),
    # The kiosk's voice (issue 22): the platform's own engine, never Qt's test "mock" one
    # (speech-dispatcher on Linux, SAPI and WinRT on Windows, AVSpeech on macOS).
    "texttospeech": ("*speechd*", "*sapi*", "*winrt*", "*darwin*"),
}

# Qt's own translations (dialog buttons, QWizard's 下一步/上一步) for these languages only.
KEEP_TRANSLATIONS = re.compile(r"^(qt|qtbase)_(zh_CN|en)\.qm$")

# Python packages the app never imports at run time (dev tools that share the virtualenv).
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "importlinter",
    "grimp",
    "pypdf",
    "IPython",
    "pydoc_data",
    "lib2to3",
    "setuptools",
    "pkg_resources",
    "distutils",
    # No network: TLS and OpenSSL's hashes (hashlib falls back to the built-in SHA-256).
    "ssl",
    "_ssl",
    "_hashlib",
    # Terminal pretty-printing that dev tools in the same virtualenv drag in.
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    # Room for `cryptography` (11.6 MB: pack signatures, issue 11) within the 130 MB budget:
    # modules nothing imports at run time (the C _decimal is used, never _pydecimal; no
    # asyncio, HTTP, XML-RPC, DOM/SAX, TOML, INI, statistics, tar, .xz or .bz2 archives; packs
    # are plain or deflated zips), and the CJK codecs (jxdesk reads and writes UTF-8 only).
    # xml.etree stays: the kiosk reads its catalogue with it; tomllib too: kiosk.toml; and
    # xml.sax and http, which segno (the slip's QR code) imports through xml.sax.saxutils and
    # urllib.request (nothing opens a connection: ssl is still out).
    "asyncio",
    "_asyncio",
    "_pydecimal",
    "xmlrpc",
    "xml.dom",
    "tarfile",
    "configparser",
    "statistics",
    "_statistics",
    "tracemalloc",
    "lzma",
    "_lzma",
    "bz2",
    "_bz2",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_cn",
    "_multibytecodec",
]

# Libraries left to the target system. libcups (and its TLS/Kerberos/Avahi dependencies, about
# 8 MB) is linked only by Qt's CUPS print plug-in: a Linux machine that prints runs CUPS and has
# libcups2; without it Qt still prints to PDF. (README: system libraries a target needs.)
#
# libdbus-1 (linked only by QtDBus, which QtGui needs) with what it pulls in — libsystemd,
# libgcrypt, libgpg-error, libcap, liblz4: 2.9 MB — is also the system's: every Linux desktop
# has libdbus-1-3 (Debian/Ubuntu package), and CI installs it (.ci/run).
#
# The voice's audio (issue 22): libpulse (linked by QtMultimedia, which QtTextToSpeech needs)
# with its sound-file codecs, and libspeechd (the speech-dispatcher plug-in's client) belong
# to the system's sound and speech services, as the voices themselves do: a kiosk that speaks
# has libpulse0 and speech-dispatcher installed; without them the button hides itself.
# QtMultimedia also links QtNetwork (never imported: no socket is made), and QtNetwork the
# Kerberos libraries (1.5 MB), which are the system's too (libgssapi-krb5-2, which libcups
# needs as well: every machine that prints has them).
SYSTEM_LIBS = (
    "libcups.so*",
    "libdbus-1.so*",
    "libpulse.so*",
    "libpulsecommon*",
    "libsndfile.so*",
    "libspeechd.so*",
    "libkrb5.so*",
    "libkrb5support.so*",
    "libk5crypto.so*",
    "libgssapi_krb5.so*",
    "libkeyutils.so*",
    "libcom_err.so*",
)

# PySide6 modules that must never be collected (the app uses QtCore, QtGui, QtWidgets, for
# printing QtPrintSupport, and for the kiosk's voice QtTextToSpeech with QtMultimedia).
_UNUSED_QT = """
    Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtBluetooth
    QtCharts QtConcurrent QtDataVisualization QtDBus QtDesigner QtGraphs QtHelp
    QtHttpServer QtLabsStyleKit QtLocation QtMultimediaWidgets QtNetwork
    QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets QtPdf QtPdfWidgets QtPositioning QtQml
    QtQmlFeatures QtQuick QtQuick3D QtQuickControls2 QtQuickTest QtQuickWidgets
    QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort QtSpatialAudio QtSql
    QtStateMachine QtSvg QtSvgWidgets QtTest QtUiTools QtWebChannel
    QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView QtXml
"""
QT_EXCLUDES = [f"PySide6.{m}" for m in _UNUSED_QT.split()]


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _plugin_kept(dest: str) -> bool | None:
    """True/False for a Qt plug-in (PySide6/Qt/plugins/<kind>/<file>), None for anything else."""
    parts = _parts(dest)
    if "PySide6" not in parts or "plugins" not in parts[:-2]:
        return None
    i = parts.index("plugins")
    kind, name = parts[i + 1], parts[-1]
    return any(fnmatch.fnmatch(name, p) for p in KEEP_PLUGINS.get(kind, ()))


def _translation_kept(dest: str) -> bool | None:
    parts = _parts(dest)
    if len(parts) < 2 or parts[-2] != "translations" or not parts[-1].endswith(".qm"):
        return None
    if "PySide6" not in parts:
        return None
    return bool(KEEP_TRANSLATIONS.match(parts[-1]))


def _linked_names(src: str) -> set[str]:
    """The libraries a binary links to directly (ELF DT_NEEDED; PE and Mach-O imports)."""
    if sys.platform.startswith("linux"):
        # ldd (which PyInstaller's get_imports uses on Linux) lists the whole transitive
        # closure; the closure below needs the direct links only.
        out = subprocess.run(
            ["objdump", "-p", src], capture_output=True, text=True, check=False
        ).stdout
        return {m.lower() for m in re.findall(r"^\s*NEEDED\s+(\S+)", out, re.M)}
    from PyInstaller.depend.bindepend import get_imports

    try:
        return {os.path.basename(name).lower() for name, _ in get_imports(src)}
    except Exception:  # unreadable: treat as linking to nothing extra
        return set()


def trim(binaries: list, datas: list) -> tuple[list, list, list[str]]:  # type: ignore[type-arg]
    """The TOC lists without unused plug-ins and translations, and without orphaned libraries."""
    dropped: list[str] = []
    kept_bins = []
    for entry in binaries:
        name = os.path.basename(entry[0])
        if _plugin_kept(entry[0]) is False or any(fnmatch.fnmatch(name, p) for p in SYSTEM_LIBS):
            dropped.append(entry[0])
        else:
            kept_bins.append(entry)
    kept_datas = []
    for entry in datas:
        if _plugin_kept(entry[0]) is False or _translation_kept(entry[0]) is False:
            dropped.append(entry[0])
        else:
            kept_datas.append(entry)

    # Libraries that only the dropped plug-ins linked to: keep what is reachable from the
    # extension modules, the kept plug-ins and the Python library itself.
    by_name = {os.path.basename(e[0]).lower(): e for e in kept_bins}
    roots = [
        e
        for e in kept_bins
        if e[2] == "EXTENSION"
        or _plugin_kept(e[0])
        or os.path.basename(e[0]).lower().startswith(("libpython", "python3"))
    ]
    reachable: set[str] = set()
    todo = [os.path.basename(e[0]).lower() for e in roots]
    while todo:
        name = todo.pop()
        if name in reachable:
            continue
        reachable.add(name)
        entry = by_name.get(name)
        if entry is not None:
            todo.extend(n for n in _linked_names(entry[1]) if n in by_name)
    final_bins = []
    for e in kept_bins:
        if os.path.basename(e[0]).lower() in reachable:
            final_bins.append(e)
        else:
            dropped.append(e[0])
    return final_bins, kept_datas, sorted(dropped)


def sizes(entries: Iterable[tuple[str, str, str]]) -> int:
    return sum(os.path.getsize(e[1]) for e in entries if os.path.isfile(e[1]))
