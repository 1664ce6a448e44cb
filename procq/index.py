"""The index of a corpus: merged meetings, people, and the queries on them.

``write_index`` takes what extraction found in each article, merges the
people and meetings that several articles report (see ``identity``), and
writes them to SQLite with the columns the queries filter on; when a few
articles of a kept index change, ``derive_index`` writes again only the rows
they touch. ``Index`` answers the questions of the command line from those
rows, reading only the rows of each answer. The database is a file kept fresh
in the cache (``Index.load``, see ``store``) or one in memory (``Index.from_facts``): the
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
from .identity import Mention, block_keys, cluster_mentions, merge_reports, name_tokens, normalise_title, same_name, same_person
from .records import Article, ArticleFacts, Correction, Location, Meeting, Participant, Source, from_plain
from .survey import LookAhead


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
Answered = TypeVar("Answered")


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
        self.problems = _reported(problems or [], corrections)
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
        ahead: LookAhead | None = None,
    ) -> "Index":
        """The index of a corpus folder, kept in the cache and refreshed with what changed on disk.

        ``warn`` hears why an index had to be built again, ``progress`` how a build advances;
        ``rebuild`` builds afresh; ``records`` are facts extracted elsewhere (``procq extract
        --jsonl``); ``ahead`` is a look at the folder already under way. With the cache off, the
        corpus is read and indexed in memory. ``problems`` keeps the files that were skipped. The folder's corrections file is applied; the kept index
        is derived again when it changes. Raises ``corpus.CorpusError`` when the folder is missing
        or has no readable article, ``corrections.CorrectionsError`` when its corrections file is
        not valid TOML.
        """
        root = resolve_corpus(folder)
        corrections = load_corrections(root)
        kept = store.index_folder(root)
        if kept is not None:
            derive = functools.partial(derive_index, corrections=corrections)
            try:
                connection, problems = store.fresh_index(root, derive, warn, progress, rebuild, records, corrections.digest,
                                                         ahead)
                return cls(connection, problems, corrections=corrections)
            except (OSError, sqlite3.OperationalError) as error:  # a read-only or unusable cache folder
                warn(f"cannot keep the index in {kept} ({getattr(error, 'strerror', None) or error}); "
                     "answering from the articles")
        from .cache import cached_extract_all

        articles, problems = load_corpus(root)
        return cls.from_facts(cached_extract_all(articles, store.extract_article), problems, articles, corrections)

    @classmethod
    def ask(cls, question: Callable[["Index"], Answered], folder: str | os.PathLike | None, ahead: LookAhead | None,
            **load: Any) -> tuple["Index", Answered]:
        """The index of a corpus folder (as ``load`` gives it, with the same ``load`` options) and its answer to
        ``question``, asked of the kept index as it stands while the look at the folder taken ahead is
        still under way: the answer is kept when the look finds the folder as the index holds it, else the
        index is refreshed and asked again. A question that raises is answered so too, once the index is
        known to hold the folder (a name nobody in the corpus has)."""
        root = resolve_corpus(folder)
        corrections = load_corrections(root)
        as_it_stands = ahead is not None and ahead.root == root and not (load.get("rebuild") or load.get("records"))
        connection = store.kept_index(root, corrections.digest) if as_it_stands and store.index_folder(root) else None
        if ahead is not None and connection is not None:
            index = cls(connection, corrections=corrections)
            try:
                answered, failure = question(index), None
            except Exception as error:  # noqa: BLE001 - raised below, or asked again, once the look says which
                answered, failure = None, error
            try:
                found = ahead.take()
            except BaseException:
                connection.close()
                raise
            if store.holds(connection, found):
                index.problems = _reported(store.settled(connection, root, found), corrections)
                if failure is not None:
                    raise failure
                return index, answered
            connection.close()
        index = cls.load(folder, ahead=ahead, **load)
        return index, question(index)

    def corrections(self) -> list[Status]:
        """What became of each entry of the corpus's corrections file when the index was derived, in the file's order."""
        return [from_plain(Status, record) for record in self._records("SELECT record FROM corrections ORDER BY ordinal", ())]

    def close(self) -> None:
        """Let go of the database; a kept index stays in the cache for the next command."""
        self._db.close()

    # --- meetings -------------------------------------------------------

    @property
    def meetings(self) -> list[Meeting]:
        """Merged meetings, oldest first; meetings without a year, then without a date, come last."""
        return self._meetings("SELECT record FROM meetings m ORDER BY order_key", ())

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
        kept = self._meetings(_select(conditions + placed, by_day=True), values + bounds)
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
            "(SELECT position FROM participations WHERE person = ?) ORDER BY order_key", (person_id,))
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
            rows = self._records(f"SELECT summary FROM persons ORDER BY {PERSON_RANK}", ())
        else:
            rows = self._records(f"SELECT summary FROM persons WHERE country = ? ORDER BY {PERSON_RANK}", (parse_country(country),))
        return [from_plain(PersonSummary, summary) for summary in rows]

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
        meetings = "JOIN meetings m ON m.position = d.position" if conditions else ""  # for their days
        if code is not None:
            conditions.append("d.country = ?")
            values.append(code)
        query = f"SELECT d.row FROM delegations d {meetings} {_where(conditions)} ORDER BY d.order_key, d.number"
        rows = [from_plain(DelegationRow, row) for row in self._records(query, values)]
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
            "JOIN meetings m ON m.position = sm.position WHERE sm.sentence = ? ORDER BY m.order_key", (sentence_id,))]

    # --- lookups --------------------------------------------------------

    def _meetings(self, query: str, values: Sequence[str]) -> list[Meeting]:
        return [Meeting.from_dict(record) for record in self._records(query, values)]

    def _records(self, query: str, values: Sequence[str]) -> list[Any]:
        """The JSON of the rows a query selects (one column), decoded in one call: a call per row cost
        twice as much on the tens of thousands of rows of a large listing."""
        return json.loads(f"[{','.join(record for (record,) in self._db.execute(query, values))}]")

    def _people_spelt(self, condition: str, value: str) -> set[str]:
        return {person_id for (person_id,) in self._db.execute(f"SELECT DISTINCT person FROM spellings WHERE {condition}", (value,))}

    def _spellings(self) -> list[tuple[str, str]]:
        """(name as written, person id) for every spelling of everyone who took part in a meeting."""
        return list(self._db.execute("SELECT name, person FROM spellings"))

    def _match(self, query: str, person_ids: set[str]) -> PersonMatch:
        if len(person_ids) == 1:
            return PersonMatch(query, FOUND, person=self.person(person_ids.pop()))
        rows = self._db.execute(f"SELECT id, summary FROM persons ORDER BY {PERSON_RANK}")  # a few ids, of thousands
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


def _reported(problems: list[Problem], corrections: Corrections) -> list[Problem]:
    """The files that could not be read, but for those the corrections file says to ignore."""
    return [problem for problem in problems if not corrections.ignores(problem.path)]


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


def _select(conditions: list[str], by_day: bool = False) -> str:
    """The records of the meetings that meet the conditions, in order. ``by_day``: the conditions place
    the meetings' days, so SQLite should find them by the indexes of days and sort the few it finds
    (``+order_key`` keeps it from walking every meeting in order to test each)."""
    return f"SELECT record FROM meetings m {_where(conditions)} ORDER BY {'+' if by_day else ''}order_key"


PERSON_RANK = "appearances DESC, name, first_seen"
"""The order of ``procq people``: the most active first, then by name, then by who appeared first."""

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

# At most this many changed articles are merged again where they touch others; more are derived afresh.
INCREMENTAL_UP_TO = 2000
# Joins the parts of a sort key: below every character an article id or a date holds, so a shorter part sorts first.
KEY_JOIN = "\x01"


@dataclass
class _Report:
    """One article's account of one meeting, and its place in the corpus: articles by id, then as each tells."""

    meeting: Meeting
    article: str
    place: str


