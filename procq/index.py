"""The index of a corpus: merged meetings, people, and the queries on them.

``write_index`` takes what extraction found in each article, merges the
people and meetings that several articles report (see ``identity``), and
writes them to SQLite with the columns the queries filter on; ``Index``
answers the questions of the command line from those rows, reading only the
rows of each answer. The database is a file kept fresh in the cache
(``Index.load``, see ``store``) or one in memory (``Index.from_facts``): the
same rows and the same queries either way. Every answer is plain data
(dataclasses of strings, numbers and lists) so ``dataclasses.asdict`` and
``json.dumps`` print it as it is. Nothing here renders or extracts.
"""
from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz

from . import store
from .corpus import Problem, load_corpus, resolve_corpus
from .corrections import NO_CORRECTIONS, Applying, Corrections, Status, load_corrections
from .countries import country_name
from .filters import KINDS, DateRange, FilterError, date_range, meeting_interval, parse_country, parse_kind, parse_person
from .identity import Mention, cluster_mentions, merge_reports, name_tokens, normalise_title, same_name
from .records import Article, ArticleFacts, Correction, Location, Meeting, Participant, Source, from_plain


class SearchUnavailable(LookupError):
    """The index holds no sentences to search: it was made from extracted facts alone."""


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
    """The meetings a query kept, and what its date filter left out because it cannot place them."""

    meetings: list[Meeting]
    left_out: LeftOut = field(default_factory=LeftOut)


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
    corrections: list[Correction] = field(default_factory=list)


@dataclass
class PersonSummary:
    """One row of ``procq people``."""

    id: str
    name: str
    country: str | None
    latest_title: str | None
    appearances: int
    corrections: list[Correction] = field(default_factory=list)


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
class KindCount:
    """The meetings of one kind in a cell of ``procq countries``, and their ids."""

    kind: str
    meetings: int
    meeting_ids: list[str]


@dataclass
class CountryYear:
    """A cell of ``procq countries``: a country's meetings in one year (None: the date has no year),
    with the ids of the meetings counted and their split by kind."""

    year: int | None
    meetings: int
    with_china: int
    delegations: int
    meeting_ids: list[str] = field(default_factory=list)
    by_kind: list[KindCount] = field(default_factory=list)


@dataclass
class CountryActivity:
    """One row of ``procq countries``: a counterpart country's meetings and delegations, by year."""

    country: str
    name: str | None
    meetings: int
    with_china: int
    delegations: int
    by_year: list[CountryYear]


@dataclass
class CountryTable(Listing[CountryActivity]):
    """The country-year table: a row per counterpart country, a column per year.

    ``years`` are the columns, every year from the first to the last, then None for meetings
    without a year; ``kinds`` the kinds of the meetings counted; ``totals`` each year's meetings
    counted once however many rows count them; ``no_counterpart`` the meetings no row counts
    (China alone, or no country known).
    """

    years: list[int | None] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    totals: list[CountryYear] = field(default_factory=list)
    no_counterpart: int = 0


@dataclass
class MatchedWords:
    """Words of a sentence that a search matched: the text, and where it stands (character offsets)."""

    text: str
    start: int
    end: int


@dataclass
class MeetingRef:
    """The meeting a sentence was read into, as ``procq search`` names it."""

    id: str
    date: str | None
    title: str | None


@dataclass
class SearchHit:
    """One sentence ``procq search`` found: its article, the words matched, the meetings it tells of."""

    article: str
    path: str
    published: str | None
    title: str | None
    sentence: str
    matches: list[MatchedWords]
    meetings: list[MeetingRef]


@dataclass
class SearchResult(Listing[SearchHit]):
    """The sentences found, best first, and how many matched in all (more than the rows when limited)."""

    total: int = 0


# FTS5's highlight() marks the matched words with these, characters no article uses (Unicode private use).
MATCH_START, MATCH_END = "\ue000", "\ue001"

