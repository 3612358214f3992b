"""Privacy and offline: full flows in the kiosk and at the counter, in a fresh process
whose HOME, XDG directories, TMPDIR and working directory are empty folders.

Afterwards no file anywhere under them holds a figure that was entered, standard output
and error (the logs) hold none either, and no internet socket was opened, not even
created, nor a name looked up; QtNetwork is never loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIGURES = ("73519.28", "4242.17", "1987.65", "8675.31")
FORMS = tuple(
    form for f in FIGURES for form in (f, f"{float(f):,.2f}", f.replace(".", ""), f.split(".")[0])
)

SCRIPT = r"""
import json, os, socket, sys
opened = []
_init, _connect = socket.socket.__init__, socket.socket.connect
_connect_ex = socket.socket.connect_ex
INET = (socket.AF_INET, socket.AF_INET6)

def init(self, family=-1, *a, **k):
    if family in INET or (family == -1 and not a and not k):
        opened.append(("socket", str(family)))
    _init(self, family, *a, **k)

def connect(self, address):
    if self.family in INET:
        opened.append(("connect", str(address)))
    return _connect(self, address)

def connect_ex(self, address):
    if self.family in INET:
        opened.append(("connect_ex", str(address)))
    return _connect_ex(self, address)

def create_connection(address, *a, **k):
    opened.append(("create_connection", str(address)))
    raise OSError("no network in this test")

def getaddrinfo(host, *a, **k):
    opened.append(("getaddrinfo", str(host)))
    raise OSError("no network in this test")

socket.socket.__init__, socket.socket.connect, socket.socket.connect_ex = init, connect, connect_ex
socket.create_connection, socket.getaddrinfo = create_connection, getaddrinfo

from jxdesk.gui.app import Language, Mode, Options, make_app, style
from jxdesk.gui.qt import QApplication, QTimer
app, language = make_app(Options(Mode.WINDOW))
style(app, False)

def settle():
    for _ in range(5):
        app.processEvents()

def boom():
    raise ValueError("could not use 73519.28 and 4242.17")

# ---- the kiosk: two sessions, English, an idle wipe, a crash
from jxdesk.gui.crash import CrashGuard
from jxdesk.gui.engine import Engine
from jxdesk.gui.kiosk.config import KioskConfig
from jxdesk.gui.kiosk.demo import Bill, Session, fill, session
from jxdesk.gui.kiosk.window import KioskWindow
from jxdesk.gui.viewmodel import WizardModel

person = Session(account="4242.17", bills=(
    Bill("inpatient", "level3", "referred", "73519.28", "1987.65"),
    Bill("outpatient", "pharmacy", "local", "8675.31"),
))
win = KioskWindow(WizardModel(engine=Engine()), KioskConfig(0.2, 0.2), on_language=language.apply)
win.resize(1280, 800)
win.show()
guard_k = CrashGuard(win.recover, mode="kiosk").install()
win.start()
session(win, person)
win.set_language("en")
fill(win, person)
settle()
QTimer.singleShot(0, boom)
settle()
assert win.flow.pristine, "the crash did not wipe"
fill(win, person)
deadline = __import__("time").monotonic() + 5
while not win.flow.pristine and __import__("time").monotonic() < deadline:
    app.processEvents()
assert win.flow.pristine, "the idle wipe did not come"
win.idle.stop()
guard_k.uninstall()
win.shutdown()

# ---- the counter: the same person, results, an explanation, a crash, 新建
from jxdesk.gui.counter.session import install_counter
from jxdesk.gui.viewmodel import Page
from jxdesk.gui.counter.wizard import Wizard

model = WizardModel(engine=Engine())
wizard = Wizard(model)
wizard.show()
counter = install_counter(wizard)
wizard.identity.account.setText("4242.17")
model.answers.account_balance = "4242.17"
from jxdesk.gui.answers import ClaimAnswer
for eligible, excluded in (("73519.28", "1987.65"), ("8675.31", "")):
    model.answers.claims.append(ClaimAnswer("inpatient", "level3", "local", eligible, excluded))
model.changed()
wizard.to_results()
assert wizard.currentId() == int(Page.RESULTS), model.problems()
wizard.results.explain("fund")
settle()
QTimer.singleShot(0, boom)
settle()
assert counter.dialog is not None and counter.dialog.isVisible()
counter.dialog.accept()
language.apply("en")
model.set_lang("en")
settle()
counter.new_case()
settle()
print("RESULT " + json.dumps({"opened": opened, "qtnetwork": "PySide6.QtNetwork" in sys.modules}))
sys.stdout.flush()
"""


def test_full_flows_write_nothing_personal_and_open_no_socket(tmp_path: Path) -> None:
    root = tmp_path / "root"
    dirs = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "config",
        "XDG_CACHE_HOME": root / "cache",
        "XDG_DATA_HOME": root / "data",
        "XDG_STATE_HOME": root / "state",
        "XDG_RUNTIME_DIR": root / "runtime",
        "TMPDIR": root / "tmp",
    }
    for d in dirs.values():
        d.mkdir(parents=True)
    (dirs["XDG_RUNTIME_DIR"]).chmod(0o700)
    cwd = root / "cwd"
    cwd.mkdir()
    script = tmp_path / "flows.py"  # outside root: the script itself holds the figures
    script.write_text(SCRIPT, "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "JXDESK_"))}
    env.update({k: str(v) for k, v in dirs.items()})
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    report = json.loads(line[len("RESULT ") :])
    assert report["opened"] == [], report["opened"]
    assert report["qtnetwork"] is False

    # the logs: the crash was logged, without a figure
    logs = done.stdout.replace(line, "") + done.stderr
    assert "internal error (kiosk): ValueError" in logs
    assert "internal error (counter): ValueError" in logs
    assert [f for f in FORMS if f in logs] == []

    # the disk: nothing that was entered, in any file, under any of the folders
    leaks = []
    files = [p for p in root.rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        for form in FORMS:
            for encoded in (form.encode(), form.encode("utf-16-le")):
                if encoded in data:
                    leaks.append((str(path.relative_to(root)), form))
    assert leaks == []
    assert not any(cwd.iterdir()), "files were written to the working directory"
