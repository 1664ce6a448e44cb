"""procq export: the SQLite database for Datasette and the PLOVER events, checked against meetings --json."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from procq.dataset import Dataset
from procq.exit_codes import ExitStatus
from procq.index import Index
from procq.plover import CONSULT, MULTILATERAL, THIRD_PARTY, VISIT, plover_code, sides
from procq.records import ArticleFacts, Delegation, Location, Meeting, Participant

TABLES = ["articles", "corrections", "countries", "delegations", "evidence", "meetings", "members", "participants", "people",
          "sources"]
SEED_001, SEED_002 = "001_bbbb7da8f13d68c7", "002_402265123e2b644f"


def answered(result) -> str:
    assert result.exit_code == ExitStatus.ANSWERED, result.stderr
    return result.stdout


def rows(database: Path, query: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchall()


@pytest.fixture
def seeds(procq, seeds_dir):
    return lambda *args, **kwargs: procq("--corpus", seeds_dir, *args, **kwargs)


@pytest.fixture
def seed_meetings(seeds) -> list[dict]:
    return json.loads(answered(seeds("meetings", "--json")))


# --- SQLite ---------------------------------------------------------------------------------


def test_sqlite_export_holds_every_meeting_of_meetings_json_row_by_row(seeds, seed_meetings, tmp_path):
    database = tmp_path / "out.db"
    answered(seeds("export", "--sqlite", database))

    tables = [name for (name,) in rows(database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' ORDER BY name")]
    assert tables == TABLES
    assert rows(database, "SELECT count(*) FROM meetings") == [(len(seed_meetings),)]
    assert rows(database, "PRAGMA foreign_key_check") == []
    for meeting in seed_meetings:
        location = meeting["location"] or {}
        assert rows(database, f"SELECT date, kind, title, city, country FROM meetings WHERE id = '{meeting['id']}'") == [
            (meeting["date"], meeting["kind"], meeting["title"], location.get("city"), location.get("country"))
        ]
        assert rows(database, f"SELECT name, country, role, title FROM participants WHERE meeting_id = '{meeting['id']}' ORDER BY id") == [
            (p["name"], p["country"], p["role"], p["title"]) for p in meeting["participants"]
        ]
        assert rows(database, f"SELECT article_id, sentence FROM evidence WHERE meeting_id = '{meeting['id']}' ORDER BY id") == [
            (e["article"], e["sentence"]) for e in meeting["evidence"]
        ]
        assert rows(database, f"SELECT article_id FROM sources WHERE meeting_id = '{meeting['id']}'") == [
            (s["article"],) for s in meeting["sources"]
        ]
        delegations = rows(database, "SELECT d.country, d.leader, group_concat(m.name, '|') FROM delegations d "
                                     f"LEFT JOIN members m ON m.delegation_id = d.id WHERE d.meeting_id = '{meeting['id']}' "
                                     "GROUP BY d.id ORDER BY d.id")
        assert delegations == [(d["country"], d["leader"], "|".join(d["members"]) or None) for d in meeting["delegations"]]


def test_sqlite_export_links_participants_to_people_and_countries(seeds, tmp_path):
    database = tmp_path / "out.db"
    answered(seeds("export", "--sqlite", database))

    people = json.loads(answered(seeds("people", "--json")))
    assert rows(database, "SELECT id, name, country, latest_title, appearances FROM people ORDER BY rowid") == [
        (p["id"], p["name"], p["country"], p["latest_title"], p["appearances"]) for p in people
    ]
    assert rows(database, "SELECT count(*) FROM participants WHERE person_id IS NULL") == [(0,)]
    assert rows(database, "SELECT count(*) FROM participants p JOIN people ON people.id = p.person_id "
                          "WHERE people.id = 'ying-yong'") == [(3,)]
    assert ("AZ", "Azerbaijan", "AZE") in rows(database, "SELECT code, name, iso3 FROM countries")
    person_of = {p["name"]: p["id"] for p in people}
    members = rows(database, "SELECT name, person_id FROM members ORDER BY id")
    assert members == [(name, person_of[name]) for name in ["Yang Jinghai", "Li Yongjun", "Gao Jiming"]]


def test_sqlite_export_searches_the_evidence_in_full_text(seeds, tmp_path):
    database = tmp_path / "out.db"
    answered(seeds("export", "--sqlite", database))
    found = rows(database, "SELECT e.meeting_id FROM evidence_fts JOIN evidence e ON e.rowid = evidence_fts.rowid "
                           "WHERE evidence_fts MATCH 'Krasnov'")
    assert found and {meeting for (meeting,) in found} == {"002_402265123e2b644f#1"}


def test_datasette_serves_the_export(seeds, seed_meetings, tmp_path):
    database = tmp_path / "out.db"
    answered(seeds("export", "--sqlite", database))

    def get(path: str) -> object:
        served = subprocess.run([sys.executable, "-m", "datasette", str(database), "--get", path],
                                capture_output=True, text=True, timeout=120)
        assert served.returncode == 0, served.stderr
        return json.loads(served.stdout)

    assert sorted(row["id"] for row in get("/out/meetings.json?_shape=array")) == sorted(m["id"] for m in seed_meetings)
    found = get("/out/evidence.json?_search=Lukashenko&_shape=array")
    assert found and {row["meeting_id"] for row in found} == {"001_bbbb7da8f13d68c7#1"}


def test_sqlite_export_from_memory_equals_the_export_from_the_index(seeds, tmp_path):
    kept, in_memory = tmp_path / "kept.db", tmp_path / "memory.db"
    answered(seeds("export", "--sqlite", kept))
    answered(seeds("export", "--sqlite", in_memory, env={"PROCQ_NO_CACHE": "1"}))
    for table in TABLES:
        assert rows(kept, f"SELECT * FROM {table}") == rows(in_memory, f"SELECT * FROM {table}"), table


def test_sqlite_export_replaces_a_file_already_there(seeds, tmp_path):
    database = tmp_path / "out.db"
    database.write_text("an older export, or anything else")
    answered(seeds("export", "--sqlite", database))
    assert rows(database, "SELECT count(*) FROM meetings") == [(5,)]
    assert [path.name for path in tmp_path.iterdir()] == ["out.db"]  # no temporary file is left behind


@pytest.mark.parametrize("option", ["--sqlite", "--plover"])
def test_an_unwritable_export_is_one_line_and_exit_2(seeds, tmp_path, option):
    for target, reason in [(tmp_path / "missing" / "out", "No such file or directory"), (tmp_path, "directory")]:
        result = seeds("export", option, target)
        assert result.exit_code == ExitStatus.BAD_USAGE
        assert result.stderr.count("\n") == 1 and f"cannot write {target}" in result.stderr and reason in result.stderr
        assert "Traceback" not in result.stderr and not result.stdout
    assert [path.name for path in tmp_path.iterdir()] == []


def test_exports_carry_the_corrections_and_the_address_of_a_record(procq, seeds_dir, make_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")
    seed_002 = (seeds_dir / f"{SEED_002}.txt").read_text(encoding="utf-8")
    url = f"https://news.example.org/{SEED_002}.html"
    files = {path.name: path.read_text(encoding="utf-8") for path in seeds_dir.glob("*.txt") if path.stem != SEED_002}
    corpus = make_corpus({
        **files,
        "export.jsonl": json.dumps({"id": SEED_002, "url": url, "text": seed_002}) + "\n",
        "procq.toml": f'[article.{SEED_001}]\npublished = 2017-04-10\n\n[person."Cao Jianming"]\nlisted_as = "Cao Jian-ming"\n',
    })
    database, events = tmp_path / "out.db", tmp_path / "events.jsonl"
    answered(procq("--corpus", corpus, "export", "--sqlite", database, "--plover", events))

    assert rows(database, f"SELECT date FROM meetings WHERE id = '{SEED_001}#1'") == [("2017-04-10",)]
    assert rows(database, f"SELECT published FROM articles WHERE id = '{SEED_001}'") == [("2017-04-10",)]
    entry = f'article."{SEED_001}"'
    assert rows(database, "SELECT meeting_id, person_id, field, entry, line FROM corrections ORDER BY id") == [
        (f"{SEED_001}#1", None, "sources", entry, 1), (f"{SEED_001}#1", None, "date", entry, 1),
        (None, "cao-jian-ming", "name", 'person."Cao Jianming"', 4),
    ]
    assert rows(database, "PRAGMA foreign_key_check") == []
    assert rows(database, f"SELECT path, url FROM articles WHERE id = '{SEED_002}'") == [("export.jsonl:1", url)]
    [cao] = [event for event in map(json.loads, events.read_text(encoding="utf-8").splitlines()) if event["id"] == f"{SEED_001}#1"]
    assert (cao["date"], cao["procq"]["date"]) == ("2017-04-10", "2017-04-10")
    assert cao["procq"]["corrections"] == [{"field": "sources", "entry": entry, "line": 1}, {"field": "date", "entry": entry, "line": 1}]


def test_export_without_a_format_says_what_it_takes(seeds):
    result = seeds("export")
    assert result.exit_code == ExitStatus.BAD_USAGE
    assert "--sqlite FILE" in result.stderr and "--plover FILE.jsonl" in result.stderr


# --- PLOVER ---------------------------------------------------------------------------------


def participant(name: str, country: str | None, role: str = "attendee") -> dict:
    return {"name": name, "country": country, "role": role}


def entity(name: str, code: str, person_id: str, office: str | None) -> dict:
    return {"code": code, "entity_text": name, "identifier_id": person_id, "identifier_text": name, "office": office}


def test_plover_export_of_the_seeds_is_one_consult_event_per_meeting(seeds, seed_meetings, tmp_path):
    path = tmp_path / "events.jsonl"
    answered(seeds("export", "--plover", path))
    lines = path.read_text(encoding="utf-8").splitlines()
    events = {event["id"]: event for event in map(json.loads, lines)}
    assert len(lines) == len(events) == len(seed_meetings)
    by_id = {meeting["id"]: meeting for meeting in seed_meetings}
    titles = {meeting["id"]: {p["name"]: p["title"] for p in meeting["participants"]} for meeting in seed_meetings}

    krasnov = events["002_402265123e2b644f#1"]
    office = titles["002_402265123e2b644f#1"]
    assert krasnov["event"] == [CONSULT] and krasnov["mode"] == [VISIT]
    assert (krasnov["date"], krasnov["enddate"]) == ("2023-07-13", None)
    assert krasnov["actor"] == [entity("Igor Krasnov", "RUS", "igor-krasnov", office["Igor Krasnov"])]
    assert krasnov["recipient"] == [entity("Chen Wenqing", "CHN", "chen-wenqing", office["Chen Wenqing"])]
    assert krasnov["event_loc"] == {"city": "Beijing", "country": "China", "country_code": "CHN"}
    assert krasnov["cite_info"] == {"citation": "002_402265123e2b644f",
                                    "title": "Senior CPC official meets Russian Prosecutor General", "codebook": "plover-2.0"}
    assert krasnov["event_text"] == [e["sentence"] for e in by_id["002_402265123e2b644f#1"]["evidence"]]
    assert (krasnov["quad_code"], krasnov["event_scale"]) == (1, 4.0)
    assert krasnov["coder"].startswith("procq ")
    assert krasnov["procq"] == {"date": "2023-07-13", "kind": "bilateral", "sources": ["002_402265123e2b644f"],
                                "corrections": []}

    aliyev = events["000_316df6bce73329b3#1"]
    office = titles["000_316df6bce73329b3#1"]
    assert aliyev["mode"] == [VISIT] and aliyev["date"] == "2023-10-19"
    assert aliyev["actor"] == [entity("Kamran Aliyev", "AZE", "kamran-aliyev", office["Kamran Aliyev"]),
                               entity("Buniyad Huseynov", "AZE", "buniyad-huseynov", office["Buniyad Huseynov"])]
    assert aliyev["recipient"] == [entity("Ying Yong", "CHN", "ying-yong", office["Ying Yong"]),
                                   entity("Ge Xiaoyan", "CHN", "ge-xiaoyan", office["Ge Xiaoyan"])]
    assert aliyev["event_loc"] == {"city": "Beijing", "country": "China", "country_code": "CHN"}

    # Cao Jianming went to Minsk: China visits, Belarus hosts; "--04-10" is no day PLOVER can write
    cao = events["001_bbbb7da8f13d68c7#1"]
    office = titles["001_bbbb7da8f13d68c7#1"]
    assert cao["mode"] == [VISIT] and (cao["date"], cao["enddate"]) == (None, None)
    assert cao["procq"]["date"] == "--04-10"
    assert cao["actor"] == [entity("Cao Jianming", "CHN", "cao-jianming", office["Cao Jianming"])]
    assert cao["recipient"] == [entity("Aleksandr Lukashenko", "BLR", "aleksandr-lukashenko", office["Aleksandr Lukashenko"])]
    assert cao["event_loc"] == {"city": None, "country": "Belarus", "country_code": "BLR"}

    # the SCO prosecutors general in Bishkek: one multilateral event, everyone an actor, the Azerbaijani
    # delegation (nobody of it named) as its country alone
    sco = events["004_ab2cc90d19b55a3c#1"]
    assert sco["mode"] == [MULTILATERAL] and sco["recipient"] == [] and sco["event_scale"] == 4.0
    assert [a.get("entity_text") for a in sco["actor"]] == [p["name"] for p in by_id[sco["id"]]["participants"]] + [None]
    assert sco["actor"][-1] == {"code": "AZE"}
    assert {a["code"] for a in sco["actor"]} == {"CHN", "KGZ", "AZE"}
    assert [e["mode"] for e in events.values()].count([VISIT]) == [m["kind"] for m in seed_meetings].count("bilateral")


def test_plover_export_to_stdout(seeds):
    lines = answered(seeds("export", "--plover", "-")).splitlines()
    assert [json.loads(line)["event"] for line in lines] == [[CONSULT]] * 5


def meeting(kind: str, place: str | None, *people: dict, delegations: tuple = ()) -> Meeting:
    return Meeting(
        id="a#1", date="2019-11-05/2019-11-08", kind=kind, title=None,
        location=Location(None, place) if place else None,
        participants=[Participant(**p) for p in people],
        delegations=[Delegation(country) for country in delegations],
    )


def actors_and_recipients(found) -> tuple:
    return ([party.country for party in found.actors], [party.country for party in found.recipients])


def test_a_bilateral_meeting_in_a_third_country_is_third_party_with_everyone_an_actor():
    found = sides(meeting("bilateral", "KG", participant("A", "CN", "attendee"), participant("B", "RU", "attendee")))
    assert found.mode == THIRD_PARTY and actors_and_recipients(found) == (["CN", "RU"], [])


def test_a_visit_takes_its_host_from_the_roles_or_else_from_the_place():
    by_role = sides(meeting("bilateral", None, participant("A", "CN", "host"), participant("B", "RU", "guest")))
    assert by_role.mode == VISIT and actors_and_recipients(by_role) == (["RU"], ["CN"])
    by_place = sides(meeting("bilateral", "RU", participant("A", "CN"), participant("B", "RU")))
    assert by_place.mode == VISIT and actors_and_recipients(by_place) == (["CN"], ["RU"])
    unknown = sides(meeting("bilateral", None, participant("A", "CN"), participant("B", "RU")))
    assert unknown.mode is None and actors_and_recipients(unknown) == (["CN", "RU"], [])


def test_the_country_of_the_place_is_the_side_nobody_of_which_is_named():
    visitors = sides(meeting("bilateral", "GB", participant("A", "AZ"), participant("B", "AZ")))
    assert visitors.mode == VISIT and actors_and_recipients(visitors) == (["AZ", "AZ"], ["GB"])
    assert visitors.recipients[0].participant is None


def test_an_international_body_can_host_and_a_visit_needs_both_sides():
    secretariat = sides(meeting("bilateral", "CN", participant("A", None, "host"), participant("B", "KZ", "guest")))
    assert secretariat.mode == VISIT and actors_and_recipients(secretariat) == (["KZ"], [None])
    one_side = sides(meeting("bilateral", "CN", participant("A", "CN", "host"), participant("B", "CN")))
    assert one_side.mode is None and actors_and_recipients(one_side) == (["CN", "CN"], [])


def test_a_delegation_nobody_of_which_is_named_is_the_visiting_side():
    found = sides(meeting("bilateral", "CN", participant("A", "CN", "host"), delegations=("LA",)))
    assert found.mode == VISIT and actors_and_recipients(found) == (["LA"], ["CN"])


def test_a_domestic_meeting_has_no_mode_and_a_span_gives_date_and_enddate():
    record = meeting("domestic", "CN", participant("Chen Wenqing", "CN", "host"), participant("Chen Yong", "CN"))
    dataset = Dataset.of(Index.from_facts([ArticleFacts("a", "a.txt", "A report", None, [record])]))
    from procq.plover import event

    coded = event(dataset.meetings[0], dataset, "procq test")
    assert coded["mode"] is None and coded["event_scale"] == 2.5 and coded["recipient"] == []
    assert [a["identifier_id"] for a in coded["actor"]] == ["chen-wenqing", "chen-yong"]
    assert (coded["date"], coded["enddate"]) == ("2019-11-05", "2019-11-08")
    assert coded["event_loc"] == {"city": None, "country": "China", "country_code": "CHN"}


@pytest.mark.parametrize("code, expected", [
    ("AZ", "AZE"), ("HK", "HKG"), ("MO", "CHN"), ("PS", "PSE"), ("PR", "USA"), ("XK", "KOS"), (None, "IGO"),
])
def test_country_codes_are_plovers(code, expected):
    assert plover_code(code) == expected