# Lookups by fuzzy name: how close a misspelling must come, and by how much
# the best person must beat the next before it is taken as the answer.
LOOKUP_SIMILARITY = 85
LOOKUP_MARGIN = 5
SUGGESTIONS = 3


class Index:
    """Merged meetings and people of a corpus, and the queries the commands ask.

    The index is a SQLite database (see ``store``): a file in the cache for
    ``load``, kept fresh article by article, or one in memory for
    ``from_facts``. ``write_index`` fills it; the queries below read only the
    rows they answer with.
    """

    problems: list[Problem]
    """Files of the corpus that could not be read, for the command line to warn about."""

    def __init__(self, connection: sqlite3.Connection, problems: list[Problem] | None = None, searchable: bool = True,
                 corrections: Corrections = NO_CORRECTIONS):
        """Use ``from_facts`` or ``load``; this takes a database that ``write_index`` has filled."""
        self._db = connection
        self.problems = [problem for problem in problems or [] if not corrections.ignores(problem.path)]
        self._searchable = searchable

    @classmethod
    def from_facts(
        cls, facts: Iterable[ArticleFacts], problems: list[Problem] | None = None, articles: Iterable[Article] | None = None,
        corrections: Corrections = NO_CORRECTIONS,
    ) -> "Index":
        """Index what extraction found in each article, merging people and meetings across articles and
        applying the corrections (``corrections.load_corrections``), in memory.

        With the ``articles`` themselves, their sentences are indexed too, for ``search``.
        """
        connection = store.connect(":memory:")
        store.create_schema(connection)
        if articles is not None:
            store.keep_sentences(connection, articles)
        write_index(connection, facts, problems or [], corrections)
        return cls(connection, problems, searchable=articles is not None, corrections=corrections)

    @classmethod
    def load(
        cls,
        folder: str | os.PathLike | None = None,
        warn: Callable[[str], None] = lambda message: None,
        progress: store.Progress | None = None,
        rebuild: bool = False,
        records: Iterable[dict] = (),
    ) -> "Index":
        """The index of a corpus folder, kept in the cache and refreshed with what changed on disk.

        ``warn`` hears why an index had to be built again, ``progress`` how a build advances;
        ``rebuild`` builds afresh; ``records`` are facts extracted elsewhere (``procq extract
        --jsonl``). With the cache off, the corpus is read and indexed in memory. ``problems``
        keeps the files that were skipped. The folder's corrections file is applied; the kept index
        is derived again when it changes. Raises ``corpus.CorpusError`` when the folder is missing
        or has no readable article, ``corrections.CorrectionsError`` when its corrections file is
        not valid TOML.
        """
        root = resolve_corpus(folder)
        corrections = load_corrections(root)
        kept = store.index_folder(root)
        if kept is not None:
            derive = functools.partial(write_index, corrections=corrections)
            try:
                connection, problems = store.fresh_index(root, derive, warn, progress, rebuild, records, corrections.digest)
                return cls(connection, problems, corrections)
            except (OSError, sqlite3.OperationalError) as error:  # a read-only or unusable cache folder
                warn(f"cannot keep the index in {kept} ({getattr(error, 'strerror', None) or error}); "
                     "answering from the articles")
        from .cache import cached_extract_all

        articles, problems = load_corpus(root)
        return cls.from_facts(cached_extract_all(articles, store.extract_article), problems, articles, corrections)

    def corrections(self) -> list[Status]:
        """What became of each entry of the corpus's corrections file when the index was derived, in the file's order."""
        return [from_plain(Status, json.loads(record)) for (record,) in self._db.execute("SELECT record FROM corrections ORDER BY ordinal")]

    def close(self) -> None:
        """Let go of the database; a kept index stays in the cache for the next command."""
        self._db.close()

    # --- meetings -------------------------------------------------------

    @property
    def meetings(self) -> list[Meeting]:
        """Merged meetings, oldest first; meetings without a year, then without a date, come last."""
        return self._meetings("SELECT record FROM meetings m ORDER BY position", ())

    def meeting(self, meeting_id: str) -> Meeting | None:
        """The meeting with this id (``<article>#<n>`` of its first source), or None."""
        found = self._meetings("SELECT record FROM meetings m WHERE id = ?", (meeting_id,))
        return found[0] if found else None

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
        conditions: list[str] = []
        values: list[str] = []
        if country is not None:
            conditions.append("position IN (SELECT position FROM meeting_countries WHERE country = ?)")
            values.append(parse_country(country))
        if kind is not None:
            conditions.append("kind = ?")
            values.append(parse_kind(kind))
        if person is not None:
            conditions.append("position IN (SELECT position FROM participations WHERE person = ?)")
            values.append(self._require_person(person))
        if period.is_open:
            return Selection(self._meetings(_select(conditions), values))
        placed, bounds = _placed(period)
        kept = self._meetings(_select(conditions + placed), values + bounds)
        # counted in SQL: reading the thousands of records a filter leaves out took a third of a warm command
        count, without_year = self._db.execute(
            f"SELECT count(*), coalesce(sum(dated), 0) FROM meetings m {_where(conditions + [UNPLACED])}", values).fetchone()
        return Selection(kept, LeftOut(count=count, without_year=without_year, undated=count - without_year))

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
        found = self._people_spelt("sorted_words = ?", " ".join(sorted(words)))
        if not found and len(words) == 1:
            found = self._people_spelt("instr(words, ?) > 0", f" {words[0]} ")
        if not found:
            found = {
                person_id for spelling, person_id in self._spellings()
                if len(words) <= len(name_tokens(spelling)) and same_name(query, spelling)
            }
        return self._match(query, found) if found else self._closest(query)

    def person(self, person_id: str) -> Person | None:
        """The person with this id, or None: made from the person's meetings and the mentions of the
        people met there."""
        meetings = self._meetings(
            "SELECT record FROM meetings m WHERE position IN "
            "(SELECT position FROM participations WHERE person = ?) ORDER BY position", (person_id,))
        if not meetings:
            return None
        rows = self._db.execute(
            "SELECT name, country, person FROM mentions WHERE person IN (SELECT DISTINCT other.person FROM "
            "participations mine JOIN participations other ON other.position = mine.position WHERE mine.person = ?) "
            "ORDER BY ordinal", (person_id,))
        person_of = {Mention(name, country): person for name, country, person in rows}
        seen = _appearances(meetings, person_of)[person_id]
        summaries = {person: from_plain(PersonSummary, json.loads(summary)) for person, summary in self._db.execute(
            "SELECT id, summary FROM persons WHERE id IN (SELECT DISTINCT other.person FROM participations mine "
            "JOIN participations other ON other.position = mine.position WHERE mine.person = ?)", (person_id,))}
        return _person(person_id, seen, person_of, _mentions_of(person_of), summaries)

    def people(self, country: str | None = None) -> list[PersonSummary]:
        """Everyone who took part in a meeting, most active first, then by name."""
        if country is None:
            rows = self._db.execute("SELECT summary FROM persons ORDER BY rank")
        else:
            rows = self._db.execute("SELECT summary FROM persons WHERE country = ? ORDER BY rank", (parse_country(country),))
        return [from_plain(PersonSummary, json.loads(summary)) for (summary,) in rows]

    def person_ids(self) -> dict[Mention, str]:
        """The person each name a meeting gives denotes: participants, delegations' leaders and members."""
        return {Mention(name, country): person for name, country, person in self._db.execute("SELECT name, country, person FROM mentions")}

    # --- delegations and countries ---------------------------------------

    def delegations(
        self,
        country: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> Listing[DelegationRow]:
        """One row per delegation, in meeting order; a date filter leaves out the delegations of
        meetings without a year, and counts them."""
        period = date_range(since, until)
        code = parse_country(country) if country is not None else None
        conditions, values = _placed(period) if not period.is_open else ([], [])
        if code is not None:
            conditions.append("d.country = ?")
            values.append(code)
        query = (f"SELECT d.row FROM delegations d JOIN meetings m ON m.position = d.position "
                 f"{_where(conditions)} ORDER BY d.position, d.number")
        rows = [from_plain(DelegationRow, json.loads(row)) for (row,) in self._db.execute(query, values)]
        if period.is_open:
            return Listing(rows)
        with_delegations = "position IN (SELECT position FROM delegations d" + (" WHERE d.country = ?)" if code else ")")
        unplaced = self._meetings(_select([UNPLACED, with_delegations]), [code] if code else [])
        return Listing(rows, LeftOut.of(unplaced, lambda meeting: sum(1 for d in meeting.delegations if code in (None, d.country))))

    def countries(self, since: str | date | None = None, until: str | date | None = None) -> CountryTable:
        """The country-year table: per counterpart country, the meetings of each year, busiest first.

        A meeting counts once in the row of every country present at it other than China (the
        place, the participants, the delegations): a meeting of China and Kazakhstan counts for
        Kazakhstan; one of Russia and Azerbaijan for both; one of China alone for no row. A
        meeting's year is that of its first day; one without a year is counted under None. A date
        filter leaves out the meetings without a year, and counts those a country was at.
        """
        cells: dict[str, dict[int | None, CountryYear]] = {}
        totals: dict[int | None, CountryYear] = {}
        selection = self.select_meetings(since, until)
        unplaced = [] if date_range(since, until).is_open else self._meetings(_select([UNPLACED]), [])
        no_counterpart = 0
        for meeting in selection.meetings:
            interval = meeting_interval(meeting.date)
            year = interval[0].year if interval else None
            present = _countries_of(meeting)
            counterparts = present - {CHINA}
            no_counterpart += not counterparts
            if counterparts:
                _count(totals.setdefault(year, CountryYear(year, 0, 0, 0)), meeting, CHINA in present)
            for code in counterparts:
                cell = cells.setdefault(code, {}).setdefault(year, CountryYear(year, 0, 0, 0))
                _count(cell, meeting, CHINA in present)
                cell.delegations += sum(1 for d in meeting.delegations if d.country == code)
        activity = [_country_activity(code, by_year) for code, by_year in cells.items()]
        busiest_first = sorted(activity, key=lambda a: (-a.meetings, -a.delegations, a.country))
        counted = [cell for row in activity for cell in row.by_year]
        return CountryTable(
            busiest_first,
            LeftOut.of(unplaced, lambda meeting: bool(_countries_of(meeting) - {CHINA})),
            years=_year_columns(totals),
            kinds=sorted({kind.kind for cell in counted for kind in cell.by_kind}, key=KINDS.index),
            totals=[totals[year] for year in _year_columns(totals) if year in totals],
            no_counterpart=no_counterpart,
        )

    # --- full-text search ------------------------------------------------

    def search(self, query: str, limit: int | None = None) -> SearchResult:
        """The sentences of the articles that match an FTS5 query, best match first (BM25), at most
        ``limit`` of them; words are matched stemmed ("meets" finds "meeting") and without accents.

        Raises ``filters.FilterError`` for a query FTS5 cannot read, ``SearchUnavailable`` for an
        index made from facts alone.
        """
        if not self._searchable:
            raise SearchUnavailable("this index was made from extracted facts alone, without the articles' sentences")
        if not query.strip():
            raise FilterError("search for what? Give words to look for")
        try:
            # article_heads holds the articles as corrected, without those procq.toml ignores
            total = self._db.execute(
                "SELECT count(*) FROM sentence_words JOIN sentences s ON s.id = sentence_words.rowid "
                "JOIN article_heads h ON h.article = s.article WHERE sentence_words MATCH ?", (query,)).fetchone()[0]
            rows = self._db.execute(
                "SELECT s.id, s.article, s.path, h.published, h.title, highlight(sentence_words, 0, ?, ?) "
                "FROM sentence_words JOIN sentences s ON s.id = sentence_words.rowid "
                "JOIN article_heads h ON h.article = s.article "
                "WHERE sentence_words MATCH ? ORDER BY rank, s.path, s.ordinal LIMIT ?",
                (MATCH_START, MATCH_END, query, -1 if limit is None else limit)).fetchall()
        except sqlite3.OperationalError as error:
            raise FilterError(f"cannot search for {query!r}: {error} (a search is words, \"a phrase\", prefix*, "
                              "AND, OR, NOT, NEAR(a b); quote words with other signs: '\"Lancang-Mekong\"')") from None
        hits = [SearchHit(article, path, published, title, *_matched(marked), self._meetings_of_sentence(sentence_id))
                for sentence_id, article, path, published, title, marked in rows]
        return SearchResult(hits, total=total)

    def _meetings_of_sentence(self, sentence_id: int) -> list[MeetingRef]:
        return [MeetingRef(meeting_id, meeting_date, meeting_title) for meeting_id, meeting_date, meeting_title in self._db.execute(
            "SELECT m.id, json_extract(m.record, '$.date'), json_extract(m.record, '$.title') FROM sentence_meetings sm "
            "JOIN meetings m ON m.position = sm.position WHERE sm.sentence = ? ORDER BY m.position", (sentence_id,))]

    # --- lookups --------------------------------------------------------

    def _meetings(self, query: str, values: Sequence[str]) -> list[Meeting]:
        return [Meeting.from_dict(json.loads(record)) for (record,) in self._db.execute(query, values)]

    def _people_spelt(self, condition: str, value: str) -> set[str]:
        return {person_id for (person_id,) in self._db.execute(f"SELECT DISTINCT person FROM spellings WHERE {condition}", (value,))}

    def _spellings(self) -> list[tuple[str, str]]:
        """(name as written, person id) for every spelling of everyone who took part in a meeting."""
        return list(self._db.execute("SELECT name, person FROM spellings"))

    def _match(self, query: str, person_ids: set[str]) -> PersonMatch:
        if len(person_ids) == 1:
            return PersonMatch(query, FOUND, person=self.person(person_ids.pop()))
        rows = self._db.execute("SELECT id, summary FROM persons ORDER BY rank")  # a few ids, of thousands
        candidates = [from_plain(PersonSummary, json.loads(summary)) for person_id, summary in rows if person_id in person_ids]
        return PersonMatch(query, AMBIGUOUS, candidates=candidates)

    def _closest(self, query: str) -> PersonMatch:
        """The person a misspelt name most resembles, or the closest names as suggestions."""
        best: dict[str, float] = {}
        for spelling, person_id in self._spellings():
            best[person_id] = max(best.get(person_id, 0.0), _name_similarity(query, spelling))
        names = dict(self._db.execute("SELECT id, name FROM persons"))
        ranked = sorted(best.items(), key=lambda item: (-item[1], names[item[0]]))
        if ranked and ranked[0][1] >= LOOKUP_SIMILARITY:
            close = {p for p, score in ranked if score >= max(LOOKUP_SIMILARITY, ranked[0][1] - LOOKUP_MARGIN)}
            return self._match(query, close)
        return PersonMatch(query, NOT_FOUND, suggestions=[names[p] for p, _ in ranked[:SUGGESTIONS]])

    def _require_person(self, query: str) -> str:
        match = self.find_person(query)
        if match.person is None:
            raise PersonNotFound(match)
        return match.person.id


def _matched(marked: str) -> tuple[str, list[MatchedWords]]:
    """The sentence without the marks highlight() put around the words it matched, and those words."""
    sentence, matches = "", []
    for number, piece in enumerate(marked.replace(MATCH_END, MATCH_START).split(MATCH_START)):
        if number % 2:
            matches.append(MatchedWords(piece, len(sentence), len(sentence) + len(piece)))
        sentence += piece
    return sentence, matches


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _select(conditions: list[str]) -> str:
    return f"SELECT record FROM meetings m {_where(conditions)} ORDER BY position"


UNPLACED = "m.first_day IS NULL"
"""The SQL condition for a meeting that no date filter can place: its date has no year, or it has none."""


def _placed(period: DateRange) -> tuple[list[str], list[str]]:
    """The SQL conditions for a meeting whose days overlap the period (``DateRange.overlaps``)."""
    conditions, values = ["m.first_day IS NOT NULL"], []
    if period.since is not None:
        conditions.append("m.last_day >= ?")
        values.append(period.since.isoformat())
    if period.until is not None:
        conditions.append("m.first_day <= ?")
        values.append(period.until.isoformat())
    return conditions, values


# --- building -------------------------------------------------------------

def write_index(connection: sqlite3.Connection, facts: Iterable[ArticleFacts], problems: Iterable[Problem] = (),
                corrections: Corrections = NO_CORRECTIONS) -> None:
    """Merge people and meetings across the articles, apply the corrections, and write the rows the queries read.
    ``problems`` are the files that could not be read: the corrections may ignore them too.

    Corrections are applied here, to the merged records, rather than at each query: joining or
    parting two people changes the clustering itself, and every query reads its result. A person's
    page is made when it is asked for (``Index.person``), from the rows of the person's meetings;
    only what ``procq people`` lists is made here for everyone.
    """
    applying = Applying(corrections)
    sourced = [replace(article, meetings=_sourced(article)) for article in sorted(facts, key=lambda f: f.article)]
    articles = applying.articles(sourced, [problem.path for problem in problems])
    meetings, person_of, corrected_people = _merged(articles, applying)
    mentions_of = _mentions_of(person_of)
    seen = _appearances(meetings, person_of)
    summaries = sorted(
        (_summary(person_id, appearances, mentions_of[person_id], *corrected_people.get(person_id, (None, [])))
         for person_id, appearances in seen.items()),
        key=lambda summary: (-summary.appearances, summary.name),
    )
    connection.executemany("INSERT INTO corrections VALUES (?, ?)", (
        (number, _json(status)) for number, status in enumerate(applying.statuses())
    ))
    connection.executemany("INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?)", (
        (position, meeting.id, meeting.kind, *_days(meeting.date), bool(meeting.date), _json(meeting))
        for position, meeting in enumerate(meetings)
    ))
    connection.executemany("INSERT INTO meeting_countries VALUES (?, ?)", (
        (code, position) for position, meeting in enumerate(meetings) for code in _countries_of(meeting)
    ))
    connection.executemany("INSERT OR IGNORE INTO participations VALUES (?, ?)", (
        (person_of[Mention(p.name, p.country)], position)
        for position, meeting in enumerate(meetings) for p in meeting.participants
    ))
    connection.executemany("INSERT INTO persons VALUES (?, ?, ?, ?, ?)", (
        (summary.id, rank, summary.name, summary.country, _json(summary)) for rank, summary in enumerate(summaries)
    ))
    connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", (
        (ordinal, mention.name, mention.country, person_id) for ordinal, (mention, person_id) in enumerate(person_of.items())
    ))
    connection.executemany("INSERT INTO spellings VALUES (?, ?, ?, ?)", (
        (mention.name, person_id, f" {' '.join(name_tokens(mention.name))} ", " ".join(sorted(name_tokens(mention.name))))
        for mention, person_id in person_of.items() if person_id in seen
    ))
    connection.executemany("INSERT INTO delegations VALUES (?, ?, ?, ?)", (
        (position, number, d.country, _json(DelegationRow(meeting.date, meeting.id, meeting.title, d.country, d.leader, list(d.members))))
        for position, meeting in enumerate(meetings) for number, d in enumerate(meeting.delegations)
    ))
    connection.executemany("INSERT OR REPLACE INTO article_heads VALUES (?, ?, ?, ?)", (  # what search may show
        (article.article, article.path, article.title, article.published) for article in articles
    ))
    connection.executemany(  # the sentences each meeting was read from (a dateline may stand before one), for search
        "INSERT OR IGNORE INTO sentence_meetings SELECT id, ?1 FROM sentences WHERE article = ?2 "
        "AND substr(text, length(text) - length(?3) + 1) = ?3", (
            (position, evidence.article, evidence.sentence) for position, meeting in enumerate(meetings) for evidence in meeting.evidence
        ))


