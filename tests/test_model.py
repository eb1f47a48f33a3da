"""The model's types (and the stamp grammar's StampLine) behave exactly as
`dataclass(frozen=True, slots=True, kw_only=True)` would make them (liveblog/records.py builds
them more cheaply): checked against such a dataclass made from the same fields."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest

from liveblog import _compiled, model, patterns, records, stamps

TYPES = [model.Settings, model.Media, model.Notice, model.Source, model.Stamp, model.RawEntry, model.Explanation,
         model.Draft, model.Entry, model.Timeline, stamps.StampLine]

STAMP = model.Stamp(text="14:32 BST", hour=14, minute=32, zone="BST")
MEDIA = model.Media(caption="A picture", credit="Agency")
NOTICE = model.Notice(code="no-zone", message="assumed", line=4)
SOURCE = model.Source(name="page.txt", format="text", sha256="0" * 64)
ENTRY = model.Entry(id="abc", time=datetime(2026, 1, 6, 14, 32, tzinfo=UTC), time_text="14:32", headline="H",
                    authors=("A",), body="B", kind="post", media=(MEDIA,), duplicate_of=None, line=7)
RAW = model.RawEntry(stamp=STAMP, headline="H", authors=("A",), paragraphs=("B",), media=(MEDIA,), line=7)
SAMPLES: dict[type, Any] = {
    model.Settings: model.Settings(tz="Europe/London"),
    model.Media: MEDIA,
    model.Notice: NOTICE,
    model.Source: SOURCE,
    model.Stamp: STAMP,
    model.RawEntry: RAW,
    model.Explanation: model.Explanation(line=3, role="stamp", reason="a clock", text="14:32"),
    model.Draft: model.Draft(format="text", entries=(RAW,), title="T", notices=(NOTICE,)),
    model.Entry: ENTRY,
    model.Timeline: model.Timeline(source=SOURCE, title="T", url=None, publisher=None, authors=(), published=None,
                                   summary=(), key_points=(), timezone="Europe/London", entries=(ENTRY,),
                                   warnings=(NOTICE,)),
    stamps.StampLine: stamps.StampLine(stamp=STAMP, rest="Jane Doe", rest_kind="author", lead=None, starts_entry=True,
                                       clock_style="24:"),
}


def _reference(cls: type) -> type:
    """The same fields, made by dataclasses itself."""
    specs = [(item.name, item.type, dataclasses.field(default=item.default, compare=item.compare, repr=item.repr))
             for item in dataclasses.fields(cls)]
    made: type = dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=True, kw_only=True)
    made.__qualname__ = cls.__qualname__
    return made


def _values(instance: object) -> dict[str, Any]:
    return {item.name: getattr(instance, item.name) for item in dataclasses.fields(instance)}  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_behaves_as_a_frozen_slotted_keyword_only_dataclass(cls: type) -> None:
    value = SAMPLES[cls]
    twin = _reference(cls)(**_values(value))
    assert "__dataclass_fields__" in dir(cls)  # dataclasses.fields, replace, asdict know it
    assert repr(value) == repr(twin)
    assert str(inspect.signature(cls)) == str(inspect.signature(type(twin)))
    assert not hasattr(value, "__dict__")
    first = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, first, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(value, first)
    with pytest.raises(TypeError):
        cls(dataclasses.fields(cls)[0].name)  # positional: keyword-only
    same = dataclasses.replace(value)
    assert same == value and same is not value and hash(same) == hash(value)
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(value) == value
    assert dataclasses.asdict(value) == dataclasses.asdict(twin)
    assert value != twin and value != object()


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_equality_and_hash_use_the_compared_fields_only(cls: type) -> None:
    value = SAMPLES[cls]
    reference = _reference(cls)
    for item in dataclasses.fields(cls):
        changed = dataclasses.replace(value, **{item.name: _another(getattr(value, item.name))})
        twin, changed_twin = reference(**_values(value)), reference(**_values(changed))
        assert (changed == value) == (changed_twin == twin), item.name
        if changed == value:
            assert hash(changed) == hash(value)


def _another(value: object) -> object:
    if value is None:
        return "x"
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "!"
    if isinstance(value, tuple):
        return ()
    return None


def test_lines_are_kept_out_of_equality() -> None:
    assert dataclasses.replace(ENTRY, line=99) == ENTRY
    assert dataclasses.replace(NOTICE, line=None) == NOTICE
    assert dataclasses.replace(ENTRY, body="other") != ENTRY


def test_missing_and_unknown_arguments_are_refused() -> None:
    with pytest.raises(TypeError, match="credit"):
        model.Media(caption="a")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="colour"):
        model.Media(caption="a", credit=None, colour="red")  # type: ignore[call-arg]


def test_only_frozen_slotted_keyword_only_types_are_made() -> None:
    with pytest.raises(TypeError, match="frozen, slotted, keyword-only"):
        records.dataclass(frozen=False, slots=True, kw_only=True)


def test_every_init_comes_from_the_cache() -> None:
    # the cache saves compiling them at every start; a stale one still works (next test)
    patterns.import_all()
    assert set(records.asked) <= set(_compiled.INITS), "stale: run `.venv/bin/python -m liveblog.patterns`"
    for cls in TYPES:
        assert vars(cls)["__init__"].__code__ is _compiled.INITS[records.init_source(cls)]


def test_a_type_the_cache_lacks_gets_its_init_compiled() -> None:
    class Fresh:
        a: int
        b: str = "x"

    fresh: Any = records.dataclass(frozen=True, slots=True, kw_only=True)(Fresh)
    records.finish()
    assert records.init_source(fresh) not in _compiled.INITS
    assert repr(fresh(a=1)).endswith("Fresh(a=1, b='x')") and fresh(a=1, b="y").b == "y"
    with pytest.raises(TypeError, match="'a'"):
        fresh(b="y")
