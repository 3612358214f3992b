"""The slip's code (jxdesk.core.slipcode): every golden case comes back to the character
(minified), and every kind of damage is refused with the message for that part."""

from __future__ import annotations

import json
import subprocess
import sys
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.compare import golden_files, load_golden

from jxdesk.core import slipcode
from jxdesk.core.api import MAX_CASE_BYTES, parse_json
from jxdesk.core.problems import ZH, InvalidCase
from jxdesk.core.slipcode import ALPHABET, SlipCodeError, b45decode, b45encode, decode, encode


def test_rfc9285_examples() -> None:
    # the RFC's own examples (section 4.3 and 4.4)
    assert b45encode(b"AB") == "BB8"
    assert b45encode(b"Hello!!") == "%69 VD92EX0"
    assert b45encode(b"base-45") == "UJCLQE7W581"
    assert b45decode("QED8WEX0") == b"ietf!"
    with pytest.raises(SlipCodeError) as exc:
        b45decode("GGW")  # 65536: one more than two bytes hold (the RFC's example)
    assert exc.value.code == "slip_base45"


@given(st.binary(max_size=300))
def test_base45_round_trip(data: bytes) -> None:
    text = b45encode(data)
    assert set(text) <= set(ALPHABET)
    assert b45decode(text) == data


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: p.stem)
def test_golden_cases_come_back(path) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(load_golden(path)["case"], indent=2, ensure_ascii=False)
    code = encode(text)
    assert code.startswith("JX1:") and set(code[4:]) <= set(ALPHABET)
    back = decode(code)
    assert back == json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)
    assert parse_json(code) == parse_json(text)


def test_minify_keeps_strings_whole() -> None:
    text = '{ "a" : "x  y\\" z" ,\n "b": [1, 2] }'
    assert slipcode.minify(text) == '{"a":"x  y\\" z","b":[1,2]}'


def test_the_limits_agree() -> None:
    assert slipcode.MAX_JSON_BYTES == MAX_CASE_BYTES


def _code_of(raw: bytes) -> str:
    return "JX1:" + b45encode(raw)


GOOD = encode('{"year": 2025, "person": {"scheme": "resident"}}')


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hello", "slip_foreign"),
        ("JX:ABC", "slip_prefix"),
        ("JXA:ABC", "slip_prefix"),
        ("JX2:ABC", "slip_version"),
        ("JX1:", "slip_empty"),
        (GOOD[:-1], "slip_length") if len(GOOD[4:]) % 3 == 2 else (GOOD + "A", "slip_length"),
        (GOOD[:6] + "a!" + GOOD[8:], "slip_character"),
        (GOOD[:-3] + "GGW", "slip_base45"),
        (_code_of(b"not zlib at all"), "slip_damaged"),
        (_code_of(zlib.compress(b'{"year":2025}')[:-3]), "slip_cut"),
        (_code_of(zlib.compress(b'{"year":2025}') + b"xx"), "slip_cut"),
        (_code_of(zlib.compress(b"\xff\xfe", 9)), "slip_damaged"),
        (_code_of(zlib.compress(b" " * (MAX_CASE_BYTES + 10), 9)), "slip_too_large"),
    ],
)
def test_damage_is_named(text: str, code: str) -> None:
    with pytest.raises(SlipCodeError) as exc:
        decode(text)
    assert exc.value.code == code
    if text.startswith("JX"):  # read wherever a case's text is read: the core's problem
        with pytest.raises(InvalidCase) as case_exc:
            parse_json(text)
        (problem,) = case_exc.value.problems
        assert problem.code == code and problem.text("zh") == ZH[code].format(**problem.params)


def test_a_flipped_character_is_caught() -> None:
    # zlib's check sum catches a character changed for another of the alphabet
    body = GOOD[4:]
    for i in range(0, len(body), 5):
        other = ALPHABET[(ALPHABET.index(body[i]) + 1) % 45]
        with pytest.raises(SlipCodeError):
            text = decode("JX1:" + body[:i] + other + body[i + 1 :])
            json.loads(text)  # (a change that still unpacks must at least change the case)
            assert text == decode(GOOD)


def test_what_a_scanner_adds_is_dropped() -> None:
    assert decode(GOOD + "\r\n") == decode(GOOD)
    assert decode(GOOD.lower()) == decode(GOOD)  # caps lock on the scanner


def test_calc_reads_a_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = {
        "year": 2025,
        "person": {"scheme": "resident"},
        "claims": [{"kind": "home_bed", "facility": "primary", "eligible": "3000"}],
    }
    code = encode(json.dumps(case))
    run = [sys.executable, "-m", "jxdesk", "calc"]
    by_code = subprocess.run([*run, "-"], input=code + "\n", capture_output=True, text=True)
    (tmp_path / "c.txt").write_text(code)
    by_file = subprocess.run([*run, str(tmp_path / "c.txt")], capture_output=True, text=True)
    assert by_code.returncode == by_file.returncode == 0, by_code.stderr
    assert json.loads(by_code.stdout)["medical"]["fund"] == "2700.00"
    assert by_code.stdout == by_file.stdout
    bad = subprocess.run([*run, "-"], input="JX1:" + code[4:-3], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stdout == ""
    assert "damaged" in bad.stderr or "incomplete" in bad.stderr
    assert "Traceback" not in bad.stderr