def _json(record: Any) -> str:
    """A record as ``asdict`` would give it, written without copying it first."""
    return json.dumps(record, default=vars, ensure_ascii=False)


def _days(value: str | None) -> tuple[str | None, str | None]:
    """The first and last real day of a meeting's date, as ISO text that sorts as dates do; None without a year."""
    interval = meeting_interval(value)
    return (interval[0].isoformat(), interval[1].isoformat()) if interval else (None, None)


CorrectedPerson = tuple[str | None, list[Correction]]
"""The name a correction lists a person under (None: the fullest spelling), and the corrections made to the person."""


def _merged(articles: list[ArticleFacts], applying: Applying) -> tuple[list[Meeting], dict[Mention, str], dict[str, CorrectedPerson]]:
    """The meetings of the articles (as their corrections left them) with the reports of one event merged and
    the other corrections applied, in index order; the person each mention denotes; and the people corrections changed.

    Each kind of correction is applied where its records are made: an article's to its facts, before
    they are merged (``write_index``); a person's as the mentions are clustered; a meeting's to the merged meeting."""
    meetings = [meeting for article in articles for meeting in article.meetings]
    mentions = [mention for meeting in meetings for mention in _mentions(meeting)] + applying.added_mentions()
    person_of: dict[Mention, str] = {}
    corrected: dict[str, CorrectedPerson] = {}
    taken: set[str] = set()
    for group in applying.people(cluster_mentions(mentions, applying.keep_apart())):
        listed, marks = applying.person(group)
        person_id = _person_id(group, taken, listed)
        taken.add(person_id)
        person_of.update((mention, person_id) for mention in group)
        if marks:
            corrected[person_id] = (listed, marks)
    merged = merge_reports(meetings, lambda name, country: person_of[Mention(name, country)])
    return sorted(applying.meetings(merged, person_of), key=_chronological), person_of, corrected