def derive_index(connection: sqlite3.Connection, changed: set[str] | None, problems: list[Problem],
                 corrections: Corrections = NO_CORRECTIONS) -> None:
    """Bring a kept index's rows to its articles' facts (``store.Derive``): afresh when it is new, when many
    articles changed, or when the corpus has corrections (they reach across articles); else only where the
    changed articles touch the others (``_rederive``), which gives the rows a full derivation would."""
    if changed is None or corrections.entries or corrections.invalid or len(changed) > INCREMENTAL_UP_TO:
        store.clear_derived(connection)
        write_index(connection, store.stored_facts(connection), problems, corrections)
    else:
        _rederive(connection, changed)


def write_index(connection: sqlite3.Connection, facts: Iterable[ArticleFacts], problems: Iterable[Problem] = (),
                corrections: Corrections = NO_CORRECTIONS) -> None:
    """Merge people and meetings across the articles, apply the corrections, and write the rows the queries read.
    ``problems`` are the files that could not be read: the corrections may ignore them too.

    Corrections are applied here, to the merged records, rather than at each query: joining or
    parting two people changes the clustering itself, and every query reads its result. A person's
    page is made when it is asked for (``Index.person``), from the rows of the person's meetings;
    only what ``procq people`` lists is made here for everyone. What the merge was made from (each
    report, each name's uses, each person's clustering) is kept too, so that ``_rederive`` can redo it
    where articles change.
    """
    applying = Applying(corrections)
    sourced = [replace(article, meetings=_sourced(article)) for article in sorted(facts, key=lambda f: f.article)]
    articles = applying.articles(sourced, [problem.path for problem in problems])
    reports = _reports_of(articles)
    _write_reports(connection, reports)
    _write_heads(connection, articles)
    first_use = _first_uses(reports)
    first_use.update((mention, f"\U0010ffff{n:06d}") for n, mention in enumerate(applying.added_mentions())
                     if mention not in first_use)
    groups = applying.people(cluster_mentions(sorted(first_use, key=first_use.__getitem__), applying.keep_apart()))
    person_of: dict[Mention, str] = {}
    corrected_people: dict[str, CorrectedPerson] = {}
    taken: set[str] = set()
    for group in groups:
        listed, marks = applying.person(group)
        base, country = _identity(group, listed)
        person_id = _unique_id(base, country, taken)
        person_of.update((mention, person_id) for mention in group)
        _write_identity(connection, person_id, base, country, group, first_use)
        if marks:
            corrected_people[person_id] = (listed, marks)
    _write_blocks(connection, first_use)
    merged = merge_reports([report.meeting for report in reports], lambda name, country: person_of[Mention(name, country)])
    place_of = {report.meeting.id: report.place for report in reports}
    reports_of = {meeting.id: ids for meeting, ids in merged}
    meetings = sorted(applying.meetings(merged, person_of), key=_chronological)
    keyed = [(meeting, _order_key(meeting, place_of[reports_of[meeting.id][0]]), reports_of[meeting.id]) for meeting in meetings]
    _write_meetings(connection, keyed, person_of, 0)
    mentions_of = _mentions_of(person_of)
    for person_id, (seen, first_seen) in _sightings(keyed, person_of).items():
        _write_person(connection, person_id, seen, first_seen, mentions_of[person_id], *corrected_people.get(person_id, (None, [])))
    connection.executemany("INSERT INTO corrections VALUES (?, ?)", (
        (number, _json(status)) for number, status in enumerate(applying.statuses())
    ))


