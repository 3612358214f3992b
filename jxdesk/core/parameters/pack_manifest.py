"""A parameter pack's manifest (pack.yaml), validated strictly (pydantic): imported only when
a pack is checked, never at a start with no pack installed."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Strict,
    StrictInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from jxdesk.core.parameters.pack_format import (
    EARLIEST_ISSUED,
    FIRST_YEAR,
    LAST_YEAR,
    MANIFEST,
    MAX_VALID_DAYS,
    MAX_VERSION,
    PARAMETERS_DIR,
    YEARS_AHEAD,
    PackRefused,
    bad_member,
)

#: a date written as a plain YYYY-MM-DD (never a number or a string pydantic would also take)
StrictDate = Annotated[date, Strict()]


def _today(info: ValidationInfo) -> date:
    """The day the caller says it is (the core never reads the clock: the CLI and GUI do)."""
    context = info.context or {}
    today = context.get("today")
    if not isinstance(today, date):  # pragma: no cover - parse_manifest always passes it
        raise ValueError("internal: no date to check against")
    return today


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
    version: StrictInt
    issued_by: str
    issued: StrictDate
    #: the last day the pack may be used (TUF: signed metadata expires, so that holding back
    #: a newer pack cannot keep an old one in force for ever)
    expires: StrictDate
    #: the calendar years the pack's figures apply to
    years: list[StrictInt]
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
        if not 1 <= v <= MAX_VERSION:
            raise ValueError(f"must be a whole number from 1 to {MAX_VERSION}, got {v}")
        return v

    @field_validator("years")
    @classmethod
    def _years(cls, v: list[int], info: ValidationInfo) -> list[int]:
        if not v:
            raise ValueError("list at least one year")
        if len(set(v)) != len(v):
            raise ValueError("a year is listed twice")
        for y in v:
            if not FIRST_YEAR <= y <= LAST_YEAR:
                raise ValueError(f"{y} is not a year from {FIRST_YEAR} to {LAST_YEAR}")
        ahead = _today(info).year + YEARS_AHEAD
        for y in v:
            if y > ahead:
                raise ValueError(
                    f"{y} is more than {YEARS_AHEAD} years ahead (a pack covers at most "
                    f"{ahead} today): figures so far ahead are not issued yet"
                )
        return sorted(v)

    @field_validator("issued")
    @classmethod
    def _issued(cls, v: date, info: ValidationInfo) -> date:
        if v < EARLIEST_ISSUED:
            raise ValueError(
                f"{v.isoformat()} is before {EARLIEST_ISSUED.isoformat()}, when the scheme "
                "whose figures packs set was issued"
            )
        if v > _today(info):
            raise ValueError(f"{v.isoformat()} lies in the future: a pack is issued before use")
        return v

    @model_validator(mode="after")
    def _expires(self, info: ValidationInfo) -> Manifest:
        end, start = self.expires, self.issued
        if end <= start:
            raise ValueError(f"expires: {end.isoformat()} is not after issued ({start})")
        if (end - start).days > MAX_VALID_DAYS:
            raise ValueError(
                f"expires: {end.isoformat()} is more than {MAX_VALID_DAYS} days after issued "
                f"({start}): a pack is valid for at most five years"
            )
        today = _today(info)
        if today > end:
            raise ValueError(
                f"expires: the pack expired on {end.isoformat()} (today is {today}): ask the "
                "issuing office for its current pack"
            )
        return self

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


def parse_manifest(data: Any, today: date) -> Manifest:
    """The manifest's fields, validated on `today` (issued not after it, not expired before
    it); PackRefused saying which field is wrong."""
    if not isinstance(data, dict):
        raise PackRefused(f"{MANIFEST}: expected a mapping (format, name, title, ...)")
    try:
        return Manifest.model_validate(data, context={"today": today})
    except ValidationError as exc:
        raise PackRefused(f"{MANIFEST}: {_describe(exc)}") from exc
