"""The command line as users and scripts meet it: JSON field by field, tables, messages, exit codes.

Most tests run on tests/data/written with hand-annotated facts (the
``extraction_as_written`` fixture), so they check the command line whatever
the state of extraction. The seed tests at the end run the real extractor on
the five seed articles and hold it to issue 2.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import pytest

from procq.exit_codes import ExitStatus
from procq.records import Delegation

WRITTEN_IN_DATE_ORDER = [
    "w02-nanning-2019#1",
    "w01-minsk-2021#1",
    "w04-shanghai-2024#1",
    "w03-moscow-undated#1",  # --06-12: no year, after every dated meeting
    "w05-no-date#1",  # no date at all, last
]


def json_of(result) -> object:
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    return json.loads(result.stdout)


def ids(meetings: list[dict]) -> list[str]:
    return [m["id"] for m in meetings]


def assert_user_error(result, status: ExitStatus, *phrases: str) -> None:
    """A failed command: the exit code, a message on stderr, nothing on stdout, no traceback."""
    assert result.exit_code == status, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


@pytest.fixture
def written(procq, written_dir, extraction_as_written):
    """procq on the written corpus: written("meetings", "--json")."""
    return lambda *args, **kwargs: procq("--corpus", written_dir, *args, **kwargs)


# --- meetings --json: the contract of SPEC.md ---------------------------------


def test_meetings_json_has_every_field_of_the_contract(written):
    meetings = json_of(written("meetings", "--json"))
    assert ids(meetings) == WRITTEN_IN_DATE_ORDER
    minsk = meetings[1]
    assert minsk == {
        "id": "w01-minsk-2021#1",
        "date": "2021-03-02",
        "kind": "bilateral",
        "title": "Belarusian Prosecutor General meets Chinese counterpart",
        "location": {"city": "Minsk", "country": "BY"},
        "participants": [
            {"name": "Andrei Shved", "country": "BY", "role": "host", "title": "Prosecutor General"},
            {"name": "Zhang Jun", "country": "CN", "role": "guest",
             "title": "Procurator-General of the Supreme People's Procuratorate"},
            {"name": "Sun Qian", "country": "CN", "role": "attendee", "title": "Deputy Procurator-General"},
        ],
        "delegations": [{"country": "CN", "leader": "Zhang Jun", "members": ["Sun Qian"]}],
        "sources": [{
            "article": "w01-minsk-2021",
            "path": "w01-minsk-2021.txt",
            "title": "Belarusian Prosecutor General meets Chinese counterpart",
            "published": "2021-03-02",
            "url": None,
        }],
        "evidence": [{
            "article": "w01-minsk-2021",
            "sentence": "Prosecutor General of Belarus Andrei Shved met with Zhang Jun, Procurator-General "
                        "of the Supreme People's Procuratorate of China, in Minsk on 2 March.",
        }],
        "corrections": [],  # none without a corrections file (test_corrections.py)
    }


def test_meetings_json_keeps_intervals_dates_without_year_and_missing_places(written):
    by_id = {m["id"]: m for m in json_of(written("meetings", "--json"))}
    assert by_id["w02-nanning-2019#1"]["date"] == "2019-11-05/2019-11-08"
    assert by_id["w02-nanning-2019#1"]["kind"] == "multilateral"
    assert by_id["w03-moscow-undated#1"]["date"] == "--06-12"
    assert by_id["w05-no-date#1"]["date"] is None
    assert by_id["w05-no-date#1"]["location"] is None
    assert by_id["w05-no-date#1"]["sources"][0]["published"] is None


def test_an_empty_answer_is_an_empty_array(written):
    result = written("meetings", "--country", "Japan", "--json")
    assert json_of(result) == []


# --- meetings: filters ----------------------------------------------------------


def test_since_keeps_later_meetings_and_leaves_out_those_without_year(written):
    assert ids(json_of(written("meetings", "--since", "2020", "--json"))) == [
        "w01-minsk-2021#1",
        "w04-shanghai-2024#1",
    ]


def test_table_says_how_many_meetings_a_date_filter_left_out_and_why(written):
    result = written("meetings", "--since", "2020")
    assert result.exit_code == ExitStatus.ANSWERED
    assert "2 meetings left out" in result.stdout
    assert "1 meeting dated without a year" in result.stdout
    assert "1 meeting with no date" in result.stdout


def test_no_date_filter_leaves_nothing_out(written):
    assert "left out" not in written("meetings").stdout


def test_json_says_on_stderr_what_a_date_filter_left_out(written):
    result = written("meetings", "--since", "2020", "--json")
    assert ids(json_of(result)) == ["w01-minsk-2021#1", "w04-shanghai-2024#1"]
    assert result.stderr == (
        "procq: note: 2 meetings left out: the date filter cannot place "
        "1 meeting dated without a year and 1 meeting with no date.\n"
    )
    assert written("meetings", "--json").stderr == ""


@pytest.fixture
def undated_delegation(written_facts):
    """The Moscow meeting (--06-12, no year) with a Russian delegation, and one with no date with a Chinese one."""
    moscow = written_facts["w03-moscow-undated"].meetings[0]
    moscow.delegations.append(Delegation("RU", "Igor Krasnov"))
    undated = written_facts["w05-no-date"].meetings[0]
    undated.delegations.append(Delegation("CN", None))


@pytest.mark.parametrize("as_json", [False, True])
def test_delegations_say_how_many_a_date_filter_left_out(written, undated_delegation, as_json):
    result = written("delegations", "--since", "2020", *(["--json"] if as_json else []))
    assert result.exit_code == ExitStatus.ANSWERED
    note = ("2 delegations left out: the date filter cannot place "
            "1 meeting dated without a year and 1 meeting with no date.")
    assert note in (result.stderr if as_json else " ".join(result.stdout.split()))
    russian = written("delegations", "--since", "2020", "--country", "RU", "--json")
    assert json_of(russian) == []
    assert "1 delegation left out: the date filter cannot place 1 meeting dated without a year." in russian.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_countries_say_how_many_meetings_a_date_filter_left_out(written, as_json):
    result = written("countries", "--since", "2020", *(["--json"] if as_json else []))
    assert result.exit_code == ExitStatus.ANSWERED
    note = "meetings left out: the date filter cannot place 1 meeting dated without a year"
    assert note in (result.stderr if as_json else " ".join(result.stdout.split()))
    assert "left out" not in written("countries").stdout


@pytest.mark.parametrize(
    "since, until, expected",
    [
        ("2019", "2019", ["w02-nanning-2019#1"]),
        ("November 2019", "2021-03", ["w02-nanning-2019#1", "w01-minsk-2021#1"]),
        ("7 Nov 2019", "2 Mar 2021", ["w02-nanning-2019#1", "w01-minsk-2021#1"]),
        ("2021-03-03", "2024", ["w04-shanghai-2024#1"]),
    ],
)
def test_date_bounds_in_the_forms_people_write(written, since, until, expected):
    assert ids(json_of(written("meetings", "--since", since, "--until", until, "--json"))) == expected


@pytest.mark.parametrize("country", ["Belarus", "Belarusian", "BY", "by"])
def test_country_by_name_demonym_or_code(written, country):
    assert ids(json_of(written("meetings", "--country", country, "--json"))) == ["w01-minsk-2021#1"]


def test_kind_filter(written):
    assert ids(json_of(written("meetings", "--kind", "Multilateral", "--json"))) == ["w02-nanning-2019#1"]


def test_person_filter_in_any_case(written):
    assert ids(json_of(written("meetings", "--person", "zhang JUN", "--json"))) == [
        "w02-nanning-2019#1",
        "w01-minsk-2021#1",
        "w03-moscow-undated#1",
        "w05-no-date#1",
    ]


def test_meetings_table_shows_participants_with_countries_and_sources(written):
    table = written("meetings").stdout
    for text in ("5 meetings", "2021-03-02", "Minsk, BY", "Andrei Shved (BY) host", "Zhang Jun (CN) guest",
                 "w01-minsk-2021#1", "bilateral", "--06-12"):
        assert text in table


# --- bad usage: exit 2, one line on stderr --------------------------------------


@pytest.mark.parametrize(
    "args, phrase",
    [
        (["meetings", "--since", "someday"], "not a date"),
        (["meetings", "--until", "July"], "needs a year"),
        (["meetings", "--since", "2024", "--until", "2020"], "after"),
        (["meetings", "--country", "Atlantis"], "unknown country"),
        (["meetings", "--kind", "trilateral"], "unknown kind"),
        (["people", "--country", "Atlantis"], "unknown country"),
        (["delegations", "--since", "someday"], "not a date"),
        (["countries", "--until", "never"], "not a date"),
        (["meetings", "--since", "01/10/2023"], "ambiguous date"),
        (["delegations", "--until", "10.01.2023"], "ambiguous date"),
        (["meetings", "--since", "99"], "four digits"),
        (["countries", "--since", "Jul 99"], "four digits"),
    ],
)
def test_bad_values_exit_2_with_a_message(written, args, phrase):
    assert_user_error(written(*args), ExitStatus.BAD_USAGE, "procq: error:", phrase)


def test_unknown_option_is_bad_usage(written):
    result = written("meetings", "--colour")
    assert result.exit_code == ExitStatus.BAD_USAGE
    assert "Traceback" not in result.stderr


def test_missing_corpus_folder_exits_2(procq, tmp_path):
    assert_user_error(procq("--corpus", tmp_path / "nowhere", "meetings"), ExitStatus.BAD_USAGE, "not found")


def test_empty_corpus_folder_exits_2(procq, tmp_path):
    assert_user_error(procq("--corpus", tmp_path, "meetings", "--json"), ExitStatus.BAD_USAGE, "no articles")


def test_corpus_from_environment_and_option_beats_it(procq, written_dir, tmp_path, extraction_as_written):
    from_env = procq("meetings", "--json", env={"PROCQ_CORPUS": str(written_dir)})
    assert ids(json_of(from_env)) == WRITTEN_IN_DATE_ORDER
    overridden = procq("--corpus", tmp_path / "nowhere", "meetings", env={"PROCQ_CORPUS": str(written_dir)})
    assert overridden.exit_code == ExitStatus.BAD_USAGE


def test_unreadable_file_is_warned_about_and_the_rest_answered(procq, written_dir, make_corpus, extraction_as_written):
    folder = make_corpus({
        "w01-minsk-2021.txt": (written_dir / "w01-minsk-2021.txt").read_text(encoding="utf-8"),
        "scan.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    })
    result = procq("--corpus", folder, "meetings", "--json")
    assert ids(json_of(result)) == ["w01-minsk-2021#1"]
    assert "procq: warning: skipped" in result.stderr
    assert "scan.txt" in result.stderr and "binary" in result.stderr


# --- person ---------------------------------------------------------------------


def test_person_json(written):
    person = json_of(written("person", "Zhang Jun", "--json"))
    assert person["name"] == "Zhang Jun"
    assert person["country"] == "CN"
    assert person["appearance_count"] == 4
    assert [(a["date"], a["meeting_id"], a["role"]) for a in person["appearances"]] == [
        ("2019-11-05/2019-11-08", "w02-nanning-2019#1", "host"),
        ("2021-03-02", "w01-minsk-2021#1", "guest"),
        ("--06-12", "w03-moscow-undated#1", "guest"),
        (None, "w05-no-date#1", "host"),
    ]
    minsk = person["appearances"][1]
    assert minsk["title"] == "Procurator-General of the Supreme People's Procuratorate"
    assert minsk["location"] == {"city": "Minsk", "country": "BY"}
    assert minsk["meeting_title"] == "Belarusian Prosecutor General meets Chinese counterpart"
    assert minsk["kind"] == "bilateral"
    assert sorted(minsk["counterparts"]) == ["Andrei Shved", "Sun Qian"]
    assert {c["name"] for c in person["counterparts"]} == {
        "Andrei Shved", "Sun Qian", "Tran Cong Phan", "Hairol Arni", "Igor Krasnov", "Akram Zeynalli",
    }
    assert {c["country"] for c in person["countries"]} == {"BY", "VN", "BN", "RU", "AZ"}
    assert person["titles"] and {"title", "written", "dates", "first_seen", "last_seen"} <= set(person["titles"][0])


@pytest.mark.parametrize("query", ["Zhang Jun", "zhang jun", "Jun Zhang", "ZHANG JUN"])
def test_person_by_full_name_in_any_order_or_case(written, query):
    assert json_of(written("person", query, "--json"))["name"] == "Zhang Jun"


def test_person_by_unambiguous_surname(written):
    assert json_of(written("person", "Krasnov", "--json"))["name"] == "Igor Krasnov"


def test_person_page_shows_header_appearances_counterparts_and_countries(written):
    page = written("person", "Zhang Jun").stdout
    for text in ("Zhang Jun (CN)", "Appearances", "Counterparts met most often", "Countries engaged",
                 "Andrei Shved", "BY Belarus", "w01-minsk-2021#1"):
        assert text in page


def test_unknown_person_exits_1_with_the_closest_names(written):
    assert_user_error(written("person", "Zhang Yong", "--json"), ExitStatus.NOT_FOUND, "no person named", "Zhang Jun")


@pytest.mark.parametrize("args", [["person", "  "], ["person", ""], ["meetings", "--person", ""], ["meetings", "--person", "--"]])
def test_an_empty_person_name_is_bad_usage(written, args):
    assert_user_error(written(*args), ExitStatus.BAD_USAGE, "empty name")


def test_a_name_with_words_of_two_people_is_neither(written):
    assert_user_error(written("person", "Zhang Jun Krasnov"), ExitStatus.NOT_FOUND, "no person named", "Zhang Jun")
    assert_user_error(written("meetings", "--person", "Igor Zhang Jun"), ExitStatus.NOT_FOUND, "no person named")


def test_a_name_left_short_still_finds_the_person(written):
    assert json_of(written("person", "Tran Phan", "--json"))["name"] == "Tran Cong Phan"


@pytest.mark.parametrize("query", ["张军", "张 军"])
def test_a_name_in_chinese_characters_is_looked_up_in_pinyin(written, query):
    assert json_of(written("person", query, "--json"))["name"] == "Zhang Jun"


def test_ambiguous_person_lists_the_candidates_and_exits_1(written):
    assert_user_error(written("person", "Chen"), ExitStatus.NOT_FOUND, "Chen Wenqing", "Chen Yong")


def test_meetings_of_an_unknown_person_exits_1(written):
    assert_user_error(written("meetings", "--person", "Nobody Atall"), ExitStatus.NOT_FOUND, "no person named")


# --- people, delegations, countries, show -----------------------------------------


def test_people_json_most_active_first(written):
    people = json_of(written("people", "--json"))
    assert people[0] == {
        "id": people[0]["id"],
        "name": "Zhang Jun",
        "country": "CN",
        # from the latest dated meeting (Minsk, 2021), not from the Moscow one without a year
        "latest_title": "Procurator-General of the Supreme People's Procuratorate",
        "appearances": 4,
        "corrections": [],
    }
    assert len(people) == 9
    assert [p["name"] for p in json_of(written("people", "--country", "Vietnamese", "--json"))] == ["Tran Cong Phan"]


def test_people_table(written):
    table = written("people").stdout
    assert "9 people" in table and "Zhang Jun" in table and "Latest title" in table


def test_delegations_json(written):
    assert json_of(written("delegations", "--json")) == [
        {"date": "2019-11-05/2019-11-08", "meeting_id": "w02-nanning-2019#1",
         "meeting_title": "China-ASEAN Prosecutors-General Conference opens in Nanning",
         "country": "VN", "leader": "Tran Cong Phan", "members": []},
        {"date": "2021-03-02", "meeting_id": "w01-minsk-2021#1",
         "meeting_title": "Belarusian Prosecutor General meets Chinese counterpart",
         "country": "CN", "leader": "Zhang Jun", "members": ["Sun Qian"]},
    ]
    assert [d["leader"] for d in json_of(written("delegations", "--country", "China", "--json"))] == ["Zhang Jun"]
    assert [d["leader"] for d in json_of(written("delegations", "--since", "2020", "--json"))] == ["Zhang Jun"]


def test_delegations_table(written):
    table = written("delegations").stdout
    for text in ("2 delegations", "CN China", "Zhang Jun", "Sun Qian", "VN Viet"):
        assert text in table


def test_countries_json_is_the_country_year_table_with_the_ids_of_each_cell(written):
    by_code = {row["country"]: row for row in json_of(written("countries", "--json"))}
    assert set(by_code) == {"BY", "VN", "BN", "RU", "AZ"}  # China is no counterpart of itself
    belarus = by_code["BY"]
    assert (belarus["name"], belarus["meetings"], belarus["with_china"], belarus["delegations"]) == ("Belarus", 1, 1, 0)
    assert belarus["by_year"] == [{
        "year": 2021, "meetings": 1, "with_china": 1, "delegations": 0, "meeting_ids": ["w01-minsk-2021#1"],
        "by_kind": [{"kind": "bilateral", "meetings": 1, "meeting_ids": ["w01-minsk-2021#1"]}],
    }]
    assert [(y["year"], y["meeting_ids"]) for y in by_code["RU"]["by_year"]] == [(None, ["w03-moscow-undated#1"])]
    since_2020 = {row["country"] for row in json_of(written("countries", "--since", "2020", "--json"))}
    assert since_2020 == {"BY"}


def test_every_cell_of_countries_is_the_count_of_meetings_listed_by_meetings(written):
    meetings = {m["id"]: m for m in json_of(written("meetings", "--json"))}
    counted = [meeting_id for row in json_of(written("countries", "--json"))
               for cell in row["by_year"] for meeting_id in cell["meeting_ids"]]
    assert set(counted) <= set(meetings)
    # each meeting is counted once for each country present other than China: the cells add up to that
    others = {meeting_id: len(countries_present(m) - {"CN"}) for meeting_id, m in meetings.items()}
    assert Counter(counted) == {meeting_id: count for meeting_id, count in others.items() if count}
    assert Counter(counted)["w02-nanning-2019#1"] == 2  # Vietnam's and Brunei's
    assert set(meetings) - set(counted) == {"w04-shanghai-2024#1"}  # China alone: in no row


def countries_present(meeting: dict) -> set[str]:
    """The countries of a meeting's JSON: its place, its participants', its delegations'."""
    codes = {p["country"] for p in meeting["participants"]} | {d["country"] for d in meeting["delegations"]}
    return (codes | {(meeting["location"] or {}).get("country")}) - {None}


