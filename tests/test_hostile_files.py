"""Files no article should be: each is skipped with one warning line, and the rest is answered as without it.

Every hostile file is made at test time in a copy of tests/data/written, so
nothing large or strange lives in git. The answers come from the written
articles' hand-annotated facts (``extraction_as_written``), except in the last
test, which runs the real extractor on the seeds with every hostile file at once.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from procq import corpus
from procq.corpus import LARGEST_ARTICLE, load_corpus
from procq.exit_codes import ExitStatus

# No hostile file may hold procq up for long: a read that blocks fails the test instead of hanging it.
PATIENCE = 20  # seconds


@pytest.fixture(autouse=True)
def never_hang() -> Iterator[None]:
    def give_up(signum, frame):
        raise TimeoutError(f"still reading after {PATIENCE} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(PATIENCE)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def written_copy(tmp_path: Path, written_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(written_dir, folder)
    return folder


@pytest.fixture
def answers(procq, extraction_as_written) -> Callable[[Path], object]:
    """The full answer of ``meetings --json`` and what went to stderr, for a folder."""

    def run(folder: Path):
        result = procq("--corpus", folder, "meetings", "--json")
        assert result.exit_code == ExitStatus.ANSWERED, result.stderr
        assert "Traceback" not in result.stderr
        return json.loads(result.stdout), result.stderr

    return run


def _symlink(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _loop(path: Path) -> None:
    other = path.with_name("loop-b.txt.link")
    path.symlink_to(other)
    other.symlink_to(path)


def _write(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def _ten_megabytes(path: Path) -> None:
    with path.open("wb") as out:
        for _ in range(10):
            out.write(b"Prosecutors met. " * 61_681)


HOSTILE = {
    "empty": ("empty.txt", _write(b""), "empty"),
    "only blanks": ("blank.txt", _write(b" \n\t\r\n  "), "empty"),
    "binary": ("scan.txt", _write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary"),
    "NUL bytes in text": ("nul.txt", _write(b"Ying Yong met\x00 Kamran Aliyev."), "NUL"),
    "NUL bytes on both sides of UTF-16's pairs": ("pairs.txt", _write("Ying Yong met.".encode("utf-16-le") + b"\x00Y"), "binary"),
    "a byte-order mark that lies": ("lying-bom.txt", _write(b"\xff\xfeY\x00\x00\xd8"), "not valid UTF-16"),
    "10 MB": ("huge.txt", _ten_megabytes, "too large"),
    "1 MB line without a newline": ("line.txt", _write(b"x" * 1_048_576), "too large"),
    "named pipe": ("pipe.txt", os.mkfifo, "named pipe"),
    "link to /dev/zero": ("zero.txt", _symlink("/dev/zero"), "character device"),
    "link to /dev/urandom": ("random.txt", _symlink("/dev/urandom"), "character device"),
    "symlink loop": ("loop-a.txt", _loop, "too many levels of symbolic links"),
    "link to nothing": ("dangling.txt", _symlink("/nonexistent/article.txt"), "not found"),
    "folder named x.txt": ("x.txt", Path.mkdir, "folder"),
}


@pytest.mark.parametrize("name, make, reason", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_skipped_with_one_warning_and_the_rest_answered(written_copy, answers, name, make, reason):
    expected, quiet = answers(written_copy)
    assert quiet == ""
    make(written_copy / name)
    meetings, stderr = answers(written_copy)
    assert meetings == expected
    [warning] = stderr.splitlines()
    assert warning.startswith("procq: warning: skipped ")
    assert name in warning and reason in warning


def test_a_file_removed_between_listing_and_reading_is_skipped(written_copy, answers, monkeypatch):
    expected, _ = answers(written_copy)
    listed = corpus.article_files
    monkeypatch.setattr(corpus, "article_files", lambda folder: [*listed(folder), folder / "gone.txt"])
    meetings, stderr = answers(written_copy)
    assert meetings == expected
    [warning] = stderr.splitlines()
    assert "gone.txt" in warning and "removed after the folder was listed" in warning


def test_a_file_without_permission_is_skipped(written_copy, answers, monkeypatch):
    """Denied as root too, where chmod 000 still reads: the refusal comes from the system call."""
    expected, _ = answers(written_copy)
    secret = written_copy / "secret.txt"
    secret.write_text("Ying Yong met Kamran Aliyev.", encoding="utf-8")
    secret.chmod(0)
    opened = os.open

    def deny(path, *args, **kwargs):
        if Path(path) == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(corpus.os, "open", deny)
    meetings, stderr = answers(written_copy)
    assert meetings == expected
    [warning] = stderr.splitlines()
    assert "secret.txt" in warning and "permission denied" in warning


def test_a_file_name_with_a_newline_still_gives_one_warning_line(written_copy, answers):
    (written_copy / "two\nlines.txt").write_bytes(b"\x00")
    _, stderr = answers(written_copy)
    [warning] = stderr.splitlines()
    assert "two\\nlines.txt" in warning


def test_a_long_warning_is_not_wrapped_at_the_terminal_width(procq, written_copy, extraction_as_written):
    name = "a-very-long-name-" + "x" * 150 + ".txt"
    (written_copy / name).write_bytes(b"")
    result = procq("--corpus", written_copy, "meetings", "--json", env={"COLUMNS": "80"})
    [warning] = result.stderr.splitlines()
    assert name in warning


def test_a_corpus_path_too_long_for_the_system_is_bad_usage(procq, tmp_path):
    result = procq("--corpus", tmp_path / ("x" * 300), "meetings")
    assert result.exit_code == ExitStatus.BAD_USAGE
    assert result.stdout == "" and "Traceback" not in result.stderr
    [message] = result.stderr.splitlines()
    assert message.startswith("procq: error: cannot read corpus folder") and "name too long" in message


# --- text that is read: encodings a browser or a scraper may save ------------------------------


def test_utf16_with_its_byte_order_mark_is_read(make_corpus):
    text = "Ying Yong met Kamran Aliyev in Beijing.\nThe talks were cordial.\n"
    folder = make_corpus({"le.txt": text.encode("utf-16"), "be.txt": b"\xfe\xff" + text.encode("utf-16-be")})
    articles, problems = load_corpus(folder)
    assert problems == []
    assert [a.text for a in articles] == [text, text]


def test_latin1_and_a_bom_with_crlf_are_read(make_corpus):
    folder = make_corpus({
        "latin1.txt": "Procureur général, Genève".encode("latin-1"),
        "bom-crlf.txt": "\ufeffTitle\r\nBody\r\n".encode("utf-8"),
    })
    articles = {a.id: a.text for a in load_corpus(folder)[0]}
    assert articles == {"latin1": "Procureur général, Genève", "bom-crlf": "Title\nBody\n"}


ENCODED = {
    "gbk.txt": ("On the eve of the Spring Festival, Zhang Jun visited Zhang Siqing, 韩杼滨 and Jia Chunwang. "
                "“Thank you,” said Zhang.", "gbk"),
    "gb18030.txt": ("最高人民检察院检察长应勇会见阿塞拜疆总检察长", "gb18030"),
    "cyrillic.txt": ("General Prosecutor's Office gets new structure\n27 November 2017 Версия для печати PDF\n"
                     "Генеральный прокурор Игорь Краснов встретился с коллегой.", "cp1251"),
    "latin1.txt": ("Procureur général, Genève: le procureur a reçu son homologue à Genève.", "latin-1"),
    "utf16-no-bom.txt": ("Azerbaijani prosecutor general's working visit to Türkiye comes to an end\n", "utf-16-le"),
    "utf16-be-no-bom.txt": ("Ying Yong met Kamran Aliyev in Beijing.\n", "utf-16-be"),
}


@pytest.mark.parametrize("name", ENCODED)
def test_a_text_in_another_encoding_is_read_as_written(make_corpus, name):
    text, encoding = ENCODED[name]
    articles, problems = load_corpus(make_corpus({name: text.encode(encoding)}))
    assert problems == []
    assert [article.text for article in articles] == [text]


def test_an_article_of_the_largest_size_is_read_and_one_byte_more_is_not(make_corpus):
    folder = make_corpus({"largest.txt": b"a" * LARGEST_ARTICLE, "over.txt": b"a" * (LARGEST_ARTICLE + 1)})
    articles, problems = load_corpus(folder)
    assert [a.id for a in articles] == ["largest"]
    assert [Path(p.path).name for p in problems] == ["over.txt"]


# --- the real extractor, every hostile file at once -----------------------------------------------


def test_the_seed_meetings_survive_a_corpus_of_hostile_files(procq, seeds_dir, tmp_path, extracted_here, monkeypatch):
    """Through the kept index: its refresh reads the new files as load_corpus does, and the next
    command, which looks only at sizes and times, warns alike without opening any of them."""
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    expected = procq("--corpus", folder, "meetings", "--json")
    for name, make, _ in HOSTILE.values():
        make(folder / name)
    extracted_here.clear()
    result = procq("--corpus", folder, "meetings", "--json")
    assert result.exit_code == ExitStatus.ANSWERED and "Traceback" not in result.stderr
    assert json.loads(result.stdout) == json.loads(expected.stdout)
    assert len(result.stderr.splitlines()) == len(HOSTILE)
    assert extracted_here == []
    opened = os.open

    def open_outside(path, *args, **kwargs):
        assert Path(path).parent != folder, f"the warm command opened {path}"
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(corpus.os, "open", open_outside)
    again = procq("--corpus", folder, "meetings", "--json")
    assert again.exit_code == ExitStatus.ANSWERED, again.stderr
    assert (again.stdout, again.stderr) == (result.stdout, result.stderr)
