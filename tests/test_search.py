"""procq search: the articles' sentences found by their words, with the words and the meetings they belong to."""
from __future__ import annotations

import json

import pytest

from procq.exit_codes import ExitStatus
from procq.index import Index, SearchUnavailable
from procq.records import ArticleFacts


@pytest.fixture
def written(procq, written_dir, extraction_as_written):
    return lambda *args, **kwargs: procq("--corpus", written_dir, *args, **kwargs)


def hits(result) -> list[dict]:
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    return json.loads(result.stdout)


def test_a_sentence_is_found_with_its_article_its_words_and_its_meeting(written):
    [hit] = hits(written("search", "Shved", "--json"))
    assert hit == {
        "article": "w01-minsk-2021",
        "path": "w01-minsk-2021.txt",
        "published": "2021-03-02",
        "title": "Belarusian Prosecutor General meets Chinese counterpart",
        "sentence": "Prosecutor General of Belarus Andrei Shved met with Zhang Jun, Procurator-General of the "
                    "Supreme People's Procuratorate of China, in Minsk on 2 March.",
        "matches": [{"text": "Shved", "start": 37, "end": 42}],
        "meetings": [{"id": "w01-minsk-2021#1", "date": "2021-03-02",
                      "title": "Belarusian Prosecutor General meets Chinese counterpart"}],
    }


def test_a_sentence_of_no_meeting_is_found_too(written):
    [hit] = hits(written("search", '"cross-border crime"', "--json"))
    assert hit["sentence"] == "The two sides agreed to deepen cooperation in combating cross-border crime."
    assert hit["meetings"] == []
    [words] = hit["matches"]  # the words of a phrase are one stretch
    assert (words["text"], hit["sentence"][words["start"]:words["end"]]) == ("cross-border crime", "cross-border crime")


def test_words_match_in_any_form_of_their_stem_and_without_accents(written):
    found = hits(written("search", "meeting", "--json", "--limit", "0"))
    assert any("meets" in (m["text"] for m in hit["matches"]) for hit in found)
    for hit in found:
        for words in hit["matches"]:
            assert hit["sentence"][words["start"]:words["end"]] == words["text"]


def test_the_table_highlights_the_words_on_a_terminal_and_not_in_a_pipe(written):
    import io

    from rich.console import Console

    from procq.index import MatchedWords, SearchHit, SearchResult
    from procq.render import search_table

    hit = SearchHit("a", "a.txt", None, None, "Andrei Shved met Zhang Jun.", [MatchedWords("Shved", 7, 12)], [])
    terminal = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=100)
    terminal.print(search_table(SearchResult([hit], total=1)))
    assert "\x1b[1;7mShved\x1b[0m" in terminal.file.getvalue()
    piped = written("search", "Shved").stdout
    assert "Andrei Shved met with" in " ".join(piped.split()) and "w01-minsk-2021#1" in piped
    assert "\x1b[" not in piped


def test_limit_keeps_the_best_and_says_how_many_more_matched(written):
    every = hits(written("search", "prosecutor*", "--json", "--limit", "0"))
    assert len(every) > 2
    limited = written("search", "prosecutor*", "--json", "--limit", "2")
    assert hits(limited) == every[:2]
    assert f"{len(every) - 2} sentences more matched: --limit 0 shows every one." in limited.stderr


@pytest.mark.parametrize("query, phrases", [
    ('"unclosed', ["cannot search for", "unterminated string", '"a phrase"']),
    ("AND", ["cannot search for 'AND'", "syntax error"]),
    ("   ", ["search for what?"]),
])
def test_a_query_fts5_cannot_read_is_bad_usage(written, query, phrases):
    result = written("search", query)
    assert result.exit_code == ExitStatus.BAD_USAGE
    assert result.stdout == "" and "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


def test_without_the_cache_the_articles_are_searched_in_memory(procq, seeds_dir, monkeypatch):
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")
    kept = hits(procq("--corpus", seeds_dir, "search", "Aliyev", "--json"))
    assert kept and any(hit["meetings"] for hit in kept)
    assert hits(procq("--corpus", seeds_dir, "search", "Aliyev", "--json", env={"PROCQ_NO_CACHE": "1"})) == kept


def test_an_index_of_facts_alone_says_it_cannot_search():
    with pytest.raises(SearchUnavailable, match="without the articles' sentences"):
        Index.from_facts([ArticleFacts("a", "a.txt", None, None)]).search("anything")