def _rederive(connection: sqlite3.Connection, changed: set[str]) -> None:
    """Redo the rows that the articles with these ids touch, and no others, for a corpus without corrections.

    The clustering of names is redone for every name that touches a changed article's names (the
    connected names: pairs that ``identity.same_person`` finds within ``name_blocks``), and the merge of
    reports for every report that shares a person and a kind with the reports redone (dated ones; an
    undated report merges with nothing). Both decompose so: the clustering of one connected set of names
    never depends on another's, nor a merge on reports that share no person. Person ids, which depend on
    the order of every person of one name, are assigned again over all, and the people whose id or
    meetings changed are written again.
    """
    db = connection
    articles = json.dumps(sorted(changed))
    in_articles = "SELECT id FROM reports WHERE article IN (SELECT value FROM json_each(?))"
    dissolved = {position for (position,) in db.execute(
        f"SELECT DISTINCT meeting FROM reports WHERE id IN ({in_articles}) AND meeting IS NOT NULL", (articles,))}
    touched = {Mention(name, country) for name, country in db.execute(
        f"SELECT DISTINCT name, country FROM mention_uses WHERE report IN ({in_articles})", (articles,))}
    db.execute(f"DELETE FROM mention_uses WHERE report IN ({in_articles})", (articles,))
    db.execute("DELETE FROM reports WHERE article IN (SELECT value FROM json_each(?))", (articles,))
    db.execute("DELETE FROM article_heads WHERE article IN (SELECT value FROM json_each(?))", (articles,))
    sourced = sorted((replace(facts, meetings=_sourced(facts)) for facts in store.stored_facts(db, changed)),
                     key=lambda facts: facts.article)
    new_reports = _reports_of(sourced)
    _write_reports(db, new_reports)
    _write_heads(db, sourced)
    touched |= {mention for report in new_reports for mention in _mentions(report.meeting)}

    # the names: their first uses now, the names no article uses any more, the connected names clustered again
    known = _held(db, touched)
    first_use = {mention: first for mention in touched if (first := _first_use(db, mention)) is not None}
    gone = touched - first_use.keys()
    db.executemany("DELETE FROM name_blocks WHERE name = ? AND country IS ?", [(m.name, m.country) for m in gone])
    _write_blocks(db, {mention: first for mention, first in first_use.items() if mention not in known})
    connected = _connected_names(db, set(first_use) | {other for mention in gone for other in _neighbours(db, mention)})
    old = _held(db, connected)
    first_use.update((mention, first) for mention, (_, first) in old.items() if mention not in first_use)
    old_persons = {person for person, _ in old.values()} | {known[mention][0] for mention in gone if mention in known}
    persons_json = json.dumps(sorted(old_persons))
    db.execute("DELETE FROM mentions WHERE person IN (SELECT value FROM json_each(?))", (persons_json,))
    db.execute("DELETE FROM identities WHERE person IN (SELECT value FROM json_each(?))", (persons_json,))
    groups = cluster_mentions(sorted(connected, key=first_use.__getitem__))
    for number, group in enumerate(groups):
        _write_identity(db, f"\x02{number}", *_identity(group), group, first_use)
    renamed = _assign_ids(db)
    new_persons = {renamed[f"\x02{number}"] for number in range(len(groups))}

    # the reports: every one that may merge with a report redone, merged again
    region = _merge_region(db, {report.meeting.id for report in new_reports}, dissolved, connected)
    dissolved |= {position for (position,) in db.execute(
        "SELECT DISTINCT meeting FROM reports WHERE id IN (SELECT value FROM json_each(?)) AND meeting IS NOT NULL",
        (json.dumps(sorted(region)),))}
    dissolved_json = json.dumps(sorted(dissolved))
    affected = old_persons | new_persons | set(renamed) | set(renamed.values()) | {person for (person,) in db.execute(
        "SELECT DISTINCT person FROM participations WHERE position IN (SELECT value FROM json_each(?))", (dissolved_json,))}
    for table in ("meetings", "meeting_countries", "participations", "delegations", "sentence_meetings"):
        db.execute(f"DELETE FROM {table} WHERE position IN (SELECT value FROM json_each(?))", (dissolved_json,))
    rows = db.execute("SELECT id, place, record FROM reports WHERE id IN (SELECT value FROM json_each(?)) ORDER BY place",
                      (json.dumps(sorted(region)),)).fetchall()
    person_of = _persons_of(db, "SELECT u.name, u.country, m.person FROM mention_uses u JOIN mentions m "
                            "ON m.name = u.name AND m.country IS u.country WHERE u.report IN (SELECT value FROM json_each(?))",
                            json.dumps(sorted(region)))
    merged = merge_reports([Meeting.from_dict(json.loads(record)) for _, _, record in rows],
                           lambda name, country: person_of[Mention(name, country)])
    place_of = {report_id: place for report_id, place, _ in rows}
    keyed = [(meeting, _order_key(meeting, place_of[ids[0]]), ids) for meeting, ids in merged]
    start = db.execute("SELECT coalesce(max(position), -1) + 1 FROM meetings").fetchone()[0]
    _write_meetings(db, keyed, person_of, start)
    affected |= {person_of[Mention(p.name, p.country)] for meeting, _, _ in keyed for p in meeting.participants}
    _rewrite_people(db, affected)


