"""The strict schema of a parameter file. Unknown keys are errors, never silently ignored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, field_validator, model_validator

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
    #: the number and title in English (jxdesk's own rendering: none is published)
    number_en: str | None = None
    title_en: str | None = None


class SourceEntry(_Strict):
    document: str
    article: str | None = None
    note: str | None = None


def _plain_number(v: Any) -> Decimal:
    """A figure is written as a number (the loader reads it as an exact Decimal): not a quoted
    string, not true/false, not a float, never infinite or NaN."""
    if isinstance(v, bool) or not isinstance(v, (int, Decimal)):
        raise ValueError(f"a figure must be a plain number, got {type(v).__name__} {v!r}")
    d = Decimal(v)
    if not d.is_finite():
        raise ValueError(f"a figure must be a finite number, got {v}")
    return d


Figure = Annotated[Decimal, BeforeValidator(_plain_number)]

#: what a figure of each unit may be: (least, greatest, most decimal places)
BOUNDS: dict[str, tuple[Decimal, Decimal, int]] = {
    "CNY": (Decimal(0), Decimal(10_000_000), 2),  # money: whole fen, at most ten million yuan
    "rate": (Decimal(0), Decimal(1), 6),  # a fraction: 0.85, never 85
    "days": (Decimal(0), Decimal(1000), 0),
    "months": (Decimal(0), Decimal(1000), 0),
    "years": (Decimal(0), Decimal(1000), 0),
    "count": (Decimal(0), Decimal(1000), 0),
}


def out_of_bounds(unit: str, n: Decimal) -> str | None:
    """Why `n` cannot be a figure in `unit`, or None."""
    low, high, places = BOUNDS[unit]
    if not low <= n <= high:
        if unit == "rate":
            return f"a rate must lie between 0 and 1, got {n}"
        if n < 0:
            return f"must not be negative, got {n}"
        return f"{n} is larger than any {unit} figure can be (at most {high})"
    exponent = n.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        if unit == "CNY":
            return f"money has at most two decimals (whole fen), got {n}"
        if places == 0:
            return f"must be a whole number of {unit}, got {n}"
        return f"at most {places} decimals, got {n}"
    return None


class ValueEntry(_Strict):
    value: Figure | dict[str, Figure] | None
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

    @field_validator("values", mode="before")
    @classmethod
    def _plain_dates(cls, v: Any) -> Any:
        """Each key a plain date (YYYY-MM-DD): never a quoted string or a number that pydantic
        would also read as a date, so that one day cannot be written twice in two spellings."""
        if isinstance(v, dict):
            for key in v:
                if type(key) is not date:
                    raise ValueError(f"{key!r}: a value's key is a plain date, YYYY-MM-DD")
        return v

    @field_validator("values")
    @classmethod
    def _not_empty(cls, v: dict[date, ValueEntry]) -> dict[date, ValueEntry]:
        if not v:
            raise ValueError("a parameter needs at least one dated value")
        return v

    @model_validator(mode="after")
    def _within_bounds(self) -> LeafEntry:
        """Figures no rule could have: negative money, a rate of 85, 1e400, a tenth of a fen."""
        for start, entry in self.values.items():
            numbers = list(entry.value.values()) if isinstance(entry.value, dict) else [entry.value]
            for n in numbers:
                problem = None if n is None else out_of_bounds(self.unit, n)
                if problem:
                    raise ValueError(f"{start}: {problem}")
        return self
