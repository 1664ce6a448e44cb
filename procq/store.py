"""The index's file: one SQLite database per corpus folder, in the cache, kept fresh file by file.

Each command checks the corpus cheaply (file names, sizes, modification
times: ``survey``, which may look while the index is asked, see ``kept_index``
and ``holds``), reads and hashes only the files whose size or time changed, extracts
only the articles whose text changed (a scraper's export holds many, each
kept on its own), forgets removed files, and then has the index redo its
merges where the changed articles touch the others (``derive``). What the
index writes, and how it asks, is ``index.py``'s business; this module keeps
the file sound:

- a folder per corpus under ``<cache>/index/``, holding ``current`` (the name
  of the database in use), the database, and ``write.lock``;
- one writer at a time (an exclusive lock on ``write.lock``), any number of
  readers (WAL mode: a reader sees the last committed state, never half a
  refresh);
- a refresh is one transaction, so a crash leaves the index as it was; a new
  index (first build, ``--rebuild``, or replacing one that is damaged, of
  another schema or of another extractor) is written to a new file and swapped
  in by replacing ``current`` atomically, so a crash mid-build leaves the old
  one in use.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .cache import cache_dir, cached_extract, extractor_fingerprint, merging_fingerprint
from .corpus import CorpusError, Problem, distinct_ids, is_export, own_id, problem_of, read_file, resolve_corpus
from .corrections import corrections_digest
from .records import Article, ArticleFacts, from_plain
from .survey import FileState, Look, LookAhead, corpus_state, look, states_digest

SCHEMA_VERSION = 8  # raise it with any change of the tables below: an index of another version is rebuilt
# `files` is what the cheap check compares; `articles` holds each article's facts, by its path (a file's name,
# or an export's name and line) with its place in the file, the id it gives itself and the one it was given
# in this corpus; `problems` the files and records that could not be read, named again by every command.
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL);
CREATE TABLE articles (
    path TEXT PRIMARY KEY, file TEXT NOT NULL, place INTEGER NOT NULL, own_id TEXT NOT NULL, id TEXT NOT NULL,
    digest TEXT NOT NULL, facts TEXT NOT NULL
);
CREATE INDEX articles_in_order ON articles (file, place);
CREATE INDEX articles_by_id ON articles (id);
CREATE INDEX articles_kept ON articles (path, file, own_id, id, digest);  -- what a refresh compares, read without the facts
CREATE TABLE problems (file TEXT NOT NULL, path TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX problems_by_file ON problems (file);
CREATE TABLE meetings (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, order_key TEXT NOT NULL,
    first_day TEXT, last_day TEXT, dated INTEGER NOT NULL, record TEXT NOT NULL
);
CREATE INDEX meetings_in_order ON meetings (order_key);
CREATE INDEX meetings_by_first_day ON meetings (first_day, dated);  -- counts what a date filter leaves out from the index alone
CREATE INDEX meetings_by_last_day ON meetings (last_day);
CREATE TABLE meeting_countries (country TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (country, position)) WITHOUT ROWID;
CREATE INDEX meeting_countries_by_meeting ON meeting_countries (position);
CREATE TABLE participations (person TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (person, position)) WITHOUT ROWID;
CREATE INDEX participations_by_meeting ON participations (position);
CREATE TABLE persons (
    id TEXT PRIMARY KEY, appearances INTEGER NOT NULL, name TEXT NOT NULL, first_seen TEXT NOT NULL, country TEXT,
    summary TEXT NOT NULL
);
CREATE INDEX persons_by_rank ON persons (appearances DESC, name, first_seen);
CREATE TABLE mentions (name TEXT NOT NULL, country TEXT, person TEXT NOT NULL, first_use TEXT NOT NULL, ordinal TEXT NOT NULL);
CREATE UNIQUE INDEX mentions_by_name ON mentions (name, country);
CREATE INDEX mentions_by_person ON mentions (person, first_use);
CREATE TABLE identities (person TEXT PRIMARY KEY, base TEXT NOT NULL, country TEXT, first_use TEXT NOT NULL);
CREATE INDEX identities_in_order ON identities (first_use);
CREATE TABLE name_blocks (key TEXT NOT NULL, name TEXT NOT NULL, country TEXT);
CREATE INDEX name_blocks_by_key ON name_blocks (key);
CREATE INDEX name_blocks_by_name ON name_blocks (name, country);
CREATE TABLE spellings (name TEXT NOT NULL, person TEXT NOT NULL, words TEXT NOT NULL, sorted_words TEXT NOT NULL);
CREATE INDEX spellings_by_words ON spellings (sorted_words);
CREATE INDEX spellings_by_person ON spellings (person);
CREATE TABLE delegations (  -- kept in the order they are listed, so the whole listing is read without sorting
    order_key TEXT NOT NULL, number INTEGER NOT NULL, position INTEGER NOT NULL, country TEXT, row TEXT NOT NULL,
    PRIMARY KEY (order_key, number)
) WITHOUT ROWID;
CREATE INDEX delegations_by_meeting ON delegations (position);
CREATE TABLE reports (
    id TEXT PRIMARY KEY, article TEXT NOT NULL, place TEXT NOT NULL, kind TEXT NOT NULL, dated INTEGER NOT NULL,
    meeting INTEGER, record TEXT NOT NULL
);
CREATE INDEX reports_by_article ON reports (article);
CREATE INDEX reports_by_meeting ON reports (meeting);
CREATE TABLE mention_uses (report TEXT NOT NULL, place TEXT NOT NULL, name TEXT NOT NULL, country TEXT, participant INTEGER NOT NULL);
CREATE INDEX mention_uses_by_report ON mention_uses (report);
CREATE INDEX mention_uses_by_name ON mention_uses (name, country);
CREATE TABLE sentences (id INTEGER PRIMARY KEY, path TEXT NOT NULL, article TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX sentences_by_path ON sentences (path);
CREATE INDEX sentences_by_article ON sentences (article);
CREATE VIRTUAL TABLE sentence_words USING fts5(
    text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentence_added AFTER INSERT ON sentences BEGIN
    INSERT INTO sentence_words (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentence_removed AFTER DELETE ON sentences BEGIN
    INSERT INTO sentence_words (sentence_words, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE sentence_meetings (sentence INTEGER NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (sentence, position)) WITHOUT ROWID;
CREATE INDEX sentence_meetings_by_meeting ON sentence_meetings (position);
CREATE TABLE article_heads (article TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, published TEXT);
CREATE TABLE corrections (ordinal INTEGER PRIMARY KEY, record TEXT NOT NULL);
"""
# The sentences of every article are kept with its facts, file by file (FTS5 indexes their words
# for ``procq search``, stemmed as English is, accents folded); the tables below them are derived.
DERIVED_TABLES = ("meetings", "meeting_countries", "participations", "persons", "mentions", "identities", "name_blocks",
                  "spellings", "delegations", "reports", "mention_uses", "sentence_meetings", "article_heads", "corrections")
