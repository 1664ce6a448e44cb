"""The in-memory index of a corpus: merged meetings, people, and the queries on them.

``Index.from_facts`` takes what extraction found in each article, merges the
people and meetings that several articles report (see ``identity``), and
answers the questions of the command line. Every answer is plain data
(dataclasses of strings, numbers and lists) so ``dataclasses.asdict`` and
``json.dumps`` print it as it is. Nothing here renders or extracts.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from .corpus import Problem, load_corpus
from .countries import country_name
from .filters import date_range, meeting_interval, parse_country, parse_kind, parse_person
from .identity import Mention, cluster_mentions, merge_meetings, name_tokens, normalise_title, same_name
from .records import ArticleFacts, Delegation, Location, Meeting, Participant, Source


class PersonNotFound(LookupError):
    """A person filter named nobody, or several people; ``match`` says which and offers names."""

    def __init__(self, match: "PersonMatch"):
        self.match = match
        super().__init__(match.message)


@dataclass
class LeftOut:
    """What a date filter had to leave out: ``count`` items (meetings, delegations), and the
    meetings they belong to, whose date has no year (``--04-10``) or no date at all."""

    count: int = 0
    without_year: int = 0
    undated: int = 0

    @classmethod
    def of(cls, meetings: list[Meeting], items: Callable[[Meeting], int] = lambda meeting: 1) -> "LeftOut":
        """What leaving out these meetings costs a listing that shows ``items(meeting)`` rows of each."""
        counted = [(meeting, items(meeting)) for meeting in meetings]
        counted = [(meeting, count) for meeting, count in counted if count]
        return cls(
            count=sum(count for _, count in counted),
            without_year=sum(1 for meeting, _ in counted if meeting.date),
            undated=sum(1 for meeting, _ in counted if not meeting.date),
        )


@dataclass
class Selection:
    """The meetings a query kept, and those its date filter left out because it cannot place them."""

    meetings: list[Meeting]
    unplaced: list[Meeting] = field(default_factory=list)

    @property
    def left_out(self) -> LeftOut:
        return LeftOut.of(self.unplaced)


Row = TypeVar("Row")


@dataclass
class Listing(Generic[Row]):
    """The rows of a listing with a date filter, and what the filter left out."""

    rows: list[Row]
    left_out: LeftOut = field(default_factory=LeftOut)


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
        """One line for the user saying what the lookup found."""
        if self.person:
            return f"found {self.person.name}"
        if self.candidates:
            names = ", ".join(f"{c.name} ({c.country or 'no country'})" for c in self.candidates)
            return f"{self.query!r} fits several people: {names}"
        closest = f"; closest names: {', '.join(self.suggestions)}" if self.suggestions else ""
        return f"no person named {self.query!r}{closest}"


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


# Lookups by fuzzy name: how close a misspelling must come, and by how much
# the best person must beat the next before it is taken as the answer.
LOOKUP_SIMILARITY = 85
LOOKUP_MARGIN = 5
SUGGESTIONS = 3


class Index:
    """Merged meetings and people of a corpus, and the queries the commands ask."""

    meetings: list[Meeting]
    """Merged meetings, oldest first; meetings without a year, then without a date, come last."""

    problems: list[Problem]
    """Files of the corpus that could not be read, for the command line to warn about."""

    def __init__(self, meetings: list[Meeting], person_of: dict[Mention, str], problems: list[Problem] | None = None):
        """Use ``from_facts`` or ``load``; this takes merged meetings and the person of every mention."""
        self.meetings = sorted(meetings, key=_chronological)
        self.problems = list(problems or [])
        self._person_of = person_of
        self._mentions_of: dict[str, list[Mention]] = {}
        for mention, person_id in person_of.items():
            self._mentions_of.setdefault(person_id, []).append(mention)
        self._by_id = {meeting.id: meeting for meeting in self.meetings}
        self._persons = self._build_persons()

    @classmethod
    def from_facts(cls, facts: list[ArticleFacts], problems: list[Problem] | None = None) -> "Index":
        """Index what extraction found in each article, merging people and meetings across articles."""
        meetings = [meeting for article in sorted(facts, key=lambda f: f.article) for meeting in _sourced(article)]
        mentions = [mention for meeting in meetings for mention in _mentions(meeting)]
        person_of: dict[Mention, str] = {}
        taken: set[str] = set()
        for group in cluster_mentions(mentions):
            person_id = _person_id(group, taken)
            taken.add(person_id)
            person_of.update((mention, person_id) for mention in group)
        merged = merge_meetings(meetings, lambda name, country: person_of[Mention(name, country)])
        return cls(merged, person_of, problems)

    @classmethod
    def load(cls, folder: str | os.PathLike | None = None) -> "Index":
        """Read, extract and index a corpus folder; ``problems`` keeps the files that were skipped.

        Raises ``corpus.CorpusError`` when the folder is missing or has no readable article.
        """
        from .cache import cached_extract_all
        from .extract import extract  # only loading a folder needs the extractor and its tables

        articles, problems = load_corpus(folder)
        return cls.from_facts(cached_extract_all(articles, extract), problems)

    # --- meetings -------------------------------------------------------

    def meeting(self, meeting_id: str) -> Meeting | None:
        """The meeting with this id (``<article>#<n>`` of its first source), or None."""
        return self._by_id.get(meeting_id)

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
        country; ``person`` is looked up as ``find_person`` does. A date filter
        leaves out meetings whose date has no year, and counts them. Raises
        ``filters.FilterError`` for a bad value and ``PersonNotFound`` when the
        person is unknown or ambiguous.
        """
        period = date_range(since, until)
        code = parse_country(country) if country is not None else None
        wanted_kind = parse_kind(kind) if kind is not None else None
        person_id = self._require_person(person) if person is not None else None
        kept, unplaced = [], []
        for meeting in self.meetings:
            if code and code not in _countries_of(meeting):
                continue
            if wanted_kind and meeting.kind != wanted_kind:
                continue
            if person_id and person_id not in self._participants_of(meeting):
                continue
            if not period.is_open:
                interval = meeting_interval(meeting.date)
                if interval is None:
                    unplaced.append(meeting)
                    continue
                if not period.overlaps(interval):
                    continue
            kept.append(meeting)
        return Selection(kept, unplaced)

    # --- people ---------------------------------------------------------

    def find_person(self, query: str) -> PersonMatch:
        """Look a person up by full name (any order, any case), unambiguous surname, or misspelling.

        Tries, in turn: the same words in any order; one word found in a name
        (a surname); a name with words left out or spelt differently, but no
        word that name lacks ("Ying Yong Krasnov" is neither Ying Yong nor Igor
        Krasnov); the closest name by rapidfuzz. The first step that finds
        anybody decides. A name in Chinese characters is looked up by its
        pinyin. Raises ``filters.FilterError`` for a name with no letters.
        """
        words = name_tokens(parse_person(query))
        steps = (
            lambda spelling: sorted(name_tokens(spelling)) == sorted(words),
            lambda spelling: len(words) == 1 and words[0] in name_tokens(spelling),
            lambda spelling: len(words) <= len(name_tokens(spelling)) and same_name(query, spelling),
        )
        for fits in steps:
            found = {person_id for spelling, person_id in self._spellings() if fits(spelling)}
            if found:
                return self._match(query, found)
        return self._closest(query)

    def person(self, person_id: str) -> Person | None:
        """The person with this id, or None."""
        return self._persons.get(person_id)

    def people(self, country: str | None = None) -> list[PersonSummary]:
        """Everyone who took part in a meeting, most active first, then by name."""
        code = parse_country(country) if country is not None else None
        chosen = [p for p in self._persons.values() if code is None or p.country == code]
        return [_summary(p) for p in sorted(chosen, key=lambda p: (-p.appearance_count, p.name))]

    # --- delegations and countries ---------------------------------------

    def delegations(
        self,
        country: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> Listing[DelegationRow]:
        """One row per delegation, in meeting order; a date filter leaves out the delegations of
        meetings without a year, and counts them."""
        code = parse_country(country) if country is not None else None

        def wanted(meeting: Meeting) -> list[Delegation]:
            return [d for d in meeting.delegations if code is None or d.country == code]

        selection = self.select_meetings(since, until)
        rows = [
            DelegationRow(meeting.date, meeting.id, meeting.title, d.country, d.leader, list(d.members))
            for meeting in selection.meetings
            for d in wanted(meeting)
        ]
        return Listing(rows, LeftOut.of(selection.unplaced, lambda meeting: len(wanted(meeting))))

    def countries(self, since: str | date | None = None, until: str | date | None = None) -> Listing[CountryActivity]:
        """Per country, meetings (with China and others) and delegations by year, busiest first.

        A meeting counts for every country present: the place, the participants
        and the delegations. ``with_china`` counts the meetings where China is
        another side (for China itself: meetings with any other side). A date
        filter leaves out the meetings without a year, and counts those a country was at.
        """
        years: dict[str, dict[int | None, CountryYear]] = {}
        selection = self.select_meetings(since, until)
        for meeting in selection.meetings:
            interval = meeting_interval(meeting.date)
            year = interval[0].year if interval else None
            sides = _countries_of(meeting)
            for code in sides:
                row = years.setdefault(code, {}).setdefault(year, CountryYear(year, 0, 0, 0))
                row.meetings += 1
                row.with_china += CHINA in sides and len(sides) > 1
            for delegation in meeting.delegations:
                if delegation.country:
                    years.setdefault(delegation.country, {}).setdefault(year, CountryYear(year, 0, 0, 0)).delegations += 1
        activity = [_country_activity(code, by_year) for code, by_year in years.items()]
        busiest_first = sorted(activity, key=lambda a: (-a.meetings, -a.delegations, a.country))
        return Listing(busiest_first, LeftOut.of(selection.unplaced, lambda meeting: bool(_countries_of(meeting))))

    # --- building -------------------------------------------------------

    def _person_id_of(self, name: str, country: str | None) -> str:
        return self._person_of[Mention(name, country)]

    def _participants_of(self, meeting: Meeting) -> list[str]:
        return [self._person_id_of(p.name, p.country) for p in meeting.participants]

    def _build_persons(self) -> dict[str, Person]:
        """Every participant as a Person, with appearances, titles, counterparts and countries."""
        seen: dict[str, list[tuple[Meeting, Participant]]] = {}
        for meeting in self.meetings:
            for participant in meeting.participants:
                seen.setdefault(self._person_id_of(participant.name, participant.country), []).append((meeting, participant))
        return {
            person_id: self._person(person_id, self._mentions_of[person_id], appearances)
            for person_id, appearances in seen.items()
        }

    def _person(self, person_id: str, mentions: list[Mention], seen: list[tuple[Meeting, Participant]]) -> Person:
        countries = Counter(p.country for _, p in seen if p.country) or Counter(m.country for m in mentions if m.country)
        country = countries.most_common(1)[0][0] if countries else None
        met: Counter[str] = Counter()
        engaged: Counter[str] = Counter()
        appearances = []
        for meeting, participant in seen:
            others = [p for p in meeting.participants if self._person_id_of(p.name, p.country) != person_id]
            met.update({self._person_id_of(p.name, p.country) for p in others})
            engaged.update(_countries_of(meeting) - {country})
            appearances.append(
                Appearance(
                    meeting.date, meeting.id, meeting.title, meeting.kind, participant.role, participant.title,
                    meeting.location, [p.name for p in others],
                )
            )
        names = list(dict.fromkeys(m.name for m in mentions))
        return Person(
            id=person_id,
            name=_fullest_name(mentions, [p.name for _, p in seen]),
            country=country,
            names=names,
            titles=_titles_held(seen),
            appearance_count=len(seen),
            appearances=appearances,
            counterparts=[self._counterpart(other, count) for other, count in _most_common(met)],
            countries=[CountryEngaged(code, count) for code, count in _most_common(engaged)],
        )

    def _counterpart(self, person_id: str, meetings: int) -> Counterpart:
        mentions = self._mentions_of[person_id]
        countries = {m.country for m in mentions} - {None}
        return Counterpart(person_id, _fullest_name(mentions, []), next(iter(countries), None), meetings)

    # --- lookups --------------------------------------------------------

    def _spellings(self) -> list[tuple[str, str]]:
        """(name as written, person id) for every spelling of everyone who took part in a meeting."""
        return [(m.name, person_id) for m, person_id in self._person_of.items() if person_id in self._persons]

    def _match(self, query: str, person_ids: set[str]) -> PersonMatch:
        if len(person_ids) == 1:
            return PersonMatch(query, FOUND, person=self._persons[person_ids.pop()])
        candidates = sorted((self._persons[p] for p in person_ids), key=lambda p: (-p.appearance_count, p.name))
        return PersonMatch(query, AMBIGUOUS, candidates=[_summary(p) for p in candidates])

    def _closest(self, query: str) -> PersonMatch:
        """The person a misspelt name most resembles, or the closest names as suggestions."""
        best: dict[str, float] = {}
        for spelling, person_id in self._spellings():
            best[person_id] = max(best.get(person_id, 0.0), _name_similarity(query, spelling))
        ranked = sorted(best.items(), key=lambda item: (-item[1], self._persons[item[0]].name))
        if ranked and ranked[0][1] >= LOOKUP_SIMILARITY:
            close = {p for p, score in ranked if score >= max(LOOKUP_SIMILARITY, ranked[0][1] - LOOKUP_MARGIN)}
            return self._match(query, close)
        return PersonMatch(query, NOT_FOUND, suggestions=[self._persons[p].name for p, _ in ranked[:SUGGESTIONS]])

    def _require_person(self, query: str) -> str:
        match = self.find_person(query)
        if match.person is None:
            raise PersonNotFound(match)
        return match.person.id


FOUND, AMBIGUOUS, NOT_FOUND = "found", "ambiguous", "not found"
CHINA = "CN"
NO_DATE_ORDER = (2, date.max, date.max)


def _chronological(meeting: Meeting) -> tuple:
    """Sort key: dated meetings by their days, then those without a year by month and day, then undated."""
    real = meeting_interval(meeting.date)
    if real:
        return (0, *real)
    blind = meeting_interval((meeting.date or "").replace("--", "2000-"))
    return (1, *blind) if blind else NO_DATE_ORDER


def _sourced(facts: ArticleFacts) -> list[Meeting]:
    """The article's meetings, each with an id and the article as a source even if extraction left them out."""
    source = Source(facts.article, facts.path, facts.title, facts.published)
    meetings = []
    for number, meeting in enumerate(facts.meetings, start=1):
        meetings.append(
            replace(
                meeting,
                id=meeting.id or f"{facts.article}#{number}",
                sources=meeting.sources or [source],
            )
        )
    return meetings


def _mentions(meeting: Meeting) -> list[Mention]:
    """Every name a meeting gives, with the country it gives: participants and delegations."""
    mentions = [Mention(p.name, p.country) for p in meeting.participants]
    for delegation in meeting.delegations:
        names = [delegation.leader, *delegation.members] if delegation.leader else delegation.members
        mentions += [Mention(name, delegation.country) for name in names]
    return mentions


def _fullest_name(mentions: list[Mention], used: list[str]) -> str:
    """The fullest spelling: most words, then the most used, then the first given."""
    uses = Counter(used)
    names = list(dict.fromkeys(m.name for m in mentions))
    return max(names, key=lambda name: (len(name_tokens(name)), uses[name], -names.index(name)))


def _person_id(group: list[Mention], taken: set[str]) -> str:
    """A readable, stable id: the name's words, then the country if taken, then a number if still taken."""
    base = "-".join(name_tokens(_fullest_name(group, []))) or "unnamed"
    country = next((m.country for m in group if m.country), None)
    if base in taken and country:
        base = f"{base}-{country.lower()}"
    unique, number = base, 2
    while unique in taken:
        unique, number = f"{base}-{number}", number + 1
    return unique


def _titles_held(seen: list[tuple[Meeting, Participant]]) -> list[TitleHeld]:
    """Titles grouped by their normal form, in the order first held, each with the dates it was seen."""
    grouped: dict[str, list[tuple[str | None, str]]] = {}
    for meeting, participant in seen:
        normal = normalise_title(participant.title)
        if normal:
            grouped.setdefault(normal, []).append((meeting.date, participant.title))
    held = []
    for normal, sightings in grouped.items():
        written = Counter(title for _, title in sightings)
        # sightings come in date order; a day without a year is not known to come after a dated one
        dated = [d for d, _ in sightings if meeting_interval(d)] or [d for d, _ in sightings if d]
        held.append(
            TitleHeld(
                title=written.most_common(1)[0][0],
                normalised=normal,
                written=list(written),
                dates=[d for d, _ in sightings],
                first_seen=dated[0] if dated else None,
                last_seen=dated[-1] if dated else None,
            )
        )
    return held


def _latest_title(person: Person) -> str | None:
    """The title given at the person's latest dated appearance that gives one; a meeting without a
    year cannot be known to be later, so its title counts only when no dated one gives a title."""
    titled = [a for a in person.appearances if a.title]
    dated = [a for a in titled if meeting_interval(a.date)]  # appearances come in date order
    return (dated or titled)[-1].title if titled else None


def _summary(person: Person) -> PersonSummary:
    return PersonSummary(person.id, person.name, person.country, _latest_title(person), person.appearance_count)


def _most_common(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _name_similarity(query: str, spelling: str) -> float:
    """How close a typed name is to a spelling: whole names in any order, or one word against each word."""
    typed, written = name_tokens(query), name_tokens(spelling)
    if len(typed) == 1:
        return max((fuzz.ratio(typed[0], word) for word in written), default=0.0)
    return fuzz.token_sort_ratio(" ".join(typed), " ".join(written))


def _countries_of(meeting: Meeting) -> set[str]:
    """Every country present at a meeting: the place, the participants, the delegations."""
    codes = {p.country for p in meeting.participants} | {d.country for d in meeting.delegations}
    codes.add(meeting.location.country if meeting.location else None)
    return codes - {None}


def _country_activity(code: str, by_year: dict[int | None, CountryYear]) -> CountryActivity:
    rows = sorted(by_year.values(), key=lambda row: (row.year is None, row.year or 0))
    return CountryActivity(
        country=code,
        name=country_name(code),
        meetings=sum(row.meetings for row in rows),
        with_china=sum(row.with_china for row in rows),
        delegations=sum(row.delegations for row in rows),
        by_year=rows,
    )
