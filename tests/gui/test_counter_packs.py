"""At a counter only the packs an administrator installed machine-wide count (issue 11).

The counter window is started through its real entry (`gui_main`, in screenshot mode so that
it ends by itself); what it computes with is read from the wizard it built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support.packs import EXAMPLE, install

from jxdesk.core.parameters.packs import CONFIG_ENV

CASE = '{"year": 2026, "person": {"scheme": "resident"}}'


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Start the counter on a Linux machine's folders; return the wizard's parameters."""
    import jxdesk.gui.app as app

    monkeypatch.delenv(CONFIG_ENV, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    seen: dict[str, Any] = {}

    def capture(_app: Any, wizard: Any, *_: Any) -> int:
        seen["params"] = wizard.model.engine.params
        wizard.close()
        return 0

    monkeypatch.setattr(app, "screenshot", capture)
    case = tmp_path / "case.json"
    case.write_text(CASE, "utf-8")

    def start() -> Any:
        assert app.gui_main(["--case", str(case), "--screenshot", str(tmp_path / "x.png")]) == 0
        return seen["params"]

    return start


def test_the_counter_ignores_a_per_user_pack(qapp, tmp_path: Path, started: Any) -> None:  # type: ignore[no-untyped-def]
    install(tmp_path / "home" / "jxdesk", EXAMPLE)
    assert started().pack_info == ()


def test_the_counter_uses_a_machine_wide_pack(qapp, tmp_path: Path, started: Any) -> None:  # type: ignore[no-untyped-def]
    install(tmp_path / "etc" / "jxdesk", EXAMPLE)
    (info,) = started().pack_info
    assert info.name == "example-2026-contribution"
