"""`jxdesk calc --batch`: lines, bad bytes, interruptions, memory, write errors.

Every test here is a reproduction from issue 11 ("A batch an analyst can rely on").
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from jxdesk import batch
from jxdesk.core.api import MAX_CASE_BYTES
from jxdesk.core.parameters import load_parameters

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "year": 2025,
    "person": {"scheme": "employee"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "50000", "excluded": "3000"}
    ],
}
# 50000 inpatient at level 3: deductible 800, fund (50000 - 800) x 0.80 = 39360.00
GOOD_FUND = "39360.00"


def case_line(eligible: int) -> bytes:
    case = {**GOOD, "claims": [{**GOOD["claims"][0], "eligible": str(eligible)}]}
    return json.dumps(case).encode()


def run(data: bytes, *args: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", "--batch", *args, "-"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
        **kw,
    )


def outputs(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.split(b"\n")[:-1]]


@pytest.mark.parametrize(
    "separator", ["\u2028", "\u2029", "\u0085", "\v", "\f", "\x1c", "\x1d", "\x1e", "\r"]
)
def test_only_a_newline_ends_a_line(separator: str) -> None:
    # Line 2 holds the separator inside an unknown field's name (JSON allows any of them
    # there but the control characters); line 3 between two tokens, where only \r is JSON
    # whitespace. Neither may shift line 4's result onto another line.
    raw_name = "a" + separator + "b"
    line2 = json.dumps(GOOD)[:-1] + f', "{raw_name}": 1}}'
    line3 = json.dumps(GOOD)[:-1] + f",{separator}" + '"colour": 1}'
    data = b"\n".join([case_line(1000), line2.encode(), line3.encode(), case_line(2000)]) + b"\n"
    done = run(data)
    out = outputs(done.stdout)
    assert len(out) == 4, done.stdout
    assert out[0]["medical"]["eligible"] == "1000.00"
    if ord(separator) < 0x20:  # a raw control character in a string is not JSON
        assert out[1]["error"][0].startswith("not valid JSON")
    else:  # the name is shown escaped: "a\u2028b"
        assert out[1] == {"error": [f"{json.dumps(raw_name)}: is not a known field"]}
    if separator == "\r":
        assert out[2] == {"error": ["colour: is not a known field"]}
    else:
        assert out[2]["error"][0].startswith("not valid JSON")
    assert out[3]["medical"]["eligible"] == "2000.00"
    assert done.returncode == 2


def test_a_bad_byte_spoils_only_its_own_line() -> None:
    bad = case_line(3000).replace(b'"employee"', b'"employ\xffee"')
    data = b"\n".join([case_line(1000), bad, case_line(2000), b"\xc3"]) + b"\n"
    done = run(data)
    out = outputs(done.stdout)
    assert [o.get("medical", {}).get("eligible") for o in out] == ["1000.00", None, "2000.00", None]
    # '{"year": 2025, ' 15 + '"person": ' 10 + '{"scheme": ' 11 + '"employ' 7 = offset 43
    assert out[1] == {"error": ["not valid UTF-8 text (byte 0xff at offset 43)"]}
    assert out[3] == {"error": ["not valid UTF-8 text (byte 0xc3 at offset 0)"]}
    assert done.returncode == 2 and done.stderr == b""


def test_crlf_a_bom_and_no_final_newline() -> None:
    data = b"\xef\xbb\xbf" + case_line(1000) + b"\r\n" + case_line(2000)
    done = run(data)
    assert [o["medical"]["eligible"] for o in outputs(done.stdout)] == ["1000.00", "2000.00"]
    assert done.returncode == 0


def test_a_line_over_the_limit_is_refused_and_the_next_is_read() -> None:
    long = case_line(1000)[:-1] + b" " * MAX_CASE_BYTES + b"}"
    fits = case_line(1500)[:-1] + b" " * (MAX_CASE_BYTES - len(case_line(1500))) + b"}"
    assert len(fits) == MAX_CASE_BYTES
    done = run(b"\n".join([long, fits, case_line(2000)]) + b"\n")
    out = outputs(done.stdout)
    assert out[0] == {"error": ["the case is too large (more than 1,048,576 bytes): not read"]}
    assert out[1]["medical"]["eligible"] == "1500.00"
    assert out[2]["medical"]["eligible"] == "2000.00"


def test_read_lines_holds_no_long_line() -> None:
    stream = io.BytesIO(b"x" * 50 + b"\nab\n\n \r\n" + b"y" * 11 + b"\n\t\n\n")
    assert list(batch.read_lines(stream, limit=10)) == [None, b"ab", b"", b"", None]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_unexpected_error_is_that_lines_error_and_the_run_goes_on(
    workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch.estimate_text

    def flaky(text: str | bytes, *args: Any) -> dict[str, Any]:
        if b'"1777"' in bytes(text):
            raise ZeroDivisionError("a bug")
        return real(text, *args)

    monkeypatch.setattr(batch, "estimate_text", flaky)  # forked workers inherit it
    lines = [case_line(1000 + i) for i in range(batch.PARALLEL_FROM + 100)]
    out, err = io.BytesIO(), io.StringIO()
    status = batch.run_batch(
        io.BytesIO(b"\n".join(lines)), load_parameters(), "en", out, workers=workers, err=err
    )
    results = outputs(out.getvalue())
    assert status == batch.INTERNAL
    assert len(results) == len(lines)
    assert results[777] == {"error": ["internal error: ZeroDivisionError: a bug"]}
    assert results[776]["medical"]["eligible"] == "1776.00"
    assert results[-1]["medical"]["eligible"] == f"{1000 + len(lines) - 1}.00"
    assert err.getvalue() == "line 778: internal error: ZeroDivisionError: a bug\n"


# ---- interrupted runs leave no worker behind


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status is left


def gone_soon(pids: list[int]) -> list[int]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "many.jsonl"
    path.write_bytes(b"\n".join(case_line(1000 + i % 5000) for i in range(40000)) + b"\n")
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["head", "TERM", "KILL", "ctrl-c"])
def test_an_interrupted_run_leaves_no_worker(how: str, many: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "jxdesk", "calc", "--batch", str(many)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,  # its own process group, as a shell gives a pipeline
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # the workers are at work
    assert json.loads(first)["medical"]["eligible"] == "1000.00"
    workers = children_of(proc.pid)
    assert len(workers) >= 1
    if how == "head":
        proc.stdout.close()  # the reader goes, as `| head -1` does
    elif how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)  # the terminal signals the whole group
    else:
        os.kill(proc.pid, getattr(signal, f"SIG{how}"))
    try:
        code = proc.wait(timeout=60)
        err = proc.stderr.read().decode()
    finally:
        proc.kill()
    assert gone_soon(workers) == [], f"workers left behind after {how}"
    assert "Traceback" not in err
    if how == "head":
        assert (code, err) == (141, "")  # quiet: no "cannot read: Broken pipe"
    elif how == "ctrl-c":
        assert (code, err) == (130, "interrupted\n")
    else:
        assert code == -getattr(signal, f"SIG{how}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a shell pipeline")
def test_head_minus_one_ends_quietly(many: Path) -> None:
    done = subprocess.run(
        [
            "bash",
            "-o",
            "pipefail",
            "-c",
            f"{sys.executable} -m jxdesk calc --batch {many} | head -1",
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.stderr == b""
    assert json.loads(done.stdout)["medical"]["eligible"] == "1000.00"
    assert done.returncode == 141


@pytest.mark.parametrize("mode", [["--batch"], []])
def test_a_write_error_is_called_a_write_error(mode: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "jxdesk", "calc", *mode, "-"],
            input=case_line(1000) + b"\n",
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=60,
        )
    assert done.stderr.decode() == "standard output: cannot write: No space left on device\n"
    assert done.returncode == 1


# ---- memory


def peak_rss_mb(data_lines: int, line: bytes) -> float:
    """Peak resident memory (MB) of a batch run over `data_lines` copies of a line fed
    through a pipe as it is read."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "jxdesk", "calc", "--batch", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    assert proc.stdin is not None
    block = (line + b"\n") * 1000
    for _ in range(data_lines // 1000):
        proc.stdin.write(block)
    proc.stdin.close()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped above
    return usage.ru_maxrss / 1024


def test_memory_does_not_grow_with_the_input() -> None:
    # 200,000 lines of 1 KB (200 MB) against 2,000 of them: the old batch held all input and
    # output at once (689 MB for 200,000 cases); a streamed one stays where it started.
    line = b'{"year": 2025, "note": "' + b"x" * 1000 + b'"}'
    small = peak_rss_mb(2000, line)
    large = peak_rss_mb(200_000, line)
    assert large < small + 30, (small, large)
