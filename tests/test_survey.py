"""procq.survey: a look at a corpus folder tells every file's state as a look file by file does, whether it
is taken here or ahead, in another process, while the command line is read."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from procq import survey
from procq.corpus import CorpusError
from procq.survey import LookAhead

DATA = Path(__file__).parent / "data"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seeds, with a link to nothing among them: a file that cannot be looked at."""
    folder = shutil.copytree(DATA / "seeds", tmp_path / "seeds")
    (folder / "nowhere.txt").symlink_to(folder / "removed.txt")
    return folder


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The processes forked, counted; forking allowed even where the test runner has threads of its own."""
    forked: list[int] = []
    monkeypatch.setattr(os, "fork", lambda fork=os.fork: forked.append(1) or fork())
    monkeypatch.setattr(survey, "can_fork", lambda: True)
    return forked


def crash(*arguments):
    raise KeyboardInterrupt


def test_a_folder_is_looked_at_file_by_file_in_name_order(corpus: Path):
    states, problems = survey.corpus_state(corpus)
    names = sorted(path.name for path in (DATA / "seeds").glob("*.txt"))
    assert list(states) == names
    assert states[names[0]] == ((corpus / names[0]).stat().st_size, (corpus / names[0]).stat().st_mtime_ns)
    assert [problem.path for problem in problems] == [str(corpus / "nowhere.txt")]
    assert survey.look(corpus) == survey.Look(survey.states_digest(states), problems)


def test_a_large_folder_looked_at_in_two_halves_gives_what_one_look_gives(corpus: Path, monkeypatch, forks):
    one = survey.corpus_state(corpus)
    monkeypatch.setattr(survey, "SHARED_LOOK", 2)
    assert survey.corpus_state(corpus) == one and forks


def test_a_half_whose_process_failed_is_looked_at_here(corpus: Path, monkeypatch, forks):
    one = survey.corpus_state(corpus)
    monkeypatch.setattr(survey, "SHARED_LOOK", 2)
    monkeypatch.setattr(survey.pickle, "dump", crash)
    assert survey.corpus_state(corpus) == one and forks


def test_any_change_of_a_file_changes_the_digest(corpus: Path):
    before = survey.look(corpus).digest
    article = corpus / "000_316df6bce73329b3.txt"
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 1))
    touched = survey.look(corpus).digest
    article.write_text("Talks.", encoding="utf-8")
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 1))
    written = survey.look(corpus).digest
    article.rename(corpus / "000_renamed.txt")
    assert len({before, touched, written, survey.look(corpus).digest}) == 4


def test_a_look_ahead_finds_what_a_look_here_finds(corpus: Path, forks):
    ahead = LookAhead(corpus)
    assert forks and ahead.take() == survey.look(corpus)


def test_a_look_ahead_whose_process_failed_is_taken_here(corpus: Path, monkeypatch, forks):
    monkeypatch.setattr(survey.pickle, "dump", crash)
    ahead = LookAhead(corpus)
    assert forks and ahead.take() == survey.look(corpus)


def test_a_look_ahead_where_no_process_can_be_forked_is_taken_here(corpus: Path, monkeypatch):
    monkeypatch.setattr(survey, "can_fork", lambda: False)
    assert LookAhead(corpus).take() == survey.look(corpus)


@pytest.mark.parametrize("where", ["missing", "a-file.txt"])
def test_a_look_ahead_at_no_corpus_raises_where_it_is_taken(tmp_path: Path, forks, where):
    (tmp_path / "a-file.txt").write_text("Talks.", encoding="utf-8")
    ahead = LookAhead(tmp_path / where)
    with pytest.raises(CorpusError) as raised:
        ahead.take()
    with pytest.raises(CorpusError) as here:
        survey.look(tmp_path / where)
    assert str(raised.value) == str(here.value)


def test_a_look_ahead_nobody_takes_is_stopped_and_leaves_no_process(corpus: Path, forks):
    ahead = LookAhead(corpus)
    child = ahead._child
    assert child is not None
    ahead.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # reaped: no such child any more
    ahead.close()  # closing twice is closing once
