"""The text a slip's QR code holds: a case's contract JSON, minified, compressed and
written in QR's alphanumeric alphabet. Qt-free.

    JX1:<base45 of zlib level 9 of the minified JSON>

`JX` names the project, `1` the format (a later format gets `JX2:`, and this reader names
it as newer, not as damage). Base45 (RFC 9285) uses exactly the 45 characters of a QR
code's alphanumeric mode, which stores 5.5 bits a character against byte mode's 8: a
code of 1.375 characters a byte, the densest of the text encodings a scanner types back.
Minifying only drops the white space between the JSON's tokens (never inside a string),
so the case read back is the case given, to the character.

Reading refuses, with one message that says which part is wrong: a text that is not ours
(no `JX` prefix), a format this version does not know, a character outside base45 or a
length base45 cannot have, a zlib stream that is damaged or cut short, and a stream that
would unpack to more than `MAX_JSON_BYTES` (a "zip bomb": decompression stops there).
"""

from __future__ import annotations

import zlib

PREFIX = "JX1:"
FAMILY = "JX"
VERSION = 1
#: the largest JSON a code may unpack to: the largest case any reader accepts
#: (jxdesk.core.api.MAX_CASE_BYTES: the core's own limit, kept equal by a test)
MAX_JSON_BYTES = 1 << 20
#: RFC 9285's alphabet: QR's alphanumeric characters, in their order
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
#: what a scanner or a paste may put around the code (a space is base45: never dropped)
_AROUND = "\r\n\t\ufeff"


class SlipCodeError(ValueError):
    """A text that is not a readable slip code; `code` says which part is wrong."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


def b45encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        c, n = divmod(n, 45 * 45)
        e, d = divmod(n, 45)
        out += (ALPHABET[d], ALPHABET[e], ALPHABET[c])
    if len(data) % 2:
        e, d = divmod(data[-1], 45)
        out += (ALPHABET[d], ALPHABET[e])
    return "".join(out)


def b45decode(text: str) -> bytes:
    if len(text) % 3 == 1:
        raise SlipCodeError(
            "slip_length", f"the code's length ({len(text)}) is not one base45 can have (cut off?)"
        )
    for at, ch in enumerate(text):
        if ch not in _VALUE:
            raise SlipCodeError(
                "slip_character",
                f"the code holds a character base45 does not use ({ch!r}, {at + 1} after JX1:)",
                char=repr(ch),
                at=str(at + 1),
            )
    big = SlipCodeError("slip_base45", "the code is damaged (a base45 group is too big)")
    out = bytearray()
    for i in range(0, len(text), 3):
        chunk = [_VALUE[c] for c in text[i : i + 3]]
        n = sum(v * 45**k for k, v in enumerate(chunk))
        if len(chunk) == 3:
            if n > 0xFFFF:
                raise big
            out += bytes((n >> 8, n & 0xFF))
        else:
            if n > 0xFF:
                raise big
            out.append(n)
    return bytes(out)


def minify(text: str) -> str:
    """The JSON text without the white space between its tokens (strings kept whole)."""
    out: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif ch not in " \t\r\n":
            out.append(ch)
    return "".join(out)


def encode(case_json: str) -> str:
    """The slip code of a case's JSON text (the contract's JSON: ASCII or UTF-8)."""
    packed = zlib.compress(minify(case_json).encode("utf-8"), 9)
    return PREFIX + b45encode(packed)


def is_slip_code(text: str) -> bool:
    """Whether a text is meant as a slip code (ours, any version): it starts with `JX`
    (a case's JSON starts with `{`)."""
    return text.lstrip(_AROUND)[:2].upper() == FAMILY


def decode(text: str) -> str:
    """The case's JSON text in a slip code. Raises SlipCodeError saying what is wrong."""
    t = text.strip(_AROUND)
    if not is_slip_code(t):
        raise SlipCodeError("slip_foreign", "not a jxdesk slip code (it does not start with JX1:)")
    version, colon, body = t[2:].partition(":")
    if not colon or not version.isdigit():
        raise SlipCodeError("slip_prefix", "the code's beginning is damaged (JX1: expected)")
    if int(version) != VERSION:
        raise SlipCodeError(
            "slip_version",
            f"a slip code of version {int(version)}: this jxdesk reads version {VERSION}",
            version=str(int(version)),
        )
    if not body:
        raise SlipCodeError("slip_empty", "the code holds nothing after JX1:")
    # (a scanner set to the wrong case types the whole code in lower case)
    packed = b45decode(body.upper() if body.islower() else body)
    unpacker = zlib.decompressobj()
    try:
        data = unpacker.decompress(packed, MAX_JSON_BYTES + 1)
    except zlib.error:
        raise SlipCodeError("slip_damaged", "the code is damaged (it does not unpack)") from None
    if len(data) > MAX_JSON_BYTES or unpacker.unconsumed_tail:
        raise SlipCodeError(
            "slip_too_large",
            f"the code unpacks to more than {MAX_JSON_BYTES:,} bytes: not read",
            limit=f"{MAX_JSON_BYTES:,}",
        )
    if not unpacker.eof or unpacker.unused_data:
        raise SlipCodeError("slip_cut", "the code is incomplete or has extra data (cut off?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise SlipCodeError("slip_damaged", "the code is damaged (not UTF-8 text)") from None
