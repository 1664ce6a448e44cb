"""The plain records that flow from the corpus to the screen.

Every record is a dataclass of strings, numbers, lists and other records, so
``to_dict`` gives JSON-ready data and ``from_dict`` reads it back: extraction
results can be cached, compared in tests and printed without a custom encoder.
``from_plain`` reads any such record back and checks the shape of what it
reads, so a damaged cache entry or a stray line of JSON is refused, not half
believed.
"""
from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from functools import lru_cache
from typing import Any, Self, TypeVar, Union, get_args, get_origin, get_type_hints

Record = TypeVar("Record")


def from_plain(kind: type[Record], data: Any) -> Record:
    """The record of type ``kind`` that JSON-ready ``data`` describes; ValueError when data has another shape.

    Keys the record does not know are ignored; a field with a default, or one that may be None, may be left out.
    """
    return _decoder(kind)(data)


@lru_cache(maxsize=None)
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """A function that checks and converts a JSON value to ``hint`` (a record, list, optional or plain type)."""
    if is_dataclass(hint):
        return _record_decoder(hint)
    origin, arguments = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        inner = [argument for argument in arguments if argument is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"no JSON decoding for {hint}")
        decode_inner = _decoder(inner[0])
        return lambda value: None if value is None else decode_inner(value)
    if origin is list:
        decode_item = _decoder(arguments[0])
        return lambda value: [decode_item(item) for item in _checked(value, list)]
    if hint in (str, int, float, bool):
        return lambda value: _checked(value, hint)
    raise TypeError(f"no JSON decoding for {hint}")


def _checked(value: Any, kind: type) -> Any:
    # JSON's true is a Python int too: only a bool is a bool, and a bool is no number
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _record_decoder(kind: type) -> Callable[[Any], Any]:
    hints = get_type_hints(kind)
    specs = []  # (name, decoder, whether a missing key means None: an optional field without a default)
    for item in fields(kind):
        has_default = item.default is not MISSING or item.default_factory is not MISSING
        none_if_missing = type(None) in get_args(hints[item.name]) and not has_default
        specs.append((item.name, _decoder(hints[item.name]), none_if_missing))

    def decode(data: Any) -> Any:
        _checked(data, dict)
        values = {}
        for name, decode_value, none_if_missing in specs:
            if name in data:
                values[name] = decode_value(data[name])
            elif none_if_missing:
                values[name] = None
        try:
            return kind(**values)
        except TypeError as error:  # a field without a default was left out
            raise ValueError(f"{kind.__name__}: {error}") from None

    return decode


class Plain:
    """What a record that is stored or sent as JSON can do: become plain data and be read back from it."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return from_plain(cls, data)


@dataclass
class Article:
    """One article of the corpus, as read from disk: a file, or one record of a scraper's export.

    ``path`` is the file's name, and for a record of an export also its place (``export.jsonl:12``);
    ``url`` is where the article was published, when the page or record says."""

    id: str
    path: str
    text: str
    url: str | None = None


@dataclass
class Location:
    city: str | None = None
    country: str | None = None


ROLES = ("host", "guest", "attendee")
"""A participant's part in a meeting (SPEC.md: field values)."""


@dataclass
class Participant:
    name: str
    country: str | None = None
    role: str = "attendee"
    title: str | None = None


@dataclass
class Delegation:
    country: str | None
    leader: str | None = None
    members: list[str] = field(default_factory=list)


@dataclass
class Source:
    article: str
    path: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass
class Evidence:
    """A sentence a meeting was read from, and the article it is in."""

    article: str
    sentence: str


@dataclass
class Correction:
    """A field that a researcher's correction set, and the entry of the corrections file that did it."""

    field: str
    entry: str
    line: int


@dataclass
class Meeting(Plain):
    id: str
    date: str | None
    kind: str
    title: str | None
    location: Location | None
    participants: list[Participant] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)


@dataclass
class ArticleFacts(Plain):
    """Everything extracted from one article: what a cache would store per file."""

    article: str
    path: str
    title: str | None
    published: str | None
    meetings: list[Meeting] = field(default_factory=list)
    url: str | None = None
