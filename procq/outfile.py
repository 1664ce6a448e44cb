"""Files the user asks an export to write: whole or not at all, with one clear line when they cannot be.

An export is written beside its destination under a temporary name and moved
into place only once it is complete, so a failure (a full disk, a folder
without write permission) never leaves half a database where the old one was.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .output import OutputError


@contextlib.contextmanager
def replaced(path: Path) -> Iterator[Path]:
    """A temporary path to write to; it replaces ``path`` when the block ends without error."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(b"")  # a folder that is missing or closed to us is named by the OS's own words
        yield temporary
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        raise OutputError(f"cannot write {path}: {getattr(error, 'strerror', None) or error}") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_text(path: Path, chunks: Iterable[str]) -> None:
    """Write text (UTF-8) to ``path``, replacing what was there only when all of it is written."""
    with replaced(path) as temporary, open(temporary, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(chunks)
