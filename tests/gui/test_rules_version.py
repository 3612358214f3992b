"""规则版本 (issue 5, GUI half): the bundled CJK font, the rules page and its pack install,
the engine computing with the effective parameters, and the packs on the printout.

The pack used here, tests/core/fixtures/packs/example-2026, carries FICTIONAL figures
(999 yuan): a test fixture only.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from support.need import require
from support.packs import TODAY

from jxdesk.core.parameters.packs import CONFIG_ENV
from jxdesk.gui import i18n, rules_info
from jxdesk.gui.answers import from_case
from jxdesk.gui.counter.report import report_html
from jxdesk.gui.engine import Engine
from jxdesk.gui.fonts import font_files, register_fonts
from jxdesk.gui.i18n import same
from jxdesk.gui.viewmodel import WizardModel

EXAMPLE = Path(__file__).parents[1] / "core" / "fixtures" / "packs" / "example-2026"
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
CASE_2026: dict[str, Any] = {
    "year": 2026,
    "person": {"scheme": "resident", "medical_aid": "minimum_living"},
}


@pytest.fixture(autouse=True)
def _no_installed_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads (or writes) the packs of the machine it runs on."""
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "empty-config"))


def with_pack(config: Path) -> Path:
    dest = config / "packs" / EXAMPLE.name
    shutil.copytree(EXAMPLE, dest)
    return config


def broken_copy(tmp_path: Path) -> Path:
    """The example pack with one figure changed after the manifest was made."""
    dest = tmp_path / "broken-pack"
    shutil.copytree(EXAMPLE, dest)
    f = dest / "parameters" / "premium" / "contribution.yaml"
    f.write_text(f.read_text("utf-8").replace("999", "998"), "utf-8")
    return dest


# ---- the bundled font
def test_font_files_only_fonts(tmp_path: Path) -> None:
    for name in ("a.ttc", "b.TTF", "c.otf", "LICENSE.txt", "d.yaml"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in font_files(tmp_path)] == ["a.ttc", "b.TTF", "c.otf"]
    assert font_files(tmp_path / "missing") == []
    assert register_fonts(tmp_path / "missing") == []


