"""procq.toml: corrections kept beside the corpus, applied after extraction, visible, and reported when they cannot apply."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from textwrap import dedent

import pytest

from procq.corrections import APPLIED, INVALID, NOT_FOUND, UNCHANGED, Applying, Corrections, MeetingEntry, key_lines
from procq.exit_codes import ExitStatus
from procq.identity import Mention
from procq.index import Index
from procq.records import Location, Meeting, Participant, Source
from procq.render import plain

DATA = Path(__file__).parent / "data"
SEED_001 = "001_bbbb7da8f13d68c7"


def json_of(result) -> object:
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    return json.loads(result.stdout)


def by_id(meetings: list[dict]) -> dict[str, dict]:
    return {meeting["id"]: meeting for meeting in meetings}


def warnings_of(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("procq: warning:")]


@pytest.fixture
def corrected(tmp_path: Path, procq, extraction_as_written):
    """procq on a copy of the written corpus with this procq.toml: corrected(toml)("meetings", "--json")."""

    def with_file(text: str, extra: dict[str, str] | None = None):
        folder = tmp_path / "written"
        shutil.copytree(DATA / "written", folder, dirs_exist_ok=True)
        for name, content in (extra or {}).items():
            (folder / name).write_text(content, encoding="utf-8")
        (folder / "procq.toml").write_text(dedent(text), encoding="utf-8")
        return lambda *args: procq("--corpus", folder, *args)

    return with_file


@pytest.fixture
def seeds_with(tmp_path: Path, procq, monkeypatch: pytest.MonkeyPatch):
    """The seed articles, read by the extractor (the rules alone, for speed) into the kept index, with this procq.toml."""
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")
    folder = tmp_path / "seeds"
    shutil.copytree(DATA / "seeds", folder)

    def with_file(text: str):
        (folder / "procq.toml").write_text(dedent(text), encoding="utf-8")
        return lambda *args: procq("--corpus", folder, *args)

    return with_file


# --- the issue's own case ---------------------------------------------------------------------


@pytest.mark.parametrize("entry, line", [
    (f"[article.{SEED_001}]\npublished = 2017-04-10\ncity = \"Minsk\"\n", 2),
    (f"[meeting.\"{SEED_001}#1\"]\ndate = \"2017-04-10\"\ncity = \"Minsk\"\n", 2),
], ids=["by the article's publication date", "by the meeting's date"])
def test_seed_001_dated_2017_is_listed_in_2017_with_its_date_marked_corrected(seeds_with, entry, line):
    run = seeds_with("# another report dates the meeting 10 April 2017, in Minsk\n" + entry)
    [meeting] = json_of(run("meetings", "--since", "2017", "--until", "2017", "--json"))
    assert meeting["id"] == f"{SEED_001}#1"
    assert meeting["date"] == "2017-04-10"
    assert meeting["location"] == {"city": "Minsk", "country": "BY"}
    marked = {c["field"]: c for c in meeting["corrections"]}
    assert marked["date"]["line"] == line and marked["date"]["entry"].endswith(f'."{SEED_001}"' if "article" in entry else f'."{SEED_001}#1"')
    assert marked["location"]["entry"] == marked["date"]["entry"]
    table = run("meetings", "--since", "2017", "--until", "2017")
    assert "2017-04-10" in table.stdout and f"{SEED_001}#1" in table.stdout and "Minsk" in table.stdout
    shown = run("show", f"{SEED_001}#1")
    assert "Corrected" in shown.stdout and marked["date"]["entry"] in shown.stdout


def test_without_the_file_seed_001_has_no_year_and_no_corrections(seeds_with, procq, tmp_path):
    run = seeds_with("")
    assert json_of(run("meetings", "--since", "2017", "--until", "2017", "--json")) == []
    assert by_id(json_of(run("meetings", "--json")))[f"{SEED_001}#1"]["corrections"] == []


def test_an_edited_file_refreshes_the_kept_index_without_extracting_again(seeds_with, extracted_here):
    run = seeds_with("")
    assert json_of(run("meetings", "--since", "2017", "--json")) != []  # built: every seed extracted
    handed_at_build = list(extracted_here)
    run = seeds_with(f"[meeting.\"{SEED_001}#1\"]\ndate = \"2016\"\n")
    assert by_id(json_of(run("meetings", "--json")))[f"{SEED_001}#1"]["date"] == "2016"
    run = seeds_with(f"[meeting.\"{SEED_001}#1\"]\ndate = \"2015-01\"\n")
    assert by_id(json_of(run("meetings", "--json")))[f"{SEED_001}#1"]["date"] == "2015-01"
    assert extracted_here == handed_at_build  # only merged again, never extracted again


# --- each kind of correction ------------------------------------------------------------------


def test_an_articles_publication_date_gives_its_year_to_its_meetings(corrected):
    run = corrected("""
        [article.w03-moscow-undated]
        published = "2020-06-15"

        [article.w05-no-date]
        published = 2018-05-02
    """)
    meetings = by_id(json_of(run("meetings", "--json")))
    moscow, undated = meetings["w03-moscow-undated#1"], meetings["w05-no-date#1"]
    assert moscow["date"] == "2020-06-12"  # the day it gave, with the year it lacked
    assert moscow["sources"][0]["published"] == "2020-06-15"
    assert {hit["published"] for hit in json_of(run("search", "Krasnov", "--json"))} == {"2020-06-15"}
    assert undated["date"] == "2018"  # no day given: the year the publication fixes
    assert [(c["field"], c["entry"], c["line"]) for c in moscow["corrections"]] == [
        ("sources", 'article."w03-moscow-undated"', 2), ("date", 'article."w03-moscow-undated"', 2)]
    assert meetings["w01-minsk-2021#1"]["corrections"] == []


def test_an_articles_place_fills_only_what_its_meetings_leave_unknown(corrected):
    run = corrected("""
        [article.w05-no-date]
        city = "Baku"
        country = "Azerbaijan"

        [article.w01-minsk-2021]
        city = "Brest"
    """)
    meetings = by_id(json_of(run("meetings", "--json")))
    assert meetings["w05-no-date#1"]["location"] == {"city": "Baku", "country": "AZ"}
    assert [c["field"] for c in meetings["w05-no-date#1"]["corrections"]] == ["location"]
    assert meetings["w01-minsk-2021#1"]["location"] == {"city": "Minsk", "country": "BY"}
    statuses = json_of(run("corrections", "--json"))
    assert [(s["entry"], s["status"]) for s in statuses] == [
        ('article."w05-no-date"', APPLIED), ('article."w01-minsk-2021"', UNCHANGED)]


def test_a_meetings_date_and_place_are_set_or_cleared(corrected):
    run = corrected("""
        [meeting."w03-moscow-undated#1"]
        date = "2019-06-12"
        city = "St Petersburg"

        [meeting."w01-minsk-2021#1"]
        clear = ["date", "location"]

        [meeting."w02-nanning-2019#1"]
        clear = ["location"]
        country = "VN"
    """)
    meetings = by_id(json_of(run("meetings", "--json")))
    moscow = meetings["w03-moscow-undated#1"]
    assert moscow["date"] == "2019-06-12"
    assert moscow["location"] == {"city": "St Petersburg", "country": "RU"}
    assert [(c["field"], c["line"]) for c in moscow["corrections"]] == [("date", 2), ("location", 2)]
    assert meetings["w01-minsk-2021#1"]["date"] is None and meetings["w01-minsk-2021#1"]["location"] is None
    assert meetings["w02-nanning-2019#1"]["location"] == {"city": None, "country": "VN"}
    assert "w03-moscow-undated#1" in by_id(json_of(run("meetings", "--since", "2019", "--until", "2019", "--json")))


def test_a_dropped_meeting_is_gone_from_every_answer(corrected):
    run = corrected("""
        [meeting."w05-no-date#1"]
        drop = true
    """)
    assert "w05-no-date#1" not in by_id(json_of(run("meetings", "--json")))
    assert run("show", "w05-no-date#1").exit_code == ExitStatus.NOT_FOUND
    assert "Akram Zeynalli" not in [p["name"] for p in json_of(run("people", "--json"))]


def test_participants_are_dropped_and_added(corrected):
    run = corrected("""
        [meeting."w01-minsk-2021#1"]
        drop_participants = ["sun qian"]
        add_participants = [{name = "Viktor Petrov", country = "Belarus", title = "Deputy Prosecutor General"}]
    """)
    minsk = by_id(json_of(run("meetings", "--json")))["w01-minsk-2021#1"]
    assert [(p["name"], p["country"], p["role"], p["title"]) for p in minsk["participants"]] == [
        ("Andrei Shved", "BY", "host", "Prosecutor General"),
        ("Zhang Jun", "CN", "guest", "Procurator-General of the Supreme People's Procuratorate"),
        ("Viktor Petrov", "BY", "attendee", "Deputy Prosecutor General"),
    ]
    assert [c["field"] for c in minsk["corrections"]] == ["participants"]
    people = [p["name"] for p in json_of(run("people", "--json"))]
    assert "Viktor Petrov" in people and "Sun Qian" not in people
    assert json_of(run("person", "Viktor Petrov", "--json"))["appearances"][0]["meeting_id"] == "w01-minsk-2021#1"


def test_two_spellings_are_joined_into_one_person(corrected):
    run = corrected("""
        [person."Chen Yong"]
        same_as = ["Chen Wenqing"]
    """)
    person = json_of(run("person", "Chen Wenqing", "--json"))
    assert person["names"] == ["Chen Wenqing", "Chen Yong"]
    assert person["corrections"] == [{"field": "names", "entry": 'person."Chen Yong"', "line": 2}]
    assert run("person", "Chen").exit_code == ExitStatus.ANSWERED  # no longer two people


def test_two_people_taken_for_one_are_kept_apart(corrected):
    added = '[meeting."w05-no-date#1"]\nadd_participants = [{name = "Andrey Shved", country = "BY"}]\n'
    together = corrected(added)
    assert json_of(together("person", "Andrei Shved", "--json"))["names"] == ["Andrei Shved", "Andrey Shved"]
    apart = corrected(added + '\n[person."Andrey Shved"]\nnot_same_as = ["Andrei Shved"]\n')
    first, second = (json_of(apart("person", name, "--json")) for name in ("Andrei Shved", "Andrey Shved"))
    assert first["id"] != second["id"]
    assert first["names"] == ["Andrei Shved"] and second["names"] == ["Andrey Shved"]
    assert second["corrections"] == [{"field": "names", "entry": 'person."Andrey Shved"', "line": 4}]


def test_a_person_is_listed_under_the_name_chosen(corrected):
    run = corrected("""
        [person."Zhang Jun"]
        listed_as = "Zhang Jun (SPP)"
    """)
    [first, *_] = json_of(run("people", "--json"))
    assert (first["id"], first["name"]) == ("zhang-jun-spp", "Zhang Jun (SPP)")
    assert first["corrections"] == [{"field": "name", "entry": 'person."Zhang Jun"', "line": 2}]
    person = json_of(run("person", "Zhang Jun", "--json"))  # the spellings of the articles still find the person
    assert person["name"] == "Zhang Jun (SPP)" and person["corrections"] == first["corrections"]
    shved = json_of(run("person", "Andrei Shved", "--json"))
    assert [(c["person_id"], c["name"]) for c in shved["counterparts"]] == [("sun-qian", "Sun Qian"), ("zhang-jun-spp", "Zhang Jun (SPP)")]
    assert "Zhang Jun (SPP)" in run("person", "Zhang Jun").stdout


def test_ignored_files_are_never_indexed_nor_warned_about(corrected):
    run = corrected('ignore = ["w04-*.txt", "broken", "w02-nanning-2019"]\n', extra={"broken.txt": "  \n"})
    result = run("meetings", "--json")
    assert set(by_id(json_of(result))) == {"w01-minsk-2021#1", "w03-moscow-undated#1", "w05-no-date#1"}
    assert warnings_of(result) == []
    assert json_of(run("search", "Nanning OR Shanghai", "--json")) == []
    assert run("search", "Nanning OR Shanghai", "--limit", "1").stderr == ""  # no hidden match counted either
    assert [(s["entry"], s["status"], s["detail"]) for s in json_of(run("corrections", "--json"))] == [
        ('ignore "w04-*.txt"', APPLIED, "files left out"),
        ('ignore "broken"', APPLIED, "files left out"),
        ('ignore "w02-nanning-2019"', APPLIED, "files left out"),
    ]


def test_a_correction_names_a_meeting_by_any_report_merged_into_it():
    def report(article: str) -> Meeting:
        return Meeting(f"{article}#1", "2023-10-19", "bilateral", None, Location("Beijing", "CN"),
                       [Participant("Ying Yong", "CN")], sources=[Source(article, f"{article}.txt")])

    entry = MeetingEntry("meeting", "b#1", 7, city="Shanghai")
    applying = Applying(Corrections("digest", [entry]))
    [meeting] = applying.meetings([(report("a"), ["a#1", "b#1"])], {Mention("Ying Yong", "CN"): "ying-yong"})
    assert (meeting.id, meeting.location) == ("a#1", Location("Shanghai", "CN"))
    assert [(s.entry, s.status) for s in applying.statuses()] == [('meeting."b#1"', APPLIED)]


# --- what became of each entry, and bad input -------------------------------------------------


def test_corrections_lists_each_entry_with_its_line_and_status(corrected):
    run = corrected("""
        # corrections of the written corpus
        [meeting."w03-moscow-undated#1"]
        date = "2019-06-12"

        [meeting."w01-minsk-2021#1"]
        city = "Minsk"

        [meeting."w99#1"]
        drop = true
    """)
    assert json_of(run("corrections", "--json")) == [
        {"entry": 'meeting."w03-moscow-undated#1"', "line": 3, "status": APPLIED, "detail": "date"},
        {"entry": 'meeting."w01-minsk-2021#1"', "line": 6, "status": UNCHANGED, "detail": "the records already say so"},
        {"entry": 'meeting."w99#1"', "line": 9, "status": NOT_FOUND, "detail": "names no meeting (procq meetings lists their ids)"},
    ]
    table = run("corrections")
    assert table.exit_code == 0 and warnings_of(table) == []  # the listing says it, once
    assert "w99#1" in table.stdout and "not found" in table.stdout


def test_a_corpus_without_the_file_lists_no_corrections(procq, written_dir, extraction_as_written):
    assert json_of(procq("--corpus", written_dir, "corrections", "--json")) == []


def test_entries_that_name_nothing_are_warned_about_with_their_line_and_the_rest_applied(corrected):
    run = corrected("""
        ignore = ["nothing-*.txt"]

        [article.no-such-article]
        published = "2020"

        [meeting."w01-minsk-2021#7"]
        date = "2020"

        [meeting."w01-minsk-2021#1"]
        date = "2021-03-03"
        drop_participants = ["Nobody Here"]

        [person."Nobody Atall"]
        listed_as = "Somebody"

        [person."Zhang Jun"]
        same_as = ["Zhang Jun Junior"]

        [meeting."w03-moscow-undated#1"]
        date = "2020-06-12"
    """)
    result = run("meetings", "--json")
    assert by_id(json_of(result))["w03-moscow-undated#1"]["date"] == "2020-06-12"
    assert by_id(json_of(result))["w01-minsk-2021#1"]["date"] == "2021-03-02"  # its entry was not applied
    assert warnings_of(result) == [
        'procq: warning: procq.toml line 2: ignore "nothing-*.txt" matches no file of the corpus; not applied',
        'procq: warning: procq.toml line 4: article."no-such-article" names no article of the corpus '
        "(an article's id is its file name without the extension); not applied",
        'procq: warning: procq.toml line 7: meeting."w01-minsk-2021#7" names no meeting (procq meetings lists their ids); not applied',
        "procq: warning: procq.toml line 10: meeting.\"w01-minsk-2021#1\" names no participant 'Nobody Here' of the meeting; not applied",
        "procq: warning: procq.toml line 14: person.\"Nobody Atall\" names no person spelt 'Nobody Atall'; not applied",
        "procq: warning: procq.toml line 17: person.\"Zhang Jun\" names no person spelt 'Zhang Jun Junior'; not applied",
    ]


@pytest.mark.parametrize("entry, line, message", [
    ('[meeting."w01-minsk-2021#1"]\ndate = 2021', 3, 'date: expected a date such as "2017-04-10" or "2017", got int 2021'),
    ('[meeting."w01-minsk-2021#1"]\ncity = "Minsk"\ndate = "10 April"', 4, "got '10 April'"),
    ('[meeting."w01-minsk-2021#1"]\ndate = 2021-03-02T10:00:00', 3, "got datetime"),
    ('[meeting."w01-minsk-2021#1"]\ndrop = "yes"', 3, "drop: expected true or false, got 'yes'"),
    ('[meeting."w01-minsk-2021#1"]\nclear = ["title"]', 3, "clear: can clear only date and location, not 'title'"),
    ('[meeting."w01-minsk-2021#1"]\nadd_participants = [{country = "BY"}]', 3, "a participant to add needs a name"),
    ('[meeting."w01-minsk-2021#1"]\nadd_participants = [{name = "X Y", role = "boss"}]', 3, "role: a role is one of host, guest, attendee"),
    ('[meeting."w01-minsk-2021#1"]\ncountry = "Atlantis"', 3, "country: unknown country 'Atlantis'"),
    ('[meeting."w01-minsk-2021#1"]\ndat = "2021"', 3, "has no field 'dat'"),
    ('[person."Zhang Jun"]\nsame_as = "Zhang Jun"', 3, "same_as: expected a list of names, got 'Zhang Jun'"),
    ('[article.w01-minsk-2021]\npublished = ["2021"]', 3, "published: expected a date"),
    ('[meetings."w01-minsk-2021#1"]\ndate = "2021"', 2, "meetings is no table of corrections (those are ignore, article, meeting, person)"),
    ('ignore = "w04-shanghai-2024.txt"', 2, "ignore expected a list of file names or patterns"),
    ('article = "w01-minsk-2021"', 2, 'expected tables such as [article."ID"]'),
    ('[meeting]\n"w01-minsk-2021#1" = "drop"', 3, "expected a table of fields, got 'drop'"),
])
def test_a_value_of_the_wrong_type_is_warned_about_with_its_line_and_the_rest_applied(corrected, entry, line, message):
    run = corrected(f"# one bad entry, one good\n{entry}\n\n[meeting.\"w03-moscow-undated#1\"]\ndate = \"2020-06-12\"\n")
    result = run("meetings", "--json")
    assert by_id(json_of(result))["w03-moscow-undated#1"]["date"] == "2020-06-12"
    assert by_id(json_of(result))["w01-minsk-2021#1"]["corrections"] == []
    [warning] = warnings_of(result)
    assert warning.startswith(f"procq: warning: procq.toml line {line}: ") and message in warning, warning
    assert warning.endswith("; not applied")
    assert [s["status"] for s in json_of(run("corrections", "--json"))] == [INVALID, APPLIED]


@pytest.mark.parametrize("text, where", [
    ('[meeting."w01-minsk-2021#1"]\ndate = "2021\n', "line 2"),
    ("[article.w01]\npublished = 2021-13-01\n", "line 2"),
    ('[meeting."w01#1"]\ndate = "2021"\n[meeting."w01#1"]\ndrop = true\n', "line 3"),
    ("ignore = [\n", "at end of document"),
], ids=["unclosed string", "impossible date", "table defined twice", "unclosed array"])
def test_a_file_that_is_not_toml_is_an_error_with_its_line(corrected, text, where):
    result = corrected(text)("meetings")
    assert result.exit_code == ExitStatus.BAD_USAGE
    assert result.stdout == "" and "Traceback" not in result.stderr
    [message] = result.stderr.strip().splitlines()
    assert message.startswith("procq: error: ") and "procq.toml is not valid TOML" in message and where in message


def test_a_file_that_is_not_utf8_is_an_error(tmp_path, procq, written_dir, extraction_as_written):
    folder = tmp_path / "latin1"
    shutil.copytree(written_dir, folder)
    (folder / "procq.toml").write_bytes('[person."Tran Cong Phan"]\nlisted_as = "Trần Công Phán"\n'.encode("cp1258", "replace") + b"\xff")
    result = procq("--corpus", folder, "people")
    assert result.exit_code == ExitStatus.BAD_USAGE and "is not UTF-8 text" in result.stderr


def test_the_lines_of_keys_are_found_in_headers_dotted_keys_and_inline_tables():
    text = dedent("""\
        ignore = [
          "a.txt",
        ]
        [meeting."x#1"]  # a comment
        date = "2020"
        meeting."y#1".drop = true
        [[person."Z Z".extra]]
    """)
    lines = key_lines(text)
    assert lines[("ignore",)] == 1
    assert lines[("meeting", "x#1")] == 4 and lines[("meeting", "x#1", "date")] == 5
    assert lines[("meeting", "x#1", "meeting", "y#1")] == 6  # a dotted key is inside the table above it
    assert lines[("person", "Z Z", "extra")] == 7


def test_the_index_in_memory_reports_what_became_of_each_entry(written_facts):
    from procq.corrections import read_corrections

    parsed = {"meeting": {"w01-minsk-2021#1": {"drop": True}, "w00#1": {"drop": True}}}
    corrections = read_corrections(parsed, {("meeting", "w01-minsk-2021#1"): 1, ("meeting", "w00#1"): 3}, "digest")
    index = Index.from_facts(written_facts.values(), corrections=corrections)
    assert "w01-minsk-2021#1" not in [m.id for m in index.meetings]
    assert [(s.line, s.status) for s in index.corrections()] == [(1, APPLIED), (3, NOT_FOUND)]
    assert plain(index.corrections())[0] == {"entry": 'meeting."w01-minsk-2021#1"', "line": 1, "status": APPLIED, "detail": "meeting dropped"}