def _reports_of(articles: list[ArticleFacts]) -> list[_Report]:
    """Every article's meetings, as reports with their places in the corpus's order."""
    return [_Report(meeting, article.article, f"{article.article}{KEY_JOIN}{number:05d}")
            for article in articles for number, meeting in enumerate(article.meetings)]


def _write_reports(connection: sqlite3.Connection, reports: list[_Report]) -> None:
    """Keep each report and the names it gives, in their order, for merging again later."""
    connection.executemany("INSERT INTO reports VALUES (?, ?, ?, ?, ?, NULL, ?)", (
        (report.meeting.id, report.article, report.place, report.meeting.kind, bool(report.meeting.date), _json(report.meeting))
        for report in reports))
    connection.executemany("INSERT INTO mention_uses VALUES (?, ?, ?, ?, ?)", (
        (report.meeting.id, f"{report.place}{KEY_JOIN}{seq:04d}", mention.name, mention.country, seq < len(report.meeting.participants))
        for report in reports for seq, mention in enumerate(_mentions(report.meeting))))


def _write_heads(connection: sqlite3.Connection, articles: list[ArticleFacts]) -> None:
    connection.executemany("INSERT OR REPLACE INTO article_heads VALUES (?, ?, ?, ?)", (  # what search may show
        (article.article, article.path, article.title, article.published) for article in articles
    ))