CURRENT = "current"

Derive = Callable[[sqlite3.Connection, "set[str] | None", list[Problem]], None]
"""Brings the derived tables to the articles' facts (and the files that could not be read), inside the
caller's transaction: given the ids of the articles whose facts changed, it may redo only what they touch;
given None, it derives everything afresh."""
Progress = Callable[[int, int], None]
"""Told (articles done, articles to do) as a build or refresh reads and extracts."""


class StaleIndex(Exception):
    """An index file that cannot be used as it is; the message says why, for one line on stderr."""


def connect(path: str | os.PathLike) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are begun and ended explicitly."""
    return sqlite3.connect(path, uri=str(path).startswith("file:"), isolation_level=None, check_same_thread=False)


def create_schema(connection: sqlite3.Connection) -> None:
    """The empty tables, in a fresh database (a file, or ``:memory:`` for an index that is not kept)."""
    connection.executescript(SCHEMA)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def clear_derived(connection: sqlite3.Connection) -> None:
    """Empty what ``derive`` writes, before it writes it again."""
    for table in DERIVED_TABLES:
        connection.execute(f"DELETE FROM {table}")


def index_folder(root: Path) -> Path | None:
    """Where the index of a corpus folder is kept, or None when the cache is off."""
    cache = cache_dir()
    if cache is None:
        return None
    key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:24]
    return cache / "index" / key


def article_digest(article: Article) -> str:
    """What identifies an article's text and address: two articles with one digest are extracted alike."""
    return hashlib.sha256(f"{article.url or ''}\0{article.text}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Freshness:
    """What ``procq index --status`` tells: what the index holds and how the corpus differs from it."""

    corpus: str
    file: str | None
    articles: int = 0
    unreadable: int = 0
    meetings: int = 0
    people: int = 0
    built: str | None = None
    refreshed: str | None = None
    new: int = 0
    changed: int = 0
    removed: int = 0
    corrections_changed: bool = False
    problem: str | None = None

    @property
    def up_to_date(self) -> bool:
        changes = self.new or self.changed or self.removed or self.corrections_changed
        return self.file is not None and self.problem is None and not changes


class IndexFiles:
    """The folder that holds one corpus's index: which database is current, the lock, the swap."""

    def __init__(self, root: Path, folder: Path):
        self.root = root
        self.folder = folder

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the one writer's lock; another writer waits until it is released."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / "write.lock", "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def current_file(self) -> Path | None:
        try:
            name = (self.folder / CURRENT).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return self.folder / name if name else None

    def open_current(self) -> sqlite3.Connection | None:
        """The current index, checked; None when there is none. Raises ``StaleIndex`` when it cannot be used."""
        path = self.current_file()
        if path is None:
            return None
        try:
            connection = connect(f"file:{path}?mode=rw")  # never create it: a missing file is no index
        except sqlite3.OperationalError:
            return None  # swapped out between reading `current` and opening: as if there were none yet
        try:
            self._check(connection)
        except StaleIndex:
            connection.close()
            raise
        return connection

    def _check(self, connection: sqlite3.Connection) -> None:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise StaleIndex(f"is of another schema version ({version}, this procq reads {SCHEMA_VERSION})")
            meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as error:
            raise StaleIndex(f"is damaged ({error})") from None
        if meta.get("extractor") != extractor_fingerprint():
            raise StaleIndex("was built by another version of the extractor")
        if meta.get("merging") != merging_fingerprint():
            raise StaleIndex("was built by another version of the merging of people and meetings")
        if meta.get("corpus") != str(self.root.resolve()):
            raise StaleIndex("belongs to another folder")

    def new_file(self) -> tuple[Path, sqlite3.Connection]:
        """A new, empty index beside the current one; it is used once ``swap_in`` names it."""
        path = self.folder / f"index-{time.time_ns()}-{os.getpid()}.sqlite"
        connection = connect(path)
        connection.execute("PRAGMA journal_mode = WAL")
        create_schema(connection)
        now = _now()
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("extractor", extractor_fingerprint()), ("merging", merging_fingerprint()), ("corpus", str(self.root.resolve())),
             ("built", now), ("refreshed", now)],
        )
        return path, connection

    def swap_in(self, path: Path) -> None:
        """Make ``path`` the current index in one atomic step, then remove the files it replaces."""
        pointer = self.folder / f"{CURRENT}.{os.getpid()}.tmp"
        pointer.write_text(path.name, encoding="utf-8")
        os.replace(pointer, self.folder / CURRENT)
        for old in self.folder.glob("index-*.sqlite*"):
            if not old.name.startswith(path.name):
                with contextlib.suppress(OSError):
                    old.unlink()  # a reader that still has it open keeps reading it


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def extract_article(article: Article) -> ArticleFacts:
    """The article's facts: what the extractor reads in its text, and the address it was published at,
    which the page or record gives beside the text. The extractor is imported only when an article must
    be read: a command answered from the index never loads it (a module-level function, so other
    processes can be handed it)."""
    from .extract import extract

    facts = extract(article)
    if article.url:
        facts.url = article.url
        for meeting in facts.meetings:
            for source in meeting.sources:
                if source.article == facts.article:
                    source.url = article.url
    return facts


