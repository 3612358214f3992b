"""At a counter only the packs an administrator installed machine-wide count (issue 11).

The counter window is started through its real entry (`gui_main`, in screenshot mode so that
it ends by itself) in a fresh process; the packs it computes with are read from the wizard
it built.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.packs import EXAMPLE, install

from jxdesk.core.parameters.packs import CONFIG_ENV

CASE = '{"year": 2026, "person": {"scheme": "resident"}}'
PROBE = """
import sys
import jxdesk.gui.app as app

def capture(_app, wizard, *_):
    print("packs:", [i.name for i in wizard.model.engine.params.pack_info])
    return 0

app.screenshot = capture
sys.exit(app.gui_main(sys.argv[1:]))
"""


def counter_packs(tmp_path: Path) -> str:
    """The packs line the counter prints, with tmp_path/etc machine-wide, tmp_path/home per user."""
    case = tmp_path / "case.json"
    case.write_text(CASE, "utf-8")
    env = {k: v for k, v in os.environ.items() if k != CONFIG_ENV}
    env.update(
        XDG_CONFIG_DIRS=str(tmp_path / "etc"),
        XDG_CONFIG_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--case", str(case), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("packs:")]
    return line


def test_the_counter_ignores_a_per_user_pack(tmp_path: Path) -> None:
    install(tmp_path / "home" / "jxdesk", EXAMPLE)
    assert counter_packs(tmp_path) == "packs: []"


def test_the_counter_uses_a_machine_wide_pack(tmp_path: Path) -> None:
    install(tmp_path / "etc" / "jxdesk", EXAMPLE)
    assert counter_packs(tmp_path) == "packs: ['example-2026-contribution']"