def _first_uses(reports: list[_Report]) -> dict[Mention, str]:
    """Each name (with its country) at the place of its first use, in the order of first use."""
    first: dict[Mention, str] = {}
    for report in reports:
        for seq, mention in enumerate(_mentions(report.meeting)):
            first.setdefault(mention, f"{report.place}{KEY_JOIN}{seq:04d}")
    return first


def _first_use(connection: sqlite3.Connection, mention: Mention) -> str | None:
    return connection.execute("SELECT min(place) FROM mention_uses WHERE name = ? AND country IS ?",
                              (mention.name, mention.country)).fetchone()[0]


def _names_json(mentions: Iterable[Mention]) -> str:
    return json.dumps(sorted({mention.name for mention in mentions}), ensure_ascii=False)


def _held(connection: sqlite3.Connection, mentions: set[Mention]) -> dict[Mention, tuple[str, str]]:
    """The person and the first use the index holds for each of these names (with their countries) it knows."""
    rows = connection.execute("SELECT name, country, person, first_use FROM mentions WHERE name IN (SELECT value FROM json_each(?))",
                              (_names_json(mentions),))
    return {mention: (person, first) for name, country, person, first in rows if (mention := Mention(name, country)) in mentions}


def _block_texts(name: str) -> list[str]:
    """``identity``'s blocking keys of a name, as text: two names are compared only if they share one."""
    return sorted(key if isinstance(key, str) else f"{key[0]}{KEY_JOIN}{key[1]}" for key in block_keys(name_tokens(name)))