def article_sentences(article: Article) -> list[str]:
    """The sentences of an article as extraction splits them, page furniture dropped. A dateline stays
    at the head of its sentence (finding it would load the gazetteer of cities), so a meeting's
    evidence is one of these sentences or the end of one."""
    from .extract.annotate.sentences import content_lines, headline, sentences

    lines = content_lines(article.text)
    return [sentence.text for sentence in sentences(lines, headline(lines))]


def keep_sentences(connection: sqlite3.Connection, articles: Iterable[Article]) -> None:
    """Put the articles' sentences in the index for full-text search, in place of any it had of their files."""
    for article in articles:
        connection.execute("DELETE FROM sentences WHERE path = ?", (article.path,))
        connection.executemany(
            "INSERT INTO sentences (path, article, ordinal, text) VALUES (?, ?, ?, ?)",
            ((article.path, article.id, ordinal, text) for ordinal, text in enumerate(article_sentences(article))),
        )


def fresh_index(
    root: Path,
    derive: Derive,
    warn: Callable[[str], None] = lambda message: None,
    progress: Progress | None = None,
    rebuild: bool = False,
    records: Iterable[dict] = (),
    corrections: str = "",
    ahead: LookAhead | None = None,
) -> tuple[sqlite3.Connection, list[Problem]]:
    """The index of the corpus folder ``root``, brought up to date, and the files that could not be read.

    With ``rebuild`` a new index is built even if the current one could be refreshed. ``records``
    are facts extracted elsewhere (``procq extract --jsonl``): each is taken for the corpus article of
    its path when that article's text has the record's digest, its id is the record's and the record's
    extractor is this one.
    ``corrections`` is the digest of the corrections file that ``derive`` applies: when it is not
    the one the index was derived with, the rows are derived again, even if no article changed.
    ``ahead`` is the look at the folder taken while the command line was read, when one was.
    """
    files = IndexFiles(root, index_folder(root))  # type: ignore[arg-type]
    records = list(records)
    if not rebuild and not records:
        connection = kept_index(root, corrections, warn)
        try:
            found = ahead.take() if ahead is not None and ahead.root == root else look(root)
        except BaseException:
            if connection is not None:
                connection.close()
            raise
        if connection is not None and holds(connection, found):
            return connection, settled(connection, root, found)
        if connection is not None:
            connection.close()
        warn = _said_already
    states, problems = corpus_state(root)  # each file's state, to tell which changed
    with files.writing():
        connection = None if rebuild else _open_or_warn(files, warn)
        new_path = None
        if connection is None:
            new_path, connection = files.new_file()
        connection.execute("BEGIN IMMEDIATE")
        try:
            given = _Given(records)
            changed = _refresh(connection, root, states, progress, given)
            if new_path is not None or _corrected_with(connection) != corrections:
                derive(connection, None, problems + _stored_problems(connection, root))
            elif changed:
                derive(connection, changed, problems + _stored_problems(connection, root))
            if changed or new_path is not None or _corrected_with(connection) != corrections:
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('corrections', ?)", (corrections,))
            given.tell_unused(connection, warn)
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('refreshed', ?)", (_now(),))
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('files', ?)", (states_digest(states),))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            connection.close()
            if new_path is not None:
                new_path.unlink(missing_ok=True)
            raise
        if new_path is not None:
            files.swap_in(new_path)
    if not connection.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        raise CorpusError(f"no readable articles in corpus folder: {root}")
    return connection, problems + _stored_problems(connection, root)


