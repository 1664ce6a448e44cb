"""procq.cache: an article is extracted once per text and extractor; a change misses the cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from procq.cache import cached_extract_all
from procq.extract import extract
from procq.records import Article

TEXT = ("BEIJING, Oct. 19 (Xinhua) -- Ying Yong, procurator-general of the Supreme People's Procuratorate, "
        "met with Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Thursday.\n\n"
        "(Xinhua News Agency October 19, 2023)\n")


def counting_extract(calls: list[str]):
    def run(article: Article):
        calls.append(article.id)
        return extract(article)
    return run


def test_the_second_read_of_an_article_comes_from_the_cache(private_cache: Path):
    calls: list[str] = []
    article = Article(id="x", path="x.txt", text=TEXT)
    first = cached_extract_all([article], counting_extract(calls))[0]
    second = cached_extract_all([article], counting_extract(calls))[0]
    assert calls == ["x"]
    assert second == first
    assert second.meetings[0].date == "2023-10-19"
    assert list(private_cache.rglob("*.json"))


def test_a_changed_text_is_extracted_again(private_cache: Path):
    calls: list[str] = []
    cached_extract_all([Article(id="x", path="x.txt", text=TEXT)], counting_extract(calls))[0]
    changed = cached_extract_all([Article(id="x", path="x.txt", text=TEXT.replace("Thursday", "Wednesday"))], counting_extract(calls))[0]
    assert calls == ["x", "x"]
    assert changed.meetings[0].date == "2023-10-18"


def test_no_cache_when_turned_off(private_cache: Path, monkeypatch):
    monkeypatch.setenv("PROCQ_NO_CACHE", "1")
    calls: list[str] = []
    article = Article(id="x", path="x.txt", text=TEXT)
    cached_extract_all([article], counting_extract(calls))[0]
    cached_extract_all([article], counting_extract(calls))[0]
    assert calls == ["x", "x"]
    assert not list(private_cache.rglob("*.json"))


def test_a_damaged_cache_entry_is_extracted_again(private_cache: Path):
    calls: list[str] = []
    article = Article(id="x", path="x.txt", text=TEXT)
    cached_extract_all([article], counting_extract(calls))[0]
    for entry in private_cache.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    again = cached_extract_all([article], counting_extract(calls))[0]
    assert calls == ["x", "x"]
    assert again.meetings[0].participants[0].name == "Ying Yong"


@pytest.mark.parametrize("content", ["[1, 2, 3]", "null", "{}", "42", '"text"', '{"article": "x", "path": 7}',
                                     '{"article": "x", "path": "x.txt", "meetings": [{"id": "x#1"}]}'])
def test_a_cache_entry_of_another_shape_is_a_miss(private_cache: Path, content: str):
    calls: list[str] = []
    article = Article(id="x", path="x.txt", text=TEXT)
    cached_extract_all([article], counting_extract(calls))
    for entry in private_cache.rglob("*.json"):
        entry.write_text(content, encoding="utf-8")
    again = cached_extract_all([article], counting_extract(calls))[0]
    assert calls == ["x", "x"]
    assert again.article == "x" and again.meetings[0].participants[0].name == "Ying Yong"


def test_many_articles_are_extracted_on_other_processes_in_their_order():
    from procq.extract import extract

    articles = [Article(id=f"a{n}", path=f"a{n}.txt", text=TEXT.replace("Thursday", day))
                for n, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] * 4)]
    parallel = cached_extract_all(articles, extract, workers=2)
    assert [f.article for f in parallel] == [a.id for a in articles]
    assert [f.to_dict() for f in parallel] == [extract(a).to_dict() for a in articles]


def test_package_versions_are_asked_once_and_again_when_a_package_folder_changes(private_cache: Path, tmp_path: Path,
                                                                                  monkeypatch):
    from procq import cache

    asked: list[list[str]] = []
    monkeypatch.setattr(cache, "_asked_versions", lambda names, ask=cache._asked_versions: asked.append(names) or ask(names))
    first = cache.package_versions(["pytest", "no-such-package-procq"])
    assert first.startswith(f"pytest={pytest.__version__}") and first.endswith("no-such-package-procq")
    assert cache.package_versions(["pytest", "no-such-package-procq"]) == first and len(asked) == 1  # kept
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))  # another folder to install in
    assert cache.package_versions(["pytest", "no-such-package-procq"]) == first and len(asked) == 2
    (site / "no_such_package_procq-1.0.dist-info").mkdir()  # a package installed there
    os.utime(site, ns=(site.stat().st_atime_ns, site.stat().st_mtime_ns + 1))
    cache.package_versions(["pytest", "no-such-package-procq"])
    assert len(asked) == 3
    monkeypatch.setenv("PROCQ_NO_CACHE", "1")
    assert cache.package_versions(["pytest"]) == f"pytest={pytest.__version__}" and len(asked) == 4