def _write_blocks(connection: sqlite3.Connection, mentions: Iterable[Mention]) -> None:
    connection.executemany("INSERT INTO name_blocks VALUES (?, ?, ?)", (
        (key, mention.name, mention.country) for mention in mentions for key in _block_texts(mention.name)))


def _neighbours(connection: sqlite3.Connection, mention: Mention) -> set[Mention]:
    """The names the index holds that can be the same person as this one (``identity.same_person``)."""
    rows = connection.execute("SELECT DISTINCT name, country FROM name_blocks WHERE key IN (SELECT value FROM json_each(?))",
                              (json.dumps(_block_texts(mention.name), ensure_ascii=False),))
    return {other for name, country in rows if (other := Mention(name, country)) != mention and same_person(mention, other)}


def _connected_names(connection: sqlite3.Connection, seeds: set[Mention]) -> set[Mention]:
    """The seeds and every name connected to them by pairs that can be one person."""
    connected, frontier = set(seeds), list(seeds)
    while frontier:
        for other in _neighbours(connection, frontier.pop()):
            if other not in connected:
                connected.add(other)
                frontier.append(other)
    return connected


def _identity(group: list[Mention], listed: str | None = None) -> tuple[str, str | None]:
    """What a person's id is made of: the words of the name the person is listed under (a correction's,
    else the fullest), and the first country the mentions give."""
    base = "-".join(name_tokens(listed or _fullest_name(group, []))) or "unnamed"
    return base, next((m.country for m in group if m.country), None)


def _unique_id(base: str, country: str | None, taken: set[str]) -> str:
    """A readable, stable id: the base, then the country if taken, then a number if still taken."""
    if base in taken and country:
        base = f"{base}-{country.lower()}"
    unique, number = base, 2
    while unique in taken:
        unique, number = f"{base}-{number}", number + 1
    taken.add(unique)
    return unique


def _write_identity(connection: sqlite3.Connection, person_id: str, base: str, country: str | None,
                    group: list[Mention], first_use: dict[Mention, str]) -> None:
    """One person's clustering: the id's parts, where the person is first named, and each name (in the group's order)."""
    first = min(first_use[mention] for mention in group)
    connection.execute("INSERT INTO identities VALUES (?, ?, ?, ?)", (person_id, base, country, first))
    connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", (
        (mention.name, mention.country, person_id, first_use[mention], f"{first}{KEY_JOIN}{number:04d}")
        for number, mention in enumerate(group)))


def _assign_ids(connection: sqlite3.Connection) -> dict[str, str]:
    """Give every person the id a full derivation would (ids are assigned in the order people are first
    named, the later of two with one name taking the country or a number), rename the people whose id
    changed, and return each renamed id with the new one."""
    taken: set[str] = set()
    renamed = {}
    for person_id, base, country in connection.execute("SELECT person, base, country FROM identities ORDER BY first_use").fetchall():
        unique = _unique_id(base, country, taken)
        if unique != person_id:
            renamed[person_id] = unique
    pairs = json.dumps(list(renamed.items()), ensure_ascii=False)
    for table, column in (("identities", "person"), ("mentions", "person"), ("participations", "person")):
        # in two steps, so that no row is given an id another still holds
        connection.execute(f"UPDATE {table} SET {column} = '\x03' || (SELECT json_extract(value, '$[1]') FROM json_each(?1) WHERE json_extract(value, '$[0]') = {column}) "
                           f"WHERE {column} IN (SELECT json_extract(value, '$[0]') FROM json_each(?1))", (pairs,))
        connection.execute(f"UPDATE {table} SET {column} = substr({column}, 2) WHERE {column} GLOB '\x03*'")
    return renamed