def kept_index(root: Path, corrections: str, warn: Callable[[str], None] | None = None) -> sqlite3.Connection | None:
    """The folder's current index as it stands, inside a read transaction (every query then reads the one state
    of it that ``holds`` compares with a look at the folder), when it can be used and its rows were derived
    with the corrections of this digest; else None, and ``warn`` hears why an index cannot be used."""
    files = IndexFiles(root, index_folder(root))  # type: ignore[arg-type]
    connection = _open_or_warn(files, warn or _said_already)
    if connection is not None and _corrected_with(connection) != corrections:
        connection.close()
        return None
    if connection is not None:
        connection.execute("BEGIN")
    return connection


def holds(connection: sqlite3.Connection, found: Look) -> bool:
    """Whether the index holds exactly the files the look found, in the states it found them: the digest of
    the states it was refreshed with is the look's (one row read, not one per file)."""
    stored = connection.execute("SELECT value FROM meta WHERE key = 'files'").fetchone()
    return stored is not None and stored[0] == found.digest


def settled(connection: sqlite3.Connection, root: Path, found: Look) -> list[Problem]:
    """End the read transaction of an index that ``holds`` the folder; the files that could not be read."""
    connection.execute("COMMIT")
    return found.problems + _stored_problems(connection, root)


def _said_already(message: str) -> None:
    """A warning given once before the writer's lock was taken is not given again."""


def _open_or_warn(files: IndexFiles, warn: Callable[[str], None]) -> sqlite3.Connection | None:
    try:
        return files.open_current()
    except StaleIndex as why:
        warn(f"the index of {files.root} {why}; building it again")
        return None


def _stored_files(connection: sqlite3.Connection) -> dict[str, FileState]:
    return {name: (size, mtime) for name, size, mtime in connection.execute("SELECT name, size, mtime_ns FROM files")}


def _corrected_with(connection: sqlite3.Connection) -> str | None:
    """The digest of the corrections file the index's rows were derived with ("": none)."""
    found = connection.execute("SELECT value FROM meta WHERE key = 'corrections'").fetchone()
    return found[0] if found else None


