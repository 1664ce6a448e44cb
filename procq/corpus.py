"""Find and read the articles of a corpus folder.

Plain text today. Each reader turns one file into an ``Article``; a file that
cannot be read becomes a ``Problem`` instead, so one bad file never hides the
rest of the corpus.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .records import Article

ENV_VAR = "PROCQ_CORPUS"
TEXT_SUFFIXES = (".txt",)
LARGEST_ARTICLE = 1_000_000  # bytes; a news report is a few kilobytes, a long one 100 kB


class CorpusError(Exception):
    """The corpus as a whole cannot be used (missing, not a folder, empty)."""


@dataclass
class Problem:
    path: str
    reason: str


def default_corpus() -> Path:
    """The seed articles shipped inside the package."""
    return Path(str(resources.files("procq") / "corpus"))


def resolve_corpus(folder: str | os.PathLike | None) -> Path:
    """The folder to read: the one named, else $PROCQ_CORPUS, else the seeds."""
    if folder:
        return Path(folder).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return default_corpus()


def article_files(folder: Path) -> list[Path]:
    """The files of the folder that procq reads, in name order."""
    return [Path(entry.path) for entry in article_entries(folder)]


def article_entries(folder: Path) -> list[os.DirEntry]:
    """The folder's entries for the files procq reads, in name order; an entry's ``stat`` comes cheap,
    which the index's check of a large folder needs."""
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"corpus is not a folder: {folder}")
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        raise CorpusError(f"cannot list corpus folder {folder}: {error.strerror or error}") from error
    files = [e for e in entries if e.name.lower().endswith(TEXT_SUFFIXES) and not e.name.startswith(".")]
    if not files:
        raise CorpusError(f"no articles (*.txt) in corpus folder: {folder}")
    return files


def decode(data: bytes) -> str:
    """Text as saved by browsers and scrapers: UTF-8 (with or without BOM), else Windows-1252."""
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_article(path: Path) -> Article:
    """One file as an Article; raises OSError or ValueError when it cannot be read as text."""
    size = path.stat().st_size
    if size > LARGEST_ARTICLE:
        raise ValueError(f"too large for a news article ({size:,} bytes)")
    text = decode(path.read_bytes())
    return Article(id=path.stem, path=path.name, text=text.replace("\r\n", "\n").replace("\r", "\n"))


def problem_of(path: Path, error: OSError | ValueError) -> Problem:
    """Why a file was skipped, in a few words (the system's, for an OSError)."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return Problem(path=str(path), reason=reason)


def load_corpus(folder: str | os.PathLike | None = None) -> tuple[list[Article], list[Problem]]:
    """Every readable article of the corpus, and a Problem for each file that was not."""
    root = resolve_corpus(folder)
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in article_files(root):
        try:
            articles.append(read_article(path))
        except (OSError, ValueError) as error:
            problems.append(problem_of(path, error))
    if not articles:
        raise CorpusError(f"no readable articles in corpus folder: {root}")
    return articles, problems
