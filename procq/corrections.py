"""Corrections a researcher keeps beside the corpus, in ``procq.toml``, applied to the plain records.

Extraction is a pure function of one article and never sees them: the index applies them where it
merges the articles' facts (``index.write_index``), so a fix survives every re-extraction and the
index in memory and the one kept in the cache apply it alike. An entry names what it corrects by
what procq prints: an article by its id, a meeting by its id (``article#n``, any of the reports
merged into it), a person by a spelling of the name. Every record an entry changed carries a
``Correction`` naming the field and the entry. An entry that names nothing, or whose values cannot
be used, is not applied and is reported with its line; the rest are applied. The file as a whole
must be valid TOML (``CorrectionsError`` otherwise).

The file's tables, all optional::

    ignore = ["draft-*.txt"]                 # file names or article ids, * and ? as in the shell

    [article."001_bbbb7da8f13d68c7"]
    published = 2017-04-10                   # gives its year to the article's meetings dated without one
    city = "Minsk"                           # fills the place its meetings leave unknown
    country = "Belarus"

    [meeting."001_bbbb7da8f13d68c7#1"]
    date = "2017-04-10"                      # or city, country; clear = ["date", "location"]
    drop_participants = ["Aleksandr Lukashenko"]
    add_participants = [{name = "Cao Jianming", country = "CN", role = "guest", title = "Procurator-General"}]
    # drop = true                            # a meeting the extractor invented

    [person."Kim Chol Won"]
    same_as = ["Kim Chol-won"]               # one person
    not_same_as = ["Kim Chol"]               # two people
    listed_as = "Kim Chol Won"               # the name procq lists the person under
"""
from __future__ import annotations

import datetime
import fnmatch
import hashlib
import os
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .corpus import CorpusError
from .countries import country_code
from .dates import DateValue, PartialDate
from .identity import Mention, name_key
from .records import ROLES, ArticleFacts, Correction, Location, Meeting, Participant

FILE_NAME = "procq.toml"

APPLIED, UNCHANGED, NOT_FOUND, INVALID = "applied", "unchanged", "not found", "invalid"
"""What became of an entry: it changed records; it names records that already say so; it names
nothing that exists; its values cannot be used."""


class CorrectionsError(CorpusError):
    """The corrections file cannot be read at all (not TOML, not UTF-8): the corpus cannot be used as it is."""


@dataclass
class Status:
    """One entry of the corrections file and what became of it: one row of ``procq corrections``."""

    entry: str
    line: int
    status: str
    detail: str

    @property
    def warning(self) -> str | None:
        """The line to warn with when the entry was not applied, else None."""
        if self.status not in (NOT_FOUND, INVALID):
            return None
        return f"{FILE_NAME} line {self.line}: {self.entry} {self.detail}; not applied"


@dataclass
class Entry:
    """One correction as the file gives it: the table it is in, what it names, and where."""

    table: str
    target: str
    line: int

    @property
    def label(self) -> str:
        """How the file names the entry: ``meeting."001_bbbb7da8f13d68c7#1"``."""
        return f'{self.table}."{self.target}"'

    def mark(self, changed: str) -> Correction:
        return Correction(changed, self.label, self.line)


@dataclass
class IgnoreEntry(Entry):
    @property
    def label(self) -> str:
        return f'ignore "{self.target}"'

    def ignores(self, path: str, article: str) -> bool:
        return fnmatch.fnmatchcase(path, self.target) or fnmatch.fnmatchcase(article, self.target)


@dataclass
class PlaceFields:
    """A place an entry sets: either part may be left as it is."""

    city: str | None = None
    country: str | None = None

    def filled(self, location: Location | None, overwrite: bool) -> Location | None:
        """The location with this place's parts put in: over what is there, or only where it is unknown."""
        city, country = (location.city, location.country) if location else (None, None)
        if overwrite:
            return Location(self.city or city, self.country or country)
        return Location(city or self.city, country or self.country)


@dataclass
class ArticleEntry(PlaceFields, Entry):
    published: str | None = None


@dataclass
class MeetingEntry(PlaceFields, Entry):
    date: str | None = None
    clear: list[str] = field(default_factory=list)
    drop: bool = False
    drop_participants: list[str] = field(default_factory=list)
    add_participants: list[Participant] = field(default_factory=list)


