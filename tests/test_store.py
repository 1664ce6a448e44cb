"""procq.store: the index kept in the cache answers as an index built afresh, and survives faults."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from procq import store, survey
from procq.cache import cached_extract_all
from procq.corpus import load_corpus
from procq.corrections import load_corrections
from procq.extract import extract
from procq.index import Index, PersonNotFound
from procq.render import plain
from procq.survey import LookAhead

DATA = Path(__file__).parent / "data"
ANNOTATED = [DATA / "seeds", DATA / "devset", DATA / "two-reports", *sorted((DATA / "batches").iterdir())]


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """What is kept and refreshed does not depend on how articles are read; the rules alone read them faster."""
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")


def answers(index: Index) -> dict:
    """Everything the commands can ask an index, as plain data."""
    people = index.people()
    return {
        "meetings": plain(index.meetings),
        "since 2020": plain(index.select_meetings(since="2020").meetings),
        "left out": plain(index.select_meetings(until="2022")),
        "by kind and country": [plain(index.select_meetings(kind=kind, country="CN").meetings)
                                for kind in ("bilateral", "multilateral", "domestic")],
        "people": plain(people),
        "persons": [plain(index.person(p.id)) for p in people],
        "lookups": [plain(index.find_person(p.name)) for p in people[:20]],
        "surnames": [plain(index.find_person(p.name.split()[-1])) for p in people[:20]],
        "misspelt": plain(index.find_person("Ying Yon")),
        "by person": [plain(index.select_meetings(person=p.name).meetings) for p in people[:10]
                      if index.find_person(p.name).person],
        "delegations": plain(index.delegations()),
        "delegations since 2019": plain(index.delegations(since="2019")),
        "countries": plain(index.countries()),
        "shown": [plain(index.meeting(m.id)) for m in index.meetings],
        "searches": [plain(index.search(query)) for query in ("Aliyev", "prosecutor*", "Beijing OR Minsk", '"held talks"')],
        "corrections": plain(index.corrections()),
    }


def built_afresh(folder: Path) -> dict:
    articles, problems = load_corpus(folder)
    return answers(Index.from_facts(cached_extract_all(articles, extract), problems, articles, load_corrections(folder)))


def current_file(folder: Path) -> Path:
    files = store.IndexFiles(folder, store.index_folder(folder))
    path = files.current_file()
    assert path is not None and path.exists()
    return path


@pytest.mark.parametrize("folder", ANNOTATED, ids=lambda folder: folder.name)
def test_the_kept_index_answers_as_the_index_built_in_memory(folder: Path):
    expected = built_afresh(folder)
    assert answers(Index.load(folder)) == expected
    assert answers(Index.load(folder)) == expected  # the second load answers from the file alone


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the seeds and the written articles, to change on disk."""
    folder = tmp_path / "changing"
    folder.mkdir()
    for source in [*sorted((DATA / "seeds").glob("*.txt")), *sorted((DATA / "written").glob("*.txt"))]:
        shutil.copy(source, folder / source.name)
    return folder


