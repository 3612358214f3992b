"""Privacy and offline: full flows in the kiosk and at the counter, in a fresh process
whose HOME, XDG directories, TMPDIR and working directory are empty folders, on a real X
display (a private Xvfb) with no session bus set and dbus-x11 installed, as at a counter.

The process runs under strace, which records every file it (or any process it starts)
creates, opens for writing, renames, links or removes. Apart from the PDF the clerk saves
through the file dialog (into the folder chosen there) and the session's own temporary
folder, it writes nothing: not Qt's file dialog history (~/.config/QtProject.conf), not a
D-Bus autolaunch (~/.dbus/session-bus). No file written anywhere, and no file left under
those folders, holds a figure that was entered; standard output and error (the logs) hold
none either. No internet socket was opened, not even created, nor a name looked up;
QtNetwork is never loaded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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

def crash(guard):
    # boom() from the event loop, as a real slip of the code would come, and the events
    # let in until the guard has logged it (a zero timer can wait behind other events).
    # Under the app's exec() PySide6 hands a slot's exception to sys.excepthook and the loop
    # goes on; out of processEvents() 6.9 raises it to the caller instead: handed on here.
    import time
    seen = guard.count
    QTimer.singleShot(0, boom)
    deadline = time.monotonic() + 10
    while guard.count == seen and time.monotonic() < deadline:
        try:
            app.processEvents()
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    settle()

def crash_in_loop(guard):
    # the same from a loop of its own, run until the guard has logged it: the kiosk's own
    # timers run Python in the same pass, and out of processEvents() PySide6 6.9 then loses
    # the exception (neither raised nor hooked; seen in CI); under exec() it is handed to
    # sys.excepthook as in the app
    from PySide6.QtCore import QEventLoop
    seen = guard.count
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if guard.count != seen else None)
    poll.start(10)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(10000)
    QTimer.singleShot(0, boom)
    loop.exec()
    poll.stop()
    limit.stop()
    settle()

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
crash_in_loop(guard_k)
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

# the clerk saves the estimate as a PDF through the file dialog, into a folder chosen there
from PySide6.QtTest import QTest
from jxdesk.gui.qt import Qt
SAVE_AS = os.path.join(os.environ["JXDESK_TEST_SAVE_DIR"], "estimate.pdf")

def answer_dialog():
    # the dialog's file name field, found in the dialog itself: with no window manager the
    # keyboard focus may not have moved into the new dialog yet (seen with PySide6 6.9)
    from PySide6.QtWidgets import QFileDialog, QLineEdit
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QFileDialog) and w.isVisible()]
    box = dialogs[0].findChild(QLineEdit, "fileNameEdit") if dialogs else None
    if box is None or not box.isVisible():
        QTimer.singleShot(100, answer_dialog)
        return
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, SAVE_AS)
    # (Return on the field did not accept under PySide6 6.9 with no window manager: the
    # dialog takes the typed name as a person's 保存 would)
    dialogs[0].selectFile(box.text())
    dialogs[0].accept()

QTimer.singleShot(300, answer_dialog)
QTest.mouseClick(wizard.results.pdf_button, Qt.MouseButton.LeftButton)
settle()
assert os.path.getsize(SAVE_AS) > 0, "the PDF was not saved"
crash(counter.guard)
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


#: the system calls that create, change or remove a file or folder
WRITES = (
    "open,openat,openat2,creat,truncate,rename,renameat,renameat2,link,linkat,symlink,"
    "symlinkat,unlink,unlinkat,mkdir,mkdirat,rmdir,mknod,mknodat"
)
_CALL = re.compile(r"^\d+ +(?P<call>\w+)\((?P<args>.*)\) += (?P<ret>-?\d+)")
_PATH = re.compile(r'(?:(?P<dir>\d+|AT_FDCWD)<(?P<base>[^>]*)>, )?"(?P<path>(?:[^"\\]|\\.)*)"')
#: writes that keep nothing: the null device, a terminal
HARMLESS = ("/dev/null", "/dev/tty", "/dev/pts/")


def written(trace: Path, cwd: Path) -> list[tuple[str, str]]:
    """(call, absolute path) of every successful call that wrote a path."""
    out = []
    for line in trace.read_text(errors="replace").splitlines():
        m = _CALL.match(line)
        if m is None or int(m["ret"]) < 0:
            continue
        call, args = m["call"], m["args"]
        if call not in WRITES.split(","):
            continue  # execve: only so that every process shows in the trace
        if call.startswith("open") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", args):
            continue
        for p in _PATH.finditer(args):
            path = p["path"].encode().decode("unicode_escape")
            if not path.startswith("/"):
                path = os.path.join(p["base"] or str(cwd), path)
            out.append((call, os.path.normpath(path)))
            if call not in ("rename", "renameat", "renameat2", "link", "linkat"):
                break  # one path; renames and links write both
    return out


def run_traced(
    cmd: list[str], trace: Path, cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run under strace, which follows every process started. strace ends when the last of
    them does: one left running (a D-Bus daemon autolaunched for the session) fails the
    test, and is ended here."""
    strace = [
        "strace",
        "-f",
        "-qq",
        "-y",
        "-s",
        "4096",
        "-e",
        f"trace={WRITES},execve",
        "-o",
        str(trace),
    ]
    proc = subprocess.Popen(
        [*strace, *cmd],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        proc.kill()
        pids = {int(x.split()[0]) for x in trace.read_text().splitlines() if x[:1].isdigit()}
        left = []
        for pid in pids:
            try:
                left.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" "))
                os.kill(pid, 9)
            except OSError:
                pass
        proc.communicate()
        pytest.fail(f"the run did not end: processes it started were still running: {left}")
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


