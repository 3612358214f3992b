"""`Value`: a small immutable-by-convention record for the Qt-free modules imported
before the first paint. NamedTuple and dataclasses generate code per class (about 0.5-1 ms
each, and `dataclasses` itself ~3 ms), which start-up cannot afford; a subclass lists its
fields in `__slots__` and writes a plain `__init__`."""

from __future__ import annotations

from typing import Any


class Value:
    """Equality, hash and repr from the fields named in the subclass's `__slots__`."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Value)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({fields})"
