"""Shared fixtures: where the test corpora live, and how to make a small one on the fly."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    """The five seed articles, copied into the tests so they never read outside the repository."""
    return DATA / "seeds"


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {file name: text or bytes} into a fresh folder and return the folder."""

    def make(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return make


@pytest.fixture(autouse=True)
def no_corpus_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PROCQ_CORPUS set in the developer's shell must not change what the tests read."""
    monkeypatch.delenv("PROCQ_CORPUS", raising=False)