def _stored_problems(connection: sqlite3.Connection, root: Path) -> list[Problem]:
    return [Problem(str(root / path), reason) for path, reason in connection.execute(
        "SELECT path, reason FROM problems ORDER BY file, rowid")]


def stored_facts(connection: sqlite3.Connection, ids: Iterable[str] | None = None) -> Iterator[ArticleFacts]:
    """The facts of every article the index holds (or of those with these ids), in the order of the corpus:
    by file name, then as the file holds them."""
    if ids is None:
        rows = connection.execute("SELECT facts FROM articles ORDER BY file, place")
    else:
        wanted = sorted(set(ids))
        rows = connection.execute(f"SELECT facts FROM articles WHERE id IN ({', '.join('?' * len(wanted))}) "
                                  "ORDER BY file, place", wanted)
    for (facts,) in rows:
        yield from_plain(ArticleFacts, json.loads(facts))


@dataclass
class _Kept:
    """What the index holds of one article."""

    file: str
    own_id: str
    id: str
    digest: str


class _Given:
    """Facts extracted elsewhere (``procq extract --jsonl``), by article path, text and id, to be taken
    instead of extracting; and an account of those that were not taken."""

    def __init__(self, records: list[dict]):
        fingerprint = extractor_fingerprint()
        self.count = len(records)
        self.other_extractor = sum(1 for record in records if record.get("extractor") != fingerprint)
        self.facts = {(record.get("path"), record.get("article"), record.get("digest")): record
                      for record in records if record.get("extractor") == fingerprint}
        self.taken = 0

    def __bool__(self) -> bool:
        return self.count > 0

    def take(self, article: Article, digest: str) -> ArticleFacts | None:
        record = self.facts.pop((article.path, article.id, digest), None)
        if record is None:
            return None
        self.taken += 1
        return from_plain(ArticleFacts, record)

    def tell_unused(self, connection: sqlite3.Connection, warn: Callable[[str], None]) -> None:
        if not self.count:
            return
        held = {path: (article_id, digest) for path, article_id, digest in connection.execute(
            "SELECT path, id, digest FROM articles")}
        not_in_corpus = sum(1 for path, _, _ in self.facts if path not in held)
        other_id = sum(1 for path, article_id, digest in self.facts
                       if path in held and held[path][1] == digest and held[path][0] != article_id)
        other_text = len(self.facts) - not_in_corpus - other_id
        reasons = [f"{count} {why}" for count, why in (
            (self.other_extractor, "made by another version of the extractor"),
            (not_in_corpus, "of files not in the corpus"),
            (other_text, "of files whose text has changed since"),
            (other_id, "of articles known by another id in this corpus"),
        ) if count]
        if reasons:
            warn(f"{self.count - self.taken} of {self.count} records not used ({'; '.join(reasons)}): "
                 "their files are extracted here")


def _store(connection: sqlite3.Connection, name: str, place: int, own: str, article: Article, digest: str,
           facts: ArticleFacts) -> None:
    """Keep what was read of one article: its facts, and its sentences for full-text search."""
    keep_sentences(connection, [article])
    connection.execute(
        "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
        (article.path, name, place, own, article.id, digest, json.dumps(facts.to_dict(), ensure_ascii=False)),
    )


