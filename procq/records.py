"""The plain records that flow from the corpus to the screen.

Every record is a dataclass of strings, numbers, lists and other records, so
``to_dict`` gives JSON-ready data and ``from_dict`` reads it back: extraction
results can be cached, compared in tests and printed without a custom encoder.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Article:
    """One file of the corpus, as read from disk."""

    id: str
    path: str
    text: str


@dataclass
class Location:
    city: str | None = None
    country: str | None = None


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


@dataclass
class Evidence:
    """A sentence a meeting was read from, and the article it is in."""

    article: str
    sentence: str


@dataclass
class Meeting:
    id: str
    date: str | None
    kind: str
    title: str | None
    location: Location | None
    participants: list[Participant] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Meeting":
        location = data.get("location")
        return cls(
            id=data["id"],
            date=data.get("date"),
            kind=data["kind"],
            title=data.get("title"),
            location=Location(**location) if location else None,
            participants=[Participant(**p) for p in data.get("participants", [])],
            delegations=[Delegation(**d) for d in data.get("delegations", [])],
            sources=[Source(**s) for s in data.get("sources", [])],
            evidence=[Evidence(**e) for e in data.get("evidence", [])],
        )


@dataclass
class ArticleFacts:
    """Everything extracted from one article: what a cache would store per file."""

    article: str
    path: str
    title: str | None
    published: str | None
    meetings: list[Meeting] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleFacts":
        plain = {f.name: data.get(f.name) for f in fields(cls) if f.name != "meetings"}
        return cls(**plain, meetings=[Meeting.from_dict(m) for m in data.get("meetings", [])])
