"""The corpus's records as the exports read them: meetings, people, and who each name is.

Every export (``procq export``, ``procq graph``) reads the index through
``Dataset.of``, which asks the same query ``procq meetings --json`` asks, so an
export and that listing never disagree; the index is the one kept in the cache
or, with the cache off or unusable, the one ``Index.load`` builds in memory.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .identity import Mention
from .index import Index, PersonSummary
from .records import Meeting


@dataclass
class Dataset:
    """The meetings as ``meetings --json`` lists them, the people as ``people`` lists them, and the
    person each name a meeting gives (with its country) denotes."""

    meetings: list[Meeting]
    people: list[PersonSummary]
    person_ids: dict[Mention, str] = field(default_factory=dict)

    @classmethod
    def of(cls, index: Index) -> "Dataset":
        return cls(index.select_meetings().meetings, index.people(), index.person_ids())

    @cached_property
    def _people_by_id(self) -> dict[str, PersonSummary]:
        return {person.id: person for person in self.people}

    def person(self, name: str, country: str | None) -> PersonSummary | None:
        """The person a name at a meeting denotes; None for someone who took part in no meeting
        (a delegation's member the text never places at one)."""
        person_id = self.person_ids.get(Mention(name, country))
        return self._people_by_id.get(person_id) if person_id else None