def _mentions_of(person_of: dict[Mention, str]) -> dict[str, list[Mention]]:
    """Each person's mentions, in the order they were given."""
    mentions_of: dict[str, list[Mention]] = {}
    for mention, person_id in person_of.items():
        mentions_of.setdefault(person_id, []).append(mention)
    return mentions_of


def _appearances(meetings: list[Meeting], person_of: dict[Mention, str]) -> dict[str, list[tuple[Meeting, Participant]]]:
    """Each participant's person, with the meetings (in order) and the participant record of each."""
    seen: dict[str, list[tuple[Meeting, Participant]]] = {}
    for meeting in meetings:
        for participant in meeting.participants:
            seen.setdefault(person_of[Mention(participant.name, participant.country)], []).append((meeting, participant))
    return seen


def _country(seen: list[tuple[Meeting, Participant]], mentions: list[Mention]) -> str | None:
    """The country a person most often represents at meetings, else in any mention."""
    countries = Counter(p.country for _, p in seen if p.country) or Counter(m.country for m in mentions if m.country)
    return countries.most_common(1)[0][0] if countries else None


def _summary(person_id: str, seen: list[tuple[Meeting, Participant]], mentions: list[Mention],
             listed: str | None = None, corrections: list[Correction] | None = None) -> PersonSummary:
    """One row of ``procq people``: the person listed under the name a correction chose, else the fullest spelling."""
    return PersonSummary(
        person_id, listed or _fullest_name(mentions, [p.name for _, p in seen]), _country(seen, mentions),
        _latest_title(seen), len(seen), list(corrections or []),
    )


