"""Find and read the articles of a corpus folder.

A corpus holds articles as people save them: text files, saved web pages and
scrapers' exports (JSON, JSON lines). Each reader turns a file into
``Article``s, one per file or one per record of an export; what cannot be read
becomes a ``Problem`` instead, so one bad file or record never hides the rest
of the corpus. Only regular files are read, and never more than a bound of
bytes of one: a named pipe, a link to a device or a file that keeps growing
cannot hang procq or fill its memory.

A page or a record becomes the text a person would have saved from it: its
headline, its publication date as a stamp line, its main text. The extractor
then reads every article alike, from its text.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .records import Article

ENV_VAR = "PROCQ_CORPUS"
TEXT_SUFFIXES = (".txt",)
PAGE_SUFFIXES = (".html", ".htm")
EXPORT_SUFFIXES = (".json", ".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES + EXPORT_SUFFIXES
ANNOTATION_SUFFIX = ".gold.json"  # SPEC.md's gold answers beside the articles: no article, and no warning
LARGEST_ARTICLE = 1_000_000  # bytes of a text file, characters of a record's text: a news report is a few kilobytes
LARGEST_PAGE = 10_000_000  # bytes; a saved page carries its scripts and styles, a few megabytes at most
LARGEST_EXPORT = 100_000_000  # bytes; an export of some 30,000 articles
# What a file that is not a regular one is, for the warning that skips it.
FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# The encodings news sites save in, most used first: where two read a file equally cleanly, the first is
# taken (GB18030, a superset of GBK and GB2312, before Big5; Windows-1252, which reads Latin-1's letters
# alike, before Windows-1250).
ENCODINGS = ("gb18030", "cp1251", "cp1252", "big5", "shift_jis", "euc_kr", "cp1250", "koi8_r", "cp1253",
             "cp1254", "cp1256", "cp1255", "cp1257", "cp1258", "euc_jp", "cp874")
# The fields of a scraper's record, as news-please, trafilatura and most scrapers name them (any case).
TEXT_FIELDS = ("text", "content", "body", "maintext")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "date_publish", "publish_date", "date_published", "datepublished", "published_at")
URL_FIELDS = ("url", "source", "link")  # trafilatura's JSON gives the page's address as `source`
ID_FIELDS = ("id",)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    return [folder / name for name in article_names(folder)]


def article_names(folder: Path) -> list[str]:
    """The names of the files of the folder that procq reads, in name order: one listing of the folder, no
    file looked at (the index's check of a large folder then looks at each file once, see ``store``)."""
    try:
        if not folder.exists():
            raise CorpusError(f"corpus folder not found: {folder}")
        if not folder.is_dir():
            raise CorpusError(f"corpus is not a folder: {folder}")
        names = sorted(name for name in os.listdir(folder) if is_article_file(name))
    except OSError as error:
        raise unreadable_folder(folder, error) from error
    if not names:
        raise CorpusError(f"no articles (*.txt, *.html, *.json, *.jsonl) in corpus folder: {folder}")
    return names


def unreadable_folder(folder: Path, error: OSError) -> CorpusError:
    return CorpusError(f"cannot read corpus folder {folder}: {(error.strerror or str(error)).lower()}")


def is_article_file(name: str) -> bool:
    """Whether procq reads a file of this name: text, a page or an export, not hidden, not a gold file."""
    lowered = name.lower()
    return (lowered.endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
            and not lowered.endswith(ANNOTATION_SUFFIX))


def is_export(name: str) -> bool:
    """Whether the file holds many articles, one per record, rather than being one."""
    return name.lower().endswith(EXPORT_SUFFIXES)


def decode(data: bytes) -> str:
    """Text in whatever encoding it was saved in: UTF-8 (with or without BOM), UTF-16 (with its BOM, or
    without one where its NUL bytes show it), else the encoding that reads it most cleanly (charset-normalizer,
    among ``ENCODINGS``). NUL characters, or bytes no encoding reads as text, mean the file is not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ValueError("not valid UTF-16, though it starts with UTF-16's byte-order mark") from error
    elif b"\x00" in data:
        text = _utf16_without_bom(data)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _detected(data)
    if "\x00" in text:
        raise ValueError("binary file (contains NUL characters)")
    return text


def _utf16_without_bom(data: bytes) -> str:
    """UTF-16 saved without its byte-order mark: every NUL byte on one side of its pairs (the high byte of
    the ASCII letters, digits, spaces and line ends every article has), and text when read so. Anything
    else with NUL bytes is binary."""
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if len(data) % 2 == 0 and bool(odd) != bool(even):
        try:
            text = data.decode("utf-16-le" if odd else "utf-16-be")
        except UnicodeDecodeError:
            text = ""
        if text and all(character.isprintable() or character in "\n\r\t" for character in text):
            return text
    raise ValueError("binary file (contains NUL bytes, and is no UTF-16 text)")


def _detected(data: bytes) -> str:
    """Text of another encoding than UTF-8: the reading with the least mess, the encoding most used first
    among equally clean ones (an English report with three Chinese names reads cleanly as GBK, Big5 and
    EUC-KR alike)."""
    from charset_normalizer import from_bytes

    readings = list(from_bytes(data, cp_isolation=list(ENCODINGS)))
    if not readings:
        raise ValueError("binary file (no known encoding reads it as text)")
    cleanest = min(reading.chaos for reading in readings)
    best = min((reading for reading in readings if reading.chaos == cleanest),
               key=lambda reading: min((ENCODINGS.index(name) for name in reading.could_be_from_charset if name in ENCODINGS),
                                           default=len(ENCODINGS)))
    return str(best)


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
    """A file that is one article (text or a saved page) as an Article with the file's stem as its id;
    raises OSError or ValueError when it cannot be read."""
    if path.name.lower().endswith(PAGE_SUFFIXES):
        title, published, body, url = _page(decode(read_bounded(path, LARGEST_PAGE)))
        return Article(id=path.stem, path=path.name, text=as_saved(title, published, body), url=url)
    return Article(id=path.stem, path=path.name, text=_text_of(decode(read_bounded(path, LARGEST_ARTICLE))))


def _text_of(text: str) -> str:
    """An article's text with its line ends made one; ValueError for one without text."""
    if not text.strip():
        raise ValueError("empty (no text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def as_saved(title: str | None, published: str | None, body: str) -> str:
    """The text a person would have saved of a page or record: its headline, its date as a stamp line
    (a record's "2023-10-19 09:55:00" as the day it names), its main text."""
    stamp = None
    if published:
        day = _ISO_DAY.match(published.strip())
        stamp = f"Published: {day.group() if day else published.strip()}"
    headline = " ".join(title.split()) if title else None
    return _text_of("\n\n".join(part for part in (headline, stamp, body) if part))


def _page(html: str) -> tuple[str | None, str | None, str, str | None]:
    """A saved page's headline, publication date, main text and address: the text, headline and address
    by trafilatura, the date by htmldate from what the page says of itself (``_self_description``): its
    publication date, else the date it was last updated."""
    import logging

    import htmldate
    import trafilatura

    for library in ("trafilatura", "htmldate", "courlan"):  # their doubts about a page are no warning of procq's
        logging.getLogger(library).setLevel(logging.CRITICAL)
    tree = trafilatura.load_html(html)
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False) if tree is not None else None
    if document is None or not (document.text or "").strip():
        raise ValueError("no article text found in the page")
    described = _self_description(tree)
    published = (htmldate.find_date(described, extensive_search=False, original_date=True)
                 or htmldate.find_date(described, extensive_search=False, original_date=False))
    return document.title, published, document.text, document.url


def _self_description(tree: Any) -> Any:
    """What a page says of itself: its head (meta tags, canonical address) and its JSON-LD. Dates in its body
    may be another story's (a sidebar of related stories, each dated), and a footer's copyright year is
    none; a date written in the article itself reaches the extractor with its text, as in a text file."""
    import copy

    from lxml.html import Element

    described = Element("html")
    for part in tree.xpath("/html/head | //script[@type='application/ld+json']"):
        described.append(copy.deepcopy(part))
    return described


def read_export(path: Path) -> tuple[list[Article], list[Problem]]:
    """The articles of a scraper's export, one per record (JSON lines, or a JSON array, or an object holding
    one), each with the id the record gives itself; a record without text is a problem named by its line
    (its place in a JSON array), and the rest is read. Raises OSError or ValueError for a file that is
    not an export at all."""
    text = decode(read_bounded(path, LARGEST_EXPORT))
    if path.name.lower().endswith(".json"):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ValueError(f"not valid JSON ({error})") from None
        if isinstance(data, dict) and _field(data, TEXT_FIELDS) is None:
            data = next((value for value in data.values() if isinstance(value, list) and value
                         and all(isinstance(item, dict) for item in value)), data)
        if isinstance(data, dict):  # one article in a file, as news-please saves them
            return _records(path, [(None, data)], one=True)
        if not isinstance(data, list):
            raise ValueError("not a scraper export (a JSON array of articles, or an object holding one)")
        return _records(path, list(enumerate(data, start=1)))
    numbered = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            try:
                numbered.append((number, json.loads(line)))
            except ValueError as error:
                numbered.append((number, f"not a JSON object ({error})"))
    return _records(path, numbered)


def _records(path: Path, numbered: list[tuple[int | None, Any]], one: bool = False) -> tuple[list[Article], list[Problem]]:
    articles, problems = [], []
    for number, data in numbered:
        where = path.name if number is None else f"{path.name}:{number}"
        try:
            articles.append(_record_article(data, where, path.stem if one else where))
        except ValueError as error:
            problems.append(Problem(str(path.parent / where), str(error)))
    return articles, problems


def _record_article(data: Any, where: str, fallback_id: str) -> Article:
    """One record as an Article: its id from its `id`, else its URL, else where it stands in the export."""
    if isinstance(data, str):
        raise ValueError(data)
    if not isinstance(data, dict):
        raise ValueError(f"not a JSON object but {type(data).__name__}")
    body = _field(data, TEXT_FIELDS)
    if body is None or not body.strip():
        raise ValueError(f"a record without text (no {', '.join(TEXT_FIELDS)})")
    if len(body) > LARGEST_ARTICLE:
        raise ValueError(f"too large for a news article (over {LARGEST_ARTICLE:,} characters)")
    url = next((value for value in _values(data, URL_FIELDS) if re.match(r"https?://", value)), None)
    url = url.split("#")[0] if url else None
    own_id = _field(data, ID_FIELDS) or url or fallback_id
    text = as_saved(_field(data, TITLE_FIELDS), _field(data, DATE_FIELDS), body)
    return Article(id=own_id, path=where, text=text, url=url)


def _values(data: dict, names: tuple[str, ...]) -> list[str]:
    """The record's values for these field names (in any case), in the order of the names; numbers, such
    as an id, as text."""
    by_name = {str(key).lower(): value for key, value in data.items()}
    found = []
    for name in names:
        value = by_name.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            found.append(value.strip() if name not in TEXT_FIELDS else value)
    return found


def _field(data: dict, names: tuple[str, ...]) -> str | None:
    found = _values(data, names)
    return found[0] if found else None


def read_file(path: Path) -> tuple[list[Article], list[Problem]]:
    """The articles of one file of the corpus and its records that could not be read; raises OSError or
    ValueError when the file as a whole cannot be read."""
    if is_export(path.name):
        return read_export(path)
    return [read_article(path)], []


def distinct_ids(own_ids: dict[str, str]) -> dict[str, str]:
    """Each article's id, by its path, from the id each gives itself (``own_ids``, by path): where two
    articles would share one (``x.txt`` and ``x.TXT``, ``x.txt`` and ``x.html``, two records of one id),
    each is known by its path instead, so none hides another."""
    counts = Counter(own_ids.values())
    return {path: own if counts[own] == 1 else path for path, own in own_ids.items()}


def own_id(name: str) -> str:
    """The id a file that is one article gives itself: its name without the extension."""
    return Path(name).stem


def problem_of(path: Path, error: OSError | ValueError) -> Problem:
    """The file skipped, and why in a few words."""
    if isinstance(error, FileNotFoundError):
        reason = "not found (removed after the folder was listed, or a link to nothing)"
    elif isinstance(error, OSError):
        reason = (error.strerror or str(error)).lower()
    else:
        reason = str(error)
    return Problem(path=str(path), reason=reason)


def articles_of(paths: list[Path], skipped: Callable[[Problem], None]) -> Iterator[Article]:
    """The articles of these files, each with an id of its own (``distinct_ids``), read as they are asked
    for (the exports first, for the ids their records give); what cannot be read goes to ``skipped``."""
    exports: dict[Path, tuple[list[Article], list[Problem]]] = {}
    own_ids: dict[str, str] = {}
    for path in paths:
        if is_export(path.name):
            exports[path] = _read_or_problem(path)
            own_ids.update((article.path, article.id) for article in exports[path][0])
        else:
            own_ids[path.name] = own_id(path.name)  # a file's name holds its id even when it cannot be read
    ids = distinct_ids(own_ids)
    for path in paths:
        articles, problems = exports.pop(path) if path in exports else _read_or_problem(path)
        for problem in problems:
            skipped(problem)
        for article in articles:
            yield replace(article, id=ids[article.path])


def _read_or_problem(path: Path) -> tuple[list[Article], list[Problem]]:
    try:
        return read_file(path)
    except (OSError, ValueError) as error:
        return [], [problem_of(path, error)]


def load_corpus(folder: str | os.PathLike | None = None) -> tuple[list[Article], list[Problem]]:
    """Every readable article of the corpus, each with an id of its own, and a Problem for each file or
    record that was not readable."""
    root = resolve_corpus(folder)
    problems: list[Problem] = []
    articles = list(articles_of(article_files(root), problems.append))
    if not articles:
        raise CorpusError(f"no readable articles in corpus folder: {root}")
    return articles, problems
