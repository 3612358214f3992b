"""The strict schema of a parameter file. Unknown keys are errors, never silently ignored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

Unit = Literal["CNY", "rate", "days", "months", "years", "count"]
Reliability = Literal["official", "secondary", "interpretation"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentEntry(_Strict):
    number: str
    title: str
    issued: date | None = None
    effective: date | None = None
    #: what precedes an article in an explanation: "" for the 办法, "措施" for the measures
    cite_prefix: str = ""
    reliability: Reliability = "official"
    note: str | None = None


class SourceEntry(_Strict):
    document: str
    article: str | None = None
    note: str | None = None


ParamValue = Decimal | dict[str, Decimal] | None


class ValueEntry(_Strict):
    value: ParamValue
    source: SourceEntry | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _cited(self) -> ValueEntry:
        if self.value is not None and self.source is None:
            raise ValueError("a value needs its source (document and article)")
        if self.value is None and not self.note:
            raise ValueError("a null value (not in force / not yet known) needs a note saying why")
        return self


class LeafEntry(_Strict):
    label: str
    unit: Unit
    description: str | None = None
    values: dict[date, ValueEntry]

    @field_validator("values")
    @classmethod
    def _not_empty(cls, v: dict[date, ValueEntry]) -> dict[date, ValueEntry]:
        if not v:
            raise ValueError("a parameter needs at least one dated value")
        return v

    @model_validator(mode="after")
    def _rates_are_fractions(self) -> LeafEntry:
        if self.unit != "rate":
            return self
        for start, entry in self.values.items():
            numbers = list(entry.value.values()) if isinstance(entry.value, dict) else [entry.value]
            for n in numbers:
                if n is not None and not (Decimal(0) <= n <= Decimal(1)):
                    raise ValueError(f"{start}: a rate must lie between 0 and 1, got {n}")
        return self