def test_the_bundled_font_is_registered(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    require(WQY.is_file(), "fonts-wqy-microhei (apt)")
    from jxdesk.gui.qt import QFontDatabase

    shutil.copyfile(WQY, tmp_path / "wqy-microhei.ttc")
    families = register_fonts(tmp_path)
    assert "WenQuanYi Micro Hei" in families
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()


def test_make_app_registers_the_resources_fonts(qapp, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui import app, fonts

    seen: list[Path | None] = []
    monkeypatch.setattr(fonts, "fonts_dir", lambda: seen.append(tmp_path) or tmp_path)
    app.make_app(app.Options(app.Mode.SMOKE))
    assert seen == [tmp_path]


# ---- the engine computes with the effective parameters
def test_without_a_pack_the_2026_premium_is_not_estimated() -> None:
    model = WizardModel(from_case(CASE_2026), Engine())
    result = model.result()
    assert result is not None and not result.premium.available
    assert model.engine.statuses == []


def test_a_2026_pack_turns_on_the_2026_premium_in_the_gui(tmp_path: Path) -> None:
    engine = Engine(config_dir=with_pack(tmp_path / "cfg"))
    model = WizardModel(from_case(CASE_2026), engine)
    result = model.result()
    assert result is not None and result.premium.available
    assert result.premium.contribution == 999
    assert [s.state for s in engine.statuses] == ["loaded"]


def test_kiosk_engine_reads_machine_wide_packs_only(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(CONFIG_ENV)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    with_pack(tmp_path / "home" / "jxdesk")  # a per-user pack
    assert Engine().params.pack_info == ()  # the default: machine-wide only (kiosk)
    assert len(Engine(user=True).params.pack_info) == 1  # the counter


# ---- the page's rows (Qt-free)
def test_rows_without_packs() -> None:
    params = Engine().params
    docs = rules_info.document_rows(params, same)
    assert docs and all(d.origin == i18n.BUILT_IN for d in docs)
    assert any(d.number == "嘉政发〔2024〕22号" for d in docs)
    assert {d.reliability for d in docs} <= {
        i18n.RELIABILITY_OFFICIAL,
        i18n.RELIABILITY_SECONDARY,
        i18n.RELIABILITY_INTERPRETATION,
    }
    assert rules_info.pack_rows(params, [], same) == []
    assert i18n.NO_PACKS in rules_info.rules_text(params, [], same)


def test_rows_with_a_loaded_and_a_refused_pack(tmp_path: Path) -> None:
    config = with_pack(tmp_path / "cfg")
    shutil.copytree(broken_copy(tmp_path), config / "packs" / "broken")
    engine = Engine(config_dir=config)
    rows = rules_info.pack_rows(engine.params, engine.statuses, same)
    by_state = {r.state: r for r in rows}
    # (the suite's test key is trusted through $JXDESK_TRUST_KEYS alone: the page says so)
    assert set(by_state) == {i18n.PACK_LOADED_ENV_KEY, i18n.PACK_REFUSED}
    info = engine.params.pack_info[0]
    warned = f"{i18n.PACK_ENV_KEY_WARNING} {info.summary()}"  # same words as the core
    assert by_state[i18n.PACK_LOADED_ENV_KEY].detail == warned
    assert "checksum mismatch" in by_state[i18n.PACK_REFUSED].detail
    docs = rules_info.document_rows(engine.params, same)
    assert any(d.origin == info.name for d in docs)  # the pack's own documents
    assert rules_info.packs_in_force(engine.params, same) == [warned]


def test_install_checks_copies_and_recomputes(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    engine = Engine(config_dir=config)
    model = WizardModel(from_case(CASE_2026), engine)
    assert model.result() is not None and not model.result().premium.available  # type: ignore[union-attr]

    refused = rules_info.install(broken_copy(tmp_path), engine, same, machine=False)
    assert not refused.ok and refused.target is None
    assert "contribution.yaml" in refused.message and "checksum mismatch" in refused.message
    assert not (config / "packs").exists()  # nothing written

    done = rules_info.install(EXAMPLE, engine, same, machine=False)
    assert done.ok and done.target is not None and done.target.parent == config / "packs"
    model.changed()
    assert model.result().premium.available  # type: ignore[union-attr]

    again = rules_info.install(EXAMPLE, engine, same, machine=False)
    assert not again.ok and "already installed" in again.message


def test_check_names_the_problem(tmp_path: Path) -> None:
    info, problem = rules_info.check(broken_copy(tmp_path), same, TODAY)
    assert info is None and "checksum mismatch" in problem
    info, problem = rules_info.check(EXAMPLE, same, TODAY)
    assert info is not None and problem == ""
    assert rules_info.pack_source(EXAMPLE / "pack.yaml") == EXAMPLE


def test_english_summary() -> None:
    from jxdesk.gui.rules_info import years_text

    assert years_text((2026,), same) == "2026年"
    assert years_text((2026, 2027), lambda s: {"{years}年": "{years}"}.get(s, s)) == "2026–2027"


# ---- the printout
def test_report_lists_the_packs_in_force(tmp_path: Path) -> None:
    plain = report_html(WizardModel(from_case(CASE_2026), Engine()), same)
    assert i18n.REPORT_PACKS in plain and i18n.REPORT_NO_PACKS in plain
    engine = Engine(config_dir=with_pack(tmp_path / "cfg"))
    html = report_html(WizardModel(from_case(CASE_2026), engine), same)
    assert "example-2026-contribution 第1版" in html
    assert engine.params.pack_info[0].fingerprint in html


def test_pdf_shows_the_pack_in_force(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.counter.printing import save_pdf

    engine = Engine(config_dir=with_pack(tmp_path / "cfg"))
    model = WizardModel(from_case(CASE_2026), engine)
    out = tmp_path / "estimate.pdf"
    save_pdf(model, out)
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    text = text.replace(" ", "").replace("\n", "")
    assert "生效的参数包" in text
    assert "example-2026-contribution" in text
    assert engine.params.pack_info[0].fingerprint in text
    assert "999.00" in text


# ---- the page (Qt)
def test_counter_page_opens_with_ctrl_r_and_installs(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.counter.rules_dialog import RULES_BUTTON, RulesDialog
    from jxdesk.gui.counter.session import install_counter
    from jxdesk.gui.qt import Qt

    wizard.model.engine.config_dir = tmp_path / "cfg"
    wizard.model.engine.reload()
    counter = install_counter(wizard, guard=False)
    assert wizard.buttonText(RULES_BUTTON) == "规则版本"
    assert wizard.button(RULES_BUTTON).isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = counter.rules.dialog
    assert isinstance(dialog, RulesDialog)
    qtbot.addWidget(dialog)
    assert dialog.open_button is not None and dialog.open_button.text() == "打开规则包…"
    page = dialog.text.toPlainText()
    assert "嘉政发〔2024〕22号" in page and i18n.NO_PACKS in page
    dialog.hide()  # no message boxes in the test: the outcome says it

    refused = dialog.install_from(broken_copy(tmp_path), machine=False)
    assert refused is not None and not refused.ok and "checksum mismatch" in refused.message

    outcome = dialog.install_from(EXAMPLE / "pack.yaml", machine=False)
    assert outcome is not None and outcome.ok, outcome
    assert "example-2026-contribution" in dialog.text.toPlainText()
    assert wizard.model.engine.params.pack_info


def test_read_only_page_has_no_install(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.counter.rules_dialog import RulesDialog

    engine = Engine(config_dir=with_pack(tmp_path / "cfg"))
    dialog = RulesDialog(WizardModel(engine=engine), read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.open_button is None
    assert "example-2026-contribution" in dialog.text.toPlainText()
    outcome = dialog.install_from(EXAMPLE, machine=False)
    assert outcome is not None and not outcome.ok
    assert not (tmp_path / "empty-config" / "packs").exists()


def test_page_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.counter.rules_dialog import RulesDialog

    dialog = RulesDialog(WizardModel(engine=Engine()), read_only=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rules version"
    assert dialog.open_button is not None and dialog.open_button.text() == "Open parameter pack..."
    assert "No parameter packs installed" in dialog.text.toPlainText()


def test_install_asks_where_without_blocking(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jxdesk.gui.counter.rules_dialog import RulesDialog

    config = tmp_path / "cfg"
    dialog = RulesDialog(WizardModel(engine=Engine(config_dir=config)), read_only=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.install_from(EXAMPLE) is None  # the question is open, nothing written yet
    assert not (config / "packs").exists()
    me = next(b for b in dialog.question.buttons() if b.text() == i18n.INSTALL_USER)
    me.click()
    assert (config / "packs" / "example-2026-contribution-v1").is_dir()
    assert "example-2026-contribution" in dialog.text.toPlainText()
