"""`jxdesk calc`: the command line's contract, bad input included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "year": 2025,
    "person": {"scheme": "employee"},
    "claims": [
        {"kind": "inpatient", "facility": "level3", "eligible": "50000", "excluded": "3000"}
    ],
}


def calc(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jxdesk", "calc", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
    )


def test_file_argument_prints_the_result() -> None:
    run = calc(str(ROOT / "examples" / "employee-inpatient.json"))
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["medical"]["fund"] == "39360.00"
    assert result["medical"]["out_of_pocket"] == "13640.00"
    assert set(result) >= {"year", "medical", "fertility", "premium", "explanation"}
    assert any("第十七条" in line for line in result["explanation"])
    assert run.stderr == ""


def test_standard_input() -> None:
    run = calc("-", stdin=json.dumps(GOOD))
    assert run.returncode == 0
    assert json.loads(run.stdout)["medical"]["claims"][0]["deductible"] == "800.00"


def test_english_explanation() -> None:
    run = calc("--lang", "en", "-", stdin=json.dumps(GOOD))
    assert any("deductible" in line for line in json.loads(run.stdout)["explanation"])


@pytest.mark.parametrize(
    ("case", "lines"),
    [
        (
            {
                **GOOD,
                "claims": [
                    GOOD["claims"][0],
                    {"kind": "outpatient", "facility": "level1", "eligible": "-5"},
                ],
            },
            ["claims[1].eligible: must not be negative"],
        ),
        (
            {**GOOD, "person": {"scheme": "worker"}},
            ["person.scheme: must be one of: employee, flexible, retiree, resident, student, none"],
        ),
        ({**GOOD, "year": 2024}, ["year: must be at least 2025"]),
        ({**GOOD, "colour": "red"}, ["colour: is not a known field"]),
        (
            {**GOOD, "claims": [{**GOOD["claims"][0], "facility": "pharmacy"}]},
            [
                "claims[0].facility: pharmacy is not valid for inpatient claims "
                "(allowed: primary, level1, level2, level3)"
            ],
        ),
        (
            {**GOOD, "claims": [{"kind": "home_bed", "facility": "level2", "eligible": "1"}]},
            ["claims[0].facility: level2 is not valid for home_bed claims (allowed: primary)"],
        ),
        (
            {**GOOD, "claims": [{**GOOD["claims"][0], "date": "2025-02-30"}]},
            ["claims[0].date: is not a real calendar date"],
        ),
        (
            {**GOOD, "claims": [{**GOOD["claims"][0], "date": "2026-01-03"}]},
            ["claims[0].date: must fall in the settlement year 2025"],
        ),
        (
            {**GOOD, "claims": [{**GOOD["claims"][0], "eligible": "100000000.01"}]},
            ["claims[0].eligible: is implausibly large (at most 100000000 yuan)"],
        ),
        (
            {**GOOD, "claims": [{**GOOD["claims"][0], "eligible": "12.345"}]},
            ["claims[0].eligible: has more than two decimals (the smallest unit is one fen, 0.01)"],
        ),
        (
            {**GOOD, "claims": [{**GOOD["claims"][0], "eligible": "NaN"}]},
            ['claims[0].eligible: is not an amount of yuan (write digits such as "1234.50")'],
        ),
        ({"year": 2025}, ["person: is required"]),
        (
            {**GOOD, "mother": {"scheme": "employee", "continuous_months": 12}},
            [
                "mother.contribution_base: is required for a mother in the employee scheme "
                "(no published base is held for that year)"
            ],
        ),
        (
            {**GOOD, "children": [{"birth_date": "2025-01-01", "order": 0}]},
            ["children[0].order: must be at least 1"],
        ),
        (
            {**GOOD, "person": {"scheme": "employee", "disabled_certified": "yes"}},
            ["person.disabled_certified: must be true or false"],
        ),
    ],
)
def test_bad_input_exits_2_with_one_line_per_problem(
    case: dict[str, object], lines: list[str]
) -> None:
    run = calc("-", stdin=json.dumps(case))
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.splitlines() == lines


def test_several_problems_are_all_listed() -> None:
    case = {
        "year": 2025,
        "person": {"scheme": "x", "account_balance": "-1"},
        "claims": [{"kind": "inpatient", "facility": "level3"}],
    }
    run = calc("-", stdin=json.dumps(case))
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "person.scheme: must be one of: employee, flexible, retiree, resident, student, none",
        "person.account_balance: must not be negative",
        "claims[0].eligible: is required",
    ]


@pytest.mark.parametrize(
    "text", ['{"year": 2025, "person": {"sch', "", "[1, 2]", "null", "{" * 100000, "\ufeff{]"]
)
def test_broken_json_never_shows_a_traceback(text: str) -> None:
    run = calc("-", stdin=text)
    assert run.returncode == 2
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_missing_file() -> None:
    run = calc("/nonexistent/case.json")
    assert run.returncode == 2
    assert "cannot read" in run.stderr and "Traceback" not in run.stderr


def test_batch_writes_one_line_per_case_and_goes_on(tmp_path: Path) -> None:
    bad = {**GOOD, "year": 1999}
    lines = [json.dumps(GOOD), json.dumps(bad), "{not json", json.dumps(GOOD)]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = calc("--batch", str(path))
    assert run.returncode == 2
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["medical"]["fund"] == "39360.00" == out[3]["medical"]["fund"]
    assert out[1] == {"error": ["year: must be at least 2025"]}
    assert out[2]["error"][0].startswith("not valid JSON")


def test_batch_all_good_exits_0() -> None:
    run = calc("--batch", "-", stdin=json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n")
    assert run.returncode == 0
    assert len(run.stdout.splitlines()) == 2


def test_batch_keeps_lines_aligned_and_ignores_trailing_blank_lines() -> None:
    run = calc("--batch", "-", stdin=json.dumps(GOOD) + "\n\n" + json.dumps(GOOD) + "\n\n\n")
    assert run.returncode == 2
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(out) == 3
    assert out[1] == {"error": ["the line is empty: no case"]}
    assert out[2]["medical"]["fund"] == "39360.00"


def test_a_large_batch_split_across_processes_keeps_order_and_status(tmp_path: Path) -> None:
    """Above PARALLEL_FROM cases the batch forks one process per core (or uses a pool)."""
    bad = {**GOOD, "year": 1999}
    cases = []
    for i in range(2500):
        case = {**GOOD, "claims": [{**GOOD["claims"][0], "eligible": str(1000 + i)}]}
        cases.append(bad if i == 1700 else case)
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    run = calc("--batch", str(path))
    assert run.returncode == 2
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(out) == 2500
    assert out[1700] == {"error": ["year: must be at least 2025"]}
    assert out[0]["medical"]["eligible"] == "1000.00"
    assert out[2499]["medical"]["eligible"] == "3499.00"
    assert [o["medical"]["eligible"] for i, o in enumerate(out) if i != 1700] == [
        f"{1000 + i}.00" for i in range(2500) if i != 1700
    ]


# ---- input that is exactly what it says (issue 11)

DUPLICATE = (
    '{"year": 2025, "person": {"scheme": "employee"}, "claims": [{"kind": "inpatient",'
    ' "facility": "level3", "eligible": "-1", "eligible": "\uff15\uff10\uff10\uff10"}]}'
)


def test_a_key_given_twice_is_refused_not_read_as_the_last() -> None:
    run = calc("-", stdin=DUPLICATE)  # read as the last, this computed 5000 before
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr.splitlines() == [
        "claims[0].eligible: is given more than once (each field only once)"
    ]


def test_every_key_given_twice_is_named() -> None:
    text = '{"year": 2025, "person": {"scheme": "employee", "scheme": "none"}, "year": 2025}'
    run = calc("-", stdin=text)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "person.scheme: is given more than once (each field only once)",
        "year: is given more than once (each field only once)",
    ]


def test_a_key_given_twice_spoils_its_batch_line_only() -> None:
    run = calc("--batch", "-", stdin=DUPLICATE + "\n" + json.dumps(GOOD) + "\n")
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert out[0] == {
        "error": ["claims[0].eligible: is given more than once (each field only once)"]
    }
    assert out[1]["medical"]["fund"] == "39360.00"


def test_a_key_given_twice_is_refused_by_the_window_too(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(DUPLICATE, encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "jxdesk",
            "--case",
            str(case),
            "--screenshot",
            str(tmp_path / "a.png"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 2
    assert run.stderr.splitlines() == ["claims[0].eligible: 同一字段填写了不止一次"]
    assert not (tmp_path / "a.png").exists()


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("\x1b[2J\x1b[31mok", '"\\u001b[2J\\u001b[31mok"'),
        ("a\nb", '"a\\u000ab"'),
        ("\u202egnp.exe", '"\\u202egnp.exe"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("颜色", '"颜色"'),
    ],
)
def test_field_names_reach_the_terminal_escaped(name: str, shown: str) -> None:
    run = calc("-", stdin=json.dumps({**GOOD, name: 1}))
    assert run.returncode == 2
    assert run.stderr == f"{shown}: is not a known field\n"
    assert "\x1b" not in run.stderr and "\u202e" not in run.stderr


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity"])
def test_what_python_reads_but_json_has_not_is_refused(text: str) -> None:
    case = json.dumps(GOOD).replace('"50000"', text)
    run = calc("-", stdin=case)
    assert run.returncode == 2
    assert run.stderr == f"not valid JSON ({text} is not a JSON value)\n"


@pytest.mark.parametrize("number", ["2.025e30000000000000000000", "1E-99999999999999999999"])
def test_a_number_beyond_a_decimal_is_refused_not_an_internal_error(number: str) -> None:
    """json hands the digits to Decimal, which cannot hold such an exponent."""
    case = json.dumps(GOOD).replace('"50000"', number)
    for args, stdin in ((("-",), case), (("--batch", "-"), case + "\n")):
        run = calc(*args, stdin=stdin)
        assert run.returncode == 2, run.stderr
        if args == ("-",):
            assert run.stderr == "not valid JSON (a number is out of range)\n"
        else:
            assert json.loads(run.stdout) == {
                "error": ["not valid JSON (a number is out of range)"]
            }


def test_input_size_is_limited(tmp_path: Path) -> None:
    from jxdesk.core.api import MAX_CASE_BYTES

    body = json.dumps(GOOD).encode()
    fits = body[:-1] + b" " * (MAX_CASE_BYTES - len(body)) + b"}"
    path = tmp_path / "big.json"
    path.write_bytes(fits)
    assert calc(str(path)).returncode == 0
    path.write_bytes(fits + b" ")
    for run in (calc(str(path)), calc("-", stdin=(fits + b" ").decode())):
        assert run.returncode == 2
        assert run.stderr == "the case is too large (more than 1,048,576 bytes): not read\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["-"],
        ["case.json"],
        ["--batch", "cases.jsonl"],
        ["--lang", "en", "-"],
        ["-", "--lang", "en", "--batch"],
        ["--batch", "--lang", "zh", "x"],
    ],
)
def test_the_plain_command_line_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    from jxdesk import cli

    plain = cli._plain_args(argv)
    full = cli._parser().parse_args(argv)
    assert plain is not None
    assert (plain.source, plain.batch, plain.lang) == (full.source, full.batch, full.lang)


@pytest.mark.parametrize(
    "argv", [[], ["--help"], ["--lang", "fr", "-"], ["a", "b"], ["--lang=en", "-"], ["-x"]]
)
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    from jxdesk import cli

    assert cli._plain_args(argv) is None