def _refresh(connection: sqlite3.Connection, root: Path, states: dict[str, FileState], progress: Progress | None,
             given: _Given) -> set[str]:
    """Bring the files, articles and problems tables to the corpus on disk; return the ids (as they were and
    as they are) of the articles whose facts changed, were added or left. Facts ``given`` are taken for the
    articles they were extracted from; every file is read then."""
    stored = _stored_files(connection)
    kept = {path: _Kept(*row) for path, *row in connection.execute("SELECT path, file, own_id, id, digest FROM articles")}
    removed = stored.keys() - states.keys()
    changed = {name for name, state in states.items() if given or stored.get(name) != state}
    connection.executemany("DELETE FROM sentences WHERE path = ?",
                           [(path,) for path, article in kept.items() if article.file in removed])
    for table, column in (("files", "name"), ("articles", "file"), ("problems", "file")):
        connection.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(name,) for name in removed])
    touched = {article.id for article in kept.values() if article.file in removed}

    # Ids first: a file that is one article is known by its name, an export's records by their own ids
    # (read now for the exports that changed), and ids that collide become paths.
    fresh: dict[str, list[Article]] = {}
    own_ids = {name: own_id(name) for name in states if not is_export(name)}
    own_ids.update((path, article.own_id) for path, article in kept.items()
                   if is_export(article.file) and article.file in states and article.file not in changed)
    for name in sorted(changed):
        if is_export(name):
            fresh[name] = _read_or_note(connection, root, name)
            own_ids.update((article.path, article.id) for article in fresh[name])
    ids = distinct_ids(own_ids)
    renamed = {article.file for path, article in kept.items() if path in ids and ids[path] != article.id}
    to_read = sorted(changed | renamed)
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(to_read))

    pending: dict[int, tuple[str, int, str, str]] = {}  # by id of the article read: its file, place, own id, digest

    def to_extract() -> Iterator[Article]:
        """The articles of the files read whose text or id is new, as extraction asks for them; the rest are
        settled here."""
        for name in to_read:
            articles = fresh[name] if name in fresh else _read_or_note(connection, root, name)
            paths = {article.path for article in articles}
            gone = [path for path, article in kept.items() if article.file == name and path not in paths]
            for table in ("articles", "sentences"):
                connection.executemany(f"DELETE FROM {table} WHERE path = ?", [(path,) for path in gone])
            touched.update(kept[path].id for path in gone)
            connection.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (name, *states[name]))
            for place, article in enumerate(articles):
                own = article.id
                article = replace(article, id=ids[article.path])
                digest = article_digest(article)
                known = kept.get(article.path)
                facts = given.take(article, digest)
                if facts is not None:
                    _store(connection, name, place, own, article, digest, facts)
                    touched.update(_ids_of(known, article))
                elif known is None or (known.id, known.digest) != (article.id, digest):
                    pending[id(article)] = (name, place, own, digest)
                    yield article
                else:
                    connection.execute("UPDATE articles SET place = ? WHERE path = ?", (place, article.path))
            advance()

    for article, facts in cached_extract(to_extract(), extract_article, count=len(to_read)):
        name, place, own, digest = pending.pop(id(article))
        _store(connection, name, place, own, article, digest, facts)
        touched.update(_ids_of(kept.get(article.path), article))
    return touched


def _ids_of(known: _Kept | None, article: Article) -> set[str]:
    """The ids an article whose facts are replaced had and has."""
    return {article.id} | ({known.id} if known is not None else set())


def _read_or_note(connection: sqlite3.Connection, root: Path, name: str) -> list[Article]:
    """The articles of a file, each with the id it gives itself; what cannot be read is noted as a problem
    (in place of what was noted before)."""
    connection.execute("DELETE FROM problems WHERE file = ?", (name,))
    try:
        articles, skipped = read_file(root / name)
    except (OSError, ValueError) as error:
        articles, skipped = [], [problem_of(root / name, error)]
    connection.executemany("INSERT INTO problems VALUES (?, ?, ?)",
                           [(name, Path(problem.path).name, problem.reason) for problem in skipped])
    return articles


def freshness(folder: str | os.PathLike | None) -> Freshness:
    """What the index of a corpus holds and how much the corpus changed since, without refreshing it."""
    root = resolve_corpus(folder)
    where = index_folder(root)
    states, _ = corpus_state(root)
    if where is None:
        return Freshness(str(root), None, new=len(states), problem="the cache is off (PROCQ_NO_CACHE), so no index is kept")
    files = IndexFiles(root, where)
    try:
        connection = files.open_current()
    except StaleIndex as why:
        return Freshness(str(root), str(files.current_file()), new=len(states), problem=f"the index {why}")
    if connection is None:
        return Freshness(str(root), None, new=len(states), problem="no index yet")
    with contextlib.closing(connection):
        stored = _stored_files(connection)
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        count = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        return Freshness(
            corpus=str(root),
            file=str(files.current_file()),
            articles=count("SELECT count(*) FROM articles"),
            unreadable=count("SELECT count(*) FROM problems"),
            meetings=count("SELECT count(*) FROM meetings"),
            people=count("SELECT count(*) FROM persons"),
            built=meta.get("built"),
            refreshed=meta.get("refreshed"),
            new=len(states.keys() - stored.keys()),
            changed=sum(1 for name, state in states.items() if name in stored and stored[name][:2] != state),
            removed=len(stored.keys() - states.keys()),
            corrections_changed=_corrected_with(connection) != corrections_digest(root),
        )
