"""Articles as people save them: web pages, scrapers' exports, colliding names; each answers as its text does.

The page in tests/data/formats is seed 000 as a news site shows it, with a top
bar, a menu, breadcrumbs, share buttons, a column of latest news (dated, and
reporting meetings of their own), an advertisement, a footer and scripts.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from procq.corpus import load_corpus
from procq.exit_codes import ExitStatus
from procq.index import Index

DATA = Path(__file__).parent / "data"
SEED = "000_316df6bce73329b3"
PAGE = """<html><head><title>{title}</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p>{body}</p></article>
<aside><h3>Related</h3><p><a href="/x">Attorney General receives the Chief Prosecutor of Laos</a>
<span class="date">12 May 2022</span></p></aside>
<footer>Copyright © 2025 The Daily Procurator</footer></body></html>"""
STORY = ("Ying Yong, Prosecutor General of the Supreme People's Procuratorate of China, met with Kamran Aliyev, "
         "Prosecutor General of Azerbaijan, in Beijing on Thursday. The two sides discussed cooperation.")


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")


def meetings(procq, folder: Path) -> tuple[list[dict], str]:
    result = procq("--corpus", folder, "meetings", "--json")
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    return json.loads(result.stdout), result.stderr


def without_sources(found: list[dict]) -> list[dict]:
    """What a meeting says, apart from the file it was read from."""
    return [{key: value for key, value in meeting.items() if key not in ("sources",)} for meeting in found]


# --- saved web pages --------------------------------------------------------------------------------


def test_a_page_with_clutter_gives_the_meetings_of_its_text(procq, tmp_path, seeds_dir):
    as_text, as_page = tmp_path / "text", tmp_path / "page"
    as_text.mkdir(), as_page.mkdir()
    shutil.copy(seeds_dir / f"{SEED}.txt", as_text)
    shutil.copy(DATA / "formats" / f"{SEED}.html", as_page)
    from_text, _ = meetings(procq, as_text)
    from_page, stderr = meetings(procq, as_page)
    assert stderr == ""
    assert from_text and without_sources(from_page) == without_sources(from_text)
    [source] = from_page[0]["sources"]
    assert source["path"] == f"{SEED}.html"
    assert source["published"] == "2023-10-19"
    assert source["url"] == f"https://news.example.org/world/{SEED}.html"
    evidence = " ".join(item["sentence"] for meeting in from_page for item in meeting["evidence"])
    for clutter in ("Tashkent", "Singapore", "Share", "Sign in", "Krasnov", "rights reserved", "Advertisement", "Editor"):
        assert clutter not in evidence


def test_the_pages_markup_dates_it_and_the_clutter_does_not(make_corpus, rules_alone):
    meta = '<meta property="article:published_time" content="2023-10-19T16:20:00+08:00">'
    folder = make_corpus({
        "dated.html": PAGE.format(title="Ying Yong meets Azerbaijani prosecutor general", meta=meta, body=STORY),
        "undated.htm": PAGE.format(title="Ying Yong meets Azerbaijani prosecutor general", meta="", body=STORY),
    })
    facts = {meeting.sources[0].article: meeting for meeting in Index.load(folder).meetings}
    assert facts["dated"].sources[0].published == "2023-10-19"
    assert facts["dated"].date == "2023-10-19"  # Thursday, the latest on or before the publication
    assert facts["undated"].sources[0].published is None  # not the sidebar's 2022, nor the footer's 2025
    assert facts["undated"].date is None


def test_a_page_without_article_text_is_skipped_with_a_warning(procq, make_corpus, seeds_dir):
    folder = make_corpus({"empty.html": "<html><head><title>Loading</title></head><body><script>load()</script></body></html>"})
    shutil.copy(seeds_dir / f"{SEED}.txt", folder)
    found, stderr = meetings(procq, folder)
    assert found and stderr.strip() == f"procq: warning: skipped {folder / 'empty.html'}: no article text found in the page"


def test_reading_text_files_never_imports_the_page_reader():
    """The page reader and the encoding detector are heavy imports, made only when a page or a text that
    is not UTF-8 is read."""
    code = ("import sys; from procq.corpus import load_corpus; import procq.cli; load_corpus(sys.argv[1]); "
            "print(sorted(m for m in ('trafilatura', 'htmldate', 'lxml', 'charset_normalizer') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, str(DATA / "seeds")], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


# --- scrapers' exports --------------------------------------------------------------------------------


RECORDS = [
    {"id": "spp-1", "url": "https://en.spp.gov.cn/2023-10/19/c_1.htm", "title": "Ying Yong meets Azerbaijani prosecutor general",
     "date": "2023-10-19 16:20:00", "text": STORY},
    {"title": "A record without its text", "url": "https://example.org/nothing"},
    {"headline": "Ying Yong meets Kazakh prosecutor general", "date_publish": "2024-05-16", "url": "https://example.org/kz#top",
     "maintext": STORY.replace("Kamran Aliyev", "Berik Asylov").replace("Azerbaijan", "Kazakhstan")},
    {"Content": STORY.replace("Kamran Aliyev", "Igor Krasnov").replace("Azerbaijan", "Russia"), "publish_date": "2023-07-13"},
]


def export_lines(records: list[dict]) -> str:
    return "\n".join(json.dumps(record) for record in records) + "\n"


def test_a_jsonl_export_is_one_article_a_record(procq, make_corpus):
    folder = make_corpus({"export.jsonl": export_lines(RECORDS[:2]) + "{not json\n\n" + export_lines(RECORDS[2:])})
    found, stderr = meetings(procq, folder)
    by_article = {meeting["sources"][0]["article"]: meeting for meeting in found}
    assert sorted(by_article) == ["export.jsonl:6", "https://example.org/kz", "spp-1"]
    first = by_article["spp-1"]["sources"][0]
    assert first == {"article": "spp-1", "path": "export.jsonl:1", "title": RECORDS[0]["title"],
                     "published": "2023-10-19", "url": RECORDS[0]["url"]}
    assert by_article["spp-1"]["date"] == "2023-10-19"
    assert by_article["https://example.org/kz"]["sources"][0]["published"] == "2024-05-16"
    assert by_article["export.jsonl:6"]["sources"][0]["url"] is None
    assert stderr.splitlines() == [
        f"procq: warning: skipped {folder / 'export.jsonl'}:2: a record without text (no text, content, body, maintext)",
        f"procq: warning: skipped {folder / 'export.jsonl'}:3: not a JSON object (Expecting property name enclosed "
        "in double quotes: line 1 column 2 (char 1))",
    ]


@pytest.mark.parametrize("name, content", [
    ("array.json", json.dumps([RECORDS[0], RECORDS[2]])),
    ("wrapped.json", json.dumps({"status": "ok", "count": 2, "articles": [RECORDS[0], RECORDS[2]]})),
    ("lines.ndjson", export_lines([RECORDS[0], RECORDS[2]])),
])
def test_a_json_export_is_read_however_it_holds_its_records(make_corpus, name, content, rules_alone):
    articles, problems = load_corpus(make_corpus({name: content}))
    assert problems == []
    assert [article.id for article in articles] == ["spp-1", "https://example.org/kz"]
    assert articles[0].text.startswith(f"{RECORDS[0]['title']}\n\nPublished: 2023-10-19\n\n")


def test_one_article_saved_as_a_json_object_is_known_by_its_url(make_corpus):
    record = {"title": "Ying Yong meets Azerbaijani prosecutor general", "maintext": STORY,
              "url": "https://example.org/one", "date_publish": "2023-10-19 00:00:00"}
    [article], problems = load_corpus(make_corpus({"news-please.json": json.dumps(record)}))
    assert (article.id, article.path, article.url, problems) == ("https://example.org/one", "news-please.json", record["url"], [])


def test_a_json_file_that_is_no_export_is_skipped_with_a_warning(make_corpus, seeds_dir):
    folder = make_corpus({"settings.json": json.dumps({"colour": "blue"}), "broken.jsonl": b"\xff\xfe\x00\xd8"})
    shutil.copy(seeds_dir / f"{SEED}.txt", folder)
    _, problems = load_corpus(folder)
    assert [(Path(problem.path).name, problem.reason.split(" (")[0]) for problem in problems] == [
        ("broken.jsonl", "not valid UTF-16, though it starts with UTF-16's byte-order mark"),
        ("settings.json", "a record without text"),
    ]


def test_gold_files_beside_the_articles_are_left_alone(procq, tmp_path):
    folder = tmp_path / "annotated"
    shutil.copytree(DATA / "devset", folder, ignore=lambda _, names: [n for n in names if not n.startswith("00")])
    found, stderr = meetings(procq, folder)
    assert stderr == "" and {m["sources"][0]["article"] for m in found} <= {p.stem for p in folder.glob("*.txt")}


# --- ids that would collide -------------------------------------------------------------------------


def test_files_whose_ids_collide_are_known_by_their_names(procq, make_corpus, rules_alone):
    folder = make_corpus({
        "x.txt": STORY, "x.TXT": STORY.replace("Thursday", "Friday"),
        "y.txt": STORY, "y.html": PAGE.format(title="Ying Yong meets Azerbaijani prosecutor general", meta="", body=STORY),
        "z.txt": STORY,
        "export.jsonl": export_lines([{**RECORDS[0], "id": "z"}, {**RECORDS[0], "id": "twice"}, {**RECORDS[0], "id": "twice"}]),
    })
    articles, _ = load_corpus(folder)
    assert sorted(article.id for article in articles) == [
        "export.jsonl:1", "export.jsonl:2", "export.jsonl:3", "x.TXT", "x.txt", "y.html", "y.txt", "z.txt"]
    found, _ = meetings(procq, folder)
    assert len({meeting["id"] for meeting in found}) == len(found)


# --- the kept index ---------------------------------------------------------------------------------


def answers(folder: Path) -> list[dict]:
    return [meeting.to_dict() for meeting in Index.load(folder).meetings]


def in_memory(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    with monkeypatch.context() as patch:
        patch.setenv("PROCQ_NO_CACHE", "1")
        return answers(folder)


def test_the_index_reads_again_only_the_records_that_changed(make_corpus, extracted_here, monkeypatch, rules_alone):
    folder = make_corpus({"export.jsonl": export_lines(RECORDS), "x.txt": STORY})
    assert answers(folder) == in_memory(folder, monkeypatch)
    assert sorted(extracted_here) == ["export.jsonl:1", "export.jsonl:3", "export.jsonl:4", "x.txt"]
    extracted_here.clear()

    changed = [RECORDS[0], {**RECORDS[2], "maintext": RECORDS[2]["maintext"].replace("Thursday", "Friday")},
               RECORDS[3], {**RECORDS[0], "id": "spp-2"}]
    (folder / "export.jsonl").write_text(export_lines(changed), encoding="utf-8")
    assert answers(folder) == in_memory(folder, monkeypatch)
    assert sorted(extracted_here) == ["export.jsonl:2", "export.jsonl:3", "export.jsonl:4"]  # moved, changed, new
    extracted_here.clear()

    (folder / "spp-1.html").write_text(PAGE.format(title="Ying Yong meets Azerbaijani prosecutor general", meta="",
                                                   body=STORY), encoding="utf-8")
    assert answers(folder) == in_memory(folder, monkeypatch)
    assert sorted(extracted_here) == ["export.jsonl:1", "spp-1.html"]  # the record's id is taken by the page's name


def test_the_index_forgets_a_removed_export(make_corpus, monkeypatch, rules_alone):
    folder = make_corpus({"export.jsonl": export_lines(RECORDS), "x.txt": STORY})
    answers(folder)
    (folder / "export.jsonl").unlink()
    assert answers(folder) == in_memory(folder, monkeypatch)
    assert {meeting["sources"][0]["article"] for meeting in answers(folder)} == {"x"}
