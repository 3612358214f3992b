"""A parameter pack's manifest (pack.yaml), validated strictly (pydantic): imported only when
a pack is checked, never at a start with no pack installed."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from jxdesk.core.parameters.pack_format import (
    FIRST_YEAR,
    LAST_YEAR,
    MANIFEST,
    PARAMETERS_DIR,
    YEARS_AHEAD,
    PackRefused,
    bad_member,
    today,
)

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["jxdesk-parameter-pack/1"]
    #: a short stable identifier: lower-case letters, digits, '.', '_' and '-'
    name: str
    #: what the 规则版本 page and printouts show, e.g. 2026年度城乡居民医保个人缴费标准
    title: str
    #: a newer version of a pack with the same name supersedes the older one
    version: int
    issued_by: str
    issued: date
    #: the calendar years the pack's figures apply to
    years: list[int]
    #: where the figures come from: the notice's number, title, date or address
    source: str
    note: str | None = None
    #: every other file of the pack (POSIX relative path) with its SHA-256 in hex
    files: dict[str, str]

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError(
                "use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter "
                "or digit"
            )
        return v

    @field_validator("title", "issued_by", "source")
    @classmethod
    def _text(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v

    @field_validator("version")
    @classmethod
    def _version(cls, v: int) -> int:
        if v < 1:
            raise ValueError("must be 1 or more")
        return v

    @field_validator("years")
    @classmethod
    def _years(cls, v: list[int]) -> list[int]:
        if not v:
            raise ValueError("list at least one year")
        if len(set(v)) != len(v):
            raise ValueError("a year is listed twice")
        for y in v:
            if not FIRST_YEAR <= y <= LAST_YEAR:
                raise ValueError(f"{y} is not a year from {FIRST_YEAR} to {LAST_YEAR}")
        ahead = today().year + YEARS_AHEAD
        for y in v:
            if y > ahead:
                raise ValueError(
                    f"{y} is more than {YEARS_AHEAD} years ahead (a pack covers at most "
                    f"{ahead} today): figures so far ahead are not issued yet"
                )
        return sorted(v)

    @field_validator("issued")
    @classmethod
    def _issued(cls, v: date) -> date:
        if v > today():
            raise ValueError(f"{v.isoformat()} lies in the future: a pack is issued before use")
        return v

    @field_validator("files")
    @classmethod
    def _files(cls, v: dict[str, str]) -> dict[str, str]:
        for name, digest in v.items():
            problem = bad_member(name)
            if problem:
                raise ValueError(f"{name}: {problem}")
            if not _SHA256.match(digest):
                raise ValueError(f"{name}: the checksum must be 64 lower-case hex digits (SHA-256)")
        if not any(n.startswith(PARAMETERS_DIR + "/") for n in v):
            raise ValueError(f"list at least one file under {PARAMETERS_DIR}/")
        return v


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def parse_manifest(data: Any) -> Manifest:
    """The manifest's fields, validated; PackRefused saying which field is wrong."""
    if not isinstance(data, dict):
        raise PackRefused(f"{MANIFEST}: expected a mapping (format, name, title, ...)")
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        raise PackRefused(f"{MANIFEST}: {_describe(exc)}") from exc
