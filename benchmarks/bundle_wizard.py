"""The size reference for the jxdesk bundle: a bare three-page QWizard, bundled the same way.

`packaging/build --reference` freezes this file with packaging/jxdesk.spec (same excludes, same
Qt plug-in and translation filter) into dist/wizard-reference/; benchmarks/bundle_measure.py
compares its size and start-up with dist/jxdesk/. `--smoke` starts it, waits for the first
paint and exits 0, exactly like `jxdesk --smoke`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def _page(title: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"{title}：嘉兴市基本医疗保障"))
    return page


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    wizard = QWizard()
    for title in ("第一步", "第二步", "第三步"):
        wizard.addPage(_page(title))
    if "--smoke" in argv:
        watcher = _FirstPaint(wizard)
        wizard.installEventFilter(watcher)
        QTimer.singleShot(20_000, lambda: app.exit(3))  # no paint within 20 s: fail
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
