"""`jxdesk --case FILE` opens the case as 文件 › 打开 would: the file's name in the title, no
unsaved mark until an edit, and 保存 (Ctrl+S) back into that file without asking where (the
window used to say 未命名案件 and ask for a new name)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gui import clerk
from jxdesk.gui.app import counter_model
from jxdesk.gui.counter.session import install_counter
from jxdesk.gui.counter.wizard import Wizard
from jxdesk.gui.qt import QFileDialog, Qt
from jxdesk.gui.startup import load_case

CASE = {
    "year": 2025,
    "person": {"scheme": "employee", "account_balance": "1500"},
    "claims": [{"kind": "inpatient", "facility": "level3", "eligible": "20000"}],
}


def test_the_case_file_given_is_the_one_saved(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "李四.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    data = load_case(source, "zh")
    assert isinstance(data, dict)
    wizard = Wizard(counter_model(data, "zh"))  # as gui_main builds it
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w, "_quitting", True))
    wizard.resize(1100, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.complete()
    wizard.activateWindow()
    install_counter(wizard, guard=False, case_path=source)
    assert wizard.windowTitle().startswith("李四.json") and not wizard.isWindowModified()

    def no_dialog(*_a: Any, **_k: Any) -> tuple[str, str]:
        raise AssertionError("保存 asked where, for a case that came from a file")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_dialog)
    clerk.click_type(qtbot, wizard.identity.account, "2500")
    assert wizard.isWindowModified()
    clerk.press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not wizard.isWindowModified()
    saved = json.loads(source.read_text(encoding="utf-8"))
    assert saved["person"]["account_balance"] == "2500"
    assert "李四.json" in wizard.case_file.status.currentMessage()
