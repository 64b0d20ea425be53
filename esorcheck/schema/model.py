"""Schema files as frozen dataclasses: a small typed loader whose messages name the key that is wrong.

Every class that describes a file under ``schemas/`` is a ``@model`` (a
dataclass, never changed once loaded). ``load(cls, data)`` checks the YAML data against the class's type
hints — text, numbers, yes/no, dates, regular expressions, ``Literal``
choices, lists, mappings, optional values and nested models — refuses keys
the class does not know (a typo is an error, not ignored), fills defaults,
applies each field's bounds and conversions (``spec``) and the class's own
``check()``, and reports every problem as ``key.path: what is wrong``.

It replaces a validation library whose import and model building cost about
0.19 s of every run's start-up; what it produces are plain dataclasses that
load from the schema cache (``esorcheck.schema``) without any of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union

T = TypeVar("T")
_BAD = object()  # a value that did not load (its problem is recorded)


class Invalid(Exception):
    """The data does not fit the class: every problem as (key path, what is wrong)."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("; ".join(f"{where}: {what}" for where, what in problems))
        self.problems = problems


@dataclasses.dataclass(frozen=True)
class After:
    """A conversion of the checked value (normalising words, say), for ``Annotated`` types."""

    convert: Callable[[Any], Any]


@dataclasses.dataclass(frozen=True)
class Spec:
    """The bounds a field of a schema model states (minimum, maximum, length)."""
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    before: Callable[[Any], Any] | None = None  # raw YAML value -> the value to check
    after: Callable[[Any], Any] | None = None  # checked value -> the value kept


def model(cls: type[T]) -> type[T]:
    """A schema class: keyword-only fields, compared by identity, shown by its class name only. Not frozen,
    no field-by-field ``repr``: every method a dataclass generates is compiled at every start-up, and a
    frozen one costs twice as long to create, for objects nothing writes to and no one reads printed whole
    (``dump`` gives their data)."""
    return dataclasses.dataclass(kw_only=True, eq=False, repr=False)(cls)


