"""The in-memory index of a corpus: merged meetings, people, and the queries on them.

``Index.from_facts`` takes what extraction found in each article, merges the
people and meetings that several articles report (see ``identity``), and
answers the questions of the command line. Every answer is plain data
(dataclasses of strings, numbers and lists) so ``dataclasses.asdict`` and
``json.dumps`` print it as it is. Nothing here renders or extracts.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from .corpus import Problem
from .records import ArticleFacts, Location, Meeting


class PersonNotFound(LookupError):
    """A person filter named nobody, or several people; ``match`` says which and offers names."""

    def __init__(self, match: "PersonMatch"):
        self.match = match
        super().__init__(match.message)


@dataclass
class Selection:
    """The meetings a query kept, and how many a date filter left out for lack of a year."""

    meetings: list[Meeting]
    left_out: int = 0
    without_year: int = 0
    undated: int = 0
    left_out_reason: str | None = None


@dataclass
class TitleHeld:
    """One title a person held, grouped across spellings, with the dates it was seen."""

    title: str
    normalised: str
    written: list[str]
    dates: list[str | None]
    first_seen: str | None
    last_seen: str | None


@dataclass
class Appearance:
    """One meeting a person took part in, as the person page lists it."""

    date: str | None
    meeting_id: str
    meeting_title: str | None
    kind: str
    role: str
    title: str | None
    location: Location | None
    counterparts: list[str]


@dataclass
class Counterpart:
    """Someone a person met, and in how many meetings."""

    person_id: str
    name: str
    country: str | None
    meetings: int


@dataclass
class CountryEngaged:
    """A country a person dealt with (other participants' countries), and in how many meetings."""

    country: str
    meetings: int


@dataclass
class Person:
    """One person across the corpus, however many spellings and titles the articles use."""

    id: str
    name: str
    country: str | None
    names: list[str]
    titles: list[TitleHeld]
    appearance_count: int
    appearances: list[Appearance] = field(default_factory=list)
    counterparts: list[Counterpart] = field(default_factory=list)
    countries: list[CountryEngaged] = field(default_factory=list)


@dataclass
class PersonSummary:
    """One row of ``procq people``."""

    id: str
    name: str
    country: str | None
    latest_title: str | None
    appearances: int


@dataclass
class PersonMatch:
    """The answer to a name: ``status`` is "found", "ambiguous" or "not found".

    ``person`` is set when found; ``candidates`` lists the people an ambiguous
    name fits; ``suggestions`` gives the closest names when nobody fits.
    """

    query: str
    status: str
    person: Person | None = None
    candidates: list[PersonSummary] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        """One line for the user explaining a failed lookup."""
        raise NotImplementedError


@dataclass
class DelegationRow:
    """One row of ``procq delegations``."""

    date: str | None
    meeting_id: str
    meeting_title: str | None
    country: str | None
    leader: str | None
    members: list[str]


@dataclass
class CountryYear:
    """A country's activity in one year (None: meetings whose date has no year)."""

    year: int | None
    meetings: int
    with_china: int
    delegations: int


@dataclass
class CountryActivity:
    """One row of ``procq countries``: a country's meetings and delegations, by year."""

    country: str
    name: str | None
    meetings: int
    with_china: int
    delegations: int
    by_year: list[CountryYear]


class Index:
    """Merged meetings and people of a corpus, and the queries the commands ask."""

    def __init__(self, meetings: list[Meeting], problems: list[Problem] | None = None):
        """Use ``from_facts`` or ``load``; this takes meetings already merged and ordered."""
        raise NotImplementedError

    @classmethod
    def from_facts(cls, facts: list[ArticleFacts], problems: list[Problem] | None = None) -> "Index":
        """Index what extraction found in each article, merging people and meetings across articles."""
        raise NotImplementedError

    @classmethod
    def load(cls, folder: str | os.PathLike | None = None) -> "Index":
        """Read, extract and index a corpus folder; ``problems`` keeps the files that were skipped.

        Raises ``corpus.CorpusError`` when the folder is missing or has no readable article.
        """
        raise NotImplementedError

    meetings: list[Meeting]
    """Merged meetings, oldest first; meetings without a year, then without a date, come last."""

    problems: list[Problem]
    """Files of the corpus that could not be read, for the command line to warn about."""

    def meeting(self, meeting_id: str) -> Meeting | None:
        """The meeting with this id (``<article>#<n>`` of its first source), or None."""
        raise NotImplementedError

    def select_meetings(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        country: str | None = None,
        person: str | None = None,
        kind: str | None = None,
    ) -> Selection:
        """The meetings that pass every filter given, in index order.

        ``country`` is a name, demonym or code and matches the place or anyone's
        country; ``person`` is looked up as ``find_person`` does. Raises
        ``filters.FilterError`` for a bad value and ``PersonNotFound`` when the
        person is unknown or ambiguous.
        """
        raise NotImplementedError

    def find_person(self, query: str) -> PersonMatch:
        """Look a person up by full name (any order, any case), unambiguous surname, or misspelling."""
        raise NotImplementedError

    def people(self, country: str | None = None) -> list[PersonSummary]:
        """Everyone who took part in a meeting, most active first."""
        raise NotImplementedError

    def delegations(
        self,
        country: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> list[DelegationRow]:
        """One row per delegation, in meeting order."""
        raise NotImplementedError

    def countries(self, since: str | date | None = None, until: str | date | None = None) -> list[CountryActivity]:
        """Per country, meetings (with China and others) and delegations by year, busiest first."""
        raise NotImplementedError
