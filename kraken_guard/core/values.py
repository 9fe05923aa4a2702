"""Small immutable values for the quick command-line path, without importing dataclasses.

`dataclasses` pulls in inspect, ast and dis: ~7 ms of a `kraken-guard-cli verify` that must stay
within 1.6x of importing phonenumbers. The few value classes on that path (the data paths, a
parsed number, a number check and the saved numbers) derive from FrozenValue instead, which gives
what @dataclass(frozen=True) gave them: equality and a hash over the fields (`_fields`, in the
order of `__init__`'s arguments, also the class's `__slots__`), a repr, copy and pickle, and no
assignment after `__init__`. Fields named in `_not_compared` are left out of equality, hash and
repr (like `field(compare=False, repr=False)`). Everything else keeps using dataclasses.
"""

from __future__ import annotations


class FrozenValue:
    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _not_compared: tuple[str, ...] = ()

    def _set(self, **fields: object) -> None:
        """Set the fields, once, from `__init__`."""
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def _compared(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields if name not in self._not_compared)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a {type(self).__name__}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, FrozenValue)
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in self._fields
            if name not in self._not_compared
        )
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, name) for name in self._fields)
