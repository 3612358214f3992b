"""A crafted zip whose members declare a small size and inflate to far more (issue 18).

Written by hand (local headers, central directory, end record) because zipfile writes only
honest headers. The deflate stream is one megabyte of zeros compressed with a full flush,
repeated: each repetition is the same bytes, so a 256 MB member costs a few kilobytes to make.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

MB = 1 << 20


def zeros_deflated(megabytes: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(b"\0" * MB) + c.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + c.flush()


def write_bomb(path: Path, members: dict[str, tuple[bytes, int]]) -> Path:
    """members: name -> (raw deflate data, the uncompressed size its headers declare)."""
    out = bytearray()
    central = bytearray()
    for name, (data, declared) in members.items():
        raw_name = name.encode("ascii")
        offset = len(out)
        d = zlib.decompressobj(-15)
        head = d.decompress(data, declared + 1)
        # an honest member gets its true CRC; for a bomb any will do (no reader gets that far)
        crc = zlib.crc32(head) if len(head) == declared and d.eof else 0
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), declared, len(raw_name), 0
        )
        out += raw_name + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), declared,
            len(raw_name), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += raw_name
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0
    )
    path.write_bytes(bytes(out))
    return path