def test_countries_table_has_a_column_per_year_and_a_row_counting_each_meeting_once(written):
    table = written("countries").stdout
    header = next(line for line in table.splitlines() if "Country" in line)
    assert [cell.strip() for cell in header.strip("┃ ").split("┃")] == ["Country", "Meetings", "2019", "2020", "2021", "no year"]
    assert "5 countries" in table and "BY Belarus" in table and "each meeting once" in table
    assert "1 meeting of China alone or of no known country is in no row" in " ".join(table.split())


def test_countries_by_kind_splits_each_cell(written):
    assert "b 1" in written("countries", "--by", "kind").stdout
    rows = {row["country"]: row for row in csv.DictReader(io.StringIO(written("countries", "--by", "kind", "--format", "csv").stdout))}
    assert (rows["VN"]["2019_multilateral"], rows["VN"]["2019_bilateral"], rows["BY"]["2021_bilateral"]) == ("1", "0", "1")
    plain = {row["country"]: row for row in csv.DictReader(io.StringIO(written("countries", "--format", "csv").stdout))}
    assert (plain["BY"]["2021"], plain["BY"]["2020"], plain["RU"]["no_year"]) == ("1", "0", "1")


def test_countries_chart_draws_a_bar_a_year(written):
    chart = written("countries", "--chart").stdout
    lines = {line.split()[0]: line.rstrip() for line in chart.splitlines()[1:]}
    assert lines["2019"].count("█") == lines["2021"].count("█") > 0 and lines["2019"].endswith(" 1")
    assert lines["2020"].count("█") == 0
    by_kind = written("countries", "--chart", "--by", "kind").stdout
    assert "▓ multilateral" in by_kind and "█ bilateral" in by_kind


