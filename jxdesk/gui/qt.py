"""Every Qt name the app uses, from one place (as Anki's aqt.qt does).

No star imports: each name is listed so the type checker and the reader can see it.
`tr` translates a source string of jxdesk.gui.i18n in the app's one context.

The names are bound on first use (PEP 562 `__getattr__`): PySide6 builds each class's
Python type when it is first imported, and `Qt` alone (every enum of the namespace)
costs ~20 ms, so a module imports only what it needs and start-up pays only for what
the first page uses. For the type checker they are plain imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from jxdesk.gui.i18n import CONTEXT

if TYPE_CHECKING:
    from PySide6.QtCore import (
        QCoreApplication,
        QDate,
        QEvent,
        QLibraryInfo,
        QLocale,
        QMarginsF,
        QObject,
        QPointF,
        QRect,
        QRectF,
        QSettings,
        QSize,
        QSizeF,
        Qt,
        QTimer,
        QtMsgType,
        QTranslator,
        Signal,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QColor,
        QFont,
        QFontDatabase,
        QFontMetrics,
        QKeyEvent,
        QKeySequence,
        QMouseEvent,
        QPageLayout,
        QPageSize,
        QPainter,
        QPaintEvent,
        QPdfWriter,
        QPen,
        QPolygonF,
        QShortcut,
        QShowEvent,
        QTextDocument,
        QUndoCommand,
        QUndoStack,
    )
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QBoxLayout,
        QButtonGroup,
        QCalendarWidget,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLayout,
        QLineEdit,
        QMenu,
        QMenuBar,
        QMessageBox,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QScroller,
        QSizePolicy,
        QSpinBox,
        QStackedWidget,
        QStatusBar,
        QStyle,
        QTableWidget,
        QTextBrowser,
        QToolButton,
        QVBoxLayout,
        QWidget,
        QWizard,
        QWizardPage,
    )

#: where each name lives (qt.py's own test checks it matches the imports above)
_WHERE: dict[str, str] = {
    # PySide6.QtCore
    "QCoreApplication": "QtCore",
    "QDate": "QtCore",
    "QEvent": "QtCore",
    "QLibraryInfo": "QtCore",
    "QLocale": "QtCore",
    "QMarginsF": "QtCore",
    "QObject": "QtCore",
    "QRect": "QtCore",
    "QRectF": "QtCore",
    "QSettings": "QtCore",
    "QSize": "QtCore",
    "QSizeF": "QtCore",
    "Qt": "QtCore",
    "QTimer": "QtCore",
    "QTranslator": "QtCore",
    "Signal": "QtCore",
    # (issue 4: kiosk)
    "QPointF": "QtCore",
    "QtMsgType": "QtCore",
    "qInstallMessageHandler": "QtCore",
    "QCloseEvent": "QtGui",
    "QKeyEvent": "QtGui",
    "QPen": "QtGui",
    "QPolygonF": "QtGui",
    "QStackedWidget": "QtWidgets",
    # (issue 9: kiosk)
    "QFontMetrics": "QtGui",
    # PySide6.QtGui
    "QAction": "QtGui",
    "QColor": "QtGui",
    "QFont": "QtGui",
    "QFontDatabase": "QtGui",
    "QKeySequence": "QtGui",
    "QPageLayout": "QtGui",
    "QPageSize": "QtGui",
    "QPainter": "QtGui",
    "QPaintEvent": "QtGui",
    "QPdfWriter": "QtGui",
    "QShortcut": "QtGui",
    "QTextDocument": "QtGui",
    # (issue 19: the counter's file menu, undo, status bar)
    "QUndoCommand": "QtGui",
    "QShowEvent": "QtGui",
    "QMouseEvent": "QtGui",
    "QUndoStack": "QtGui",
    "QMenu": "QtWidgets",
    "QMenuBar": "QtWidgets",
    "QStatusBar": "QtWidgets",
    "QStyle": "QtWidgets",
    # PySide6.QtWidgets
    "QAbstractButton": "QtWidgets",
    "QAbstractItemView": "QtWidgets",
    "QApplication": "QtWidgets",
    "QBoxLayout": "QtWidgets",
    "QButtonGroup": "QtWidgets",
    "QCheckBox": "QtWidgets",
    "QComboBox": "QtWidgets",
    "QCalendarWidget": "QtWidgets",
    "QToolButton": "QtWidgets",
    "QDateEdit": "QtWidgets",
    "QDialog": "QtWidgets",
    "QDialogButtonBox": "QtWidgets",
    "QFileDialog": "QtWidgets",
    "QFrame": "QtWidgets",
    "QGridLayout": "QtWidgets",
    "QGroupBox": "QtWidgets",
    "QHBoxLayout": "QtWidgets",
    "QHeaderView": "QtWidgets",
    "QLabel": "QtWidgets",
    "QLayout": "QtWidgets",
    "QLineEdit": "QtWidgets",
    "QMessageBox": "QtWidgets",
    "QPushButton": "QtWidgets",
    "QRadioButton": "QtWidgets",
    "QScrollArea": "QtWidgets",
    "QScroller": "QtWidgets",
    "QSizePolicy": "QtWidgets",
    "QSpinBox": "QtWidgets",
    "QTableWidget": "QtWidgets",
    "QTextBrowser": "QtWidgets",
    "QVBoxLayout": "QtWidgets",
    "QWidget": "QtWidgets",
    "QWizard": "QtWidgets",
    "QWizardPage": "QtWidgets",
}


def __getattr__(name: str) -> object:
    """Import a Qt name the first time some module asks for it, then keep it."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"PySide6.{module}"), name)
    globals()[name] = value
    return value


def print_support() -> ModuleType:
    """QtPrintSupport, imported when someone prints (it is not needed to start)."""
    from PySide6 import QtPrintSupport

    return QtPrintSupport


_translate: Callable[[str, str], str] | None = None


def tr(text: str) -> str:
    global _translate
    if _translate is None:  # bound once: an import statement per call costs (shiboken hooks it)
        from PySide6.QtCore import QCoreApplication

        _translate = QCoreApplication.translate
    return _translate(CONTEXT, text)


__all__ = [
    "QAbstractButton",
    "QAbstractItemView",
    "QAction",
    "QApplication",
    "QBoxLayout",
    "QButtonGroup",
    "QCalendarWidget",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFontDatabase",
    "QFontMetrics",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLayout",
    "QLibraryInfo",
    "QLineEdit",
    "QLocale",
    "QMarginsF",
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QMouseEvent",
    "QObject",
    "QPageLayout",
    "QPageSize",
    "QPaintEvent",
    "QPainter",
    "QPdfWriter",
    "QPen",
    "QPointF",
    "QPolygonF",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRectF",
    "QScrollArea",
    "QScroller",
    "QSettings",
    "QShortcut",
    "QShowEvent",
    "QSize",
    "QSizeF",
    "QSizePolicy",
    "QSpinBox",
    "QStackedWidget",
    "QStatusBar",
    "QStyle",
    "QTableWidget",
    "QTextBrowser",
    "QTextDocument",
    "QTimer",
    "QToolButton",
    "QTranslator",
    "QUndoCommand",
    "QUndoStack",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "QtMsgType",
    "Signal",
    "print_support",
    "qInstallMessageHandler",
    "tr",
]
