"""Issue 18, input and output (items 7-9): an enrolment after the settlement year, lone
surrogate escapes, file names on standard error, a closed standard input, the 1 MiB limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jxdesk.core.api import MAX_CASE_BYTES, estimate_json
from jxdesk.core.problems import InvalidCase

ROOT = Path(__file__).resolve().parents[2]
SMALL = '{"year": 2025, "person": {"scheme": "employee"}}'
LATE = {
    "year": 2025,
    "person": {
        "scheme": "employee",
        "enrollment": {"route": "employer_registration", "date": "9999-12-31"},
    },
}


def jxdesk(*args: str, stdin: bytes | None = None, closed: bool = False) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "jxdesk", *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None and not closed else None,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        # `<&-`: the child starts with descriptor 0 closed
        preexec_fn=(lambda: os.close(0)) if closed else None,
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


# --------------------------------------------------------------------------- item 7


def test_an_enrolment_after_the_settlement_year_is_a_field_problem() -> None:
    """It was "internal error: ValueError: year 10000 is out of range" (exit 1)."""
    with pytest.raises(InvalidCase) as exc:
        estimate_json(LATE)
    assert [p.line() for p in exc.value.problems] == [
        "person.enrollment.date: is after the settlement year 2025"
    ]
    assert exc.value.problems[0].text("zh") == "参保日期晚于 2025 年底，不能计入结算年度 2025 年"


def test_calc_and_the_batch_say_so_for_that_line_only(tmp_path: Path) -> None:
    case = tmp_path / "late.json"
    case.write_text(json.dumps(LATE), "utf-8")
    code, out, err = jxdesk("calc", str(case))
    assert (code, out) == (2, "")
    assert err == "person.enrollment.date: is after the settlement year 2025\n"
    lines = tmp_path / "cases.jsonl"
    lines.write_text(json.dumps(LATE) + "\n" + SMALL + "\n", "utf-8")
    code, out, err = jxdesk("calc", "--batch", str(lines))
    first, second = out.splitlines()
    assert json.loads(first) == {
        "error": ["person.enrollment.date: is after the settlement year 2025"]
    }
    assert json.loads(second)["year"] == 2025
    assert code == 2 and "internal error" not in out + err


def test_the_counter_opening_that_case_shows_the_problem_not_an_empty_result(
    tmp_path: Path,
) -> None:
    case = tmp_path / "late.json"
    case.write_text(json.dumps(LATE), "utf-8")
    png = tmp_path / "shot.png"
    code, _, err = jxdesk("--case", str(case), "--screenshot", str(png))
    assert code == 2, err
    assert "person.enrollment.date" in err and "internal error" not in err
    assert not png.exists()


# --------------------------------------------------------------------------- item 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"year": 2025, "person": {"scheme": "employee"}, "\\ud800": 1}',
            '"\\ud800": the field\'s name holds \\ud800, an escape that is no character',
        ),
        (
            '{"year": 2025, "person": {"scheme": "employee", "medical_aid": "x\\udc00"}}',
            "person.medical_aid: holds \\udc00, an escape that is no character",
        ),
    ],
    ids=["key", "value"],
)
def test_a_lone_surrogate_escape_names_the_field(text: str, expected: str) -> None:
    code, out, err = jxdesk("calc", "-", stdin=text.encode("ascii"))
    assert (code, out) == (2, "")
    assert err.splitlines() == [expected]


def test_a_surrogate_pair_is_a_character_and_no_problem() -> None:
    text = '{"year": 2025, "person": {"scheme": "employee", "\\ud83d\\ude00": 1}}'
    code, _, err = jxdesk("calc", "-", stdin=text.encode("ascii"))
    assert code == 2 and "😀" in err and "no character" not in err


# --------------------------------------------------------------------------- item 9


def test_a_file_name_is_echoed_with_escapes(tmp_path: Path) -> None:
    name = str(tmp_path / "a\nb\x1b[31mc.json")
    code, _, err = jxdesk("calc", name)
    assert code == 2
    (line,) = err.splitlines()  # one problem, one line
    assert "\x1b" not in err and "a\\x0ab\\x1b[31mc.json: cannot read: " in line


def test_calc_with_standard_input_closed_says_so() -> None:
    """`calc - <&-` was "internal error: AttributeError"."""
    code, out, err = jxdesk("calc", "-", closed=True)
    assert (code, out, err) == (2, "", "standard input: cannot read: it is closed\n")


def _exactly(size: int) -> bytes:
    body = SMALL.encode("ascii")
    return body + b" " * (size - len(body))


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b""], ids=["lf", "crlf", "none"])
def test_the_limit_is_counted_alike_by_calc_and_the_batch(end: bytes) -> None:
    """A case of exactly MAX_CASE_BYTES with its line end: calc - refused it (it counted the
    newline), the batch took it."""
    fits = _exactly(MAX_CASE_BYTES) + end
    code, out, err = jxdesk("calc", "-", stdin=fits)
    assert code == 0, err
    code, out, err = jxdesk("calc", "--batch", "-", stdin=fits)
    assert code == 0 and json.loads(out)["year"] == 2025, err
    over = _exactly(MAX_CASE_BYTES + 1) + end
    code, out, err = jxdesk("calc", "-", stdin=over)
    assert code == 2 and "too large" in err
    code, out, err = jxdesk("calc", "--batch", "-", stdin=over)
    assert code == 2 and "too large" in out
