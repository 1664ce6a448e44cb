"""Find and read the articles of a corpus folder.

Plain text today. Each reader turns one file into an ``Article``; a file that
cannot be read becomes a ``Problem`` instead, so one bad file never hides the
rest of the corpus. Only regular files are read, and never more than
``LARGEST_ARTICLE`` bytes of one: a named pipe, a link to a device or a file
that keeps growing cannot hang procq or fill its memory.
"""
from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .records import Article

ENV_VAR = "PROCQ_CORPUS"
TEXT_SUFFIXES = (".txt",)
LARGEST_ARTICLE = 1_000_000  # bytes; a news report is a few kilobytes, a long one 100 kB
# What a file that is not a regular one is, for the warning that skips it.
FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


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
    try:
        if not folder.exists():
            raise CorpusError(f"corpus folder not found: {folder}")
        if not folder.is_dir():
            raise CorpusError(f"corpus is not a folder: {folder}")
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        raise CorpusError(f"cannot read corpus folder {folder}: {(error.strerror or str(error)).lower()}") from error
    files = [e for e in entries if e.name.lower().endswith(TEXT_SUFFIXES) and not e.name.startswith(".")]
    if not files:
        raise CorpusError(f"no articles (*.txt) in corpus folder: {folder}")
    return files


def decode(data: bytes) -> str:
    """Text as saved by browsers and scrapers: UTF-8 (with or without BOM), UTF-16 with its BOM,
    else Windows-1252. NUL characters mean the file is not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ValueError("not valid UTF-16, though it starts with UTF-16's byte-order mark") from error
    elif b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes; UTF-16 is read only with its byte-order mark)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ValueError("binary file (contains NUL characters)")
    return text


def _kind_of(mode: int) -> str | None:
    """'a named pipe', 'a folder', ... for what is not a regular file; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for is_kind, kind in FILE_KINDS if is_kind(mode)), "an unknown kind of file")


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raises OSError or ValueError otherwise.

    What the name points to is checked before it is opened (a device is never opened) and again
    once open (it may have been swapped since); opening does not block, so a named pipe put in
    its place cannot hang the read; and no more than ``limit`` + 1 bytes are ever read.
    """
    kind = _kind_of(os.stat(path).st_mode)
    if kind is None:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(descriptor, "rb") as file:
            kind = _kind_of(os.fstat(file.fileno()).st_mode)
            data = b"" if kind else file.read(limit + 1)
    if kind:
        raise ValueError(f"not a regular file ({kind})")
    if len(data) > limit:
        raise ValueError(f"too large for a news article (over {limit:,} bytes)")
    return data


def read_article(path: Path) -> Article:
    """One file as an Article; raises OSError or ValueError when it cannot be read as text."""
    text = decode(read_bounded(path, LARGEST_ARTICLE))
    if not text.strip():
        raise ValueError("empty (no text)")
    return Article(id=path.stem, path=path.name, text=text.replace("\r\n", "\n").replace("\r", "\n"))


def problem_of(path: Path, error: OSError | ValueError) -> Problem:
    """The file skipped, and why in a few words."""
    if isinstance(error, FileNotFoundError):
        reason = "not found (removed after the folder was listed, or a link to nothing)"
    elif isinstance(error, OSError):
        reason = (error.strerror or str(error)).lower()
    else:
        reason = str(error)
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
