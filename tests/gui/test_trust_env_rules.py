"""Issue 18 item 11: a pack trusted only through $JXDESK_TRUST_KEYS is shown as loudly on the
规则版本 pages (counter and kiosk) as in `packs list` — never as a plain 生效. The control: the
same pack signed by a key the release ships (the test key copied into resources/keys, the
variable unset) is a plain 生效 with no warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.packs import EXAMPLE, TEST_PUBLIC_KEY

from gui import kiosk_fixtures
from jxdesk.core.parameters.packs import CONFIG_ENV
from jxdesk.core.parameters.signing import TRUST_ENV
from jxdesk.core.resources import RESOURCES_ENV, resources_dir
from jxdesk.gui import i18n, rules_info
from jxdesk.gui.engine import Engine
from jxdesk.gui.i18n import same
from jxdesk.gui.kiosk.demo import Session, fill
from jxdesk.gui.kiosk.flow import Step
from jxdesk.gui.qt import QLabel
from jxdesk.gui.viewmodel import WizardModel

WARNING = "仅因 $JXDESK_TRUST_KEYS 受信任"
PACK_WARNING = "这个参数包的签名密钥只是由环境变量 $JXDESK_TRUST_KEYS 加入的"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "cfg"
    shutil.copytree(EXAMPLE, cfg / "packs" / EXAMPLE.name)
    monkeypatch.setenv(CONFIG_ENV, str(cfg))
    return cfg


def release_trusts_the_test_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    shutil.copyfile(TEST_PUBLIC_KEY, copy / "keys" / TEST_PUBLIC_KEY.name)
    monkeypatch.setenv(RESOURCES_ENV, str(copy))
    monkeypatch.delenv(TRUST_ENV)


def counter_page(qtbot, engine: Engine) -> str:  # type: ignore[no-untyped-def]
    from jxdesk.gui.counter.rules_dialog import RulesDialog

    dialog = RulesDialog(WizardModel(engine=engine), read_only=True)
    qtbot.addWidget(dialog)
    text: str = dialog.text.toPlainText()
    return text


def test_the_counter_page_says_the_pack_is_trusted_only_through_the_variable(
    qtbot, config: Path
) -> None:  # type: ignore[no-untyped-def]
    text = counter_page(qtbot, Engine(config_dir=config))
    assert "警告：环境变量 $JXDESK_TRUST_KEYS 为本程序加入了受信任的密钥：" in text
    assert i18n.PACK_LOADED_ENV_KEY in text and PACK_WARNING in text
    rows = rules_info.pack_rows(*_params(config), same)
    assert [r.state for r in rows] == [i18n.PACK_LOADED_ENV_KEY]


def _params(config: Path):  # type: ignore[no-untyped-def]
    engine = Engine(config_dir=config)
    return engine.params, engine.statuses


def test_the_kiosk_rules_page_says_so(qtbot, config: Path) -> None:  # type: ignore[no-untyped-def]
    win = kiosk_fixtures.make_kiosk(qtbot)
    try:
        fill(win, Session(), stop=Step.RULES)
        shown = " ".join(label.text() for label in win.page.findChildren(QLabel))
        assert PACK_WARNING in shown and "example-2026-contribution" in shown
    finally:
        kiosk_fixtures.close_kiosk(win)


def test_a_pack_the_release_trusts_is_a_plain_in_force(
    qtbot, config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    release_trusts_the_test_key(tmp_path, monkeypatch)
    engine = Engine(config_dir=config)
    assert engine.params.pack_info and not engine.params.pack_info[0].trusted_only_by_env
    text = counter_page(qtbot, engine)
    assert WARNING not in text and "警告" not in text
    assert [r.state for r in rules_info.pack_rows(engine.params, engine.statuses, same)] == [
        i18n.PACK_LOADED
    ]


def test_the_rules_page_names_a_pack_refused_for_its_own_case(tmp_path: Path) -> None:
    """Issue 16: a pack whose figures do not give its own known answers is refused, and the
    counter's 规则版本 names the pack and the case."""
    import json

    from support.packs import remake

    pack = tmp_path / "cfg" / "packs" / "wrong"
    shutil.copytree(EXAMPLE, pack)
    f = pack / "parameters" / "premium" / "contribution.yaml"
    f.write_text(f.read_text("utf-8").replace("value: 999", "value: 990", 1), "utf-8")
    (pack / "checks").mkdir()
    case = {"year": 2026, "person": {"scheme": "resident"}}
    expected = {"premium": {"contribution": "999.00"}}
    (pack / "checks" / "01-resident.json").write_text(
        json.dumps({"case": case, "expected": expected}), "utf-8"
    )
    remake(pack)
    engine = Engine(config_dir=tmp_path / "cfg")
    (row,) = rules_info.pack_rows(engine.params, engine.statuses, same)
    assert row.name == "example-2026-contribution v1" and row.state == i18n.PACK_REFUSED
    assert row.detail.startswith("checks/01-resident.json: the pack's figures do not give")
    assert engine.params.pack_info == ()
