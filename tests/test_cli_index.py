"""procq index and procq extract through the command line: status, refresh, rebuild, JSON lines in and out."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from procq import archive, render, store
from procq.exit_codes import ExitStatus

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index commands do not depend on how articles are read; the rules alone read them faster."""
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(DATA / "seeds", folder)
    return folder


def answered(result) -> str:
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result, status: ExitStatus, phrase: str) -> None:
    assert result.exit_code == status, (result.stdout, result.stderr)
    assert phrase in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def status_of(procq, corpus: Path) -> dict:
    return json.loads(answered(procq("--corpus", corpus, "index", "--status", "--json")))


def test_index_builds_and_says_what_it_holds(procq, corpus: Path):
    assert status_of(procq, corpus)["problem"] == "no index yet"
    table = answered(procq("--corpus", corpus, "index"))
    assert "5 articles" in table and "up to date" in table
    status = status_of(procq, corpus)
    assert status["corpus"] == str(corpus)
    assert Path(status["file"]).exists()
    assert (status["articles"], status["unreadable"]) == (5, 0)
    assert status["meetings"] == len(json.loads(answered(procq("--corpus", corpus, "meetings", "--json"))))
    assert status["people"] == len(json.loads(answered(procq("--corpus", corpus, "people", "--json"))))
    assert (status["new"], status["changed"], status["removed"], status["problem"]) == (0, 0, 0, None)
    assert status["built"] and status["refreshed"]


def test_status_counts_what_changed_and_index_reads_it(procq, corpus: Path):
    answered(procq("--corpus", corpus, "index"))
    shutil.copy(DATA / "two-reports" / "xinhua-aliyev.txt", corpus / "xinhua-aliyev.txt")
    (corpus / "004_ab2cc90d19b55a3c.txt").unlink()
    changed = corpus / "000_316df6bce73329b3.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    status = status_of(procq, corpus)
    assert (status["new"], status["changed"], status["removed"], status["articles"]) == (1, 1, 1, 5)
    assert "1 new, 1 changed, 1 removed" in answered(procq("--corpus", corpus, "index", "--status"))
    answered(procq("--corpus", corpus, "index"))
    status = status_of(procq, corpus)
    assert (status["new"], status["changed"], status["removed"], status["articles"]) == (0, 0, 0, 5)


def test_status_says_when_the_corrections_file_changed_and_index_applies_it(procq, corpus: Path):
    answered(procq("--corpus", corpus, "index"))
    assert status_of(procq, corpus)["corrections_changed"] is False
    (corpus / "procq.toml").write_text('[meeting."001_bbbb7da8f13d68c7#1"]\ndate = "2017-04-10"\n', encoding="utf-8")
    status = status_of(procq, corpus)
    assert (status["new"], status["changed"], status["removed"], status["corrections_changed"]) == (0, 0, 0, True)
    assert "and the corrections file changed" in answered(procq("--corpus", corpus, "index", "--status"))
    assert "up to date" in answered(procq("--corpus", corpus, "index"))
    assert status_of(procq, corpus)["corrections_changed"] is False


def test_rebuild_makes_a_new_file_with_the_same_answers(procq, corpus: Path):
    answered(procq("--corpus", corpus, "index"))
    before = status_of(procq, corpus)
    meetings = answered(procq("--corpus", corpus, "meetings", "--json"))
    answered(procq("--corpus", corpus, "index", "--rebuild"))
    after = status_of(procq, corpus)
    assert after["file"] != before["file"] and after["meetings"] == before["meetings"]
    assert answered(procq("--corpus", corpus, "meetings", "--json")) == meetings


def test_a_damaged_index_is_rebuilt_with_one_line_on_stderr(procq, corpus: Path):
    meetings = answered(procq("--corpus", corpus, "meetings", "--json"))
    Path(status_of(procq, corpus)["file"]).write_bytes(b"\x00garbage" * 512)
    result = procq("--corpus", corpus, "meetings", "--json")
    assert answered(result) == meetings
    assert result.stderr.count("\n") == 1 and "is damaged" in result.stderr and "building it again" in result.stderr


@pytest.mark.parametrize("arguments, phrase", [
    (["facts.jsonl"], "add --from-jsonl"),
    (["--from-jsonl"], "--from-jsonl needs FILE"),
    (["--status", "--rebuild"], "--status only reports"),
])
def test_index_refuses_options_that_do_not_go_together(procq, corpus: Path, arguments, phrase):
    refused(procq("--corpus", corpus, "index", *arguments), ExitStatus.BAD_USAGE, phrase)


def test_without_the_cache_there_is_no_index_to_build(procq, corpus: Path):
    refused(procq("--corpus", corpus, "index", env={"PROCQ_NO_CACHE": "1"}), ExitStatus.BAD_USAGE, "PROCQ_NO_CACHE")
    status = json.loads(answered(procq("--corpus", corpus, "index", "--status", "--json", env={"PROCQ_NO_CACHE": "1"})))
    assert "cache is off" in status["problem"] and status["file"] is None