@pytest.mark.parametrize("args, phrase", [
    (["--by", "country"], "split by kind"),
    (["--chart", "--json"], "--chart draws for people"),
])
def test_countries_refuses_what_it_cannot_draw(written, args, phrase):
    assert_user_error(written("countries", *args), ExitStatus.BAD_USAGE, phrase)


def test_show_json_is_the_meeting_of_meetings_json(written):
    every = {m["id"]: m for m in json_of(written("meetings", "--json"))}
    assert json_of(written("show", "w03-moscow-undated#1", "--json")) == every["w03-moscow-undated#1"]


def test_show_prints_evidence_and_sources(written):
    page = written("show", "w01-minsk-2021#1").stdout
    for text in ("Evidence", "Andrei Shved met with Zhang Jun", "Sources", "w01-minsk-2021.txt", "Delegations"):
        assert text in page


def test_show_unknown_id_exits_1(written):
    assert_user_error(written("show", "nothing#9"), ExitStatus.NOT_FOUND, "no meeting with id")


# --- help, version, terminals -------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["meetings"], ["person"], ["people"], ["delegations"], ["countries"], ["show"]])
def test_help_shows_an_example(procq, command):
    result = procq(*command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "procq " in result.stdout


def test_version(procq):
    result = procq("--version")
    assert result.stdout.strip() == f"procq {version('procq')}"


def test_output_to_a_pipe_has_no_escape_codes(written):
    for args in (["meetings"], ["person", "Zhang Jun"], ["people"], ["show", "w01-minsk-2021#1"]):
        assert "\x1b[" not in written(*args).stdout


def test_errors_to_a_pipe_have_no_escape_codes(written):
    assert "\x1b[" not in written("meetings", "--since", "someday").stderr


# --- tables that fit the terminal ------------------------------------------------------

TABLES = (["meetings"], ["people"], ["delegations"], ["countries"])


def words_shown(run) -> set[str]:
    """What a table must never split: meeting ids, kinds, roles, countries and every word of a name."""
    meetings, countries = json_of(run("meetings", "--json")), json_of(run("countries", "--json"))
    words = {word for country in countries for word in (country["name"] or "").split()}
    for meeting in meetings:
        words |= {meeting["id"], meeting["kind"]}
        for person in meeting["participants"]:
            words |= {*person["name"].split(), person["role"], f"({person['country']})" if person["country"] else ""}
        for delegation in meeting["delegations"]:
            words |= set((delegation["leader"] or "").split())
    return words - {""}


def assert_fits(run, args: list[str], words: set[str]) -> None:
    """At 80 and 100 columns no line is wider, and each word the table shows at 200 is still whole."""
    wide = run(*args, env={"COLUMNS": "200"}).stdout
    shown = {word for word in words if word in wide}
    assert shown, args
    for width in (80, 100):
        table = run(*args, env={"COLUMNS": str(width)}).stdout
        assert max(len(line) for line in table.splitlines()) <= width
        split = sorted(word for word in shown if word not in table)
        assert not split, f"procq {' '.join(args)} splits at {width} columns: {split}"


def test_tables_fit_80_and_100_columns_without_splitting_a_word(written):
    words = words_shown(written)
    for args in [*TABLES, ["person", "Zhang Jun"], ["show", "w01-minsk-2021#1"], ["show", "w02-nanning-2019#1"]]:
        assert_fits(written, args, words)


def test_seed_tables_at_80_and_100_columns_keep_ids_and_names_whole(procq, seeds_dir):
    """The seeds' ids are 22 characters and their titles long: the widths that used to split them."""
    run = lambda *args, **kwargs: procq("--corpus", seeds_dir, *args, **kwargs)  # noqa: E731
    words, meetings = words_shown(run), json_of(run("meetings", "--json"))
    for args in [*TABLES, ["person", "Ying Yong"], *(["show", m["id"]] for m in meetings)]:
        assert_fits(run, args, words)


def test_piped_tables_follow_columns_and_are_wide_without_it(written):
    assert max(len(line) for line in written("meetings", env={"COLUMNS": "90"}).stdout.splitlines()) == 90
    assert max(len(line) for line in written("meetings", env={"COLUMNS": None}).stdout.splitlines()) > 100


def test_installed_command_prints_json_for_programs(seeds_dir):
    """The console script itself, as a pipeline would run it."""
    procq = Path(sys.executable).with_name("procq")
    result = subprocess.run(
        [str(procq), "--corpus", str(seeds_dir), "meetings", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == ExitStatus.ANSWERED, result.stderr
    meetings = json.loads(result.stdout)
    assert isinstance(meetings, list)
    assert all({"id", "date", "kind", "title", "location", "participants", "delegations", "sources"} <= set(m)
               for m in meetings)
    assert "\x1b[" not in result.stdout


def test_python_dash_m_runs_the_same_command_line():
    result = subprocess.run([sys.executable, "-m", "procq", "--version"], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == f"procq {version('procq')}"


def test_a_closed_pipe_ends_without_a_traceback(seeds_dir):
    """`procq meetings | head -1`: the reader leaves before procq writes."""
    reader_gone = subprocess.Popen(
        [sys.executable, "-m", "procq", "--corpus", str(seeds_dir), "meetings"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    reader_gone.stdout.close()
    errors = reader_gone.stderr.read().decode()
    reader_gone.wait(timeout=120)
    assert "Traceback" not in errors and "Error" not in errors
    assert reader_gone.returncode == ExitStatus.ANSWERED


# --- the seed articles, through the real extractor (issue 2) ----------------------


@pytest.fixture
def seeds(procq, seeds_dir):
    return lambda *args: procq("--corpus", seeds_dir, *args)


def test_seeds_since_2023_lists_the_four_dated_meetings(seeds):
    meetings = json_of(seeds("meetings", "--since", "2023", "--json"))
    assert [m["date"] for m in meetings] == ["2023-07-13", "2023-10-19", "2024-07-25", "2024-11-14"]
    table = seeds("meetings", "--since", "2023").stdout
    assert "1 meeting left out" in table and "without a year" in table


def test_seeds_every_meeting_without_filter(seeds):
    meetings = json_of(seeds("meetings", "--json"))
    assert [m["date"] for m in meetings] == ["2023-07-13", "2023-10-19", "2024-07-25", "2024-11-14", "--04-10"]


def test_seeds_azerbaijan_meeting_field_by_field(seeds):
    meeting = json_of(seeds("meetings", "--country", "Azerbaijan", "--kind", "bilateral", "--json"))[0]
    assert meeting["id"] == "000_316df6bce73329b3#1"
    assert (meeting["date"], meeting["kind"]) == ("2023-10-19", "bilateral")
    assert meeting["location"] == {"city": "Beijing", "country": "CN"}
    people = {p["name"]: (p["country"], p["role"]) for p in meeting["participants"]}
    assert people == {
        "Ying Yong": ("CN", "host"),
        "Kamran Aliyev": ("AZ", "guest"),
        "Ge Xiaoyan": ("CN", "attendee"),
        "Buniyad Huseynov": ("AZ", "attendee"),
    }
    assert meeting["delegations"] == [{"country": "AZ", "leader": "Kamran Aliyev", "members": []}]
    assert meeting["sources"] == [{
        "article": "000_316df6bce73329b3",
        "path": "000_316df6bce73329b3.txt",
        "title": "Ying Yong meets with Azerbaijani prosecutor general",
        "published": "2023-10-19",
        "url": None,
    }]
    assert meeting["evidence"] and all(e["article"] == "000_316df6bce73329b3" for e in meeting["evidence"])


def test_seeds_ying_yong_has_three_appearances(seeds):
    person = json_of(seeds("person", "Ying Yong", "--json"))
    assert person["appearance_count"] == 3
    assert [a["date"] for a in person["appearances"]] == ["2023-10-19", "2024-07-25", "2024-11-14"]


def test_seeds_delegations(seeds):
    rows = {(d["country"], d["leader"]): d["members"] for d in json_of(seeds("delegations", "--json"))}
    assert rows[("AZ", "Kamran Aliyev")] == []
    assert rows[("CN", "Ying Yong")] == ["Yang Jinghai", "Li Yongjun", "Gao Jiming"]


def test_packaged_seeds_are_the_default_corpus(procq):
    assert len(json_of(procq("meetings", "--json"))) == 5


# --- one meeting in several reports (real extraction) ------------------------------


def test_two_reports_of_one_meeting_are_one_meeting_with_two_sources(procq):
    # the procuratorate's own report and a wire report of Ying Yong meeting Kamran Aliyev on 19 October 2023
    corpus = Path(__file__).parent / "data" / "two-reports"
    meetings = json_of(procq("--corpus", corpus, "meetings", "--json"))
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["date"] == "2023-10-19"
    assert sorted(s["article"] for s in meeting["sources"]) == ["spp-aliyev", "xinhua-aliyev"]
    assert {e["article"] for e in meeting["evidence"]} == {"spp-aliyev", "xinhua-aliyev"}
    names = [p["name"] for p in meeting["participants"]]
    assert names.count("Ying Yong") == 1 and names.count("Kamran Aliyev") == 1
