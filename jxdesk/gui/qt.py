"""Every Qt name the app uses, from one place (as Anki's aqt.qt does).

No star imports: each name is listed so the type checker and the reader can see it.
`tr` translates a source string of jxdesk.gui.i18n in the app's one context.
"""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
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
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jxdesk.gui.i18n import CONTEXT


def print_support() -> ModuleType:
    """QtPrintSupport, imported when someone prints (it is not needed to start)."""
    from PySide6 import QtPrintSupport

    return QtPrintSupport


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


__all__ = [
    "QAbstractButton",
    "QAbstractItemView",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QCheckBox",
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
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QLocale",
    "QMarginsF",
    "QObject",
    "QPageLayout",
    "QPageSize",
    "QPaintEvent",
    "QPainter",
    "QPdfWriter",
    "QPushButton",
    "QRadioButton",
    "QRectF",
    "QScrollArea",
    "QShortcut",
    "QSize",
    "QSizeF",
    "QSizePolicy",
    "QSpinBox",
    "QTableWidget",
    "QTextBrowser",
    "QTextDocument",
    "QTimer",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "Signal",
    "print_support",
    "tr",
]