def test_a_refresh_extracts_only_what_changed_and_answers_as_a_rebuild(corpus: Path, request):
    Index.load(corpus)
    handed = request.getfixturevalue("extracted_here")
    changed = corpus / "000_316df6bce73329b3.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Kamran Aliyev", "Kamal Aliyev"), encoding="utf-8")
    (corpus / "002_402265123e2b644f.txt").unlink()
    shutil.copy(DATA / "two-reports" / "xinhua-aliyev.txt", corpus / "new-xinhua-aliyev.txt")
    touched = corpus / "w01-minsk-2021.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))

    refreshed = Index.load(corpus)

    assert sorted(handed) == ["000_316df6bce73329b3.txt", "new-xinhua-aliyev.txt"]
    assert answers(refreshed) == built_afresh(corpus)
    names = {p.name for p in refreshed.people()}
    assert "Kamal Aliyev" in names and "Kamran Aliyev" in names  # the new article still names Kamran
    assert all(s.article != "002_402265123e2b644f" for m in refreshed.meetings for s in m.sources)
    handed.clear()
    assert answers(Index.load(corpus)) == answers(refreshed) and handed == []


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The dev set, whose articles share people, places and dates, and two reports of one meeting."""
    folder = tmp_path / "shared"
    shutil.copytree(DATA / "devset", folder, ignore=shutil.ignore_patterns("*.gold.json"))
    shutil.copy(DATA / "two-reports" / "spp-aliyev.txt", folder / "spp-aliyev.txt")
    return folder


def test_a_refresh_merges_again_only_where_the_changes_touch_and_answers_as_a_rebuild(shared: Path, monkeypatch):
    Index.load(shared)
    changed = shared / "000_316df6bce73329b3.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Ying Yong", "Ying Yang"), encoding="utf-8")
    shutil.copy(DATA / "two-reports" / "xinhua-aliyev.txt", shared / "xinhua-aliyev.txt")  # a second report of one meeting
    sorted(shared.glob("*.txt"))[5].unlink()
    with monkeypatch.context() as patched:
        patched.setattr("procq.index.write_index", crash)  # a refresh of a few articles never derives everything
        refreshed = answers(Index.load(shared))
    assert refreshed == built_afresh(shared)
    assert refreshed == answers(Index.load(shared, rebuild=True))
    merged = [m for m in refreshed["meetings"] if {s["article"] for s in m["sources"]} >= {"spp-aliyev", "xinhua-aliyev"}]
    assert len(merged) == 1
    assert "Ying Yang" in {p["name"] for p in refreshed["people"]}


def test_an_unreadable_file_is_a_problem_until_it_changes(corpus: Path):
    (corpus / "binary.txt").write_bytes(b"\x00\x01")
    first = Index.load(corpus)
    again = Index.load(corpus)
    reasons = [p.reason for p in first.problems]
    assert reasons == [p.reason for p in again.problems] and len(reasons) == 1
    assert reasons[0].startswith("binary file (contains NUL bytes")
    (corpus / "binary.txt").write_text(
        (DATA / "two-reports" / "spp-aliyev.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert Index.load(corpus).problems == []


def test_rebuild_writes_a_new_file_and_answers_alike(corpus: Path):
    before = answers(Index.load(corpus))
    old = current_file(corpus)
    rebuilt = Index.load(corpus, rebuild=True)
    assert current_file(corpus) != old and not old.exists()
    assert answers(rebuilt) == before


def damage(path: Path) -> None:
    path.write_bytes(b"this is no database" * 100)


def other_schema(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 999")


def other_extractor(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = 'another' WHERE key = 'extractor'")


def other_merging(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = 'another' WHERE key = 'merging'")


@pytest.mark.parametrize("spoil, why", [
    (damage, "is damaged"), (other_schema, "of another schema version"), (other_extractor, "another version of the extractor"),
    (other_merging, "another version of the merging"),
])
def test_an_index_that_cannot_be_used_is_built_again_with_one_warning(corpus: Path, spoil, why):
    index = Index.load(corpus)
    expected = answers(index)
    index.close()
    spoil(current_file(corpus))
    warnings: list[str] = []
    assert answers(Index.load(corpus, warn=warnings.append)) == expected
    assert len(warnings) == 1 and why in warnings[0] and "building it again" in warnings[0]
    Index.load(corpus, warn=warnings.append)
    assert len(warnings) == 1


def crash(*arguments):
    """Writing the merged records, interrupted as a killed process would be."""
    raise KeyboardInterrupt


def test_a_crash_while_building_leaves_the_old_index_in_use(corpus: Path, monkeypatch):
    expected = answers(Index.load(corpus))
    old = current_file(corpus)
    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr("procq.index.write_index", crash)
        Index.load(corpus, rebuild=True)
    assert current_file(corpus) == old
    assert [p.name for p in old.parent.glob("index-*.sqlite")] == [old.name]
    assert answers(Index.load(corpus)) == expected


def test_a_crash_while_refreshing_leaves_the_index_as_it_was(corpus: Path, monkeypatch):
    expected = answers(Index.load(corpus))
    (corpus / "000_316df6bce73329b3.txt").unlink()
    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr("procq.index._rewrite_people", crash)  # the last step of an incremental merge
        Index.load(corpus)
    with sqlite3.connect(current_file(corpus)) as connection:
        assert connection.execute("SELECT count(*) FROM articles WHERE path = '000_316df6bce73329b3.txt'").fetchone() == (1,)
    assert answers(Index.load(corpus)) == built_afresh(corpus) != expected


def test_two_processes_building_one_index_at_once_answer_alike(corpus: Path):
    command = [sys.executable, "-m", "procq", "--corpus", str(corpus), "meetings", "--json"]
    environment = {**os.environ, "PROCQ_NO_SPACY": "1"}
    running = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment) for _ in range(2)]
    results = [process.communicate(timeout=300) for process in running]
    assert [process.returncode for process in running] == [0, 0]
    assert [error for _, error in results] == [b"", b""]
    first, second = (json.loads(out) for out, _ in results)
    assert first == second and len(first) > 5
    assert len(list(current_file(corpus).parent.glob("index-*.sqlite"))) == 1


def test_a_look_taken_ahead_answers_as_a_look_taken_here_before_and_after_a_change(corpus: Path, monkeypatch):
    monkeypatch.setattr(survey, "can_fork", lambda: True)
    assert answers(Index.load(corpus, ahead=LookAhead(corpus))) == built_afresh(corpus)
    changed = corpus / "000_316df6bce73329b3.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Kamran Aliyev", "Kamal Aliyev"), encoding="utf-8")
    ahead = LookAhead(corpus)
    assert answers(Index.load(corpus, ahead=ahead)) == built_afresh(corpus)
    assert ahead.take() == survey.look(corpus)  # taken again, the same look


def test_a_question_asked_while_the_look_is_under_way_is_answered_as_by_an_index_built_afresh(corpus: Path, monkeypatch):
    monkeypatch.setattr(survey, "can_fork", lambda: True)
    Index.load(corpus)
    assert Index.ask(answers, corpus, LookAhead(corpus))[1] == built_afresh(corpus)  # the index holds the folder
    changed = corpus / "000_316df6bce73329b3.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Kamran Aliyev", "Kamal Aliyev"), encoding="utf-8")
    index, answered = Index.ask(answers, corpus, LookAhead(corpus))  # asked of the index as it was, then again
    assert answered == built_afresh(corpus) == answers(index)


def test_a_question_that_fails_on_an_index_the_folder_has_left_behind_is_asked_again(corpus: Path):
    Index.load(corpus)
    changed = corpus / "000_316df6bce73329b3.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Kamran Aliyev", "Kamal Aliyev"), encoding="utf-8")
    question = lambda index: plain(index.select_meetings(person="Kamal Aliyev").meetings)  # noqa: E731
    assert Index.ask(question, corpus, LookAhead(corpus))[1] == plain(Index.load(corpus).select_meetings(
        person="Kamal Aliyev").meetings) != []
    with pytest.raises(PersonNotFound):  # the index holds the folder: the answer is that nobody has the name
        Index.ask(lambda index: index.select_meetings(person="Xavier Quorndon"), corpus, LookAhead(corpus))


def test_a_look_ahead_at_another_folder_is_not_taken_for_this_one(corpus: Path, tmp_path: Path):
    Index.load(corpus)
    (corpus / "000_316df6bce73329b3.txt").unlink()
    other = shutil.copytree(DATA / "seeds", tmp_path / "other")
    ahead = LookAhead(other)
    assert answers(Index.load(corpus, ahead=ahead)) == built_afresh(corpus) == Index.ask(answers, corpus, ahead)[1]
    assert ahead._child is None or ahead.take() == survey.look(other)
    ahead.close()


def test_without_the_cache_no_index_is_kept(corpus: Path, monkeypatch, private_cache: Path):
    monkeypatch.setenv("PROCQ_NO_CACHE", "1")
    assert answers(Index.load(corpus)) == built_afresh(corpus)
    assert not (private_cache / "index").exists()


def test_a_cache_folder_that_cannot_be_written_answers_from_the_articles_with_one_warning(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    expected = answers(Index.load(corpus))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PROCQ_CACHE_DIR", str(blocker / "cache"))  # no folder can be made under a file
    warnings: list[str] = []
    assert answers(Index.load(corpus, warn=warnings.append)) == expected
    assert len(warnings) == 1 and "cannot keep the index" in warnings[0]


EVERY_KIND_OF_CORRECTION = """
ignore = ["w02-*.txt", "unreadable.txt"]

