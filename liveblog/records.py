"""Frozen, slotted, keyword-only dataclasses, made without compiling at every start.

`dataclass(frozen=True)` compiles five or six functions from source for each class, one
at a time, at every start: on Python 3.11 about 50 M instructions (18 ms) for the model's
ten types, a quarter of what starting `liveblog parse` cost over importing click. A module
that wants such types writes

    if TYPE_CHECKING:
        from dataclasses import dataclass
    else:
        from .records import dataclass

decorates them with `@dataclass(frozen=True, slots=True, kw_only=True)` as usual, and calls
`finish()` at its end. Type checkers see the real decorator. At run time the types are plain
slotted dataclasses (`fields`, `replace`, `asdict` work as ever) given the methods of `Value`,
which do what `frozen` and `eq` would (no assignment; comparison and hashing by the compared
fields; the same repr; pickling and copying), and an `__init__` whose code comes from
liveblog/_compiled.py, where `python -m liveblog.patterns` writes it as source (so Python
compiles it once, with that module); a type the cache lacks has its `__init__` compiled by
`finish`. tests/test_model.py checks each type against a dataclass made by `dataclasses`
itself from the same fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from operator import attrgetter
from types import FunctionType
from typing import Any, ClassVar

from ._compiled import INITS


class Value:
    """The methods every finished type gets (they are set on it: it does not derive from this)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]]
    _shown: ClassVar[tuple[str, ...]]
    _compared: ClassVar[attrgetter[Any]]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) == self._compared(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __getstate__(self) -> list[Any]:  # pickle and copy, which would assign otherwise
        return [getattr(self, name) for name in self._fields]

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)


_METHODS = ("__setattr__", "__delattr__", "__eq__", "__hash__", "__repr__", "__getstate__", "__setstate__")

#: Types decorated and not finished yet.
_pending: list[type] = []
#: Every `__init__` source asked for, for the cache's generator and its freshness test.
asked: dict[str, None] = {}


def dataclass(*, frozen: bool, slots: bool, kw_only: bool) -> Callable[[type], type]:
    """`dataclass(frozen=True, slots=True, kw_only=True)`, to be completed by `finish`."""
    if not (frozen and slots and kw_only):
        raise TypeError("liveblog.records makes frozen, slotted, keyword-only dataclasses only")

    def make(cls: type) -> type:
        made: type = dataclasses.dataclass(init=False, repr=False, eq=False, slots=True, kw_only=True)(cls)
        _pending.append(made)
        return made

    return make


def init_source(cls: type) -> str:
    """The source of the `__init__` a frozen, keyword-only dataclass with `cls`'s fields has
    (its defaults are given apart, in `__kwdefaults__`)."""
    names = [item.name for item in dataclasses.fields(cls)]
    body = [f"    _set{number}(self, {name})" for number, name in enumerate(names)] or ["    pass"]
    return f"def {cls.__name__}(self, *, {', '.join(names)}):\n" + "\n".join(body) + "\n"


def finish() -> None:
    """Give each pending type the `__init__` a frozen, keyword-only dataclass has, and what
    `Value` needs to know of its fields. The functions' code comes from the cache in
    liveblog/_compiled.py (compiled once, with the module); a type it lacks has its
    `__init__` compiled here."""
    classes = _pending[:]
    _pending.clear()
    for cls in classes:
        fields = dataclasses.fields(cls)
        if any(item.default_factory is not dataclasses.MISSING for item in fields):
            raise TypeError(f"{cls.__name__}: default_factory is not supported here")
        source = init_source(cls)
        asked[source] = None
        code = INITS.get(source)
        if code is None:  # a type the cache does not know yet: compiled here
            namespace: dict[str, Any] = {}
            exec(source, namespace)  # our own field names, as dataclasses does
            code = namespace[cls.__name__].__code__
        # each field is set through its slot's own descriptor (`_set0`... in the function's
        # globals), past the frozen `__setattr__`: half the cost of object.__setattr__, which
        # looks the name up on the type first
        setters = {f"_set{number}": getattr(cls, item.name).__set__ for number, item in enumerate(fields)}
        init = FunctionType(code, setters, "__init__")
        init.__kwdefaults__ = {item.name: item.default for item in fields if item.default is not dataclasses.MISSING}
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        init.__module__ = cls.__module__
        init.__annotations__ = {**cls.__annotations__, "return": None}
        cls.__init__ = init  # type: ignore[misc]
        for name in _METHODS:
            setattr(cls, name, getattr(Value, name))
        cls._fields = tuple(item.name for item in fields)  # type: ignore[attr-defined]
        cls._shown = tuple(item.name for item in fields if item.repr)  # type: ignore[attr-defined]
        cls._compared = attrgetter(*(item.name for item in fields if item.compare))  # type: ignore[attr-defined]
