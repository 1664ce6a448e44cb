"""Shared fixtures: where the test corpora live, and how to make a small one on the fly."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import pytest

if TYPE_CHECKING:
    from typer.testing import Result

    from procq.records import ArticleFacts

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's extracted facts are cached in a folder of its own, never in the user's cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("PROCQ_CACHE_DIR", str(folder))
    monkeypatch.delenv("PROCQ_NO_CACHE", raising=False)
    return folder


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
    """A PROCQ_CORPUS set in the developer's shell, or the COLUMNS of the terminal (or of a test worker),
    must not change what the tests read or how wide a table is drawn; a test that wants a width sets it."""
    monkeypatch.delenv("PROCQ_CORPUS", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def written_dir() -> Path:
    """Articles written for the tests, each reporting one meeting in plain wording."""
    return DATA / "written"


@pytest.fixture
def written_facts() -> dict[str, "ArticleFacts"]:
    """What extraction should find in tests/data/written, annotated by hand."""
    from procq.records import ArticleFacts

    facts = json.loads((DATA / "written.facts.json").read_text(encoding="utf-8"))
    return {item["article"]: ArticleFacts.from_dict(item) for item in facts}


@pytest.fixture
def extraction_as_written(monkeypatch: pytest.MonkeyPatch, written_facts) -> None:
    """Index.load with the hand-annotated facts in place of the extractor.

    The command line is then tested on known meetings, whatever the state of
    extraction; files without annotations yield no meetings. The folder's
    corrections file is applied, as ``Index.load`` applies it.
    """
    from procq.corpus import load_corpus, resolve_corpus
    from procq.corrections import load_corrections
    from procq.index import Index
    from procq.records import ArticleFacts

    def load(cls, folder=None, **_options):
        corrections = load_corrections(resolve_corpus(folder))
        articles, problems = load_corpus(folder)
        facts = [written_facts.get(a.id) or ArticleFacts(a.id, a.path, None, None) for a in articles]
        return cls.from_facts(facts, problems, articles, corrections)

    monkeypatch.setattr(Index, "load", classmethod(load))


@pytest.fixture
def procq() -> Callable[..., "Result"]:
    """Run the command line in-process: procq("--corpus", folder, "meetings", "--json")."""
    from typer.testing import CliRunner

    from procq.cli import app

    runner = CliRunner()

    def run(*args: object, env: dict[str, str | None] | None = None) -> "Result":
        return runner.invoke(app, [str(arg) for arg in args], env=env)

    return run


@pytest.fixture
def extracted_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names the kept index hands to extraction (or the cache) from now on."""
    from procq import store

    handed: list[str] = []
    original = store.cached_extract

    def listed(articles, *args, **kwargs):
        return original((handed.append(article.path) or article for article in articles), *args, **kwargs)

    monkeypatch.setattr(store, "cached_extract", listed)
    return handed