def test_index_says_so_when_the_cache_folder_cannot_hold_one(procq, corpus: Path, tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = {"PROCQ_CACHE_DIR": str(blocker / "cache")}
    result = procq("--corpus", corpus, "index", env=cache)
    refused(result, ExitStatus.BAD_USAGE, "no index could be kept")
    assert "cannot keep the index" in result.stderr
    assert "Aliyev" in answered(procq("--corpus", corpus, "meetings", "--json", env=cache))


def records_of(procq, *paths: Path) -> list[dict]:
    lines = answered(procq("extract", *paths, "--jsonl")).splitlines()
    return [json.loads(line) for line in lines]


def test_extract_prints_one_record_per_article(procq, corpus: Path):
    records = records_of(procq, corpus / "000_316df6bce73329b3.txt", corpus)
    assert sorted(r["article"] for r in records) == sorted(["000_316df6bce73329b3", *(p.stem for p in corpus.glob("*.txt"))])
    first = next(r for r in records if r["article"] == "000_316df6bce73329b3")
    assert first["path"] == "000_316df6bce73329b3.txt"
    assert first["published"] == "2023-10-19"
    assert first["meetings"][0]["participants"][0]["name"] == "Ying Yong"
    assert len(first["digest"]) == 64 and first["extractor"] == store.extractor_fingerprint()
    table = answered(procq("extract", corpus))
    assert "5 articles" in table and "000_316df6bce73329b3" in table


def test_extract_of_a_missing_path_is_bad_usage(procq, tmp_path: Path):
    refused(procq("extract", tmp_path / "nowhere.txt", "--jsonl"), ExitStatus.BAD_USAGE, "no such file or folder")


def test_extract_of_a_path_too_long_for_the_system_is_bad_usage(procq, tmp_path: Path):
    refused(procq("extract", tmp_path / ("x" * 300), "--jsonl"), ExitStatus.BAD_USAGE, "name too long")


def test_records_loaded_from_jsonl_stand_for_their_articles(procq, corpus: Path, tmp_path: Path, monkeypatch,
                                                            request):
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(r) + "\n" for r in records_of(procq, corpus)), encoding="utf-8")
    expected = answered(procq("--corpus", corpus, "meetings", "--json"))
    monkeypatch.setenv("PROCQ_CACHE_DIR", str(tmp_path / "another-cache"))  # nothing extracted there yet
    handed = request.getfixturevalue("extracted_here")
    result = procq("--corpus", corpus, "index", "--from-jsonl", facts)
    assert "5 articles" in answered(result) and result.stderr == ""
    assert handed == []
    assert answered(procq("--corpus", corpus, "meetings", "--json")) == expected


def test_records_that_cannot_stand_for_an_article_are_extracted_here(procq, corpus: Path, tmp_path: Path):
    records = records_of(procq, corpus)
    records[0]["extractor"] = "another"
    records[1]["digest"] = "0" * 64
    records[2]["path"] = "not-in-the-corpus.txt"
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(r) + "\n" for r in records) + "[1, 2, 3]\n{}\n", encoding="utf-8")
    result = procq("--corpus", corpus, "index", "--from-jsonl", facts)
    assert "5 articles" in answered(result)
    warnings = " ".join(result.stderr.split())  # long lines wrap at the width of a pipe
    assert warnings.count("procq: warning:") == 3
    assert f"skipped {facts}:6: not a record" in warnings and f"skipped {facts}:7: not a record" in warnings
    assert "3 of 5 records not used (1 made by another version of the extractor; 1 of files not in the corpus; " \
           "1 of files whose text has changed since)" in warnings


def test_a_file_of_records_that_cannot_be_read_is_bad_usage(procq, corpus: Path, tmp_path: Path):
    refused(procq("--corpus", corpus, "index", "--from-jsonl", tmp_path / "missing.jsonl"),
            ExitStatus.BAD_USAGE, "cannot read records from")


def test_a_file_of_records_without_end_is_bad_usage_not_a_hang(procq, corpus: Path, monkeypatch):
    monkeypatch.setattr(archive, "LONGEST_RECORD", 1000)
    refused(procq("--corpus", corpus, "index", "--from-jsonl", "/dev/zero"), ExitStatus.BAD_USAGE,
            "a line longer than 1,000 characters is no record")


def terminal_errors() -> tuple[render.Environment, io.StringIO]:
    stream = io.StringIO()
    return render.Environment(stdout=io.StringIO(), stderr=stream, stderr_isatty=True), stream


def test_a_long_build_at_a_terminal_shows_articles_done_and_the_rate(monkeypatch):
    monkeypatch.setattr(render, "PROGRESS_AFTER", 0.0)
    env, stream = terminal_errors()
    with env.progress("reading articles") as progress:
        for done in range(1, 11):
            progress(done, 10)
    assert "reading articles" in stream.getvalue() and "10/10" in stream.getvalue()


def test_a_quick_build_or_one_not_at_a_terminal_shows_nothing(monkeypatch):
    env, stream = terminal_errors()
    with env.progress("reading articles") as progress:
        progress(1, 10)
    assert stream.getvalue() == ""
    monkeypatch.setattr(render, "PROGRESS_AFTER", 0.0)
    piped = io.StringIO()
    with render.Environment(stdout=io.StringIO(), stderr=piped, stderr_isatty=False).progress("reading") as progress:
        progress(5, 10)
    assert piped.getvalue() == ""


def test_the_readme_dask_recipe_extracts_records_the_index_takes(procq, corpus: Path, tmp_path: Path, monkeypatch,
                                                                request):
    bag = pytest.importorskip("dask.bag")
    from procq.archive import record_of

    expected = answered(procq("--corpus", corpus, "meetings", "--json"))
    paths = sorted(str(p) for p in corpus.glob("*.txt"))
    bag.from_sequence(paths, npartitions=2).map(record_of).map(json.dumps).to_textfiles(
        str(tmp_path / "facts" / "*.jsonl"), scheduler="processes")
    monkeypatch.setenv("PROCQ_CACHE_DIR", str(tmp_path / "another-cache"))
    handed = request.getfixturevalue("extracted_here")
    result = procq("--corpus", corpus, "index", "--from-jsonl", *sorted((tmp_path / "facts").glob("*.jsonl")))
    assert "5 articles" in answered(result) and result.stderr == ""
    assert handed == []
    assert answered(procq("--corpus", corpus, "meetings", "--json")) == expected
