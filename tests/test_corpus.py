"""Reading a corpus folder: which folder, which files, and what happens to the unreadable ones."""
from __future__ import annotations

import pytest

from procq.corpus import CorpusError, default_corpus, load_corpus, resolve_corpus

SEED_IDS = [
    "000_316df6bce73329b3",
    "001_bbbb7da8f13d68c7",
    "002_402265123e2b644f",
    "003_af160e0de48b9f24",
    "004_ab2cc90d19b55a3c",
]


def test_reads_every_seed_article_in_name_order(seeds_dir):
    articles, problems = load_corpus(seeds_dir)
    assert [a.id for a in articles] == SEED_IDS
    assert [a.path for a in articles] == [f"{i}.txt" for i in SEED_IDS]
    assert problems == []
    assert articles[0].text.startswith("Ying Yong meets with Azerbaijani prosecutor general")


def test_the_packaged_corpus_holds_the_seeds(seeds_dir):
    packaged = sorted(p.name for p in default_corpus().glob("*.txt"))
    assert packaged == sorted(p.name for p in seeds_dir.glob("*.txt"))


def test_folder_named_beats_environment_beats_packaged_seeds(monkeypatch, tmp_path):
    assert resolve_corpus(None) == default_corpus()
    monkeypatch.setenv("PROCQ_CORPUS", str(tmp_path / "from-env"))
    assert resolve_corpus(None) == tmp_path / "from-env"
    assert resolve_corpus(tmp_path / "named") == tmp_path / "named"


def test_missing_folder_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_corpus(tmp_path / "nowhere")


def test_a_file_is_not_a_corpus(make_corpus):
    folder = make_corpus({"one.txt": "Some text"})
    with pytest.raises(CorpusError, match="not a folder"):
        load_corpus(folder / "one.txt")


def test_folder_without_articles_is_a_corpus_error(make_corpus):
    folder = make_corpus({"notes.md": "not an article", ".hidden.txt": "skipped"})
    with pytest.raises(CorpusError, match="no articles"):
        load_corpus(folder)


def test_binary_file_is_a_problem_and_the_rest_is_read(make_corpus):
    folder = make_corpus({"good.txt": "A readable report.", "image.txt": b"\x89PNG\x00\x00\x01"})
    articles, problems = load_corpus(folder)
    assert [a.id for a in articles] == ["good"]
    assert len(problems) == 1
    assert problems[0].path.endswith("image.txt")
    assert "binary" in problems[0].reason


def test_only_unreadable_files_is_a_corpus_error(make_corpus):
    folder = make_corpus({"image.txt": b"\x00\x01"})
    with pytest.raises(CorpusError, match="no readable articles"):
        load_corpus(folder)


def test_text_as_browsers_save_it(make_corpus):
    folder = make_corpus({
        "bom.txt": "\ufeffTitle\r\nBody\r\n".encode("utf-8"),
        "windows.txt": "Café talks – Minsk".encode("cp1252"),
    })
    articles = {a.id: a.text for a in load_corpus(folder)[0]}
    assert articles["bom"] == "Title\nBody\n"
    assert articles["windows"] == "Café talks – Minsk"

