"""Facts as JSON lines, so an engine that maps a function over files can extract an archive for procq.

A record is one article's facts as the cache stores them (``ArticleFacts``),
with the digest of the text they were read from and the extractor that read
them. ``procq extract --jsonl`` prints records, ``record_of`` makes one from a
file (what a Dask, Ray or Spark job maps over an archive), and ``procq index
--from-jsonl`` loads them into a corpus's index, where each stands for the
file of its name as long as that file's text and the extractor are the same.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .cache import cached_extract, extractor_fingerprint
from .corpus import LARGEST_ARTICLE, CorpusError, Problem, article_files, articles_of, problem_of, read_article
from .records import Article, ArticleFacts, from_plain
from .store import article_digest, extract_article


# An article's record holds its facts, whose sentences come from its text: a few times the text at most.
LONGEST_RECORD = 10 * LARGEST_ARTICLE


class RecordsError(CorpusError):
    """A file of records that cannot be read at all; the message says which and why."""


def record(article: Article, facts: ArticleFacts) -> dict[str, Any]:
    """The JSON-ready record of an article's facts."""
    return {**facts.to_dict(), "digest": article_digest(article), "extractor": extractor_fingerprint()}


def record_of(path: str | os.PathLike) -> dict[str, Any]:
    """Read and extract one file that is one article (text or a saved page): the function to map over an
    archive. Raises OSError or ValueError for a file that is not a readable article."""
    article = read_article(Path(path))
    return record(article, extract_article(article))


def extracted_records(paths: list[Path], skipped: Callable[[Problem], None]) -> Iterator[dict[str, Any]]:
    """The record of every article in ``paths`` (files, or folders of them), from the cache where it has
    them, the rest extracted on every core; in no set order. Files that cannot be read go to ``skipped``.
    Raises ``CorpusError`` for a path that does not exist."""
    files = []
    for path in paths:
        try:
            if not path.exists():
                raise CorpusError(f"no such file or folder: {path}")
            is_folder = path.is_dir()
        except OSError as error:  # a name too long for the system
            raise CorpusError(f"cannot read {path}: {problem_of(path, error).reason}") from error
        files += article_files(path) if is_folder else [path]

    for article, facts in cached_extract(articles_of(files, skipped), extract_article, count=len(files)):
        yield record(article, facts)


def read_records(paths: list[Path]) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The records in JSON-lines files; a line that is not a record is a problem, named by file and line.
    Raises ``RecordsError`` for a file that cannot be read."""
    records, problems = [], []
    for path in paths:
        try:
            lines = list(_lines(path))
        except (OSError, ValueError) as error:  # ValueError: not UTF-8, or a line too long
            raise RecordsError(f"cannot read records from {path}: {getattr(error, 'strerror', None) or error}") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                from_plain(ArticleFacts, data)
                if not isinstance(data.get("digest"), str) or not isinstance(data.get("extractor"), str):
                    raise ValueError("no digest or extractor")
            except ValueError as error:
                problems.append(Problem(f"{path}:{number}", f"not a record of procq extract --jsonl ({error})"))
                continue
            records.append(data)
    return records, problems


def _lines(path: Path) -> Iterator[str]:
    """The lines of a file of records, each at most ``LONGEST_RECORD`` characters: a pipe may be read
    (``<(procq extract ...)``), but no line of a device like /dev/zero fills the memory."""
    with path.open(encoding="utf-8") as file:
        while line := file.readline(LONGEST_RECORD + 1):
            if len(line) > LONGEST_RECORD:
                raise ValueError(f"a line longer than {LONGEST_RECORD:,} characters is no record")
            yield line