def _merge_region(connection: sqlite3.Connection, reports: set[str], dissolved: set[int], names: set[Mention]) -> set[str]:
    """Every report whose merge may change: the new ones, those of the meetings they were merged into, those
    that give a name clustered again, and every dated report that shares a person and a kind with these."""
    reports = set(reports) | {report for (report,) in connection.execute(
        "SELECT id FROM reports WHERE meeting IN (SELECT value FROM json_each(?))", (json.dumps(sorted(dissolved)),))}
    reports |= {report for report, name, country in connection.execute(
        "SELECT DISTINCT report, name, country FROM mention_uses WHERE name IN (SELECT value FROM json_each(?))",
        (_names_json(names),)) if Mention(name, country) in names}
    region: set[str] = set()
    frontier, sides_seen = set(reports), set()
    while frontier:
        region |= frontier
        listed = json.dumps(sorted(frontier))
        mates = {report for (report,) in connection.execute(  # the other reports of the meetings these were merged into
            "SELECT id FROM reports WHERE meeting IN (SELECT meeting FROM reports WHERE id IN (SELECT value FROM json_each(?)))",
            (listed,))}
        sides = set(connection.execute(
            "SELECT DISTINCT r.kind, m.person FROM reports r JOIN mention_uses u ON u.report = r.id AND u.participant "
            "JOIN mentions m ON m.name = u.name AND m.country IS u.country "
            "WHERE r.dated AND r.id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(frontier | mates)),))) - sides_seen
        sides_seen |= sides
        found = {report for kind, person in sides for (report,) in connection.execute(
            "SELECT DISTINCT r.id FROM mentions m JOIN mention_uses u ON u.name = m.name AND u.country IS m.country AND u.participant "
            "JOIN reports r ON r.id = u.report AND r.dated AND r.kind = ? WHERE m.person = ?", (kind, person))}
        frontier = (mates | found) - region
    return region


def _persons_of(connection: sqlite3.Connection, query: str, *values: Any) -> dict[Mention, str]:
    return {Mention(name, country): person for name, country, person in connection.execute(query, values)}


def _order_key(meeting: Meeting, first_place: str) -> str:
    """What orders the meetings as a full derivation sorts them: by date (``_chronological``), then by the
    place of the first report merged into each."""
    rank, first, last = _chronological(meeting)
    return f"{rank} {first.isoformat()} {last.isoformat()}{KEY_JOIN}{first_place}"


def _write_meetings(connection: sqlite3.Connection, keyed: list[tuple[Meeting, str, list[str]]],
                    person_of: dict[Mention, str], start: int) -> None:
    """Write merged meetings (each with its order key and the ids of its reports) at positions from ``start``."""
    numbered = list(enumerate(keyed, start))
    connection.executemany("INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (
        (position, meeting.id, meeting.kind, order_key, *_days(meeting.date), bool(meeting.date), _json(meeting))
        for position, (meeting, order_key, _) in numbered
    ))
    connection.executemany("UPDATE reports SET meeting = ? WHERE id = ?", (
        (position, report) for position, (_, _, reports) in numbered for report in reports))
    connection.executemany("INSERT INTO meeting_countries VALUES (?, ?)", (
        (code, position) for position, (meeting, _, _) in numbered for code in _countries_of(meeting)
    ))
    connection.executemany("INSERT OR IGNORE INTO participations VALUES (?, ?)", (
        (person_of[Mention(p.name, p.country)], position)
        for position, (meeting, _, _) in numbered for p in meeting.participants
    ))
    connection.executemany("INSERT INTO delegations VALUES (?, ?, ?, ?, ?)", (
        (order_key, number, position, d.country,
         _json(DelegationRow(meeting.date, meeting.id, meeting.title, d.country, d.leader, list(d.members))))
        for position, (meeting, order_key, _) in numbered for number, d in enumerate(meeting.delegations)
    ))
    connection.executemany(  # the sentences each meeting was read from (a dateline may stand before one), for search
        "INSERT OR IGNORE INTO sentence_meetings SELECT id, ?1 FROM sentences WHERE article = ?2 "
        "AND substr(text, length(text) - length(?3) + 1) = ?3", (
            (position, evidence.article, evidence.sentence) for position, (meeting, _, _) in numbered for evidence in meeting.evidence
        ))


Sighting = tuple[Meeting, Participant]


def _sightings(keyed: Iterable[tuple[Meeting, str, Any]], person_of: dict[Mention, str],
               wanted: set[str] | None = None) -> dict[str, tuple[list[Sighting], str]]:
    """Each participant's person (of ``wanted`` ones, or all), with the meetings (in order) and the participant
    record of each, and the key that places the person's first appearance."""
    seen: dict[str, tuple[list[Sighting], str]] = {}
    for meeting, order_key, _ in keyed:
        for number, participant in enumerate(meeting.participants):
            person_id = person_of[Mention(participant.name, participant.country)]
            if wanted is None or person_id in wanted:
                seen.setdefault(person_id, ([], f"{order_key}{KEY_JOIN}{number:04d}"))[0].append((meeting, participant))
    return seen


def _write_person(connection: sqlite3.Connection, person_id: str, seen: list[Sighting], first_seen: str,
                  mentions: list[Mention], listed: str | None = None, corrections: list[Correction] | None = None) -> None:
    """The row ``procq people`` lists for one person who took part in meetings, and the spellings a lookup finds."""
    summary = _summary(person_id, seen, mentions, listed, corrections)
    connection.execute("INSERT INTO persons VALUES (?, ?, ?, ?, ?, ?)",
                       (person_id, summary.appearances, summary.name, first_seen, summary.country, _json(summary)))
    connection.executemany("INSERT INTO spellings VALUES (?, ?, ?, ?)", (
        (name, person_id, f" {' '.join(name_tokens(name))} ", " ".join(sorted(name_tokens(name))))
        for name in dict.fromkeys(mention.name for mention in mentions)
    ))


def _rewrite_people(connection: sqlite3.Connection, people: set[str]) -> None:
    """Write again the rows of these people (by their ids now) from the meetings they took part in."""
    wanted = json.dumps(sorted(people), ensure_ascii=False)
    connection.execute("DELETE FROM persons WHERE id IN (SELECT value FROM json_each(?))", (wanted,))
    connection.execute("DELETE FROM spellings WHERE person IN (SELECT value FROM json_each(?))", (wanted,))
    rows = connection.execute(
        "SELECT record, order_key FROM meetings WHERE position IN (SELECT position FROM participations "
        "WHERE person IN (SELECT value FROM json_each(?))) ORDER BY order_key", (wanted,)).fetchall()
    meetings = [(Meeting.from_dict(json.loads(record)), order_key, None) for record, order_key in rows]
    present = {Mention(p.name, p.country) for meeting, _, _ in meetings for p in meeting.participants}
    person_of = {mention: person for mention, (person, _) in _held(connection, present).items()}
    mentions_of = _mentions_of(_persons_of(connection, "SELECT name, country, person FROM mentions "
                                           "WHERE person IN (SELECT value FROM json_each(?)) ORDER BY ordinal", wanted))
    for person_id, (seen, first_seen) in _sightings(meetings, person_of, people).items():
        _write_person(connection, person_id, seen, first_seen, mentions_of[person_id])


def _json(record: Any) -> str:
    """A record as ``asdict`` would give it, written without copying it first."""
    return json.dumps(record, default=vars, ensure_ascii=False)


def _days(value: str | None) -> tuple[str | None, str | None]:
    """The first and last real day of a meeting's date, as ISO text that sorts as dates do; None without a year."""
    interval = meeting_interval(value)
    return (interval[0].isoformat(), interval[1].isoformat()) if interval else (None, None)


CorrectedPerson = tuple[str | None, list[Correction]]
"""The name a correction lists a person under (None: the fullest spelling), and the corrections made to the person."""


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