@dataclass
class PersonEntry(Entry):
    same_as: list[str] = field(default_factory=list)
    not_same_as: list[str] = field(default_factory=list)
    listed_as: str | None = None

    def spellings(self) -> set[str]:
        """The spellings (``name_key``) of everyone the entry says is this person."""
        return {name_key(name) for name in [self.target, *self.same_as]}


class BadValue(ValueError):
    """A value of the wrong type or form; the message says what was expected, ``field`` which field it is."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


# --- reading the file ------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadValue(f"expected text, got {_shown(value)}")
    return value.strip()


def _date(value: Any) -> str:
    """An ISO date of any precision procq knows ('2017', '2017-04', '2017-04-10', '--04-10', a span)
    as text, or a TOML date (2017-04-10)."""
    if isinstance(value, datetime.datetime) or not isinstance(value, (str, datetime.date)):
        raise BadValue(f"expected a date such as \"2017-04-10\" or \"2017\", got {_shown(value)}")
    parsed = DateValue.parse(value.isoformat() if isinstance(value, datetime.date) else value)
    if parsed is None:
        raise BadValue(f"expected a date such as \"2017-04-10\" or \"2017\", got {_shown(value)}")
    return parsed.iso()


def _country(value: Any) -> str:
    code = country_code(_text(value))
    if code is None:
        raise BadValue(f"unknown country {_shown(value)} (give a name, a demonym or an ISO code such as BY)")
    return code


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"expected true or false, got {_shown(value)}")
    return value


def _names(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise BadValue(f"expected a list of names, got {_shown(value)}")
    return [_text(item) for item in value]


CLEARABLE = ("date", "location")


def _clearable(value: Any) -> list[str]:
    fields = _names(value)
    unknown = [name for name in fields if name not in CLEARABLE]
    if unknown:
        raise BadValue(f"can clear only {' and '.join(CLEARABLE)}, not {', '.join(map(repr, unknown))}")
    return fields


def _role(value: Any) -> str:
    role = _text(value).lower()
    if role not in ROLES:
        raise BadValue(f"a role is one of {', '.join(ROLES)}, not {_shown(value)}")
    return role


PARTICIPANT_FIELDS = {"name": _text, "country": _country, "role": _role, "title": _text}


def _participants(value: Any) -> list[Participant]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BadValue(f"expected a list of tables such as {{name = \"...\", country = \"BY\"}}, got {_shown(value)}")
    added = []
    for item in value:
        if "name" not in item:
            raise BadValue("a participant to add needs a name")
        added.append(Participant(**_fields(item, PARTICIPANT_FIELDS, "participant")))
    return added


def _fields(values: dict[str, Any], readers: dict[str, Callable[[Any], Any]], what: str) -> dict[str, Any]:
    unknown = [name for name in values if name not in readers]
    if unknown:
        raise BadValue(f"has no field {', '.join(map(repr, unknown))} (a {what} takes {', '.join(readers)})", unknown[0])
    read = {}
    for name, value in values.items():
        try:
            read[name] = readers[name](value)
        except BadValue as error:
            raise BadValue(f"{name}: {error}", name) from None
    return read


def _shown(value: Any) -> str:
    """A value as the file would write it, for a message."""
    return repr(value) if isinstance(value, str) else f"{type(value).__name__} {value!r}"


TABLES: dict[str, tuple[type[Entry], dict[str, Callable[[Any], Any]]]] = {
    "article": (ArticleEntry, {"published": _date, "city": _text, "country": _country}),
    "meeting": (MeetingEntry, {
        "date": _date, "city": _text, "country": _country, "clear": _clearable, "drop": _flag,
        "drop_participants": _names, "add_participants": _participants,
    }),
    "person": (PersonEntry, {"same_as": _names, "not_same_as": _names, "listed_as": _text}),
}


@dataclass
class Corrections:
    """What the corrections file of a corpus holds: the entries that can be applied, and those that cannot."""

    digest: str = ""
    entries: list[Entry] = field(default_factory=list)
    invalid: list[Status] = field(default_factory=list)

    def of(self, kind: type[Entry]) -> list[Any]:
        return [entry for entry in self.entries if isinstance(entry, kind)]

    def ignores(self, path: str) -> bool:
        """True when a file of the corpus is to be left out (a skipped file too: no warning for it)."""
        name = Path(path).name
        return any(entry.ignores(name, Path(name).stem) for entry in self.of(IgnoreEntry))


NO_CORRECTIONS = Corrections()


def load_corrections(root: Path) -> Corrections:
    """The corrections kept in a corpus folder; none when it has no corrections file. Raises
    ``CorrectionsError`` when the file is there but is not UTF-8 TOML."""
    path = root / FILE_NAME
    if not os.path.isdir(root):  # False, not an error, for a name the system cannot even look up
        return NO_CORRECTIONS  # no corpus at all: reading the folder says why
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return NO_CORRECTIONS
    except OSError as error:
        raise CorrectionsError(f"cannot read {path}: {(error.strerror or str(error)).lower()}") from None
    try:
        text = data.decode("utf-8-sig")
        parsed = tomllib.loads(text)
    except UnicodeDecodeError:
        raise CorrectionsError(f"{path} is not UTF-8 text, as TOML must be") from None
    except tomllib.TOMLDecodeError as error:
        raise CorrectionsError(f"{path} is not valid TOML: {error}") from None
    return read_corrections(parsed, key_lines(text), _digest(data))


def corrections_digest(root: Path) -> str:
    """What identifies the corrections file of a corpus folder, without reading its entries ("": none)."""
    try:
        return _digest((root / FILE_NAME).read_bytes())
    except OSError:
        return NO_CORRECTIONS.digest


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_corrections(parsed: dict[str, Any], lines: dict[tuple[str, ...], int], digest: str) -> Corrections:
    """The entries of a parsed corrections file; ``lines`` gives the line of each key path (``key_lines``)."""
    corrections = Corrections(digest)

    def line_of(*path: str) -> int:
        return next((lines[path[:end]] for end in range(len(path), 0, -1) if path[:end] in lines), 1)

    def refuse(label: str, line: int, why: str) -> None:
        corrections.invalid.append(Status(label, line, INVALID, why))

    for table, content in parsed.items():
        if table == "ignore":
            if not isinstance(content, list) or not all(isinstance(item, str) for item in content):
                refuse("ignore", line_of(table), f"expected a list of file names or patterns, got {_shown(content)}")
                continue
            corrections.entries += [IgnoreEntry("ignore", pattern, line_of(table)) for pattern in content]
            continue
        if table not in TABLES:
            refuse(table, line_of(table), f"is no table of corrections (those are ignore, {', '.join(TABLES)})")
            continue
        kind, readers = TABLES[table]
        if not isinstance(content, dict):
            refuse(table, line_of(table), f'expected tables such as [{table}."ID"], got {_shown(content)}')
            continue
        for target, values in content.items():
            label = f'{table}."{target}"'
            if not isinstance(values, dict):
                refuse(label, line_of(table, target), f"expected a table of fields, got {_shown(values)}")
                continue
            try:
                corrections.entries.append(kind(table, target, line_of(table, target), **_fields(values, readers, table)))
            except BadValue as error:
                refuse(label, line_of(table, target, error.field or ""), str(error))
    return corrections


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line where each table and key path first appears. tomllib keeps no positions, so each line
    that opens a table, or the key before a line's '=', is read again alone."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = stripped.startswith("[")
        if not header and "=" not in stripped or stripped.startswith("#"):
            continue  # a blank line, a comment, or a line inside a multi-line value
        try:
            path = _key_path(tomllib.loads(stripped if header else stripped.partition("=")[0] + "= 0"))
        except tomllib.TOMLDecodeError:
            continue  # a line inside a multi-line value, or a key this cannot read alone
        if header:
            table = path
        else:
            path = table + path
        for end in range(1, len(path) + 1):
            lines.setdefault(path[:end], number)
    return lines


def _key_path(parsed: Any) -> tuple[str, ...]:
    """The keys down to the first value of a parsed one-key document: {'a': {'b': [{}]}} -> ('a', 'b')."""
    path: list[str] = []
    while isinstance(parsed, dict) and len(parsed) == 1:
        key, parsed = next(iter(parsed.items()))
        path.append(key)
    return tuple(path)


# --- applying them ---------------------------------------------------------------------------------

class Applying:
    """One application of a corpus's corrections while the index merges its facts: the steps in
    the order the merge needs them, and a record of what each entry changed."""

    def __init__(self, corrections: Corrections):
        self.corrections = corrections
        self._found: set[int] = set()  # entries (by id) that named something that exists
        self._changes: dict[int, list[str]] = {}
        self._missing: dict[int, str] = {}

    def _changed(self, entry: Entry, what: str) -> None:
        self._found.add(id(entry))
        changes = self._changes.setdefault(id(entry), [])
        if what not in changes:
            changes.append(what)

    # -- articles, before anything is merged

    def articles(self, facts: Iterable[ArticleFacts], skipped: Iterable[str] = ()) -> list[ArticleFacts]:
        """The articles that are not ignored, with their entries applied; ``skipped`` are the paths of
        files that could not be read, which an ignore entry may name too."""
        ignores = self.corrections.of(IgnoreEntry)
        for path in skipped:
            for entry in ignores:
                if entry.ignores(Path(path).name, Path(path).stem):
                    self._changed(entry, "files left out")
        by_article: dict[str, list[ArticleEntry]] = {}
        for entry in self.corrections.of(ArticleEntry):
            by_article.setdefault(entry.target, []).append(entry)
        kept = []
        for article in facts:
            ignoring = [entry for entry in ignores if entry.ignores(Path(article.path).name, article.article)]
            for entry in ignoring:
                self._changed(entry, "files left out")
            if not ignoring:
                for entry in by_article.get(article.article, []):
                    self._found.add(id(entry))
                    article = self._corrected_article(article, entry)
                kept.append(article)
        return kept

    def _corrected_article(self, facts: ArticleFacts, entry: ArticleEntry) -> ArticleFacts:
        published = entry.published or facts.published
        parsed = DateValue.parse(published)
        year = parsed.first.year if parsed else None
        meetings = []
        for meeting in facts.meetings:
            marks = list(meeting.corrections)
            sources = meeting.sources
            if entry.published and any(s.article == facts.article and s.published != published for s in sources):
                sources = [replace(s, published=published) if s.article == facts.article else s for s in sources]
                marks.append(entry.mark("sources"))
                self._changed(entry, "publication date")
            date = meeting.date
            if entry.published and year is not None:
                date = _with_year(meeting.date, year)
                if date != meeting.date:
                    marks.append(entry.mark("date"))
                    self._changed(entry, "dates without a year")
            location = meeting.location
            if entry.city or entry.country:
                location = entry.filled(meeting.location, overwrite=False)
                if location != meeting.location:
                    marks.append(entry.mark("location"))
                    self._changed(entry, "places left unknown")
            meetings.append(replace(meeting, date=date, location=location, sources=sources, corrections=marks))
        if entry.published and facts.published != published:
            self._changed(entry, "publication date")
        return replace(facts, published=published, meetings=meetings)

    # -- people, as mentions are clustered

    def added_mentions(self) -> list[Mention]:
        """The mentions of participants the file adds, so that the clustering knows them."""
        return [Mention(p.name, p.country) for entry in self.corrections.of(MeetingEntry) for p in entry.add_participants]

    def keep_apart(self) -> set[frozenset[str]]:
        """Pairs of spellings the file says are two people (``identity.cluster_mentions``)."""
        return {frozenset((name_key(entry.target), name_key(other)))
                for entry in self.corrections.of(PersonEntry) for other in entry.not_same_as}

    def people(self, groups: list[list[Mention]]) -> list[list[Mention]]:
        """The persons the clustering found, with those the file says are one joined into the first of them."""
        entries: list[PersonEntry] = self.corrections.of(PersonEntry)
        if not entries:
            return groups
        known = {name_key(mention.name) for group in groups for mention in group}
        for entry in entries:
            named = [entry.target, *entry.same_as, *entry.not_same_as]
            unknown = [name for name in named if name_key(name) not in known]
            if unknown:
                self._missing[id(entry)] = f"names no person spelt {', '.join(map(repr, unknown))}"
                continue
            self._found.add(id(entry))
            if entry.not_same_as:
                self._changed(entry, "kept apart")
            if not entry.same_as:
                continue
            spellings = entry.spellings()
            joining = [i for i, group in enumerate(groups) if any(name_key(m.name) in spellings for m in group)]
            if len(joining) > 1:
                first, others = joining[0], set(joining[1:])
                joined = [mention for i in joining for mention in groups[i]]
                groups = [joined if i == first else group for i, group in enumerate(groups) if i not in others]
                self._changed(entry, "people joined")
        return groups

    def person(self, group: list[Mention]) -> tuple[str | None, list[Correction]]:
        """The name the file lists a person under (None: the fullest spelling), and the entries that changed the person."""
        entries: list[PersonEntry] = self.corrections.of(PersonEntry)
        if not entries:
            return None, []
        spellings = {name_key(mention.name) for mention in group}
        listed = None
        marks = []
        for entry in entries:
            if id(entry) not in self._found or name_key(entry.target) not in spellings:
                continue
            if entry.same_as and id(entry) in self._changes:
                marks.append(entry.mark("names"))
            if entry.not_same_as:
                marks.append(entry.mark("names"))
            if entry.listed_as and listed is None:
                listed = entry.listed_as
                marks.append(entry.mark("name"))
                self._changed(entry, "listed name")
        return listed, marks

    # -- meetings, once the reports of each are merged

    def meetings(self, merged: list[tuple[Meeting, list[str]]], person_of: dict[Mention, str]) -> list[Meeting]:
        """The merged meetings with their entries applied (by the id of any report merged into each), dropped ones left out."""
        entries: list[MeetingEntry] = self.corrections.of(MeetingEntry)
        if not entries:
            return [meeting for meeting, _ in merged]
        persons_spelt: dict[str, set[str]] = {}
        for mention, person in person_of.items():
            persons_spelt.setdefault(name_key(mention.name), set()).add(person)
        kept = []
        for meeting, reports in merged:
            for entry in (entry for entry in entries if entry.target in reports):
                self._found.add(id(entry))
                meeting = self._corrected_meeting(meeting, entry, person_of, persons_spelt)
                if meeting is None:
                    break
            else:
                kept.append(meeting)
        return kept

    def _corrected_meeting(self, meeting: Meeting, entry: MeetingEntry, person_of: dict[Mention, str],
                           persons_spelt: dict[str, set[str]]) -> Meeting | None:
        person = lambda p: person_of[Mention(p.name, p.country)]  # noqa: E731
        present = set(map(person, meeting.participants))
        unknown = [name for name in entry.drop_participants if not persons_spelt.get(name_key(name), set()) & present]
        if unknown:
            self._missing[id(entry)] = f"names no participant {', '.join(map(repr, unknown))} of the meeting"
            return meeting
        if entry.drop:
            self._changed(entry, "meeting dropped")
            return None
        changed = replace(meeting, corrections=list(meeting.corrections))
        if entry.date or "date" in entry.clear:
            changed.date = entry.date
        if "location" in entry.clear:
            changed.location = None
        if entry.city or entry.country:
            changed.location = entry.filled(changed.location, overwrite=True)
        dropped = {person_id for name in entry.drop_participants for person_id in persons_spelt[name_key(name)]}
        staying = [p for p in meeting.participants if person(p) not in dropped]
        there = set(map(person, staying))
        changed.participants = staying + [p for p in entry.add_participants if person(p) not in there]
        for name, before, after in (("date", meeting.date, changed.date), ("location", meeting.location, changed.location),
                                    ("participants", meeting.participants, changed.participants)):
            if before != after:
                changed.corrections.append(entry.mark(name))
                self._changed(entry, name)
        return changed

    def statuses(self) -> list[Status]:
        """What became of every entry of the file, in the file's order."""
        statuses = list(self.corrections.invalid)
        for entry in self.corrections.entries:
            if id(entry) in self._missing:
                statuses.append(Status(entry.label, entry.line, NOT_FOUND, self._missing[id(entry)]))
            elif id(entry) not in self._found:
                statuses.append(Status(entry.label, entry.line, NOT_FOUND, _nothing_named(entry)))
            elif id(entry) in self._changes:
                statuses.append(Status(entry.label, entry.line, APPLIED, ", ".join(self._changes[id(entry)])))
            else:
                statuses.append(Status(entry.label, entry.line, UNCHANGED, "the records already say so"))
        return sorted(statuses, key=lambda status: status.line)


NOTHING_NAMED = {
    "ignore": "matches no file of the corpus",
    "article": "names no article of the corpus (an article's id is its file name without the extension)",
    "meeting": "names no meeting (procq meetings lists their ids)",
}


def _nothing_named(entry: Entry) -> str:
    return NOTHING_NAMED.get(entry.table, f"names no {entry.table}")


def _with_year(value: str | None, year: int) -> str:
    """A meeting's date with the publication year where it has none; the year alone where it has no date."""
    parsed = DateValue.parse(value)
    if parsed is None:
        return PartialDate(year=year).iso()
    return parsed.with_year(year).iso()