def _latest_title(seen: list[tuple[Meeting, Participant]]) -> str | None:
    """The title given at the person's latest dated appearance that gives one; a meeting without a
    year cannot be known to be later, so its title counts only when no dated one gives a title."""
    titled = [(meeting, p.title) for meeting, p in seen if p.title]
    dated = [sighting for sighting in titled if meeting_interval(sighting[0].date)]  # seen comes in date order
    return (dated or titled)[-1][1] if titled else None


def _person(person_id: str, seen: list[tuple[Meeting, Participant]], person_of: dict[Mention, str],
            mentions_of: dict[str, list[Mention]], summaries: dict[str, PersonSummary]) -> Person:
    """A person's page: ``person_of``, ``mentions_of`` and ``summaries`` (the rows of ``procq people``, whose
    names the page keeps) need cover only the people of ``seen``'s meetings."""
    mentions = mentions_of[person_id]
    country = _country(seen, mentions)
    met: Counter[str] = Counter()
    engaged: Counter[str] = Counter()
    appearances = []
    for meeting, participant in seen:
        others = [p for p in meeting.participants if person_of[Mention(p.name, p.country)] != person_id]
        met.update({person_of[Mention(p.name, p.country)] for p in others})
        engaged.update(_countries_of(meeting) - {country})
        appearances.append(
            Appearance(
                meeting.date, meeting.id, meeting.title, meeting.kind, participant.role, participant.title,
                meeting.location, [p.name for p in others],
            )
        )
    return Person(
        id=person_id,
        name=summaries[person_id].name,
        country=country,
        names=list(dict.fromkeys(m.name for m in mentions)),
        titles=_titles_held(seen),
        appearance_count=len(seen),
        appearances=appearances,
        counterparts=[_counterpart(other, count, mentions_of[other], summaries[other].name) for other, count in _most_common(met)],
        countries=[CountryEngaged(code, count) for code, count in _most_common(engaged)],
        corrections=summaries[person_id].corrections,
    )