@pytest.fixture
def display() -> Iterator[str]:
    """A private X display (Xvfb picks a free number and tells it)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_full_flows_write_nothing_personal_and_open_no_socket(tmp_path: Path, display: str) -> None:
    assert shutil.which("dbus-launch"), "dbus-x11 (which autolaunches a bus) is installed"
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
    saved = root / "saved"  # the folder the clerk chooses in the file dialog
    saved.mkdir()
    script = tmp_path / "flows.py"  # outside root: the script itself holds the figures
    script.write_text(SCRIPT, "utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "JXDESK_", "DBUS_", "QT_", "WAYLAND_"))
    }
    env.update({k: str(v) for k, v in dirs.items()})
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONDONTWRITEBYTECODE="1")
    env["JXDESK_TEST_SAVE_DIR"] = str(saved)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    trace = tmp_path / "trace.txt"
    done = run_traced([sys.executable, str(script)], trace, cwd, env)
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

    # every write: the PDF the clerk saved, the session's temporary folder, nothing else
    writes = written(trace, cwd)
    # the trace sees writes: the PDF (written beside, then renamed into place)
    assert str(saved / "estimate.pdf") in {path for _, path in writes}, writes
    allowed = (str(saved), str(dirs["TMPDIR"]))
    outside = sorted(
        {
            (call, path)
            for call, path in writes
            if not path.startswith(HARMLESS)
            and not any(path == a or path.startswith(a + os.sep) for a in allowed)
        }
    )
    assert outside == [], outside
    assert not (dirs["HOME"] / ".dbus").exists()
    assert not (dirs["XDG_CONFIG_HOME"] / "QtProject.conf").exists()

    # the disk: nothing that was entered, in any file written or left under the folders
    # (the PDF is what the clerk chose to keep)
    leaks = []
    files = {p for p in root.rglob("*") if p.is_file()} | {
        Path(path) for _, path in writes if Path(path).is_file()
    }
    for path in files - {saved / "estimate.pdf", trace}:
        data = path.read_bytes()
        for form in FORMS:
            for encoded in (form.encode(), form.encode("utf-16-le")):
                if encoded in data:
                    leaks.append((str(path), form))
    assert leaks == []
    assert not any(cwd.iterdir()), "files were written to the working directory"