def spec(default: Any = MISSING, *, doc: str | None = None, **rules: Any) -> Any:
    """A field's default, its bounds (ge, gt, le, min_length, max_length) and conversions (before, after).

    ``doc`` says what the field means; it is for the reader of the class.
    """
    metadata = {"spec": Spec(**rules)}
    if isinstance(default, (list, dict, set)):
        empty = type(default)
        return dataclasses.field(default_factory=lambda: empty(default), metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def load(cls: type[T], data: Any) -> T:
    """``data`` (parsed YAML) as an instance of the model ``cls``, or ``Invalid`` listing every problem."""
    problems: list[tuple[str, str]] = []
    value = _convert(cls, data, (), problems)
    if problems or value is _BAD:
        raise Invalid(problems or [("(top level)", "does not fit")])
    return value


def dump(obj: Any, *, exclude_defaults: bool = False) -> Any:
    """A model as plain data (mappings, lists, text) for writing YAML; regular expressions as their pattern."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        data = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if exclude_defaults and _is_default(f, value):
                continue
            data[f.name] = dump(value, exclude_defaults=exclude_defaults)
        return data
    if isinstance(obj, (list, tuple)):
        return [dump(v, exclude_defaults=exclude_defaults) for v in obj]
    if isinstance(obj, dict):
        return {k: dump(v, exclude_defaults=exclude_defaults) for k, v in obj.items()}
    if isinstance(obj, re.Pattern):
        return obj.pattern
    return obj


def _is_default(f: dataclasses.Field, value: Any) -> bool:
    if f.default is not MISSING:
        return value == f.default
    if f.default_factory is not MISSING:
        return value == f.default_factory()
    return False


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def _where(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _convert(hint: Any, value: Any, loc: tuple, problems: list) -> Any:
    origin = typing.get_origin(hint)
    if origin is Annotated:
        base, *meta = typing.get_args(hint)
        value = _convert(base, value, loc, problems)
        for step in meta:
            if value is not _BAD and isinstance(step, After):
                value = _call(step.convert, value, loc, problems)
        return value
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        rest = [o for o in options if o is not type(None)]
        if len(rest) == 1:
            return _convert(rest[0], value, loc, problems)
        raise TypeError(f"schema type {hint!r}: unions of several types are not supported")
    if origin is Literal:
        choices = typing.get_args(hint)
        if value in choices:
            return value
        return _problem(loc, problems, f"must be one of {', '.join(map(str, choices))}, not {value!r}")
    if origin in (list, tuple):
        if not isinstance(value, list):
            return _problem(loc, problems, "expected a list")
        (item,) = typing.get_args(hint)[:1]
        items = [_convert(item, v, (*loc, i), problems) for i, v in enumerate(value)]
        if any(v is _BAD for v in items):
            return _BAD
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(value, dict):
            return _problem(loc, problems, "expected a mapping")
        key_hint, value_hint = typing.get_args(hint)
        converted = {}
        for k, v in value.items():
            key = _convert(key_hint, k, (*loc, k), problems)
            item = _convert(value_hint, v, (*loc, k), problems)
            if key is _BAD or item is _BAD:
                continue
            converted[key] = item
        return converted
    if dataclasses.is_dataclass(hint):
        return _load_model(hint, value, loc, problems)
    return _scalar(hint, value, loc, problems)


def _scalar(hint: Any, value: Any, loc: tuple, problems: list) -> Any:
    if hint is Any:
        return value
    if hint is str:
        return value if isinstance(value, str) else _problem(loc, problems, f"expected text, not {value!r}")
    if hint is bool:
        return value if isinstance(value, bool) else _problem(loc, problems, f"expected true or false, not {value!r}")
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return value if ok else _problem(loc, problems, f"expected a whole number, not {value!r}")
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return float(value) if ok else _problem(loc, problems, f"expected a number, not {value!r}")
    if hint is dt.date:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return _problem(loc, problems, f"expected a date (YYYY-MM-DD), not {value!r}")
    if hint is re.Pattern:
        if isinstance(value, re.Pattern):
            return value
        if not isinstance(value, str):
            return _problem(loc, problems, f"expected a regular expression, not {value!r}")
        try:
            return re.compile(value)
        except re.error as exc:
            return _problem(loc, problems, f"bad regular expression {value!r}: {exc}")
    raise TypeError(f"schema type {hint!r} is not supported")


def _load_model(cls: type, data: Any, loc: tuple, problems: list) -> Any:
    if not isinstance(data, dict):
        return _problem(loc, problems, f"expected a mapping, not {data!r}")
    hints = _hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls) if f.init}
    for key in data:
        if key not in known:
            _problem((*loc, key), problems, f"not a known key (known: {', '.join(known)})")
    values, bad = {}, False
    for name, f in known.items():
        rules: Spec | None = f.metadata.get("spec")
        if name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                _problem((*loc, name), problems, "missing (required)")
                bad = True
            continue
        raw = data[name]
        if rules and rules.before:
            raw = _call(rules.before, raw, (*loc, name), problems)
        value = _BAD if raw is _BAD else _convert(hints[name], raw, (*loc, name), problems)
        if value is not _BAD and rules:
            value = _bounded(rules, value, (*loc, name), problems)
            if value is not _BAD and rules.after:
                value = _call(rules.after, value, (*loc, name), problems)
        if value is _BAD:
            bad = True
        else:
            values[name] = value
    if bad:
        return _BAD
    obj = cls(**values)
    check = getattr(obj, "check", None)
    if check is not None:
        try:
            check()
        except ValueError as exc:
            return _problem(loc, problems, str(exc))
    return obj


def _bounded(rules: Spec, value: Any, loc: tuple, problems: list) -> Any:
    if value is None:
        return value
    if rules.ge is not None and value < rules.ge:
        return _problem(loc, problems, f"must be at least {rules.ge:g}")
    if rules.gt is not None and value <= rules.gt:
        return _problem(loc, problems, f"must be more than {rules.gt:g}")
    if rules.le is not None and value > rules.le:
        return _problem(loc, problems, f"must be at most {rules.le:g}")
    if rules.min_length is not None and len(value) < rules.min_length:
        return _problem(loc, problems, f"needs at least {rules.min_length} item{'s' if rules.min_length != 1 else ''}")
    if rules.max_length is not None and len(value) > rules.max_length:
        return _problem(loc, problems, f"takes at most {rules.max_length} item{'s' if rules.max_length != 1 else ''}")
    return value


def _call(convert: Callable[[Any], Any], value: Any, loc: tuple, problems: list) -> Any:
    try:
        return convert(value)
    except (ValueError, TypeError, AttributeError) as exc:
        return _problem(loc, problems, str(exc))


def _problem(loc: tuple, problems: list, message: str) -> Any:
    problems.append((_where(loc), message))
    return _BAD