def _counterpart(person_id: str, meetings: int, mentions: list[Mention], name: str) -> Counterpart:
    countries = {m.country for m in mentions} - {None}
    return Counterpart(person_id, name, next(iter(countries), None), meetings)


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
    source = Source(facts.article, facts.path, facts.title, facts.published, facts.url)
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


def _person_id(group: list[Mention], taken: set[str], listed: str | None = None) -> str:
    """A readable, stable id: the words of the name the person is listed under (a correction's, else the
    fullest), then the country if taken, then a number if still taken."""
    base = "-".join(name_tokens(listed or _fullest_name(group, []))) or "unnamed"
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


def _count(cell: CountryYear, meeting: Meeting, with_china: bool) -> None:
    """Count a meeting in a cell of the country-year table, with its id and under its kind."""
    cell.meetings += 1
    cell.with_china += with_china
    cell.meeting_ids.append(meeting.id)
    kind = next((k for k in cell.by_kind if k.kind == meeting.kind), None)
    if kind is None:
        kind = KindCount(meeting.kind, 0, [])
        cell.by_kind.append(kind)
        cell.by_kind.sort(key=lambda k: KINDS.index(k.kind))
    kind.meetings += 1
    kind.meeting_ids.append(meeting.id)


def _year_columns(by_year: dict[int | None, Any]) -> list[int | None]:
    """Every year from the first to the last counted, then None when meetings without a year were."""
    years = [year for year in by_year if year is not None]
    return [*(range(min(years), max(years) + 1) if years else []), *([None] if None in by_year else [])]


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