[article.001_bbbb7da8f13d68c7]
published = 2017-04-10
city = "Minsk"

[meeting."w03-moscow-undated#1"]
date = "2020-06-12"
drop_participants = ["Igor Krasnov"]
add_participants = [{name = "Alexander Konovalov", country = "RU", role = "host"}]

[meeting."w05-no-date#1"]
clear = ["location"]

[meeting."003_af160e0de48b9f24#2"]
drop = true

[person]
"Chen Wenqing".same_as = ["Chen Yong"]
"Ying Yong".listed_as = "YING Yong"
"Aleksandr Lukashenko".not_same_as = ["Alexander Konovalov"]

[meeting."nowhere#1"]
date = 2017
"""


def test_the_kept_index_applies_corrections_as_the_index_built_in_memory(corpus: Path):
    (corpus / "unreadable.txt").write_bytes(b"")
    uncorrected = answers(Index.load(corpus))
    (corpus / "procq.toml").write_text(EVERY_KIND_OF_CORRECTION, encoding="utf-8")
    corrected = answers(Index.load(corpus))
    assert corrected == built_afresh(corpus) != uncorrected
    assert [(s["line"], s["status"]) for s in corrected["corrections"]] == [
        (2, "applied"), (2, "applied"), (4, "applied"), (8, "applied"), (13, "applied"), (16, "applied"),
        (20, "applied"), (21, "applied"), (22, "applied"), (25, "invalid")]  # the line of the bad value
    (corpus / "procq.toml").write_text(EVERY_KIND_OF_CORRECTION.replace('"2020-06-12"', '"2019"'), encoding="utf-8")
    edited = answers(Index.load(corpus))
    assert edited == built_afresh(corpus) != corrected
    (corpus / "procq.toml").unlink()
    assert answers(Index.load(corpus)) == uncorrected
